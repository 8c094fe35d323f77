package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** An acronym and the name it abbreviates: defined in brackets, spelled by the name's initials, or mixed with words. */
final class AcronymJoins implements JoinRule {

    /** Acronyms join the names they abbreviate: defined in parentheses, or matching a name's initials. */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON || s.c.get(i).metonymOf() != null) continue;
            byName.computeIfAbsent(nameKey(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> defined = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (c.longForm() == null) continue;
            List<Integer> longs = byName.get(nameKey(c.longForm()));
            // "World Bank and the International Monetary Fund (IMF)": the acronym stands for the last name.
            int and = c.longForm().lastIndexOf(" and ");
            if (longs == null && and > 0) longs = byName.get(nameKey(c.longForm().substring(and + 5)));
            if (longs != null) {
                s.join(i, longs.get(0), 1.0);
                defined.add(i);
            }
        }
        Map<String, Set<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PERSON || c.metonymOf() != null || c.wordCount() < 2) continue;
            String ini = Names.initials(c.name());
            if (ini.length() >= 2) byInitials.computeIfAbsent(ini, k -> new HashSet<>()).add(s.uf.find(i));
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (defined.contains(i) || s.family[i] == Family.PERSON || c.wordCount() != 1 || !Names.isAcronym(c.name())) continue;
            Set<Integer> roots = new HashSet<>();
            for (int r : byInitials.getOrDefault(c.name().replace(".", "").toLowerCase(Locale.ROOT), Set.of())) {
                roots.add(s.uf.find(r));
            }
            if (roots.size() == 1) s.join(i, roots.iterator().next(), 0.9);
        }
        // "AK Party" beside "AKP": a name made of an acronym and words is the acronym its letters spell.
        Map<String, Set<Integer>> acronyms = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PERSON && c.wordCount() == 1 && Names.isAcronym(c.name())) {
                acronyms.computeIfAbsent(c.name().replace(".", "").toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(i);
            }
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PERSON || c.metonymOf() != null || c.wordCount() < 2) continue;
            if (Arrays.stream(c.name().split("[\\s-]+")).noneMatch(Names::isAcronym)) continue;
            Integer target = onlyRoot(s, new ArrayList<>(acronyms.getOrDefault(Names.acronymLetters(c.name()), Set.of())), x -> true);
            if (target != null) s.join(i, target, 0.85);
        }
    }
}
