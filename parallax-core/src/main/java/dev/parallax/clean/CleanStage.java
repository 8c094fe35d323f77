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
                    + "|(?:from )?(?:our|a) (?:own |special )?(?:correspondent|reporter|envoy|special envoy)|from|correspondent)\\s*:?\\s+");

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
                    .filter(a -> !a.isEmpty() && Character.isUpperCase(a.charAt(0))).orElse(null);
            if (author != null) out = out.withAuthor(author);
        }
        if (r.dateline() != null && out.published().basis() == PublicationDate.Basis.unknown) {
            String iso = GivenDates.iso(stripDatelineLabel(r.dateline()), GivenDates.dayFirst(r.dateline(), r.text()));
            if (iso != null) out = out.withPublished(PublicationDate.given(iso));
        }
        return out;
    }

    private static String stripDatelineLabel(String line) {
        return line.replaceFirst("(?i)\\s*[|·•—–-]\\s*" + Boilerplate.DATELINE_LABEL + ".*$", "") // "- Updated ..."
                .replaceFirst("(?i)^" + Boilerplate.DATELINE_LABEL, "")
                .replaceFirst("(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*", "")
                .replaceFirst("[\\s,|·•—–-]+(at\\s+)?\\d{1,2}([:.h]\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(\\s*[A-Z]{2,5})?\\s*$", "")
                .strip();
    }
}
