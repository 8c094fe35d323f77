package dev.parallax.clean;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;
import dev.parallax.time.GivenDates;

/** The clean stage: boilerplate and repeated paragraphs out of every document, each removal recorded. */
public final class CleanStage implements Stage {

    private static final java.util.regex.Pattern BYLINE_PREFIX = java.util.regex.Pattern.compile(
            "^(?i:by|written by|posted by|words by|story by|author|reporter|reported by|writer|journalist|par|von|por|di|door"
                    + "|(?:from )?(?:our|a) (?:own |special )?(?:\\p{L}+-)?(?:correspondent|reporter|envoy|special envoy)|from|correspondent)\\s*:?\\s+");

    private static final java.util.regex.Pattern UNNAMED_SIGNATURE = java.util.regex.Pattern.compile(
            "(?i)\\b(correspondents?|reporters?|bureau|desk|staff)$");

    private final Cleaner cleaner;

    public CleanStage(Cleaner cleaner) {
        this.cleaner = cleaner;
    }

    public CleanStage() {
        this(new Cleaner());
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        return corpus.mapDocuments(this::clean);
    }

    Document clean(Document d) {
        Cleaner.Result r = cleaner.clean(d.rawText(), d.title());
        Document out = d.withCleaned(r.text(), r.removed());
        if (r.title() != null) out = out.withTitle(r.title());
        if (out.author() == null) {
            // "By Lena Brandt" left the text as a byline; it still says who wrote the article.
            String author = r.removed().stream().filter(x -> x.reason().equals("byline")).findFirst()
                    .map(x -> BYLINE_PREFIX.matcher(x.text().strip()).replaceFirst("").replaceAll("\\s*[·|•].*$", "")
                            // "From our correspondent Jana Holm, Rovik": the place the writer files from is not a name.
                            .replaceFirst(",\\s*\\p{Lu}[\\p{L}-]+$", "")
                            // "By A B in Istanbul and C D in London": the cities are where they filed from.
                            .replaceAll("\\s+in\\s+\\p{Lu}[\\p{L}-]+(\\s\\p{Lu}[\\p{L}-]+)?(?=\\s+and\\s|\\s*$)", "").strip())
                    // "Harbourtown - Ledger correspondent" signs by role and place, with no name to keep.
                    .filter(a -> !a.isEmpty() && Character.isUpperCase(a.charAt(0)) && !UNNAMED_SIGNATURE.matcher(a).find())
                    .orElse(null);
            if (author != null) out = out.withAuthor(author);
        }
        if (r.dateline() != null && out.published().basis() == PublicationDate.Basis.unknown) {
            String iso = datelineDate(r.dateline(), GivenDates.dayFirst(r.dateline(), r.text()));
            if (iso != null) out = out.withPublished(PublicationDate.given(iso));
        }
        return out;
    }

    /**
     * The first Gregorian date of a date line: what it was first published on, before any later update; a date of
     * another calendar printed beside it ("16 Tir 1403 – 6 July 2024") is passed over. Null if none is read.
     */
    private static final java.util.regex.Pattern LINE_DATE = java.util.regex.Pattern.compile(Boilerplate.DATE,
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** No news article is dated before this year: "1403/04/16" is a year of another calendar. */
    private static final int FIRST_YEAR = 1900;

    private static String datelineDate(String line, Boolean dayFirst) {
        java.util.regex.Matcher m = LINE_DATE.matcher(line);
        boolean any = false;
        while (m.find()) {
            any = true;
            // "Dec. 15, 2024": the dot only abbreviates the month's name.
            String iso = GivenDates.iso(m.group().replaceFirst("(?<=\\p{L})\\.", "").strip(), dayFirst);
            if (iso != null && Integer.parseInt(iso.substring(0, 4)) >= FIRST_YEAR) return iso;
        }
        return any ? null : GivenDates.iso(line.strip(), dayFirst);
    }
}
