package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.parallax.resolve.Resolver.*;

/**
 * A name left in German, Dutch, French, Spanish, Portuguese or Italian and its English translation: an institution's
 * compound ("Bundesverfassungsgericht" / "Federal Constitutional Court", "Grundgesetz" / "Basic Law"), a building with
 * its generic word ("Schloss Bellevue" / "Bellevue Palace", "Palácio do Planalto" / "Planalto Palace"). The foreign
 * name's parts and generic words are read through a small lexicon of the words of institutions and buildings; one
 * thing when only one English name of the corpus has the same words.
 */
final class CompoundGlosses implements JoinRule {

    /**
     * Parts of German institutional compounds, and generic words of buildings and places in the main European
     * languages, with the English word they translate. A compound is read as parts of this list only, whole.
     */
    private static final Map<String, String> PARTS = lexicon(
            // German compound parts
            "bundes", "federal", "landes", "state", "staats", "state", "verfassungs", "constitution", "verfassung", "constitution",
            "gericht", "court", "gerichtshof", "court", "hof", "court", "grund", "basic", "gesetz", "law", "gesetzbuch", "code",
            "amt", "office", "kanzler", "chancellor", "kanzleramt", "chancellery", "rat", "council", "bank", "bank",
            "polizei", "police", "kriminal", "criminal", "wahl", "election", "ministerium", "ministry", "innen", "interior",
            "aussen", "foreign", "auswartiges", "foreign", "finanz", "finance", "finanzen", "finance", "justiz", "justice",
            "verteidigungs", "defense", "verteidigung", "defense", "wirtschafts", "economy", "wirtschaft", "economy",
            "arbeits", "labor", "umwelt", "environment", "gesundheits", "health", "verkehrs", "transport", "verwaltungs",
            "administrative", "sozial", "social", "sicherheits", "security", "dienst", "service", "nachrichten", "intelligence",
            "schutz", "protection", "zentral", "central", "anwalt", "attorney", "anwaltschaft", "attorney", "general", "general",
            "ober", "supreme", "oberstes", "supreme", "haus", "house", "versammlung", "assembly", "universitat", "university",
            "hochschule", "college", "kammer", "chamber", "agentur", "agency", "anstalt", "agency", "behorde", "authority",
            "regierung", "government", "rechnungs", "audit", "arbeit", "labor", "zoll", "customs", "steuer", "tax",
            // generic words of buildings and places
            "schloss", "palace", "palast", "palace", "palais", "palace", "palacio", "palace", "palazzo", "palace",
            "paleis", "palace", "platz", "square", "plaza", "square", "praca", "square", "piazza", "square", "plein", "square",
            "esplanada", "esplanade", "kathedrale", "cathedral", "catedral", "cathedral", "cattedrale", "cathedral",
            "dom", "cathedral", "kirche", "church", "iglesia", "church", "igreja", "church", "chiesa", "church", "eglise", "church",
            "brucke", "bridge", "puente", "bridge", "ponte", "bridge", "pont", "bridge", "brug", "bridge",
            "strasse", "street", "straße", "street", "außen", "foreign", "calle", "street", "rua", "street", "via", "street", "rue", "street", "straat", "street",
            "flughafen", "airport", "aeropuerto", "airport", "aeroporto", "airport", "aeroport", "airport", "luchthaven", "airport",
            "bahnhof", "station", "estacion", "station", "estacao", "station", "stazione", "station", "gare", "station",
            "hauptbahnhof", "station", "rathaus", "town hall", "ayuntamiento", "town hall", "prefeitura", "town hall",
            "mairie", "town hall", "hotel", "hotel", "museo", "museum", "musee", "museum", "museu", "museum");

    /** Linking letters between the parts of a German compound ("Verfassung-s-gericht"). */
    private static final String[] LINKS = {"", "s", "es", "n", "en"};

