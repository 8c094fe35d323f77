package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the words around a person's name say about the person's gender, as a signed score (positive: a man,
 * negative: a woman, zero: nothing said). A courtesy title ("Mrs Abe") or a gendered noun naming the person
 * ("Abe's widow Akie Abe", "Akie Abe, his wife,") or a given name women or men almost only bear counts three; the first "he"/"she" after the name in its sentence,
 * with no other person named in between, counts one. Used to keep two people who share a surname apart.
 */
final class GenderEvidence {

    static final int STRONG = 3;

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    /** Nouns of family ties: a name they introduce is a relative of someone, who may share the surname. */
    private static final Set<String> KIN = Set.of("husband", "widower", "father", "son", "brother", "grandfather",
            "grandson", "uncle", "nephew", "wife", "widow", "mother", "daughter", "sister", "grandmother",
            "granddaughter", "aunt", "niece", "cousin", "stepfather", "stepson", "stepmother", "stepdaughter");

    private GenderEvidence() {}

    /**
     * Person candidates the text introduces as somebody's relative ("his widow Yumiko Tanabe", "Nobuo Kishi, Abe's
     * younger brother,"): people who share a surname by family, not variants of one name.
     */
    static Set<Candidate> relatives(List<Candidate> candidates, Map<String, AnnotatedText> annotations) {
        Set<Candidate> out = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            AnnotatedText at = annotations.get(c.doc());
            if (!c.isPerson() || at == null) continue;
            List<Token> toks = at.tokens();
            int first = c.firstToken(), end = c.endToken();
            if (first < 0 || end > toks.size() || first >= end) continue;
            int sentence = toks.get(first).sentence();
            boolean kin = first >= 1 && toks.get(first - 1).sentence() == sentence
                    && KIN.contains(toks.get(first - 1).word().toLowerCase(Locale.ROOT))
                    || kinNounBefore(toks, first, sentence) != null || kinHeadedApposition(toks, first, sentence);
            if (!kin && end < toks.size() && toks.get(end).word().equals(",")) {
                for (int k = end + 1; k < toks.size() && k <= end + 6 && toks.get(k).sentence() == sentence; k++) {
                    Token t = toks.get(k);
                    if (t.word().equals(",") || t.isVerb()) break;
                    if (KIN.contains(t.word().toLowerCase(Locale.ROOT))) {
                        kin = true;
                        break;
                    }
                }
            }
            if (kin) out.add(c);
        }
        return out;
    }

    /** The noun of "his father, Idriss Deby": a kin noun and a comma right before the name, else null. */
    private static String kinNounBefore(List<Token> toks, int first, int sentence) {
        if (first < 2 || !toks.get(first - 1).word().equals(",") || toks.get(first - 2).sentence() != sentence) return null;
        String w = toks.get(first - 2).word().toLowerCase(Locale.ROOT);
        return KIN.contains(w) ? w : null;
    }

    /**
     * "the elder sister of the party's leader, Marie Dupont": the name is set off by a comma after a phrase headed by
     * a kin noun followed by "of" (read back to the start of the sentence or the previous comma, stopping at a verb).
     */
    private static boolean kinHeadedApposition(List<Token> toks, int first, int sentence) {
        if (first < 3 || !toks.get(first - 1).word().equals(",")) return false;
        for (int k = first - 2; k >= 1 && toks.get(k).sentence() == sentence && first - k <= 12; k--) {
            Token t = toks.get(k);
            if (t.word().equals(",") || t.isVerb()) return false;
            if (KIN.contains(t.word().toLowerCase(Locale.ROOT)) && toks.get(k + 1).word().equalsIgnoreCase("of")) return true;
        }
        return false;
    }

    /** The gender a courtesy title gives: 1 for "Mr", -1 for "Mrs"/"Ms", 0 for none or a neutral one ("Dr"). */
    static int ofHonorific(String honorific) {
        return GenderWords.ofTitle(honorific);
    }

    /** The gender a noun gives ("widow" -1, "husband" 1), 0 for other words. */
    static int ofNoun(String word) {
        return GenderWords.ofNoun(word);
    }

    /** The score of every person candidate with anything said about its gender. */
    static Map<Candidate, Integer> of(List<Candidate> candidates, Map<String, AnnotatedText> annotations) {
        Map<Candidate, Integer> out = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.isPerson()) continue;
            AnnotatedText at = annotations.get(c.doc());
            int score = STRONG * ofHonorific(c.honorific());
            // "Imogen Parr" and "Daniel Parr": a given name borne almost only by women or by men says as much as a
            // courtesy title, where the text has no pronoun for one of them.
            score += STRONG * GenderWords.ofGivenName(c.name());
            if (at != null) score += context(at.tokens(), c.firstToken(), c.endToken());
            if (score != 0) out.put(c, score);
        }
        return out;
    }

    /** The evidence around a name spanning tokens [first, end). */
    static int context(List<Token> toks, int first, int end) {
        if (first < 0 || end > toks.size() || first >= end) return 0;
        int score = 0;
        int sentence = toks.get(first).sentence();
        // "widow Akie Abe", "the former first lady Akie Abe": a gendered noun right before the name.
        if (first >= 1 && toks.get(first - 1).sentence() == sentence) score += STRONG * ofNoun(toks.get(first - 1).word());
        // "with his wife, Hadiza Obi, and": a kin noun set off by a comma before the name.
        String kin = kinNounBefore(toks, first, sentence);
        if (kin != null) score += STRONG * ofNoun(kin);
        // "Akie Abe, his wife," / "Akie Abe, the former first lady,": a gendered noun in an apposition.
        if (end < toks.size() && toks.get(end).word().equals(",")) {
            for (int k = end + 1; k < toks.size() && k <= end + 6 && toks.get(k).sentence() == sentence; k++) {
                Token t = toks.get(k);
                String pos = t.pos() == null ? "" : t.pos();
                if (t.word().equals(",") || t.isVerb() || pos.startsWith("W")) break;
                int g = ofNoun(t.word());
                if (g != 0 && pos.startsWith("NN")) {
                    score += STRONG * g;
                    break;
                }
            }
        }
        for (int k = end; k < toks.size() && toks.get(k).sentence() == sentence; k++) {
            Token t = toks.get(k);
            if ("PERSON".equals(t.ner())) break;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (MALE_PRONOUNS.contains(w)) {
                score += 1;
                break;
            }
            if (FEMALE_PRONOUNS.contains(w)) {
                score -= 1;
                break;
            }
        }
        return score;
    }
}
