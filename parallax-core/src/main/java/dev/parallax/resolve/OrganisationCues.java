package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.parallax.resolve.NameWords.isPossessiveMark;
import static dev.parallax.resolve.NameWords.startsUpper;

/**
 * What the words of a name and around it say about a name the tagger took for a person or a place when it is a
 * company or another organisation: a corporate last word ("Evergreen Marine", "Shoei Kisen Kaisha"), an
 * apposition or a noun in front naming its kind ("X, the Japanese company that ...", "the group X"), a list after
 * a plural of such nouns ("cognac makers such as X and Y"), and a possessive with a corporate noun ("X's shares").
 * The tagger knows people's names well but not companies' names, which often look like people's.
 */
final class OrganisationCues {

    private OrganisationCues() {}

    /** Last words that only organisation names end with (legal forms and the trades of companies). */
    static final Set<String> CORPORATE_ENDINGS = Set.of("ltd", "limited", "inc", "incorporated", "corp", "plc", "llc",
            "gmbh", "ag", "nv", "bv", "kk", "kaisha", "holdings", "shipping", "shipmanagement", "lines", "logistics",
            "motors", "airlines", "airways", "industries", "technologies", "pharmaceuticals", "petroleum", "marine",
            "maritime", "shipyard", "shipyards", "telecom", "telecoms", "insurance", "securities", "bancorp");

    /** Singular nouns naming a kind of organisation, used before a name or in an apposition after it. */
    static final Set<String> KIND_NOUNS = Set.of("company", "firm", "group", "line", "carrier", "operator",
            "manufacturer", "maker", "carmaker", "automaker", "insurer", "lender", "bank", "conglomerate", "shipowner",
            "charterer", "subsidiary", "retailer", "airline", "startup", "broadcaster", "party", "corporation",
            "consortium", "shipbuilder", "multinational", "brand", "supplier", "collective", "movement", "coalition",
            "association", "organisation", "organization", "ngo", "charity", "foundation", "federation", "network",
            "platform", "institute", "agency", "union", "alliance", "club");

    /** Tokens that open a quotation, as the tokenizer writes them. */
    private static final Set<String> OPENING_QUOTES = Set.of("«", "“", "``", "\"", "‘", "`");

    /** Plurals of the kind nouns, which introduce lists of organisations ("companies such as"). */
    static final Set<String> KIND_PLURALS = Set.of("companies", "firms", "groups", "lines", "carriers", "operators",
            "manufacturers", "makers", "carmakers", "automakers", "insurers", "lenders", "banks", "conglomerates",
            "shipowners", "retailers", "airlines", "brands", "suppliers", "parties", "corporations", "multinationals",
            "shipbuilders", "startups", "broadcasters", "collectives", "movements", "coalitions", "associations",
            "organisations", "organizations", "ngos", "charities", "foundations", "federations", "networks",
            "platforms", "institutes", "agencies", "unions", "alliances", "clubs");

    /** Words that make "makers" people ("policy makers such as ..."). */
    private static final Set<String> PEOPLE_MAKERS = Set.of("policy", "decision", "law", "film", "peace", "deal",
            "rule", "opinion", "news", "trouble", "money", "king");

    /** Nouns after a possessive that only an organisation has ("X's shares", "X's shareholders"). */
    static final Set<String> CORPORATE_POSSESSIONS = Set.of("shares", "shareholders", "subsidiary", "subsidiaries",
            "headquarters", "ceo", "stock", "profits", "revenue", "revenues", "earnings", "workforce");

    /** Whether the name in tokens [first, end) is an organisation by its last word or the words around it. */
    static boolean says(List<Token> toks, int first, int end) {
        return corporateName(toks, first, end) || kindBefore(toks, first) || kindAfter(toks, end) || listedAfterKinds(toks, first)
                || corporatePossession(toks, end);
    }

    /** A name of two words or more whose last word only organisation names end with ("Evergreen Marine"). */
    static boolean corporateName(List<Token> toks, int first, int end) {
        return end - first >= 2 && CORPORATE_ENDINGS.contains(lower(toks.get(end - 1)));
    }

