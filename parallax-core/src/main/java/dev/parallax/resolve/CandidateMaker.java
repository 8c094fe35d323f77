package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;
import static dev.parallax.resolve.Roles.*;

/**
 * Makes a candidate from a name span: trims articles and possessives, takes the courtesy title, job title and role
 * of a person, corrects the label from the words around a one-word name, and marks a capital used for its state.
 */
final class CandidateMaker {

    private final Gazetteer gazetteer;

    CandidateMaker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static final Set<String> LITERAL_PREPOSITIONS = Set.of("in", "at", "to", "into", "near", "around",
            "outside", "inside", "across", "via", "through", "toward", "towards", "within", "throughout", "over");

    /** Nouns for a part, feature or dweller of a city: "the X of <capital>" with one of them is the city. */
    static final Set<String> PLACE_PARTS = Set.of("roads", "towns", "villages", "province", "port", "harbour", "harbor", "airport", "base", "streets", "street",
            "quarters", "quarter", "outskirts", "suburbs", "suburb", "district", "districts", "neighbourhood",
            "neighbourhoods", "neighborhood", "neighborhoods", "centre", "center", "heart", "city", "capital", "area",
            "region", "north", "south", "east", "west", "residents", "inhabitants", "mayor", "university", "hospital",
            "square", "stadium", "river", "bridge", "gates", "walls", "skyline", "population", "people", "citizens");

    /**
     * Common nouns a translation or a style guide capitalises ("the chief of the State", "the presidency of the
     * Republic", "the youths of the South"): alone they name no one entity the reader could look up.
     */
    static final Set<String> GENERIC_NAMES = Set.of("state", "republic", "nation", "north", "south", "east", "west");

    /** A lower-case word of stance or degree that can end up at the start of a tagged name ("pro-Kurdish", "far-right"). */
    private static final java.util.regex.Pattern STANCE = java.util.regex.Pattern.compile("(?:pro|anti|far|ultra|hard)-\\p{L}+");

