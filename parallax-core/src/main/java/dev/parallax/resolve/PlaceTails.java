package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;

/** A place name that ends (or heads) one longer place name ("Delhi" of "New Delhi"): that place, shortened. */
record PlaceTails(Gazetteer gazetteer) implements JoinRule {

    /** Generic heads of place names ("the Kingdom", "member States"), which name no place alone. */
    private static final Set<String> GENERIC_PLACE_HEADS = Set.of("states", "state", "kingdom", "republic", "islands",
            "island", "emirates", "union", "federation", "territories", "territory", "city", "province", "region",
            "county", "district", "provinces", "regions");

    /**
     * "Delhi" and "New Delhi": a place name that is the last words of exactly one longer place name of the corpus is
     * that place, unless the gazetteer knows the shorter name as a place of its own ("Guinea", "Papua New Guinea").
     */
    @Override
    public void join(Merges s) {
        List<Integer> longer = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PLACE && s.c.get(i).metonymOf() == null && s.c.get(i).wordCount() >= 2) longer.add(i);
        }
        // Each longer name's key and the key of its head word ("rio" of "Rio de Janeiro"), computed once.
        String[] longKeys = new String[longer.size()], headKeys = new String[longer.size()];
        for (int x = 0; x < longer.size(); x++) {
            String name = s.c.get(longer.get(x)).name();
            longKeys[x] = nameKey(name);
            String[] lw = name.strip().split(" ");
            String first = Names.fold(name.strip().split("-")[0]);
            if (lw.length >= 3 && NameWords.isPlaceParticle(lw[1])) headKeys[x] = Names.fold(lw[0]);
            else if (hyphenHead(name, first)) headKeys[x] = first;
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE || s.entry[i] != null || c.metonymOf() != null) continue;
            if (gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()) continue;
            // "member States", "the Kingdom": the generic head of a place name names no place alone.
            if (c.wordCount() == 1 && GENERIC_PLACE_HEADS.contains(c.name().strip().toLowerCase(java.util.Locale.ROOT))) continue;
            String k = nameKey(c.name());
            Set<Integer> roots = new HashSet<>();
            Integer any = null;
            for (int x = 0; x < longer.size(); x++) {
                int j = longer.get(x);
                String lk = longKeys[x];
                boolean head = k.equals(headKeys[x]);
                if (lk.length() > k.length() && lk.endsWith(" " + k) || head) {
                    roots.add(s.uf.find(j));
                    any = j;
                }
            }
            if (roots.size() == 1) s.join(i, any, 0.8);
        }
    }

    /** Whether {@code key} is the first part of a hyphenated place name ("Barrow" of "Barrow-in-Furness"). */
    static boolean hyphenHead(String name, String key) {
        String[] parts = name.strip().split("-");
        return parts.length >= 3 && NameWords.HYPHEN_PARTICLES.contains(parts[1]) && Names.fold(parts[0]).equals(key);
    }
}