    /** "the company Evergreen Marine", "The Japanese group X": a kind noun right before the name, after an article. */
    private static boolean kindBefore(List<Token> toks, int first) {
        int k = first - 1;
        // "the movement « Aragalaya »": the name in quotation marks after its kind noun.
        if (k >= 1 && OPENING_QUOTES.contains(toks.get(k).word())) k--;
        if (k < 1 || !same(toks, k, first) || !KIND_NOUNS.contains(lower(toks.get(k))) || startsUpper(toks.get(k))) return false;
        for (int j = k - 1; j >= 0 && k - j <= 3 && same(toks, j, first); j--) {
            Token t = toks.get(j);
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.equals("DT")) return true;
            if (!(pos.startsWith("JJ") || pos.equals("NNP") || "NATIONALITY".equals(t.ner()))) return false;
        }
        return false;
    }

    /**
     * "X, the Japanese company that owns ...", "X, a Taiwanese line,": an apposition of an article, modifiers and a
     * kind noun that ends there (not "the company's founder" or "the company chairman").
     */
    private static boolean kindAfter(List<Token> toks, int end) {
        if (end + 2 >= toks.size() || !toks.get(end).word().equals(",") || !same(toks, end, end + 1)) return false;
        String article = lower(toks.get(end + 1));
        if (!article.equals("the") && !article.equals("a") && !article.equals("an")) return false;
        for (int j = end + 2; j < toks.size() && j - end <= 5 && same(toks, j, end); j++) {
            Token t = toks.get(j);
            if (KIND_NOUNS.contains(lower(t)) && !startsUpper(t)) {
                Token next = j + 1 < toks.size() && same(toks, j + 1, end) ? toks.get(j + 1) : null;
                return next == null || !isPossessiveMark(next) && (next.pos() == null || !next.pos().startsWith("NN"));
            }
            String pos = t.pos() == null ? "" : t.pos();
            if (!(pos.startsWith("JJ") || pos.equals("NNP") || pos.equals("RBS") || "NATIONALITY".equals(t.ner()))) return false;
        }
        return false;
    }

    /** "cognac makers such as X and Y", "companies including X": a name in a list after a plural kind noun. */
    private static boolean listedAfterKinds(List<Token> toks, int first) {
        int k = first - 1;
        // Back over earlier items of the list: names, commas and "and".
        while (k >= 0 && same(toks, k, first) && (startsUpper(toks.get(k)) || toks.get(k).word().equals(",")
                || lower(toks.get(k)).equals("and") || isPossessiveMark(toks.get(k)) || toks.get(k).word().equals("-"))) {
            k--;
        }
        if (k < 1 || !same(toks, k, first)) return false;
        String w = lower(toks.get(k));
        int kind;
        if (w.equals("as") && lower(toks.get(k - 1)).equals("such")) kind = k - 2;
        else if (w.equals("including") || w.equals("like")) kind = k - 1;
        else return false;
        if (kind < 0 || !same(toks, kind, first) || !KIND_PLURALS.contains(lower(toks.get(kind)))) return false;
        return !(lower(toks.get(kind)).equals("makers") && kind > 0 && PEOPLE_MAKERS.contains(lower(toks.get(kind - 1))));
    }

    /** "X's shares", "X's chief executive": a possessive with a noun that only an organisation has. */
    private static boolean corporatePossession(List<Token> toks, int end) {
        if (end + 1 >= toks.size() || !isPossessiveMark(toks.get(end)) || !same(toks, end, end + 1)) return false;
        String next = lower(toks.get(end + 1));
        if (CORPORATE_POSSESSIONS.contains(next)) return true;
        return next.equals("chief") && end + 2 < toks.size() && lower(toks.get(end + 2)).equals("executive");
    }

    private static boolean same(List<Token> toks, int a, int b) {
        return toks.get(a).sentence() == toks.get(b).sentence();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