    @Override
    public void join(Merges s) {
        Map<Set<String>, List<Integer>> english = new HashMap<>();
        List<Integer> foreign = new ArrayList<>();
        List<Set<String>> foreignWords = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.NORP || c.metonymOf() != null || Names.isAcronym(c.name())) continue;
            Set<String> translated = translated(c.name());
            // "Schloss Greifenau", taken for a person's name: a building's generic word says it is not one.
            if (s.family[i] == Family.PERSON && (translated == null || !Merges.unadorned(c) || !hasGenericWord(c.name()))) continue;
            if (translated != null) {
                foreign.add(i);
                foreignWords.add(translated);
            } else {
                Set<String> w = englishWords(c.name());
                if (w.size() >= 2) english.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (int k = 0; k < foreign.size(); k++) {
            int i = foreign.get(k);
            List<Integer> pool = english.get(foreignWords.get(k));
            if (pool == null || pool.size() > Merges.MAX_BLOCK) continue;
            Integer only = Merges.onlyRoot(s, pool, x -> !s.uf.same(x, i));
            if (only == null) continue;
            if (s.family[i] == Family.PERSON) s.family[i] = s.family[only];
            s.join(i, only, 0.75);
        }
    }

    /** Whether a name has a whole word of the lexicon that is not English (not a compound's part only). */
    private static boolean hasGenericWord(String name) {
        for (String w : Names.words(name)) if (PARTS.containsKey(w) && !PARTS.get(w).equals(w)) return true;
        return false;
    }

    /**
     * The English words of a name with a foreign compound or generic word, else null: each word read through the
     * lexicon, a compound as its parts, other words (the proper name: "Bellevue") kept; two words at least.
     */
    static Set<String> translated(String name) {
        Set<String> out = new TreeSet<>();
        boolean foreign = false;
        for (String w : Names.words(name)) {
            if (Names.FUNCTION_WORDS.contains(w) || FOREIGN_FUNCTION_WORDS.contains(w)) continue;
            String whole = PARTS.get(w);
            if (whole != null && !whole.equals(w)) {
                for (String x : whole.split(" ")) out.add(Names.stem(x));
                foreign = true;
                continue;
            }
            List<String> parts = w.length() >= 8 ? split(w) : null;
            if (parts != null && parts.size() >= 2) {
                for (String x : parts) out.add(Names.stem(x));
                foreign = true;
                continue;
            }
            out.add(Names.stem(w));
        }
        return foreign && out.size() >= 2 ? out : null;
    }

    /** Articles and prepositions of the foreign names ("Palácio do Planalto", "Place de la Concorde"). */
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("do", "da", "dos", "das", "di", "della", "del", "von", "am", "an");

    /** The English words of a compound read wholly as parts of the lexicon, else null. */
    private static List<String> split(String w) {
        if (w.isEmpty()) return List.of();
        for (int end = w.length(); end >= 3; end--) {
            String english = PARTS.get(w.substring(0, end));
            if (english == null) continue;
            for (String link : LINKS) {
                if (!w.startsWith(link, end)) continue;
                List<String> rest = split(w.substring(end + link.length()));
                if (rest == null) continue;
                List<String> out = new ArrayList<>();
                out.add(english);
                out.addAll(rest);
                return out;
            }
        }
        return null;
    }

    /**
     * The words of an English name, stemmed, with an adjective of a noun read as the noun ("Constitutional" →
     * "constitution") and the generic words of other languages' English forms.
     */
    static Set<String> englishWords(String name) {
        Set<String> out = new TreeSet<>();
        for (String w : Names.words(name)) {
            if (Names.FUNCTION_WORDS.contains(w)) continue;
            String x = w.length() > 9 && w.endsWith("ional") ? w.substring(0, w.length() - 2) : w;
            out.add(Names.stem(Names.translationSynonym(x)));
        }
        return out;
    }

    private static Map<String, String> lexicon(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return Map.copyOf(out);
    }
}
