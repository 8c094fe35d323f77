package dev.parallax.quote;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import dev.parallax.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what is quoted in one document and who said it, as a chain of small rules. Finders, in order: quotations in
 * paired quote marks, in low-high marks („…“), quotations reopened paragraph after paragraph, unpaired single-quoted ones, reported speech
 * (speech verbs with a complement clause, "according to X"). Attribution rules, the first that answers wins: the
 * speech verb of the quotation's sentence, "He said:" before it, a possessed saying noun ("her remark that"), an
 * opening "For X," with no verb of speech, a signature after a dash, a name before a mistagged verb, and the voice of the quotation before. The speaker noun
 * phrases they find are resolved by {@link Speakers}; a quotation whose speaker cannot be found has none.
 */
final class DocumentQuotes extends QuoteRule {

    private final SpeakerChain chain = new SpeakerChain();
    private final Speakers speakers;
    private final List<QuoteFinder> finders;
    private final List<AttributionRule> attributions;
    private final VerbAttribution verbs;

    DocumentQuotes(Document doc, AnnotatedText at, MentionIndex index, Gazetteer gazetteer) {
        super(doc, at, index, gazetteer);
        speakers = new Speakers(this, chain);
        MarkedQuotations marked = new MarkedQuotations(this);
        AccordingTo according = new AccordingTo(this);
        ReportedSpeech reported = new ReportedSpeech(this, according, new WovenQuotations(this));
        finders = List.of(marked, new LowQuotations(this, marked), new ParagraphQuotations(this), new SingleQuotations(this, marked), reported);
        verbs = new VerbAttribution(this, reported, according, speakers);
        attributions = List.of(verbs, new ColonIntroduction(this, verbs), new PossessedSaying(this, speakers),
                new ForOpinion(this, speakers),
                new DashSignature(this), new NameBeforeVerb(this), new ParagraphContinuation(this, chain));
    }

    List<Quote> find() {
        List<Found> found = new ArrayList<>();
        for (QuoteFinder finder : finders) found.addAll(finder.find(found));
        found.sort(Comparator.comparingInt(Found::start));
        verbs.found = List.copyOf(found);
        chain.quotations = verbs.found;
        List<Quote> out = new ArrayList<>();
        int followed = 0;
        for (Found f : found) {
            for (; followed < f.sentence(); followed++) followSpeakers(at.sentences().get(followed));
            Attribution a = attribute(f);
            if (a.entity() != null) chain.spoke(a.entity(), isPerson(a.entity()), f.endSentence());
            if (a.start() != null && (a.entity() == null || !isPerson(a.entity())) && speakers.describesUnnamedPerson(a.start(), a.end())) {
                chain.unnamedSentence = f.endSentence();
                chain.unnamedEnd = a.end();
                chain.unnamedEntity = a.entity();
            } else if (a.entity() != null && isPerson(a.entity())) {
                chain.unnamedSentence = -10;
            }
            chain.lastQuoteSpeaker = a.entity();
            chain.lastQuoteParagraphEnd = paragraphEnd(f.end());
            chain.lastQuoteEnd = f.end();
            if (f.kind() == Quote.Kind.direct) {
                chain.lastDirectSpeaker = a.entity();
                chain.lastDirectEnd = f.end();
            }
            out.add(new Quote(null, doc.id(), f.start(), f.end(), text.substring(f.start(), f.end()), f.kind(),
                    a.entity(), a.text(), a.start(), a.end(), a.cue()));
        }
        return WovenQuotations.quotedWordsFirst(out);
    }

    private Attribution attribute(Found f) {
        for (AttributionRule rule : attributions) {
            Attribution a = rule.attribute(f);
            if (a != null) return a;
        }
        return Attribution.NONE;
    }

    private boolean isPerson(String entity) {
        return isPerson(index.entity(entity));
    }

    /** Speech verbs outside quotations still move the speaker chain: "he welcomed the partnership" names who "he" is next. */
    private void followSpeakers(Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = toks.get(k);
            if (!SpeechVerbs.is(v, toks)) continue;
            Token subject = subjectOf(v, s);
            if (subject == null) continue;
            Attribution a = speakers.speakerOf(subject, s, null);
            if (a == null || a.entity() == null) continue;
            chain.spoke(a.entity(), isPerson(a.entity()), s.index());
        }
    }
}