    static final Set<String> METONYM_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent",
            "nsubj:xsubj", "obj", "iobj");

    /**
     * A two- or three-word name the tagger took for a place or a thing, right after a job title ("Prime Minister
     * of Ruritania Anna Vell"): a person. Names with a head word of a place or an organisation, and known names,
     * are not.
     */
    boolean isTitledName(String text, List<Token> toks, NameSpan s) {
        int n = s.end() - s.first();
        if (n < 2 || n > 3 || !Set.of("LOCATION", "CITY", "MISC", "STATE_OR_PROVINCE").contains(s.type())) return false;
        for (int k = s.first(); k < s.end(); k++) if (!"NNP".equals(toks.get(k).pos())) return false;
        if (typeOfPhrase(toks, s.first(), s.end()) != null) return false;
        String name = text.substring(toks.get(s.first()).start(), toks.get(s.end() - 1).end());
        if (gazetteer.lookup(name).isPresent() || s.first() == 0) return false;
        String before = toks.get(s.first() - 1).word().toLowerCase(Locale.ROOT);
        if (before.equals("of") || before.equals("the") || before.equals("in") || before.equals("for")) return false;
        return roleBefore(text, toks, s.first()) != null;
    }

    Candidate candidate(String doc, String text, List<Token> toks, NameSpan s) {
        int first = s.first(), end = s.end();
        while (end > first && isPossessiveMark(toks.get(end - 1))) end--;
        while (first < end && (isDeterminer(toks.get(first)) && !isNamePartArticle(toks, first) || toks.get(first).word().equals("-"))) first++;
        // "the pro-Kurdish HDP", "the anti-immigrant Victory Party": a stance before the name is not part of it.
        while (first < end - 1 && STANCE.matcher(toks.get(first).word()).matches()) first++;
        // "On Tuesday Congress voted": a weekday before a name is the date of what the name did, not part of it.
        while (first < end - 1 && WEEKDAYS.contains(toks.get(first).word().toLowerCase(Locale.ROOT))) first++;
        end = beforeOpenBracket(toks, first, end);
        if (first >= end) return null;
        String honorific = null;
        int spanFirst = first;
        if (s.type().equals("PERSON")) {
            if (end - first > 1 && Names.isHonorific(toks.get(first).word())) {
                honorific = toks.get(first).word();
                first++;
                if (first < end && toks.get(first).word().equals(".")) first++;
            } else {
                int h = first - 1;
                boolean dot = h >= 0 && toks.get(h).word().equals(".");
                if (dot) h--;
                // "mnr. Ramaphosa": the splitter may end a sentence at an abbreviated title it does not know, but a
                // title with its full stop right before a name is never a sentence's end.
                boolean abbreviated = h >= 0 && (dot || toks.get(h).word().endsWith(".")) && toks.get(h).word().length() > 1;
                if (h >= 0 && (toks.get(h).sentence() == toks.get(first).sentence() || abbreviated)
                        && Names.isHonorific(toks.get(h).word())) {
                    honorific = toks.get(h).word();
                    spanFirst = h;
                }
            }
        }
        int startChar = toks.get(spanFirst).start();
        int endChar = toks.get(end - 1).end();
        String name = Names.stripPossessive(text.substring(toks.get(first).start(), endChar));
        if (name.isBlank() || !name.chars().anyMatch(Character::isLetter)) return null;
        if (end - first == 1 && GENERIC_NAMES.contains(name.toLowerCase(Locale.ROOT))) return null;
        String type = s.type();
        String title = null, role = null;
        List<String> affiliations = List.of();
        if (type.equals("PERSON")) {
            title = titleBefore(text, toks, spanFirst);
            Role r = roleBefore(text, toks, spanFirst);
            // "the chief of staff, General Abdou Issa" and "General Ana Vell, head of the guard,": a role around the
            // title says more than the title alone.
            boolean titleOnly = r == null || title != null && r.text().equals(title);
            int titleFirst = title == null ? spanFirst : firstTokenOf(toks, spanFirst, title);
            Role around = titleOnly && titleFirst > 0 && toks.get(titleFirst - 1).word().equals(",") ? roleBefore(text, toks, titleFirst) : null;
            if (around == null && titleOnly) around = apposition(text, toks, end);
            if (around == null && titleOnly) around = relativeRole(text, toks, end);
            if (around != null) r = around;
            // "Madam Justice Chan", "Mr Justice Hale": a courtesy title before a form of address is the person's too,
            // and tells their gender; the mention then spans both.
            if (honorific == null && title != null && titleFirst > 0 && RankPrefixes.FORMS_OF_ADDRESS.contains(
                    Names.fold(title)) && toks.get(titleFirst - 1).sentence() == toks.get(spanFirst).sentence()
                    && Names.isHonorific(toks.get(titleFirst - 1).word())) {
                honorific = toks.get(titleFirst - 1).word();
                spanFirst = titleFirst - 1;
                startChar = toks.get(spanFirst).start();
            }
            if (r != null) {
                role = r.text();
                affiliations = r.affiliations();
            }
        }
        // "who lived in Port Ellen" tagged a person: a name of several words where one lives or is based is a place.
        if (type.equals("PERSON") && end - first > 1 && honorific == null && title == null && role == null
                && livedIn(toks, first, end)) {
            type = "GPE";
        }
        // "the oil company of Port Ellen" tagged a person: a name of several words that is a known capital or
        // country, with no courtesy title, job title or role, is the place.
        if (type.equals("PERSON") && end - first > 1 && honorific == null && title == null && role == null) {
            var place = gazetteer.lookup(name);
            if (place.isPresent() && (place.get().type().equals("GPE") || place.get().type().equals("LOC"))) {
                type = place.get().type().equals("GPE") ? "COUNTRY" : "LOCATION";
            } else if (place.isEmpty() && gazetteer.seatOf(name).isPresent()) {
                type = "CITY";
            }
        }
        // "Evergreen Marine, the Taiwanese line that ...": a name the tagger took for a person or a place that its
        // words call an organisation. "ORG" marks the label as the context's, as "GPE" and "MEDIA" do below.
        // A corporate last word ("... Shipmanagement", "... Ltd") outweighs a role: "the ship's manager, X Ltd".
        if ((type.equals("PERSON") || type.equals("MISC") || type.equals("LOCATION")) && honorific == null && title == null
                && gazetteer.lookup(name).isEmpty() && (OrganisationCues.corporateName(toks, first, end)
                || role == null && OrganisationCues.says(toks, first, end))) {
            type = "ORG";
            role = null;
            affiliations = List.of();
        }
        if ((type.equals("ORGANIZATION") || type.equals("MISC")) && housedIn(toks, first, end)) type = "LOCATION";
        if (end - first == 1 && honorific == null && title == null && !type.equals("NATIONALITY")) {
            String hinted = contextType(text, toks, first, end);
            if (hinted != null) type = hinted;
        }
        Candidate c = new Candidate(doc, startChar, endChar, text.substring(startChar, endChar), name, type,
                toks.get(first).sentence(), spanFirst, end, honorific, title, role, affiliations, null, null);
        return metonymy(c, toks);
    }

    /**
     * "at the State House in Abuja", "at the Government House in Suva": a name headed by "House" that something
     * happens at, placed in a town, is the building (a president's residence), not the body that sits there.
     */
    static boolean housedIn(List<Token> toks, int first, int end) {
        if (end - first < 2 || !toks.get(end - 1).word().equals("House") || first < 2 || end + 1 >= toks.size()) return false;
        int sentence = toks.get(first).sentence();
        boolean at = toks.get(first - 1).word().equalsIgnoreCase("the") && toks.get(first - 2).word().equalsIgnoreCase("at")
                && toks.get(first - 2).sentence() == sentence;
        String placeNer = toks.get(end + 1).ner();
        boolean in = toks.get(end).word().equals("in") && toks.get(end + 1).sentence() == sentence
                && ("CITY".equals(placeNer) || "LOCATION".equals(placeNer) || "STATE_OR_PROVINCE".equals(placeNer)
                || "COUNTRY".equals(placeNer));
        return at && in;
    }

    /** The first token of the title that ends right before token {@code nameFirst}. */
    private static int firstTokenOf(List<Token> toks, int nameFirst, String title) {
        int k = nameFirst - 1;
        while (k > 0 && toks.get(nameFirst - 1).end() - toks.get(k).start() < title.length()) k--;
        return k;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "across", "throughout", "near");

    static final Set<String> STATE_NOUNS = Set.of("government", "regime", "leader", "leaders", "president",
            "parliament", "capital", "economy", "navy", "army", "authorities", "taxpayers", "citizens", "coast",
            "waters", "borders", "foreign", "prime", "embassy", "ministry", "military", "territory", "people");

    static final Set<String> STATE_TITLES = Set.of("president", "minister", "king", "queen", "ambassador",
            "embassy", "ministry", "government", "parliament", "people");

    /**
     * What the words around a one-word name say it is, overriding the tagger's label for names it does not know:
     * "in X", "X's government", "the X regime", "Prime Minister … of X" make a place (a state); "(X) —" and
     * "told X" make a news outlet. Null when the context says nothing.
     */
    static String contextType(String text, List<Token> toks, int first, int end) {
        Token t = toks.get(first);
        int sentence = t.sentence();
        Token prev = first > 0 && toks.get(first - 1).sentence() == sentence ? toks.get(first - 1) : null;
        Token prev2 = first > 1 && toks.get(first - 2).sentence() == sentence ? toks.get(first - 2) : null;
        Token next = end < toks.size() && toks.get(end).sentence() == sentence ? toks.get(end) : null;
        Token next2 = end + 1 < toks.size() && toks.get(end + 1).sentence() == sentence ? toks.get(end + 1) : null;
        String p = prev == null ? "" : prev.word().toLowerCase(Locale.ROOT);
        String n = next == null ? "" : next.word().toLowerCase(Locale.ROOT);
        if (p.equals("(") && n.equals(")") && end + 1 < toks.size()) {
            String after = text.substring(toks.get(end).end(), Math.min(text.length(), toks.get(end).end() + 3)).strip();
            if (after.startsWith("—") || after.startsWith("–") || after.startsWith("-")) return "MEDIA";
        }
        // "told the Herald", but not "told the Senate": a word that heads organisation names is not an outlet.
        if ((p.equals("told") || p.equals("the") && prev2 != null && prev2.word().equals("told") && typeOfWord(t.word()) == null)
                && !"PERSON".equals(t.ner())) {
            return "MEDIA";
        }
        if (PLACE_PREPOSITIONS.contains(p)) return "GPE";
        // A word the tagger took for a person's name in "the roads of X", "a teacher from X", "Tarn, Olt and X": a place.
        if ("PERSON".equals(t.ner()) && prev2 != null && !startsUpper(prev2)) {
            String w2 = prev2.word().toLowerCase(Locale.ROOT);
            if (p.equals("of") && PLACE_PARTS.contains(w2) || p.equals("from") && (PEOPLE_FROM_PLACES.contains(w2) || ROLE_NOUNS.contains(w2))) {
                return "GPE";
            }
        }
        if ("PERSON".equals(t.ner()) && inListOfPlaces(toks, first, end)) return "GPE";
        if (next != null && isPossessiveMark(next) && next2 != null && STATE_NOUNS.contains(next2.word().toLowerCase(Locale.ROOT))) return "GPE";
        if (STATE_NOUNS.contains(n) && prev != null && "DT".equals(prev.pos())) return "GPE";
        if (p.equals("of") && prev2 != null && (STATE_TITLES.contains(prev2.word().toLowerCase(Locale.ROOT))
                || "PERSON".equals(prev2.ner()) && !"PERSON".equals(t.ner()))) {
            return "GPE";
        }
        return null;
    }

    /** Nouns for people who come from a place ("a farmer from X"); with the role nouns, "from" after them is a place's. */
    static final Set<String> PEOPLE_FROM_PLACES = Set.of("man", "woman", "men", "women", "farmer", "farmers", "teacher",
            "teachers", "student", "students", "resident", "residents", "worker", "workers", "native", "natives", "family",
            "families", "migrant", "migrants", "people", "voters", "protesters", "miners", "boy", "girl", "villagers");

    /** Words before "in" that say where somebody lives or something is ("lived in", "based in", "grew up in"). */
    static final Set<String> LOCATIVE_WORDS = Set.of("lived", "lives", "live", "living", "born", "based", "located",
            "up", "died", "settled", "resides", "reside", "resided", "headquartered", "home");

    /** "who lived in X", "born in X": a name after a locative word and "in", not followed by a possessive. */
    static boolean livedIn(List<Token> toks, int first, int end) {
        if (first < 2 || isPossessiveAfter(toks, end)) return false;
        Token in = toks.get(first - 1), before = toks.get(first - 2);
        return in.sentence() == toks.get(first).sentence() && before.sentence() == in.sentence()
                && in.word().equalsIgnoreCase("in") && LOCATIVE_WORDS.contains(before.word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Tarn, Olt, Lerma and X": a name in a list with two places or more and no person is a place. The items are runs
     * of capitalised words between commas, "and" and "or"; an item is a place when the tagger labelled a word of it so.
     */
    static boolean inListOfPlaces(List<Token> toks, int first, int end) {
        int sentence = toks.get(first).sentence();
        int places = 0;
        for (int dir : new int[] {-1, 1}) {
            int k = dir < 0 ? first - 1 : end;
            while (k >= 0 && k < toks.size() && toks.get(k).sentence() == sentence && LIST_SEPARATORS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                k += dir;
                boolean place = false, any = false;
                while (k >= 0 && k < toks.size() && toks.get(k).sentence() == sentence && startsUpper(toks.get(k))) {
                    String ner = toks.get(k).ner();
                    if ("PERSON".equals(ner)) return false;
                    place |= PLACE_LABELS.contains(ner);
                    any = true;
                    k += dir;
                }
                if (!any) break;
                if (place) places++;
            }
        }
        return places >= 2;
    }

    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or");

    private static final Set<String> PLACE_LABELS = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION");

    /**
     * "Inter-Island Council (IIC" where the tagger's span stops inside the brackets: the name ends before a bracket
     * it does not close, which opens another name.
     */
    static int beforeOpenBracket(List<Token> toks, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            String w = toks.get(k).word();
            if (!w.equals("(") && !w.equals("-LRB-")) continue;
            for (int j = k + 1; j < end; j++) if (toks.get(j).word().equals(")") || toks.get(j).word().equals("-RRB-")) return end;
            return k;
        }
        return end;
    }

    /**
     * A capital used as the subject, agent or possessor ("Beijing says", "Beijing's position", "objections from
     * Beijing") stands for its government; one governed by a locative preposition ("in Beijing") is the city.
     */
    Candidate metonymy(Candidate c, List<Token> toks) {
        if (!(c.ner().equals("CITY") || c.ner().equals("LOCATION") || c.ner().equals("STATE_OR_PROVINCE")
                || c.ner().equals("COUNTRY"))) {
            return c;
        }
        var seat = gazetteer.seatOf(c.name());
        if (seat.isEmpty() || gazetteer.lookup(c.name()).isPresent()) return c;
        // "NIAMEY, Niger (Wire) -": a city followed by its country names the place, whatever the parser made of it.
        int e = c.endToken();
        if (e + 1 < toks.size() && toks.get(e).word().equals(",")
                && gazetteer.lookup(toks.get(e + 1).word()).filter(x -> x.equals(seat.get())).isPresent()) {
            return c;
        }
        return metonymic(toks, toks.get(c.endToken() - 1), 0) ? c.withMetonymOf(seat.get().name()) : c;
    }

    static boolean metonymic(List<Token> toks, Token head, int depth) {
        String rel = head.deprel() == null ? "" : head.deprel();
        if (rel.equals("conj") && head.head() >= 0 && depth < 3) return metonymic(toks, toks.get(head.head()), depth + 1);
        String prep = null;
        for (int k = Math.max(0, head.index() - 4); k < head.index(); k++) {
            Token t = toks.get(k);
            if (t.head() == head.index() && "case".equals(t.deprel())) prep = t.word().toLowerCase(Locale.ROOT);
        }
        if (prep != null) {
            Token gov = head.head() >= 0 ? toks.get(head.head()) : null;
            // "objections from Beijing", and "acceptable to Moscow", "vague enough for Moscow": a noun or adjective.
            boolean nounGovernor = gov != null && gov.pos() != null && (gov.pos().startsWith("NN") || gov.pos().startsWith("JJ"));
            // "the port of Cotonou", "the streets of Niamey": a part or feature of the city is the city itself.
            if (prep.equals("of") && gov != null && PLACE_PARTS.contains(gov.word().toLowerCase(Locale.ROOT))) return false;
            return !LITERAL_PREPOSITIONS.contains(prep) && (nounGovernor || prep.equals("between") || prep.equals("by"));
        }
        return METONYM_RELATIONS.contains(rel) || isPossessiveAfter(toks, head.index() + 1);
    }

    static boolean isPossessiveAfter(List<Token> toks, int end) {
        return end < toks.size() && isPossessiveMark(toks.get(end));
    }
}
