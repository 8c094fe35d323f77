package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.NerMention;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.parallax.resolve.NameWords.NAME_TYPES;
import static dev.parallax.resolve.NameWords.isPronoun;

/**
 * Finds the name occurrences of one document for resolution. Starts from the tagger's mentions and repairs what
 * the tagger is known to get wrong, one {@link SpanRule} at a time: names split in two ("People's" + "Republic of
 * China"), multi-word names it misses ("Individually Tailored Partnership Program"), acronyms defined in
 * parentheses, honorifics, and the roles and affiliations stated around a person's name.
 */
final class MentionFinder {

    private final CandidateMaker maker;
    private final NameSplits splits;
    private final AcronymDefinitions acronyms;
    /** The span repairs in the order they run; each sees what the ones before it left. */
    private final List<SpanRule> rules;

    MentionFinder(Gazetteer gazetteer) {
        this.maker = new CandidateMaker(gazetteer);
        this.splits = new NameSplits(gazetteer);
        this.acronyms = new AcronymDefinitions(gazetteer, maker);
        this.rules = List.of(new InnerArticleSplit(), new HeadedChunks(gazetteer), new KnownAcronyms(gazetteer), new ToldOutlets(),
                new CapitalisedRuns(), new HyphenCompounds(), new HyphenTails(), new AdjacentNames(), new GivenNameBefore(),
                new CapitalisedArticle(), new NamePrefixes(), new LowerCaseHeads(), new RankPrefixes(), new OfficeNames(),
                new PiecesBeforeAcronym());
    }

    /** The candidate that makes mention of a span (shared with the later passes). */
    CandidateMaker maker() {
        return maker;
    }

    List<Candidate> find(String doc, String text, AnnotatedText at) {
        List<Token> toks = at.tokens();
        List<NameSpan> spans = new ArrayList<>();
        for (NerMention m : at.mentions()) {
            if (!NAME_TYPES.contains(m.type()) || m.endToken() <= m.firstToken()) continue;
            if (isPronoun(toks, m.firstToken(), m.endToken())) continue;
            spans.add(new NameSpan(m.firstToken(), m.endToken(), m.type()));
        }
        for (SpanRule rule : rules) spans = rule.apply(spans, text, at);
        List<Candidate> out = new ArrayList<>();
        for (NameSpan s : spans) {
            if (NameSplits.isAdjectiveMisc(toks, s)) continue;
            if (maker.isTitledName(text, toks, s)) s = new NameSpan(s.first(), s.end(), "PERSON");
            Candidate c = maker.candidate(doc, text, toks, s);
            if (c != null) for (Candidate part : splits.splitConjunction(c, toks)) out.addAll(splits.splitCompound(part));
        }
        List<Candidate> defined = acronyms.acronymDefinitions(doc, text, toks, spans);
        out.addAll(defined);
        out.addAll(LowerCaseLongForms.definitions(doc, text, toks, spans, maker));
        out.addAll(CompoundAbbreviations.definitions(doc, text, toks, spans, maker));
        out.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<Candidate> kept = new ArrayList<>(dedupe(out));
        kept.addAll(definedInside(defined, kept));
        // The country and the body of "the U.S. Bureau of Trade Statistics" are mentions inside the longer one.
        for (Candidate c : List.copyOf(kept)) kept.addAll(splits.countryPrefixed(c, toks));
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<Candidate> named = AlternativeNames.alternativeNames(text, toks, TranslatedPlaceNames.apply(text, toks, GroupNames.apply(text, toks, kept)));
        return Glosses.apply(doc, text, toks, named, maker);
    }

    /**
     * The long forms of acronyms that a longer name holds ("the Permanent Council of the Organisation of Island States
     * (OIS)"), which {@link #dedupe} dropped: a body's name of its own, inside its council's.
     */
    private static List<Candidate> definedInside(List<Candidate> defined, List<Candidate> kept) {
        java.util.Set<String> longForms = new java.util.HashSet<>();
        for (Candidate c : defined) if (c.longForm() != null) longForms.add(c.longForm());
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : defined) {
            if (c.longForm() != null || !longForms.contains(c.name()) || kept.contains(c)) continue;
            boolean inside = kept.stream().anyMatch(k -> k.doc().equals(c.doc()) && k.start() < c.start() && k.end() >= c.end());
            if (inside) out.add(c);
        }
        return out;
    }

    /** Keeps one candidate per span and drops candidates inside a longer one ("Group of" in "Group of Seven"). */
    private static List<Candidate> dedupe(List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>();
        int coveredTo = -1;
        for (Candidate c : sorted) {
            if (!out.isEmpty()) {
                Candidate p = out.get(out.size() - 1);
                if (p.start() == c.start() && p.end() == c.end()) {
                    if (p.longForm() == null && c.longForm() != null) out.set(out.size() - 1, c);
                    continue;
                }
            }
            if (c.end() <= coveredTo) continue;
            out.add(c);
            coveredTo = Math.max(coveredTo, c.end());
        }
        return out;
    }
}
