package dev.parallax.compare;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.SourceProfile;
import dev.parallax.corpus.Token;
import dev.parallax.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Profiles each source: its outlet, whom it names and quotes and how much, the claims it alone makes or leaves
 * out, and its framing (loaded terms from the framing lexicon, tone toward its main entities, share of quoted text).
 */
final class SourceProfiler {

    private static final int TOP_ENTITIES = 12;
    private static final int TONE_ENTITIES = 6;

    private SourceProfiler() {}

    static List<SourceProfile> profile(Corpus corpus, MentionIndex index, List<Claim> claims, Gazetteer gazetteer) {
        List<SourceProfile> out = new ArrayList<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            List<SourceProfile.Coverage> coverage = coverage(index, d.id());
            List<SourceProfile.Voice> voices = voices(corpus, index, d.id());
            List<String> exclusive = new ArrayList<>(), omitted = new ArrayList<>();
            for (Claim c : claims) {
                List<String> docs = c.assertingDocs();
                if (docs.size() == 1 && docs.get(0).equals(d.id())) exclusive.add(c.id());
                if (c.omittedBy().contains(d.id()) && c.assertingDocs().size() > 1) omitted.add(c.id());
            }
            List<SourceProfile.Term> terms = loadedTerms(d);
            List<SourceProfile.Tone> tone = at == null ? List.of() : tone(d, at, index, coverage);
            double quoted = quotedShare(corpus, d);
            List<Evidence> evidence = new ArrayList<>();
            for (SourceProfile.Term t : terms) evidence.addAll(t.evidence());
            evidence.sort(null);
            String outlet = Outlets.of(d, gazetteer, Outlets.interviewers(d.text(), index.of(d.id())));
            out.add(new SourceProfile(d.id(), outlet, coverage, voices, exclusive, omitted,
                    new SourceProfile.Framing(terms, tone, quoted), evidence));
        }
        return out;
    }

    private static List<SourceProfile.Coverage> coverage(MentionIndex index, String doc) {
        Map<String, Integer> counts = new TreeMap<>();
        for (MentionIndex.Hit h : index.of(doc)) {
            if (h.mention().kind() == EntityMention.Kind.pronoun) continue;
            counts.merge(h.entity().id(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ENTITIES).map(e -> new SourceProfile.Coverage(e.getKey(), e.getValue())).toList();
    }

    private static List<SourceProfile.Voice> voices(Corpus corpus, MentionIndex index, String doc) {
        Map<String, int[]> byspeaker = new TreeMap<>();
        for (Quote q : corpus.quotes()) {
            if (!q.doc().equals(doc) || q.speaker() == null) continue;
            int[] c = byspeaker.computeIfAbsent(q.speaker(), k -> new int[2]);
            c[0]++;
            c[1] += q.text().split("\\s+").length;
        }
        int total = corpus.document(doc).map(d -> d.text().split("\\s+").length).orElse(1);
        return byspeaker.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Entity en = index.entity(e.getKey());
                    double share = Math.round(e.getValue()[1] * 1000.0 / Math.max(1, total)) / 1000.0;
                    return new SourceProfile.Voice(e.getKey(), en == null ? e.getKey() : en.name(), e.getValue()[0],
                            e.getValue()[1], share);
                }).toList();
    }

    static List<SourceProfile.Term> loadedTerms(Document d) {
        Map<String, List<Evidence>> found = new LinkedHashMap<>();
        Map<String, String> category = new HashMap<>();
        for (Lexicons.FramingTerm t : Lexicons.FRAMING) {
            Matcher m = t.pattern().matcher(d.text());
            while (m.find()) {
                String term = m.group().toLowerCase(Locale.ROOT).equals(m.group()) ? m.group().toLowerCase(Locale.ROOT) : m.group();
                found.computeIfAbsent(term, k -> new ArrayList<>()).add(new Evidence(d.id(), m.start(), m.end()));
                category.put(term, t.category());
            }
        }
        return found.entrySet().stream()
                .map(e -> new SourceProfile.Term(e.getKey(), category.get(e.getKey()), e.getValue().size(), e.getValue()))
                .sorted(Comparator.comparing(SourceProfile.Term::category).thenComparing(t -> -t.count()).thenComparing(SourceProfile.Term::term))
                .toList();
    }

    /** Lexicon tone of the sentences that name each of the source's main entities, from -1 to 1. */
    private static List<SourceProfile.Tone> tone(Document d, AnnotatedText at, MentionIndex index,
                                                 List<SourceProfile.Coverage> coverage) {
        List<SourceProfile.Tone> out = new ArrayList<>();
        for (SourceProfile.Coverage c : coverage.subList(0, Math.min(TONE_ENTITIES, coverage.size()))) {
            double sum = 0;
            int sentences = 0;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (MentionIndex.Hit h : index.of(d.id())) {
                if (!h.entity().id().equals(c.entity())) continue;
                Sentence s = at.sentenceAt(h.mention().start());
                if (s == null || !seen.add(s.index())) continue;
                int pos = 0, neg = 0;
                for (Token t : at.tokensOf(s)) {
                    String w = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                    Integer p = Lexicons.TONE.getOrDefault(t.word().toLowerCase(Locale.ROOT), Lexicons.TONE.get(w));
                    if (p == null) continue;
                    if (p > 0) pos++;
                    else neg++;
                }
                sum += (pos - neg) / (double) (pos + neg + 1);
                sentences++;
            }
            if (sentences > 0) out.add(new SourceProfile.Tone(c.entity(), Math.round(sum / sentences * 1000) / 1000.0, sentences));
        }
        return out;
    }

    private static double quotedShare(Corpus corpus, Document d) {
        if (d.text().isEmpty()) return 0;
        int quoted = 0;
        for (Quote q : corpus.quotes()) {
            if (q.doc().equals(d.id()) && q.kind() != Quote.Kind.indirect) quoted += q.end() - q.start();
        }
        return Math.round(quoted * 1000.0 / d.text().length()) / 1000.0;
    }
}
