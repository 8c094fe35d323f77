package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.Family;

/**
 * A company or group named with and without its legal form or group word ("Halden Shipping" / "Halden Shipping
 * Group", "Oran Bay Private Limited" / "Oran Bay"), and a body named with the place it works in ("Casa de Lerma" /
 * "Casa"): one organisation when only one fits.
 */
final class LegalForms implements JoinRule {

    /** Words that end a company's or a group's name and say nothing of which one it is. */
    static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "private", "pvt", "pte", "inc", "incorporated",
            "corp", "co", "plc", "llc", "llp", "lp", "gmbh", "ag", "sa", "sas", "sarl", "spa", "srl", "nv", "bv", "ab",
            "asa", "oyj", "kk", "holdings", "holding", "group");

    /** Legal forms only a company's name carries: a name written with one is an organisation's, whatever the tagger said. */
    static final Set<String> COMPANY_FORMS = Set.of("ltd", "limited", "pvt", "pte", "inc", "incorporated", "plc",
            "llc", "llp", "gmbh", "sarl", "srl", "oyj");

    /** Words joining a body's name to its place ("Casa de Lerma", "Friends of Olt"). */
    private static final Set<String> PLACE_LINKS = Set.of("de", "del", "do", "da", "du", "of", "in");

    /**
     * Joins each name to the only longer name that is it with a legal form after it, or with "de" and a place after
     * it when the shorter name is no generic head word ("the Bank" is not "Bank of Lerma"); people are left out.
     */
    @Override
    public void join(Merges s) {
        Set<String> places = new java.util.HashSet<>();
        for (int i = 0; i < s.c.size(); i++) if (s.family[i] == Family.PLACE) places.add(s.key[i]);
        Map<String, List<Integer>> byBase = new TreeMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON || s.family[i] == Family.NORP) continue;
            List<String> w = Names.words(s.c.get(i).name());
            String base = withoutLegalForm(w);
            if (base == null) base = withoutPlace(places, w);
            if (base != null) byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(i);
        }
        if (byBase.isEmpty()) return;
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON || s.family[i] == Family.NORP || s.entry[i] != null) continue;
            List<Integer> longer = byBase.get(Resolver.nameKey(s.c.get(i).name()));
            if (longer == null || longer.size() > Merges.MAX_BLOCK) continue;
            Integer only = Merges.onlyRoot(s, longer, x -> true);
            if (only != null) s.join(i, only, 0.8);
        }
    }

    /** The name's key without the legal forms that end it, if it has any and keeps words of its own; else null. */
    private static String withoutLegalForm(List<String> words) {
        int end = words.size();
        while (end > 1 && LEGAL_FORMS.contains(words.get(end - 1))) end--;
        if (end == words.size() || end == 0) return null;
        if (end == 1 && words.get(0).equals("the")) return null;
        return Resolver.nameKey(String.join(" ", words.subList(0, end)));
    }

    /** The name's key without a closing "de"/"of" and a place the corpus or the gazetteer knows, else null. */
    private static String withoutPlace(Set<String> places, List<String> words) {
        if (words.size() < 3 || !PLACE_LINKS.contains(words.get(words.size() - 2))) return null;
        List<String> head = words.subList(words.get(0).equals("the") ? 1 : 0, words.size() - 2);
        if (head.size() != 1 || NameWords.ORG_HEADS.contains(head.get(0)) || OrganisationCues.KIND_NOUNS.contains(head.get(0))
                || Names.FUNCTION_WORDS.contains(head.get(0))) {
            return null;
        }
        String place = words.get(words.size() - 1);
        Gazetteer.Entry e = Gazetteer.standard().lookup(place).orElse(null);
        if (!places.contains(place) && (e == null || Resolver.familyOf(e) != Family.PLACE)) return null;
        return head.get(0).toLowerCase(Locale.ROOT);
    }

    /** Whether a name carries a legal form only companies have ("Ltd", "Inc", "Private Limited"). */
    static boolean companyName(String name) {
        List<String> w = Names.words(name);
        return w.size() >= 2 && COMPANY_FORMS.contains(w.get(w.size() - 1));
    }
}
