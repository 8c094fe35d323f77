package dev.parallax.resolve;

import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists and token tests the name-finding rules share: which capitalised words head names of each kind,
 * which words are roles, and how a token reads (capitalised, temporal, possessive, a heading's).
 */
final class NameWords {

    private NameWords() {}

    static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "RELIGION", "IDEOLOGY");

    /** Last words that make a capitalised phrase a name of a programme, event, organisation or place. */
    static final Set<String> PROGRAM_HEADS = Set.of("program", "programme", "plan", "initiative", "strategy",
            "concept", "treaty", "convention", "agreement", "act", "accord", "pact", "partnership", "declaration",
            "communique", "communiqué", "doctrine", "framework", "charter", "protocol", "roadmap", "policy", "statute");

    static final Set<String> EVENT_HEADS = Set.of("summit", "conference", "forum", "dialogue", "games",
            "olympics", "championship", "war", "election", "elections", "talks", "meeting", "expo",
            "festival", "crisis", "revolution", "uprising", "invasion");

    static final Set<String> ORG_HEADS = Set.of("institute", "institution", "foundation", "ministry", "agency",
            "force", "forces", "command", "council", "committee", "commission", "center", "centre", "university",
            "party", "department", "office", "bureau", "organization", "organisation", "association", "union",
            "corporation", "company", "bank", "fund", "court", "parliament", "assembly", "senate", "congress",
            "army", "navy", "guard", "service", "authority", "group", "network", "society", "academy", "school",
            "mission", "alliance", "federation", "cabinet", "secretariat", "administration");

    static final Set<String> PLACE_HEADS = Set.of("strait", "straits", "sea", "ocean", "gulf", "peninsula",
            "island", "islands", "bay", "river", "mountains", "region", "valley", "desert", "coast", "basin");

    /** Words that make a phrase a role ("spokesman", "chairman") even when the tagger does not mark a TITLE. */
    static final Set<String> ROLE_NOUNS = Set.of("president", "minister", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "chair", "ceo", "director", "head", "chief", "envoy",
            "ambassador", "advisor", "adviser", "expert", "researcher", "analyst", "professor", "leader",
            "commander", "general", "admiral", "official", "diplomat", "correspondent", "editor", "founder",
            "governor", "mayor", "senator", "lawmaker", "premier", "chancellor", "king", "queen", "emperor",
            "deputy", "vice", "member", "fellow", "scholar", "economist", "executive", "manager", "officer",
            "representative", "delegate", "coordinator", "lecturer", "dean", "judge", "prosecutor", "attorney",
            "reporter", "journalist", "columnist", "author", "writer", "consultant", "strategist", "colonel",
            "captain", "lieutenant", "sergeant", "pm", "lawyer", "commissioner", "sherpa", "negotiator");

    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de", "du", "des", "&");

    static final Set<String> ROLE_MODIFIERS = Set.of("former", "acting", "foreign", "defense", "defence",
            "prime", "chief", "deputy", "vice", "senior", "general", "national", "security", "executive", "top", "federal");

    /** Lower-case words that join the parts of a hyphenated place name ("Barrow-in-Furness", "Stratford-upon-Avon"). */
    static final Set<String> HYPHEN_PARTICLES = Set.of("in", "on", "upon", "under", "by", "le", "la", "les", "sur",
            "sous", "de", "du", "des", "en", "am", "an", "im", "del", "di", "da", "y");

    static boolean attachedBySpace(List<Token> toks, int a, int b) {
        return toks.get(b).start() - toks.get(a).end() == 1;
    }

    /** A capitalised "The" after a word of the same sentence (not at its start, not after a quotation mark or colon). */
    static boolean isNamePartArticle(List<Token> toks, int i) {
        if (i <= 0 || !toks.get(i).word().equals("The")) return false;
        Token prev = toks.get(i - 1);
        return prev.sentence() == toks.get(i).sentence() && prev.word().chars().allMatch(Character::isLetterOrDigit)
                && !prev.word().isEmpty();
    }

    static boolean isAcronymLike(String w) {
        if (Names.isAcronym(w)) return true;
        if (!w.contains("-") || w.startsWith("-") || w.endsWith("-")) return false;
        for (String part : w.split("-")) if (!Names.isAcronym(part) && !part.chars().allMatch(Character::isDigit)) return false;
        return true;
    }

    /** A sentence in capitals ("TALKS COLLAPSE AS ..."): its capitals are type, not acronyms. */
    static boolean isShouted(List<Token> toks, Sentence s) {
        int caps = 0, words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).word();
            if (w.length() < 2 || !w.chars().anyMatch(Character::isLetter)) continue;
            words++;
            if (w.equals(w.toUpperCase(Locale.ROOT))) caps++;
        }
        return words >= 3 && caps * 2 > words;
    }

    /** Whether two neighbouring tokens were written with nothing between them. */
    static boolean attached(List<Token> toks, int a, int b) {
        return toks.get(a).end() == toks.get(b).start();
    }

    /** A lower-case particle inside a place name ("Rio de Janeiro", "Santiago del Estero"). */
    static boolean isPlaceParticle(String word) {
        return Set.of("de", "do", "da", "del", "di", "dos", "das").contains(word);
    }

    static boolean isPronoun(List<Token> toks, int first, int end) {
        for (int i = first; i < end; i++) if (!toks.get(i).isPronoun()) return false;
        return true;
    }

    static boolean isHonorificToken(Token t) {
        return Names.isHonorific(t.word()) || t.word().equals(".");
    }

    static boolean isTemporal(Token t) {
        String n = t.ner();
        return "DATE".equals(n) || "TIME".equals(n) || "DURATION".equals(n) || "SET".equals(n);
    }

    static boolean startsUpper(Token t) {
        String w = t.word();
        if (w.isEmpty() || t.isPronoun()) return false;
        char c = w.charAt(0);
        return Character.isUpperCase(c) || (Character.isDigit(c) && w.chars().anyMatch(Character::isLetter));
    }

    /**
     * The kind of name a capitalised phrase is, from its head: the word before its first "of"/"for" if it has
     * one ("Institute" in "Japan Institute for Security Strategy"), else its last word; null if not a name kind.
     */
    static String typeOfPhrase(List<Token> toks, int first, int end) {
        int head = end - 1;
        for (int k = first + 1; k < end - 1; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("of") || w.equals("for") || w.equals("on")) {
                head = k - 1;
                break;
            }
        }
        // "Rotational Force-West", "Task Force-2": a suffix after a hyphen leaves the head before it.
        if (head == end - 1 && head - 2 >= first && toks.get(head - 1).word().equals("-")
                && typeOfWord(toks.get(head).word()) == null) {
            head -= 2;
        }
        // "African National Congress", "Trades Union Congress": a congress is the standing body; a numbered one
        // ("the 20th Party Congress", "Congress 2024") is its meeting.
        if (toks.get(head).word().equalsIgnoreCase("congress")) {
            for (int k = first; k < end; k++) if (toks.get(k).word().chars().anyMatch(Character::isDigit)) return "EVENT";
        }
        return typeOfWord(toks.get(head).word());
    }

    static String typeOfWord(String word) {
        String h = word.toLowerCase(Locale.ROOT);
        if (PROGRAM_HEADS.contains(h)) return "PROGRAM";
        if (EVENT_HEADS.contains(h)) return "EVENT";
        if (ORG_HEADS.contains(h)) return "ORGANIZATION";
        if (PLACE_HEADS.contains(h)) return "LOCATION";
        return null;
    }

    static String typeOfHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (PROGRAM_HEADS.contains(w)) return "PROGRAM";
        if (EVENT_HEADS.contains(w)) return "EVENT";
        if (PLACE_HEADS.contains(w)) return "LOCATION";
        return "ORGANIZATION";
    }

    /** A section heading: short, no closing punctuation, mostly capitalised words. Its capitals say nothing. */
    static boolean isHeading(List<Token> toks, Sentence s) {
        int n = s.endToken() - s.firstToken();
        if (n == 0 || n > 12) return false;
        String last = toks.get(s.endToken() - 1).word();
        if (last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\"") || last.equals("”")) return false;
        int caps = 0, words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).word();
            if (!Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return words >= 2 && caps * 2 >= words;
    }

    static boolean isRoleWord(Token t) {
        return "TITLE".equals(t.ner()) || ROLE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isCapitalised(Token t) {
        String w = t.word();
        if (w.isEmpty()) return false;
        char c = w.charAt(0);
        if (!Character.isUpperCase(c) && !(Character.isDigit(c) && w.chars().anyMatch(Character::isLetter))) return false;
        String pos = t.pos();
        return pos == null || !(pos.equals("PRP") || pos.equals("DT") || pos.equals("IN") || pos.equals("CC")
                || pos.startsWith("W") || pos.equals("MD") || pos.startsWith("VB") || pos.startsWith("RB")
                || pos.equals("PRP$") || pos.equals("EX") || pos.equals("TO"));
    }

    static boolean isDeterminer(Token t) {
        return "DT".equals(t.pos()) || "PRP$".equals(t.pos());
    }

    static boolean isPossessiveMark(Token t) {
        String w = t.word();
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || "POS".equals(t.pos());
    }
}
