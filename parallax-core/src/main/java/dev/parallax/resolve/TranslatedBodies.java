package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.Family;

/**
 * A body's name left in its own language, or calqued word for word, where the corpus also names it in English
 * ("Congreso" / "Congress", "Cuerpo de Bomberos" / "Fire Corps", "Defensoría del Pueblo" / "Ombudsman's Office",
 * "Guardia Nacional Bolivariana" / "Bolivarian National Guard"): one body when only one English name holds all its
 * translated or cognate words, or all but the last of a longer foreign name ("Plataforma Unitaria Democrática" /
 * "Unitary Platform").
 */
final class TranslatedBodies implements JoinRule {

    /** Articles and prepositions of French, Spanish, Italian, Portuguese and German names: a foreign name's mark. */
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("de", "del", "des", "du", "della", "delle", "dei",
            "da", "do", "dos", "das", "la", "le", "les", "los", "las", "el", "y", "et", "e", "der", "die", "und", "fur");

    /**
     * Whole names of the people's advocate in other languages and their calques, all the office English calls the
     * ombudsman: a translation renders them word by word, so no word of theirs matches the English name.
     */
    private static final Map<String, String> OMBUDSMAN_NAMES = Map.ofEntries(
            Map.entry("defensoria del pueblo", "ombudsman"), Map.entry("defensor del pueblo", "ombudsman"),
            Map.entry("defensoria do povo", "ombudsman"), Map.entry("defensor do povo", "ombudsman"),
            Map.entry("defenseur des droits", "ombudsman"), Map.entry("difensore civico", "ombudsman"),
            Map.entry("provedor de justica", "ombudsman"), Map.entry("defender of the people", "ombudsman"),
            Map.entry("peoples defender", "ombudsman"), Map.entry("people s defender", "ombudsman"),
            Map.entry("defensoria", "ombudsman"));

    /** Words naming the seat of an official, which the English name of a body headed by one adds ("Ombudsman's Office"). */
    private static final Set<String> SEATS = Set.of(Cognates.key("office"), Cognates.key("bureau"));

    /**
     * Phrases a word-for-word translation makes of an English name's words ("Commission of the Rights of the Man" for
     * the Commission on Human Rights, from "droits de l'homme", "derechos del hombre"), with the English words.
     */
    private static final Map<String, String> CALQUES = Map.of(
            "rights of the man", "human rights", "rights of man", "human rights",
            "rights of the human", "human rights", "rights of the person", "human rights");

    @Override
    public void join(Merges s) {
        Map<Integer, List<String>> english = new TreeMap<>();
        Map<String, List<Integer>> byStem = new TreeMap<>();
        List<Integer> foreign = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON || s.family[i] == Family.NORP || s.entry[i] != null) continue;
            String name = s.c.get(i).name();
            if (isForeign(name)) {
                // A place's name is foreign by its articles alone ("Los Ríos"): only a body's head word makes it a body.
                if (s.family[i] == Family.ORG || hasForeignHead(name)) foreign.add(i);
            } else if (s.family[i] == Family.ORG) {
                List<String> stems = stems(name);
                english.put(i, stems);
                for (String w : new HashSet<>(stems)) byStem.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i : foreign) {
            List<String> want = stems(s.c.get(i).name());
            if (want.isEmpty()) continue;
            List<Integer> pool = byStem.getOrDefault(want.get(0), List.of());
            if (pool.size() > Merges.MAX_BLOCK) continue;
            // One word ("Congreso") must be the whole English name ("Congress"); more must all be in it.
            // An English name of exactly the foreign name's words first: "National Guard", not "National Guard Bureau".
            Integer only = want.size() == 1 ? null
                    : Merges.onlyRoot(s, pool, x -> !s.uf.same(x, i) && new HashSet<>(english.get(x)).equals(new HashSet<>(want)));
            if (only == null) {
                only = Merges.onlyRoot(s, pool, x -> !s.uf.same(x, i) && (want.size() == 1 ? sameOrSeat(english.get(x), want)
                        : new HashSet<>(english.get(x)).containsAll(want) || allButLast(english.get(x), want)));
            }
            if (only != null) s.join(i, only, 0.75);
        }
    }

    /** Whether the English stems are the one translated word, or it and the word for an official's seat. */
    private static boolean sameOrSeat(List<String> english, List<String> want) {
        if (english.equals(want)) return true;
        return english.size() == 2 && english.get(0).equals(want.get(0)) && SEATS.contains(english.get(1));
    }

    /**
     * "Plataforma Unitaria Democrática" / "Unitary Platform": a foreign name of three words or more whose last word
     * the English name lacks and whose other words are the whole English name.
     */
    private static boolean allButLast(List<String> english, List<String> foreign) {
        if (foreign.size() < 3 || english.size() != foreign.size() - 1) return false;
        return new HashSet<>(foreign.subList(0, foreign.size() - 1)).equals(new HashSet<>(english));
    }

    private static boolean hasForeignHead(String name) {
        List<String> w = Names.words(name);
        if (OMBUDSMAN_NAMES.containsKey(String.join(" ", w))) return true;
        for (String x : w) if (!Names.translationSynonym(x).equals(x) && Names.isForeignHead(x)) return true;
        return false;
    }

    /** Whether a name is written in another language: a foreign article or preposition, or a foreign head word. */
    static boolean isForeign(String name) {
        List<String> w = Names.words(name);
        for (String x : w) if (FOREIGN_FUNCTION_WORDS.contains(x)) return true;
        if (Cognates.romance(name)) return true;
        String folded = String.join(" ", w);
        for (String calque : CALQUES.keySet()) if (folded.contains(calque)) return true;
        return hasForeignHead(name);
    }

    /** The name's content words in English, lightly stemmed. */
    static List<String> stems(String name) {
        // "Inter-American" and "Interamerican": a compound is compared with its parts run together.
        String folded = String.join(" ", Names.words(name.replace("-", "")));
        for (var c : CALQUES.entrySet()) folded = folded.replace(c.getKey(), c.getValue());
        String whole = OMBUDSMAN_NAMES.get(folded);
        List<String> out = new ArrayList<>();
        for (String w : (whole != null ? whole : folded).split(" ")) {
            if (Names.FUNCTION_WORDS.contains(w) || FOREIGN_FUNCTION_WORDS.contains(w)) continue;
            out.add(Cognates.key(w));
        }
        return out;
    }
}
