package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds definite descriptions that refer back to a named entity ("the alliance", "the 31-nation bloc",
 * "the Chinese government") and decides which cluster each refers to: the country its modifier names, else the
 * most recent earlier entity of a fitting kind.
 */
final class DescriptionFinder {

    /** A description and the cluster it refers to. */
    record Description(String doc, int start, int end, String text, int cluster) {}

    /** Head nouns and the kinds of entity they can describe. */
    private static final Map<String, Set<String>> HEADS = Map.ofEntries(
            Map.entry("alliance", Set.of("alliance")),
            Map.entry("bloc", Set.of("alliance", "union", "group")),
            Map.entry("union", Set.of("union")),
            Map.entry("organization", Set.of("alliance", "organization", "agency")),
            Map.entry("organisation", Set.of("alliance", "organization", "agency")),
            Map.entry("government", Set.of("country")),
            Map.entry("administration", Set.of("country")),
            Map.entry("regime", Set.of("country")),
            Map.entry("authorities", Set.of("country")),
            Map.entry("institute", Set.of("institute")),
            Map.entry("foundation", Set.of("foundation")),
            Map.entry("ministry", Set.of("ministry")),
            Map.entry("party", Set.of("party")),
            Map.entry("agency", Set.of("agency")),
            Map.entry("council", Set.of("council")));

    private final Gazetteer gazetteer;

    private static boolean isModifier(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("JJ") || pos.equals("CD") || pos.equals("NNP") || pos.equals("VBN") || pos.equals("HYPH")
                || pos.equals("NN") || t.word().equals("-");
    }

    DescriptionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A person's cluster with the content stems of each role or title the texts give the person. */
    record Holder(int cluster, List<Set<String>> roles, Set<String> docs) {}

    /**
     * "the COP40 president", "The Marovian Minister": a definite role noun with its modifiers describes the one
     * person the texts give a role with that noun and those modifiers, the one such person named in the article
     * if several are known, else the only one in the corpus. Nothing when no person or several fit, or when no
     * modifier narrows the role ("the minister").
     */
    List<Description> findRoles(String doc, String text, AnnotatedText at, List<Holder> holders) {
        List<Description> out = new ArrayList<>();
        List<Token> toks = at.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token det = toks.get(i);
            if (!det.word().equalsIgnoreCase("the")) continue;
            int j = i + 1;
            int headAt = -1;
            while (j < toks.size() && j - i <= 4 && toks.get(j).sentence() == det.sentence()) {
                Token t = toks.get(j);
                String lw = t.word().toLowerCase(Locale.ROOT);
                if (MentionFinder.ROLE_NOUNS.contains(lw) && t.pos() != null && t.pos().startsWith("NN")) {
                    headAt = j;
                    break;
                }
                if (!isModifier(t)) break;
                j++;
            }
            if (headAt < 0) continue;
            Token next = headAt + 1 < toks.size() && toks.get(headAt + 1).sentence() == det.sentence() ? toks.get(headAt + 1) : null;
            // "the president of X", "the minister Omar Hale", "the prime minister": named or longer phrases elsewhere.
            if (next != null && (next.word().equals("of") || next.word().equals("for") || "PERSON".equals(next.ner())
                    || MentionFinder.ROLE_NOUNS.contains(next.word().toLowerCase(Locale.ROOT))
                    || next.pos() != null && next.pos().startsWith("NN"))) {
                i = headAt;
                continue;
            }
            Set<String> wanted = new java.util.HashSet<>(Names.contentStems(text.substring(toks.get(i + 1).start(), toks.get(headAt).end())));
            List<Holder> fit = new ArrayList<>();
            for (Holder h : holders) {
                for (Set<String> r : h.roles()) {
                    if (r.containsAll(wanted)) {
                        fit.add(h);
                        break;
                    }
                }
            }
            List<Holder> inDoc = fit.stream().filter(h -> h.docs().contains(doc)).toList();
            // A bare "the minister" may be someone the tagger missed: a modifier must narrow the role.
            if (wanted.size() < 2) {
                i = headAt;
                continue;
            }
            Holder target = inDoc.size() == 1 ? inDoc.get(0) : inDoc.isEmpty() && fit.size() == 1 ? fit.get(0) : null;
            if (target != null) {
                int end = toks.get(headAt).end();
                out.add(new Description(doc, det.start(), end, text.substring(det.start(), end), target.cluster()));
            }
            i = headAt;
        }
        return out;
    }

    /** A named mention already resolved: where it is and which cluster it belongs to, with that cluster's kind. */
    record Anchor(int start, int cluster, String kind, String name) {}

    List<Description> find(String doc, String text, AnnotatedText at, List<Anchor> anchors, Map<String, Integer> countryClusters) {
        List<Description> out = new ArrayList<>();
        List<Token> toks = at.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token det = toks.get(i);
            if (!det.word().equalsIgnoreCase("the")) continue;
            int j = i + 1;
            String country = null;
            int headAt = -1;
            while (j < toks.size() && j - i <= 5 && toks.get(j).sentence() == det.sentence()) {
                Token t = toks.get(j);
                if (HEADS.containsKey(t.word()) && t.pos() != null && t.pos().startsWith("NN")) {
                    headAt = j;
                    break;
                }
                if (!isModifier(t)) break;
                var e = gazetteer.demonymOf(t.word()).or(() -> gazetteer.lookup(t.word()));
                if (e.isPresent() && "country".equals(e.get().kind())) country = e.get().name();
                j++;
            }
            if (headAt < 0) continue;
            String head = toks.get(j).word().toLowerCase(Locale.ROOT);
            // "the government of Japan" names its entity itself.
            if (j + 1 < toks.size() && toks.get(j + 1).word().equals("of")) continue;
            Set<String> kinds = HEADS.get(head);
            Integer target = null;
            if (country != null && kinds.contains("country")) {
                target = countryClusters.get(country);
            } else if (country == null) {
                for (Anchor a : anchors) {
                    if (a.start() >= det.start()) break;
                    if (kinds.contains(a.kind()) || a.name().toLowerCase(Locale.ROOT).endsWith(" " + head)) target = a.cluster();
                }
            }
            if (target != null) {
                int end = toks.get(j).end();
                out.add(new Description(doc, det.start(), end, text.substring(det.start(), end), target));
            }
            i = j;
        }
        return out;
    }
}
