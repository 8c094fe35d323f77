package dev.parallax.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;

/**
 * A country called by its formal name without "of" and the country's name ("the Federal Republic" for Germany, "the
 * Islamic Republic" for Iran): the one country of the corpus whose formal name opens so.
 */
final class FormalCountryNames implements JoinRule {

    @Override
    public void join(Merges s) {
        Set<Gazetteer.Entry> countries = new HashSet<>();
        java.util.Map<Gazetteer.Entry, Integer> firstOf = new java.util.HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            Gazetteer.Entry e = s.entry[i];
            if (e != null && "country".equals(e.kind()) && s.c.get(i).metonymOf() == null) {
                countries.add(e);
                firstOf.putIfAbsent(e, i);
            }
        }
        if (countries.isEmpty()) return;
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.entry[i] != null || s.family[i] == Family.PERSON || c.metonymOf() != null) continue;
            String name = Names.fold(c.name());
            if (name.startsWith("the ")) name = name.substring(4);
            List<String> w = Names.words(name);
            if (w.size() < 2 || w.contains("of") || !FORMAL_HEADS.contains(w.get(w.size() - 1))) continue;
            Gazetteer.Entry only = null;
            int found = 0;
            for (Gazetteer.Entry e : countries) {
                if (opensFormalName(e, name)) {
                    only = e;
                    found++;
                }
            }
            if (found == 1) s.join(i, firstOf.get(only), 0.75);
        }
    }

    /** Words that head a state's formal name ("Republic", "Kingdom"). */
    private static final Set<String> FORMAL_HEADS = Set.of("republic", "kingdom", "federation", "confederation",
            "emirate", "sultanate", "principality", "commonwealth");

    /** Whether one of a country's names is {@code folded} followed by "of". */
    private static boolean opensFormalName(Gazetteer.Entry e, String folded) {
        String want = folded.toLowerCase(Locale.ROOT) + " of ";
        if (Names.fold(e.name()).startsWith(want)) return true;
        for (String a : e.aliases()) if (Names.fold(a).startsWith(want)) return true;
        return false;
    }
}
