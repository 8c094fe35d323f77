package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a military or police rank, or an office named in another language, the tagger left inside a person's name
 * ("Colonel-Major Amadou Abdramane", "Lieutenant Colonel Ana Ruiz", "Rais William Ruto"): it is the person's title,
 * not part of the name.
 */
final class RankPrefixes implements SpanRule {

    /** Ranks of armed forces and police, written out or abbreviated, that stand before a name. */
    static final Set<String> RANKS = Set.of("general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj",
            "captain", "capt", "brigadier", "brig", "commander", "cmdr", "cdr", "admiral", "adm", "sergeant", "sgt",
            "corporal", "cpl", "private", "pvt", "marshal", "commodore", "ensign", "commandant", "superintendent",
            "inspector", "constable", "field", "staff", "rear", "vice", "lieutenant-colonel", "colonel-major",
            "lieutenant-general", "major-general", "brigadier-general", "lt-col", "lt-gen", "maj-gen", "brig-gen");

    /**
     * Words for a head of state or government, a minister or a deputy in other languages, which translated articles
     * keep before a name ("Rais William Ruto", "Präsident Steinmeier") and the tagger reads as part of it.
     */
    static final Set<String> FOREIGN_OFFICES = Set.of("rais", "raïs", "naibu", "waziri", "mheshimiwa", "président",
            "presidente", "präsident", "präsidentin", "prezydent", "prezident", "presiden", "cumhurbaşkanı", "başbakan",
            "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "ministerpräsident", "ministerpräsidentin",
            "ministre", "ministro", "ministra", "première", "premier-ministre", "primeiro-ministro", "perdana");

    /**
     * Religious and judicial forms of address that stand before a name ("Ayatollah Ali Khamenei", "Hojatoleslam
     * Seyyed Ebrahim Raisi", "Justice Linda Chan", "Rabbi Ruth Adler"): the tagger often reads them as part of the
     * name, which then never meets the same person named without them. "Seyyed" marks a descendant of the Prophet,
     * worn before the given name like a title; "Grand" only before another of these ("Grand Ayatollah", "Grand Mufti").
     */
    static final Set<String> FORMS_OF_ADDRESS = Set.of("ayatollah", "hojatoleslam", "hojjatoleslam", "hojatolislam",
            "imam", "mullah", "mufti", "rabbi", "reverend", "rev", "pastor", "bishop", "archbishop", "cardinal", "pope",
            "patriarch", "justice", "judge", "seyyed", "sayyid", "seyed", "grand");

    /** Whether a token is a capitalised rank word, or the hyphen or abbreviation dot inside a compound rank. */
    static boolean rankToken(Token t) {
        String w = t.word();
        if (w.equals("-") || w.equals(".")) return true;
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        String folded = w.toLowerCase(Locale.ROOT).replace(".", "");
        return RANKS.contains(folded) || FOREIGN_OFFICES.contains(folded) || FORMS_OF_ADDRESS.contains(folded)
                || ForeignRoles.isRole(w);
    }

    /**
     * Whether token {@code i} is a rank word where it stands: "Justice" in "the Minister of Justice Bekir Bozdag" ends
     * the name of an office, not a form of address.
     */
    static boolean rankTokenAt(List<Token> toks, int i) {
        if (!rankToken(toks.get(i))) return false;
        boolean address = FORMS_OF_ADDRESS.contains(toks.get(i).word().toLowerCase(Locale.ROOT));
        return !(address && i > 0 && toks.get(i - 1).word().equalsIgnoreCase("of"));
    }

    /** The number of rank tokens at the start of a span, ending on a rank word; 0 when it starts with none. */
    static int rankLength(List<Token> toks, int first, int end) {
        int n = 0;
        for (int k = first; k < end && rankTokenAt(toks, k); k++) {
            String w = toks.get(k).word();
            if (!w.equals("-") && !w.equals(".") || w.equals(".") && n > 0) n = k - first + 1;
        }
        // "Field", "Staff", "Rear" and "Vice" are ranks only before another rank word.
        if (n == 1 && Set.of("field", "staff", "rear", "vice", "grand").contains(toks.get(first).word().toLowerCase(Locale.ROOT))) return 0;
        return n;
    }

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        List<Token> toks = at.tokens();
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            int n = s.type().equals("PERSON") ? rankLength(toks, s.first(), s.end()) : 0;
            // At least one capitalised word of the name must remain: "General Tiani" keeps "Tiani".
            if (n > 0 && s.first() + n < s.end() && Character.isUpperCase(toks.get(s.first() + n).word().charAt(0))) {
                out.add(new NameSpan(s.first() + n, s.end(), s.type()));
            } else if (s.end() == s.first() + 1 && !s.type().equals("LOCATION") && ForeignRoles.isRole(toks.get(s.first()).word())) {
                // "the Bundespräsident declared": an office in another language alone is no name but a description.
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
