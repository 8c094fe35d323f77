package dev.parallax.time;

import dev.parallax.annotate.NlpModels;
import dev.parallax.annotate.Sutime;
import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Timex;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;
import dev.parallax.resolve.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time stage: each document's publication date (given, or inferred from its text and the corpus), every
 * date expression made absolute against it, and one timeline of events merged across sources.
 */
public final class TimeStage implements Stage {

    private final Sutime sutime;
    private final Calendar calendar;
    private final Gazetteer gazetteer;

    public TimeStage(NlpModels models, Calendar calendar, Gazetteer gazetteer) {
        this.sutime = new Sutime(models);
        this.calendar = calendar;
        this.gazetteer = gazetteer;
    }

    public TimeStage(NlpModels models) {
        this(models, Calendar.standard(), Gazetteer.standard());
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        MentionIndex index = new MentionIndex(corpus.entities());
        Map<String, List<Reading>> first = EventDates.readings(corpus);
        Map<String, EventDates.Dated> events = EventDates.compute(corpus, index, first, calendar, gazetteer);
        PublicationDates dates = new PublicationDates(calendar, gazetteer);
        Map<String, PublicationDates.Inferred> inferred = new HashMap<>();
        List<LocalDate> datedSiblings = new ArrayList<>();
        List<LocalDate> given = new ArrayList<>();
        List<Document> givenDocs = new ArrayList<>();
        Map<String, AnnotatedText> annotations = new HashMap<>();
        for (Document d : corpus.documents()) {
            if (d.published().basis() == PublicationDate.Basis.given && d.published().value() != null) {
                given.add(LocalDate.parse(d.published().value()));
                givenDocs.add(d);
                annotations.put(d.id(), corpus.annotation(d.id()));
            }
        }
        List<PublicationDates.ToldDay> told = PublicationDates.toldDays(givenDocs, annotations, first);
        for (Document d : corpus.documents()) {
            PublicationDate p = d.published();
            if (p.basis() != PublicationDate.Basis.given) {
                PublicationDates.Inferred i = dates.inferBounded(d, corpus.annotation(d.id()), first.get(d.id()), index,
                        events, given, told);
                inferred.put(d.id(), i);
                p = i.date();
                if (i.openEnded()) continue;
            }
            if (p.value() != null && p.earliest() != null
                    && LocalDate.parse(p.earliest()).plusDays(7).isAfter(LocalDate.parse(p.latest()))) {
                datedSiblings.add(LocalDate.parse(p.value()));
            }
        }
        List<Document> docs = new ArrayList<>();
        Map<String, Interval> guessed = new HashMap<>();
        for (Document d : corpus.documents()) {
            PublicationDates.Inferred i = inferred.get(d.id());
            docs.add(i == null ? d : d.withPublished(WritingWeekday.trim(PublicationDates.withStoryPrior(i, datedSiblings),
                    WritingWeekday.of(d.id(), d.text(), corpus.annotation(d.id())), i.openEnded())));
            if (i != null && (i.openEnded() || i.guessedWithin())) guessed.put(d.id(), i.proven());
        }
        SentenceSimilarity similarity = new SentenceSimilarity(corpus, index);
        Corpus narrowed = SharedEvents.narrow(corpus.withDocuments(docs), first, similarity, guessed);
        // Shared events keep a few days after the day they point to: the writing weekday the text states decides.
        List<Document> trimmed = new ArrayList<>();
        for (Document d : narrowed.documents()) {
            trimmed.add(d.withPublished(WritingWeekday.trim(d.published(), WritingWeekday.of(d.id(), d.text(), narrowed.annotation(d.id())))));
        }
        Corpus dated = narrowed.withDocuments(trimmed);
        List<TemporalExpression> temporal = new ArrayList<>();
        for (Document d : dated.documents()) {
            AnnotatedText at = dated.annotation(d.id());
            if (at == null || at.tokens().isEmpty()) continue;
            String ref = d.published().value();
            List<Timex> reread = Reading.apart(d.text(), at, OrdinalDays.add(d.text(), at, sutime.read(d.text(), at, ref), d.published()));
            // The first reading as the resolver compares with it: with the same expressions taken apart.
            List<Reading> firstApart = Reading.of(d.text(), at, Reading.apart(d.text(), at, at.timexes()));
            for (TemporalExpression t : TemporalResolver.resolve(d, at, reread, firstApart,
                    ref == null ? null : LocalDate.parse(ref), eventDatesBySentence(d, at, index, events))) {
                if (!insideName(index, t)) temporal.add(t);
            }
        }
        Corpus withTime = dated.withTemporal(temporal);
        return withTime.withTimeline(TimelineBuilder.build(withTime, index,
                EventDates.completeFromResolved(withTime, index, events), similarity));
    }

    private static final java.util.Set<String> NAMED_TYPES = java.util.Set.of("ORG", "MEDIA", "PERSON");

    /** "Huaxia Daily", "The Sunday Times": a time word inside the name of an outlet, body or person is no time. */
    static boolean insideName(MentionIndex index, TemporalExpression t) {
        if (isHoliday(t)) return false;
        for (MentionIndex.Hit h : index.overlapping(t.doc(), t.start(), t.end())) {
            if (h.mention().kind() == EntityMention.Kind.name && NAMED_TYPES.contains(h.entity().type())
                    && h.mention().start() <= t.start() && t.end() <= h.mention().end()) return true;
        }
        return false;
    }

    /** SUTime's value for a feast it knows by name: a yearless day ("XXXX-12-25") or the feast's own name ("EASTER"). */
    private static final java.util.regex.Pattern HOLIDAY_VALUE = java.util.regex.Pattern.compile("^(?:XXXX-\\d{2}-\\d{2}|[A-Z_]{4,})$");

    /**
     * "after Christmas", "before Easter": a feast named alone, with no digit, month or weekday in its text. The
     * tagger sometimes takes such a word for a person's name, which must not hide the date it names; names that
     * merely hold a time word ("The Sunday Times") have a weekday or month in them, or more words than the feast.
     */
    static boolean isHoliday(TemporalExpression t) {
        if (t.timex() == null || !"DATE".equals(t.type()) || !HOLIDAY_VALUE.matcher(t.timex()).matches()) return false;
        String text = t.text().toLowerCase(java.util.Locale.ROOT);
        return !text.matches(".*\\d.*") && Reading.month(text) == 0
                && !text.matches(".*\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)\\b.*")
                && text.matches("[\\p{L}'’ ]+");
    }

    /** For each sentence of a document, the dates of the events it names. */
    private static Map<Integer, List<Interval>> eventDatesBySentence(Document d, AnnotatedText at, MentionIndex index,
                                                                     Map<String, EventDates.Dated> events) {
        Map<Integer, List<Interval>> out = new HashMap<>();
        for (MentionIndex.Hit h : index.of(d.id())) {
            EventDates.Dated ed = events.get(h.entity().id());
            if (ed == null || h.mention().kind() == EntityMention.Kind.pronoun) continue;
            Sentence s = at.sentenceAt(h.mention().start());
            if (s != null) out.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(ed.dates());
        }
        return out;
    }
}
