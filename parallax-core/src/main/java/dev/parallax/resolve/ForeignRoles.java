package dev.parallax.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Role words of the main European languages that a translation leaves in English text ("Bundespräsident",
 * "Kanzlerkandidatin", "le maire", "o prefeito") and calques it makes of them ("the mandatary"), each with its
 * English gloss, so that "the Bundespräsident" meets "the federal president" and "President X". German compounds
 * are read part by part: a known role word at the end, a feminine ending, and modifiers before it ("Bundes-",
 * "Vize-", "Kanzler-", "Außen-").
 */
public final class ForeignRoles {

    private ForeignRoles() {}

    /** Role nouns (folded: lower case, no accents) and their English glosses. */
    private static final Map<String, String> HEADS = Map.ofEntries(
            // German
            Map.entry("prasident", "president"), Map.entry("kanzler", "chancellor"), Map.entry("kandidat", "candidate"),
            Map.entry("ministerprasident", "premier"), Map.entry("wahlleiter", "returning officer"),
            Map.entry("burgermeister", "mayor"), Map.entry("oberburgermeister", "mayor"), Map.entry("sekretar", "secretary"),
            Map.entry("generalsekretar", "secretary general"), Map.entry("vorsitzender", "chairman"),
            Map.entry("vorsitzende", "chairman"), Map.entry("sprecher", "spokesperson"), Map.entry("botschafter", "ambassador"),
            Map.entry("richter", "judge"), Map.entry("staatsanwalt", "prosecutor"), Map.entry("abgeordneter", "deputy"),
            Map.entry("abgeordnete", "deputy"), Map.entry("konig", "king"), Map.entry("leiter", "head"),
            Map.entry("direktor", "director"), Map.entry("kommissar", "commissioner"), Map.entry("parteichef", "party leader"),
            Map.entry("chef", "chief"),
            // French
            Map.entry("president", "president"), Map.entry("presidente", "president"), Map.entry("ministre", "minister"),
            Map.entry("maire", "mayor"), Map.entry("chancelier", "chancellor"), Map.entry("chanceliere", "chancellor"),
            Map.entry("depute", "deputy"), Map.entry("deputee", "deputy"), Map.entry("porte-parole", "spokesperson"),
            Map.entry("secretaire", "secretary"), Map.entry("senateur", "senator"), Map.entry("gouverneur", "governor"),
            Map.entry("ambassadeur", "ambassador"), Map.entry("procureur", "prosecutor"), Map.entry("dirigeant", "leader"),
            Map.entry("dirigeante", "leader"), Map.entry("directeur", "director"), Map.entry("directrice", "director"),
            // Spanish and Portuguese
            Map.entry("presidenta", "president"), Map.entry("mandatario", "president"), Map.entry("mandataria", "president"),
            Map.entry("ministro", "minister"), Map.entry("ministra", "minister"), Map.entry("alcalde", "mayor"),
            Map.entry("alcaldesa", "mayor"), Map.entry("prefeito", "mayor"), Map.entry("prefeita", "mayor"),
            Map.entry("gobernador", "governor"), Map.entry("gobernadora", "governor"), Map.entry("governador", "governor"),
            Map.entry("governadora", "governor"), Map.entry("diputado", "deputy"), Map.entry("diputada", "deputy"),
            Map.entry("deputado", "deputy"), Map.entry("deputada", "deputy"), Map.entry("senador", "senator"),
            Map.entry("senadora", "senator"), Map.entry("portavoz", "spokesperson"), Map.entry("porta-voz", "spokesperson"),
            Map.entry("procurador", "prosecutor"), Map.entry("procuradora", "prosecutor"), Map.entry("juez", "judge"),
            Map.entry("jueza", "judge"), Map.entry("juiz", "judge"), Map.entry("juiza", "judge"), Map.entry("jefe", "chief"),
            Map.entry("jefa", "chief"), Map.entry("chefe", "chief"), Map.entry("lider", "leader"),
            Map.entry("secretario", "secretary"), Map.entry("secretaria", "secretary"), Map.entry("embajador", "ambassador"),
            Map.entry("embaixador", "ambassador"), Map.entry("primeiro-ministro", "prime minister"),
            // Italian
            Map.entry("sindaco", "mayor"), Map.entry("portavoce", "spokesperson"), Map.entry("segretario", "secretary"),
            Map.entry("deputato", "deputy"), Map.entry("senatore", "senator"), Map.entry("procuratore", "prosecutor"),
            Map.entry("giudice", "judge"), Map.entry("governatore", "governor"), Map.entry("ambasciatore", "ambassador"),
            // Dutch
            Map.entry("burgemeester", "mayor"), Map.entry("voorzitter", "chairman"), Map.entry("minister-president", "premier"),
            Map.entry("woordvoerder", "spokesperson"), Map.entry("kanselier", "chancellor"),
            // Polish
            Map.entry("prezydent", "president"), Map.entry("kanclerz", "chancellor"), Map.entry("burmistrz", "mayor"),
            Map.entry("rzecznik", "spokesperson"), Map.entry("marszalek", "speaker"), Map.entry("wojewoda", "governor"),
            Map.entry("sekretarz", "secretary"), Map.entry("ambasador", "ambassador"), Map.entry("sedzia", "judge"),
            // English calques of the Spanish and Portuguese "mandatario"
            Map.entry("mandatary", "president"));

