package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;

/**
 * A party named by its members as a group ("the Free Democrats", "the Christian Democrats", "the Conservatives"):
 * the party whose name is the members' word as an adjective and a party's head word ("Free Democratic Party",
 * "Christian Democratic Union", "Conservative Party"), when the corpus names one party so.
 */
final class PartyMembers implements JoinRule {

    /** Head words of parties and political unions, in English and (through their translations) other languages. */
    private static final Set<String> PARTY_HEADS = Set.of("party", "union", "alliance", "front", "movement", "league",
            "bloc", "coalition");

    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> parties = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.c.get(i).metonymOf() != null) continue;
            String key = partyKey(s.c.get(i).name());
            if (key != null) parties.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        if (parties.isEmpty()) return;
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PLACE || s.entry[i] != null || c.metonymOf() != null || !unadornedOrNotPerson(s, i)) continue;
            String key = membersKey(c.name());
            List<Integer> owners = key == null ? null : parties.get(key);
            if (owners == null || owners.size() > Merges.MAX_BLOCK) continue;
            Integer only = Merges.onlyRoot(s, owners, x -> true);
            if (only == null) continue;
            // The group is the party: it counts as an organisation, not as a nationality or a person.
            s.family[i] = Family.ORG;
            s.key[i] = nameKey(c.name());
            s.join(i, only, 0.8);
        }
    }

    private static boolean unadornedOrNotPerson(Merges s, int i) {
        return s.family[i] != Family.PERSON || Merges.unadorned(s.c.get(i));
    }

    /**
     * The members' words of a party name ("free democrat" of "German Free Democratic Party"): the words before its
     * head word, without a country or demonym that opens it, each as its members' noun; null for other names.
     */
    static String partyKey(String name) {
        List<String> w = withoutArticle(Names.words(name));
        if (w.size() < 2) return null;
        String head = Names.translationSynonym(w.get(w.size() - 1));
        if (!PARTY_HEADS.contains(head)) return null;
        List<String> pre = new ArrayList<>(w.subList(0, w.size() - 1));
        // "German Free Democratic Party": the country says whose party it is, its members are "Free Democrats".
        while (!pre.isEmpty() && !Gazetteer.standard().demonymToCountry(pre.get(0)).equals(pre.get(0))) pre.remove(0);
        if (pre.isEmpty() || pre.stream().anyMatch(Names.FUNCTION_WORDS::contains)) return null;
        List<String> out = new ArrayList<>();
        for (String x : pre) out.add(memberNoun(x));
        return String.join(" ", out);
    }

    /**
     * The key of a name of members in the plural ("Free Democrats" → "free democrat"), else null: capitalised, its
     * last word a plural, without a head word of its own.
     */
    static String membersKey(String name) {
        String[] raw = name.strip().split("\\s+");
        String last = raw[raw.length - 1];
        if (raw.length > 3 || last.length() < 4 || !last.endsWith("s") || last.endsWith("ss") || !Character.isUpperCase(last.charAt(0))) {
            return null;
        }
        List<String> w = withoutArticle(Names.words(name));
        if (w.isEmpty() || w.stream().anyMatch(Names.FUNCTION_WORDS::contains)) return null;
        List<String> out = new ArrayList<>(w);
        String l = out.get(out.size() - 1);
        out.set(out.size() - 1, l.substring(0, l.length() - 1));
        return String.join(" ", out);
    }

    /** The noun for a party's members of an adjective in its name: "democratic" → "democrat", else the word. */
    private static String memberNoun(String adjective) {
        return adjective.length() > 6 && adjective.endsWith("atic") ? adjective.substring(0, adjective.length() - 2) : adjective;
    }

    private static List<String> withoutArticle(List<String> w) {
        return !w.isEmpty() && w.get(0).equals("the") ? w.subList(1, w.size()) : w;
    }
}
