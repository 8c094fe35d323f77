package dev.parallax.report;

import java.util.ArrayList;
import java.util.List;

/** A small document model of a report (sections of paragraphs, lists and tables) rendered as Markdown or HTML. */
public final class ReportModel {

    /** A piece of a section. */
    public sealed interface Block permits Paragraph, Items, Table {}

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block {}

    /** A bulleted (or numbered) list of plain-text items. */
    public record Items(List<String> items, boolean numbered) implements Block {}

    /** A table of plain-text cells. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {}

    /** A titled section. */
    public record Section(String title, int level, List<Block> blocks) {}

    private final String title;
    private final List<Section> sections = new ArrayList<>();

    public ReportModel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Starts a new section and returns its block list for filling. */
    public List<Block> section(String sectionTitle, int level) {
        Section s = new Section(sectionTitle, level, new ArrayList<>());
        sections.add(s);
        return s.blocks();
    }
}