    /** German words that qualify a role noun at the start of a compound ("Bundes|präsident", "Vize|kanzler"). */
    private static final Map<String, String> MODIFIERS = Map.ofEntries(
            Map.entry("bundes", "federal"), Map.entry("vize", "vice"), Map.entry("ex", "former"), Map.entry("alt", "former"),
            Map.entry("landes", "state"), Map.entry("staats", "state"), Map.entry("regierungs", "government"),
            Map.entry("partei", "party"), Map.entry("fraktions", "parliamentary group"), Map.entry("aussen", "foreign"),
            Map.entry("innen", "interior"), Map.entry("finanz", "finance"), Map.entry("justiz", "justice"),
            Map.entry("verteidigungs", "defence"), Map.entry("wirtschafts", "economy"), Map.entry("gesundheits", "health"),
            Map.entry("umwelt", "environment"), Map.entry("verkehrs", "transport"), Map.entry("arbeits", "labour"),
            Map.entry("bildungs", "education"), Map.entry("general", "general"), Map.entry("ober", "chief"),
            Map.entry("regierender", "governing"), Map.entry("stellvertretender", "deputy"));

    /**
     * The English gloss of a foreign role word, or of a German compound of modifiers and a role word ("Bundes|wahl
     * leiter|in" → "federal returning officer"); empty for any other word, and for English role words themselves.
     */
    public static Optional<String> gloss(String word) {
        String w = Names.fold(word).replace(' ', '-');
        if (w.isEmpty() || NameWords.ROLE_NOUNS.contains(w)) return Optional.empty();
        String g = compound(w, 0);
        return Optional.ofNullable(g);
    }

    /** Whether a word is a foreign role word or compound. */
    public static boolean isRole(String word) {
        return gloss(word).isPresent();
    }

    private static String compound(String w, int depth) {
        String head = HEADS.get(w);
        if (head != null) return head;
        // "Kanzlerin", "Wahlleiterin", "Präsidentin": the feminine ending of a German role noun.
        if (w.endsWith("in") && w.length() > 5 && HEADS.containsKey(w.substring(0, w.length() - 2))) {
            return HEADS.get(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("innen") && w.length() > 8 && HEADS.containsKey(w.substring(0, w.length() - 5))) {
            return HEADS.get(w.substring(0, w.length() - 5));
        }
        if (depth > 2) return null;
        // "ex-ministro": a former holder.
        if (w.startsWith("ex-")) {
            String rest = compound(w.substring(3), depth + 1);
            if (rest == null && NameWords.ROLE_NOUNS.contains(w.substring(3))) rest = w.substring(3);
            return rest == null ? null : "former " + rest;
        }
        for (int cut = 3; cut <= w.length() - 4; cut++) {
            String first = w.substring(0, cut);
            String rest = w.substring(cut).replaceFirst("^-", "");
            String mod = MODIFIERS.get(first);
            String restGloss = rest.isEmpty() ? null : compound(rest, depth + 1);
            if (restGloss == null) continue;
            if (mod != null) return mod + " " + restGloss;
            // "Kanzler|kandidat": a role noun qualifying another ("chancellor candidate").
            String firstRole = HEADS.get(first);
            if (firstRole != null && depth == 0) return firstRole + " " + restGloss;
        }
        return null;
    }

    /** A phrase with every foreign role word replaced by its English gloss ("the Bundespräsident" → "the federal president"). */
    public static String glossed(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split("\\s+")) {
            if (b.length() > 0) b.append(' ');
            b.append(gloss(w.toLowerCase(Locale.ROOT)).orElse(w));
        }
        return b.toString();
    }
}
