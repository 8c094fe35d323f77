package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names that translation writes in the source language's word pattern and the tagger cuts up: a place whose parts
 * are joined by a foreign connecting word ("Rostow am Don", "Newcastle upon Tyne", "Frankfurt am Main"), tagged
 * as two names, and a name whose qualifier follows it as "of the South" ("Military District of the South"), tagged
 * without the qualifier.
 */
final class TranslatedPlaceNames {

    /**
     * Connecting words of place names that an English sentence does not otherwise put between two names. "on",
     * "in" and "de" are left out: "Biden on Ukraine", "Paris in France" are two names.
     */
    private static final Set<String> CONNECTIVES = Set.of("am", "an", "im", "upon", "sur", "del");

    /** Compass points written after a translated name ("of the South"). */
    private static final Set<String> QUALIFIERS = Set.of("North", "South", "East", "West", "Centre", "Center",
            "Northwest", "Northeast", "Southwest", "Southeast", "North-West", "North-East", "South-West", "South-East");

    private TranslatedPlaceNames() {}

    /** The candidates of one document, sorted by position, with such cut names put back together. */
    static List<Candidate> apply(String text, List<Token> toks, List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            Candidate a = sorted.get(k);
            Candidate b = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
            if (b != null && connected(text, toks, a, b)) {
                String name = text.substring(a.start(), b.end());
                out.add(new Candidate(a.doc(), a.start(), b.end(), name, name, "CITY", a.sentence(), a.firstToken(),
                        b.endToken(), null, null, null, List.of(), null, null));
                k++;
                continue;
            }
            Candidate q = withQualifier(text, toks, a, b);
            out.add(q);
            // A compass point the tagger named on its own is now inside the name.
            if (q != a && b != null && b.start() >= a.end() && b.end() <= q.end()) k++;
        }
        return out;
    }

    /** "Rostow am Don": two one-word names, one of them a place, joined by a connecting word and nothing else. */
    private static boolean connected(String text, List<Token> toks, Candidate a, Candidate b) {
        if (a.sentence() != b.sentence() || b.endToken() - b.firstToken() != 1 || a.endToken() - a.firstToken() != 1
                || b.firstToken() != a.endToken() + 1 || a.honorific() != null || a.title() != null) {
            return false;
        }
        Token mid = toks.get(a.endToken());
        if (!CONNECTIVES.contains(mid.word()) || !text.substring(a.end(), b.start()).equals(" " + mid.word() + " ")) return false;
        // English puts "am" and "im" after "I" only: between two names they are German, and the tagger often reads
        // both halves as given names ("Rostow am Don"). The other words need one half tagged a place.
        boolean place = mid.word().equals("am") || mid.word().equals("im")
                || Resolver.familyOf(a.ner()) == Resolver.Family.PLACE || Resolver.familyOf(b.ner()) == Resolver.Family.PLACE;
        return place && Character.isUpperCase(a.name().charAt(0)) && Character.isUpperCase(b.name().charAt(0));
    }

    /**
     * "the Military District of the South": a name of several words, not a person's, followed by "of the" and a
     * compass point that no other name holds, ends with the qualifier.
     */
    private static Candidate withQualifier(String text, List<Token> toks, Candidate a, Candidate next) {
        int e = a.endToken();
        if (a.isPerson() || a.wordCount() < 2 || a.longForm() != null || a.metonymOf() != null || e + 2 >= toks.size()) return a;
        Token of = toks.get(e), the = toks.get(e + 1), q = toks.get(e + 2);
        if (!of.word().equals("of") || !the.word().equals("the") || !QUALIFIERS.contains(q.word()) || q.sentence() != of.sentence()) return a;
        if (next != null && next.start() < q.end() && (next.start() < q.start() || next.end() > q.end())) return a;
        // "District of the South Caucasus": the compass point must end the name.
        if (e + 3 < toks.size() && toks.get(e + 3).sentence() == q.sentence() && Character.isUpperCase(toks.get(e + 3).word().charAt(0))) return a;
        if (!text.substring(a.end(), q.start()).equals(" of the ")) return a;
        String name = text.substring(a.start(), q.end());
        String bare = a.name() + text.substring(a.end(), q.end());
        return new Candidate(a.doc(), a.start(), q.end(), name, bare, a.ner(), a.sentence(), a.firstToken(), e + 3,
                a.honorific(), a.title(), a.role(), a.affiliations(), null, null);
    }
}
