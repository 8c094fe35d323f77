package dev.parallax.report;

import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.InputError;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Removal;
import dev.parallax.corpus.SourceProfile;
import dev.parallax.corpus.SummarySentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the human-readable dossier (Markdown and HTML share one model) and writes the output files. */
public final class Reports {

    /** The output formats Parallax writes. */
    public enum Format { json, md, html }

    private static final int MAX_MATRIX_CLAIMS = 30;
    private static final int MAX_ENTITIES = 80;
    private static final int MAX_DATES = 200;

    private Reports() {}

    /** Writes the requested formats into {@code dir}; returns the files written. */
    public static List<Path> write(Corpus corpus, Path dir, Set<Format> formats) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        if (formats.contains(Format.json)) {
            out.add(Files.write(dir.resolve("dossier.json"), DossierJson.bytes(corpus)));
        }
        ReportModel model = formats.contains(Format.md) || formats.contains(Format.html) ? model(corpus) : null;
        if (formats.contains(Format.md)) {
            out.add(Files.writeString(dir.resolve("report.md"), Renderers.markdown(model), StandardCharsets.UTF_8));
        }
        if (formats.contains(Format.html)) {
            out.add(Files.writeString(dir.resolve("report.html"), Renderers.html(model), StandardCharsets.UTF_8));
        }
        return out;
    }

    public static ReportModel model(Corpus c) {
        MentionIndex index = new MentionIndex(c.entities());
        Map<String, String> labels = labels(c);
        ReportModel m = new ReportModel("Parallax dossier");
        m.section("Overview", 1).add(new ReportModel.Paragraph(c.documents().size() + " documents, "
                + c.entities().size() + " entities, " + c.timeline().size() + " timeline events, " + c.quotes().size()
                + " quotes, " + c.claims().size() + " claims" + (c.errors().isEmpty() ? "." : ", " + c.errors().size()
                + " inputs could not be read.")));
        summary(c, m, labels);
        timeline(c, m, index, labels);
        matrix(c, m, labels);
        quotes(c, m, index, labels);
        entities(c, m);
        sources(c, m, index, labels);
        documents(c, m);
        dates(c, m, labels);
        errors(c, m);
        return m;
    }

    /** Short labels for documents: their outlet or title, with the id. */
    private static Map<String, String> labels(Corpus c) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> outlets = new LinkedHashMap<>();
        for (SourceProfile s : c.sources()) if (s.outlet() != null) outlets.put(s.doc(), s.outlet());
        for (Document d : c.documents()) {
            String name = outlets.getOrDefault(d.id(), d.outlet());
            out.put(d.id(), name == null ? d.id() : name + " (" + d.id() + ")");
        }
        return out;
    }

    private static String cite(List<Evidence> evidence, Map<String, String> labels) {
        return evidence.stream().map(Evidence::doc).distinct().map(d -> labels.getOrDefault(d, d))
                .collect(Collectors.joining("; ", " [", "]"));
    }

    private static void summary(Corpus c, ReportModel m, Map<String, String> labels) {
        List<ReportModel.Block> b = m.section("Summary", 1);
        if (c.summary().isEmpty()) {
            b.add(new ReportModel.Paragraph("No summary: the corpus has no prose sentences."));
            return;
        }
        List<String> items = new ArrayList<>();
        for (SummarySentence s : c.summary()) items.add(s.text() + cite(s.evidence(), labels));
        b.add(new ReportModel.Items(items, true));
    }

    private static void timeline(Corpus c, ReportModel m, MentionIndex index, Map<String, String> labels) {
        List<ReportModel.Block> b = m.section("Timeline", 1);
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEvent t : c.timeline()) {
            String when = t.until() == null ? t.date() : t.date() + " – " + t.until();
            rows.add(List.of(when, t.title(), String.valueOf(t.sources()), cite(t.evidence(), labels).strip()));
        }
        b.add(rows.isEmpty() ? new ReportModel.Paragraph("No dated events found.")
                : new ReportModel.Table(List.of("Date", "Event", "Sources", "Reported by"), rows));
    }

    private static void matrix(Corpus c, ReportModel m, Map<String, String> labels) {
        List<ReportModel.Block> b = m.section("Source comparison", 1);
        b.add(new ReportModel.Paragraph("Claims stated by several sources first; a cell says whether the source asserts "
                + "the claim, omits it while covering its subject, or states something that contradicts it."));
        List<String> header = new ArrayList<>(List.of("Claim", "Status"));
        for (Document d : c.documents()) header.add(labels.get(d.id()));
        List<List<String>> rows = new ArrayList<>();
        for (Claim cl : c.claims().subList(0, Math.min(MAX_MATRIX_CLAIMS, c.claims().size()))) {
            // Several claims may come from one sentence (a figure of it, a clause of it): the figure tells them apart.
            String label = cl.id() + (cl.fact() == null ? "" : " [" + cl.fact() + "]") + ": " + cl.text();
            List<String> row = new ArrayList<>(List.of(label, cl.status().name().replace('_', ' ')));
            Set<String> asserting = new TreeSet<>(cl.assertingDocs());
            Set<String> contradicting = cl.contradictedBy().stream().map(x -> x.evidence().doc()).collect(Collectors.toSet());
            for (Document d : c.documents()) {
                row.add(contradicting.contains(d.id()) ? "contradicts" : asserting.contains(d.id()) ? "asserts"
                        : cl.omittedBy().contains(d.id()) ? "omits" : "");
            }
            rows.add(row);
        }
        b.add(new ReportModel.Table(header, rows));
    }

    private static void quotes(Corpus c, ReportModel m, MentionIndex index, Map<String, String> labels) {
        m.section("Quotes by speaker", 1);
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : c.quotes()) bySpeaker.computeIfAbsent(q.speaker() == null ? "" : q.speaker(), k -> new ArrayList<>()).add(q);
        List<Map.Entry<String, List<Quote>>> groups = new ArrayList<>(bySpeaker.entrySet());
        groups.sort(Map.Entry.<String, List<Quote>>comparingByValue((a, x) -> Integer.compare(x.size(), a.size()))
                .thenComparing(Map.Entry.comparingByKey()));
        for (var g : groups) {
            Entity e = g.getKey().isEmpty() ? null : index.entity(g.getKey());
            String name = e == null ? "Speaker not identified" : e.name();
            List<String> items = new ArrayList<>();
            for (Quote q : g.getValue()) {
                String text = q.kind() == Quote.Kind.indirect ? q.text() : "“" + q.text() + "”";
                items.add(text + " — " + q.kind() + (q.cue() == null ? "" : ", " + q.cue())
                        + cite(List.of(q.evidence()), labels));
            }
            m.section(name + " (" + g.getValue().size() + ")", 2).add(new ReportModel.Items(items, false));
        }
    }

    private static void entities(Corpus c, ReportModel m) {
        List<ReportModel.Block> b = m.section("Entities", 1);
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : c.entities().subList(0, Math.min(MAX_ENTITIES, c.entities().size()))) {
            rows.add(List.of(e.name(), e.type(), String.join(", ", e.aliases()), String.join("; ", e.descriptions()),
                    String.valueOf(e.documentCount()), String.valueOf(e.mentions().size())));
        }
        b.add(new ReportModel.Table(List.of("Name", "Type", "Aliases", "Descriptions and roles", "Docs", "Mentions"), rows));
        if (c.entities().size() > MAX_ENTITIES) {
            b.add(new ReportModel.Paragraph((c.entities().size() - MAX_ENTITIES) + " more entities are in dossier.json."));
        }
    }

    private static void sources(Corpus c, ReportModel m, MentionIndex index, Map<String, String> labels) {
        m.section("Sources and framing", 1).add(new ReportModel.Paragraph("Measured from each text: what it names, whom it "
                + "quotes, its loaded terms (framing lexicon) and tone toward its main entities (-1 to 1). Data, not verdicts."));
        for (SourceProfile s : c.sources()) {
            List<String> items = new ArrayList<>();
            items.add("Outlet: " + (s.outlet() == null ? "unknown" : s.outlet()));
            items.add("Names most: " + s.entities().stream().limit(6).map(x -> name(index, x.entity()) + " (" + x.mentions() + ")")
                    .collect(Collectors.joining(", ")));
            items.add("Quotes: " + (s.quoted().isEmpty() ? "nobody" : s.quoted().stream()
                    .map(v -> v.name() + " (" + v.quotes() + ", " + v.words() + " words)").collect(Collectors.joining(", "))));
            items.add("Share of text in quotation marks: " + Math.round(s.framing().quotedShare() * 100) + "%");
            items.add("Claims only this source makes: " + s.exclusiveClaims().size() + "; shared claims it leaves out: "
                    + s.omittedClaims().size());
            items.add("Loaded terms: " + (s.framing().loadedTerms().isEmpty() ? "none" : s.framing().loadedTerms().stream()
                    .map(t -> t.term() + " ×" + t.count() + " (" + t.category() + ")").collect(Collectors.joining(", "))));
            items.add("Tone: " + s.framing().tone().stream().map(t -> name(index, t.entity()) + " " + t.score())
                    .collect(Collectors.joining(", ")));
            m.section(labels.get(s.doc()), 2).add(new ReportModel.Items(items, false));
        }
    }

    private static String name(MentionIndex index, String id) {
        Entity e = index.entity(id);
        return e == null ? id : e.name();
    }

    private static void documents(Corpus c, ReportModel m) {
        m.section("Documents", 1);
        for (Document d : c.documents()) {
            List<String> items = new ArrayList<>();
            items.add("Source: " + d.source());
            if (d.title() != null) items.add("Title: " + d.title());
            var p = d.published();
            items.add("Published: " + (p.value() == null ? "unknown" : p.value() + " (between " + p.earliest() + " and "
                    + p.latest() + ", " + p.basis() + ")"));
            items.add("Cleaned text: " + d.text().length() + " characters; removed " + d.removed().size() + " pieces");
            for (Removal r : d.removed()) items.add("Removed (" + r.reason() + "): " + abbreviate(r.text(), 160));
            m.section(d.id(), 2).add(new ReportModel.Items(items, false));
        }
    }

    private static void dates(Corpus c, ReportModel m, Map<String, String> labels) {
        List<ReportModel.Block> b = m.section("Dates", 1);
        List<List<String>> rows = new ArrayList<>();
        for (TemporalExpression t : c.temporal().subList(0, Math.min(MAX_DATES, c.temporal().size()))) {
            rows.add(List.of(labels.getOrDefault(t.doc(), t.doc()), t.text(), t.type(),
                    t.value() == null ? "—" : t.value(), t.reason() == null ? "" : t.reason()));
        }
        b.add(new ReportModel.Table(List.of("Document", "Expression", "Type", "Value", "Note"), rows));
    }

    private static void errors(Corpus c, ReportModel m) {
        if (c.errors().isEmpty()) return;
        List<String> items = new ArrayList<>();
        for (InputError e : c.errors()) items.add(e.source() + ": " + e.reason());
        m.section("Inputs that could not be read", 1).add(new ReportModel.Items(items, false));
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
