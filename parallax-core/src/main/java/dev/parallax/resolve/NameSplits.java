package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** Candidates that are not one name: adjectives tagged MISC, compounds of known names, and names joined by "and". */
final class NameSplits {

    private final Gazetteer gazetteer;

    NameSplits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A one-word MISC label on an ordinary adjective ("Free") or on an adjectival compound ("Western-sponsored")
     * is a tagger error, not a name.
     */
    static boolean isAdjectiveMisc(List<Token> toks, NameSpan s) {
        if (!s.type().equals("MISC")) return false;
        String last = toks.get(s.end() - 1).word();
        int dash = last.lastIndexOf('-');
        if (dash > 0 && dash + 1 < last.length() && Character.isLowerCase(last.charAt(dash + 1))) return true;
        if (s.end() - s.first() != 1) return false;
        String pos = toks.get(s.first()).pos();
        return pos == null || !pos.startsWith("NNP");
    }

    /**
     * A hyphenated compound of known names ("Japan-China", "U.S.-led", "Russian-Ukrainian") mentions each named
     * part; it is not a name of its own unless the whole is known ("Indo-Pacific").
     */
    List<Candidate> splitCompound(Candidate c) {
        if (c.isPerson() || !c.name().contains("-") || gazetteer.lookup(c.name()).isPresent()) return List.of(c);
        String[] parts = c.name().split("-");
        List<Candidate> out = new ArrayList<>();
        int offset = c.start();
        int pos = 0;
        boolean known = false;
        for (String part : parts) {
            int at = c.name().indexOf(part, pos);
            pos = at + part.length();
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) continue;
            var entry = gazetteer.lookup(part);
            var demonym = gazetteer.demonymOf(part);
            if (entry.isEmpty() && demonym.isEmpty()) return List.of(c);
            known = true;
            String ner = entry.isPresent() ? (entry.get().type().equals("ORG") ? "ORGANIZATION"
                    : entry.get().type().equals("MEDIA") ? "ORGANIZATION" : "COUNTRY") : "NATIONALITY";
            out.add(new Candidate(c.doc(), offset + at, offset + at + part.length(), part, part, ner, c.sentence(),
                    c.firstToken(), c.endToken(), null, null, null, List.of(), null, null));
        }
        return known ? out : List.of(c);
    }

    /**
     * "Ruritanian Bank and the Northern Monetary Office": a span joined by "and the", or by "and" between two names
     * the gazetteer knows, names two things; it is one name only when the whole is known.
     */
    List<Candidate> splitConjunction(Candidate c, List<Token> toks) {
        if (c.isPerson() || c.honorific() != null || gazetteer.lookup(c.name()).isPresent()) return List.of(c);
        for (int k = c.firstToken() + 1; k < c.endToken() - 1; k++) {
            if (!toks.get(k).word().equalsIgnoreCase("and")) continue;
            boolean article = toks.get(k + 1).word().equals("the");
            int second = article ? k + 2 : k + 1;
            if (second >= c.endToken() || !startsUpper(toks.get(second)) || !startsUpper(toks.get(k - 1))) continue;
            int firstStart = Math.max(c.start(), toks.get(c.firstToken()).start());
            String left = c.text().substring(firstStart - c.start(), toks.get(k - 1).end() - c.start()).strip();
            String right = Names.stripPossessive(c.text().substring(toks.get(second).start() - c.start()).strip());
            boolean leftKnown = known(left), rightKnown = known(right);
            if (!(leftKnown && rightKnown) && !(article && (leftKnown || right.contains(" ") && (left.contains(" ") || Names.isAcronym(left))))
                    && !(headed(left) && headed(right))) {
                continue;
            }
            Candidate a = new Candidate(c.doc(), firstStart, toks.get(k - 1).end(), left, left, c.ner(), c.sentence(),
                    c.firstToken(), k, null, null, null, List.of(), null, null);
            Candidate b = new Candidate(c.doc(), toks.get(second).start(), toks.get(second).start() + right.length(), right,
                    right, c.ner(), c.sentence(), second, c.endToken(), null, null, null, List.of(), null, null);
            List<Candidate> out = new ArrayList<>(splitConjunction(a, toks));
            out.addAll(splitConjunction(b, toks));
            return out;
        }
        return List.of(c);
    }

    /**
     * Whether a name of two words or more ends in a word that says what kind of body it is ("Northern Savings
     * Bank", "Harbour Holdings Group"): two such names joined by "and" are two bodies, while in "Bank for Trade and
     * Development" the words before "and" end in no such word.
     */
    static boolean headed(String name) {
        List<String> w = Names.words(name);
        return w.size() >= 2 && ORG_HEADS.contains(w.get(w.size() - 1));
    }

    /**
     * "the U.S. Bureau of Trade Statistics": an organisation whose name opens with a country's short form written as
     * an acronym also mentions that country, and its name without the prefix ("Bureau of Trade Statistics", at least
     * two words, as articles also write it) is a name of the same body, which the resolver joins to it. A prefix of
     * one word before one word ("US Navy") is left whole.
     */
    List<Candidate> countryPrefixed(Candidate c, List<Token> toks) {
        if (c.isPerson() || c.honorific() != null || !"ORGANIZATION".equals(c.ner())) return List.of();
        int k = c.firstToken();
        while (k < c.endToken() && toks.get(k).start() < c.start()) k++;
        if (k + 1 >= c.endToken()) return List.of();
        Token prefix = toks.get(k);
        if (prefix.start() != c.start() || !Names.isAcronym(prefix.word())) return List.of();
        var country = gazetteer.lookup(prefix.word()).filter(e -> "country".equals(e.kind()));
        if (country.isEmpty() || gazetteer.lookup(c.name()).isPresent()) return List.of();
        Token next = toks.get(k + 1);
        if (!startsUpper(next)) return List.of();
        String rest = Names.stripPossessive(c.text().substring(next.start() - c.start()));
        if (Names.words(rest).size() < 2) return List.of();
        return List.of(
                new Candidate(c.doc(), prefix.start(), prefix.end(), prefix.word(), prefix.word(), "COUNTRY", c.sentence(),
                        k, k + 1, null, null, null, List.of(), null, null),
                new Candidate(c.doc(), next.start(), next.start() + rest.length(), rest, rest, c.ner(), c.sentence(),
                        k + 1, c.endToken(), null, null, null, List.of(), null, null));
    }

    boolean known(String name) {
        return gazetteer.lookup(name).isPresent() || gazetteer.seatOf(name).isPresent();
    }
}
