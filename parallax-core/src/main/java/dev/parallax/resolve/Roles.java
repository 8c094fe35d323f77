package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;

/** The roles, titles and affiliations the text states around a person's name. */
final class Roles {

    private Roles() {}

    /** A role stated with a title before the name: "NATO Secretary General Jens Stoltenberg". */
    record Role(String text, List<String> affiliations) {}

    static Role roleBefore(String text, List<Token> toks, int nameFirst) {
        int i = nameFirst - 1;
        int sentence = nameFirst < toks.size() ? toks.get(nameFirst).sentence() : -1;
        boolean comma = false;
        if (i >= 0 && toks.get(i).word().equals(",") && i - 1 >= 0 && isRoleWord(toks.get(i - 1))) {
            comma = true; // "Japan's Prime Minister, Fumio Kishida"
            i--;
        } else if (i >= 0 && toks.get(i).word().equals(",")) {
            Role described = describedBefore(text, toks, i);
            if (described != null) return described;
        }
        int end = i + 1;
        while (i >= 0 && toks.get(i).sentence() == sentence) {
            Token t = toks.get(i);
            String lw = t.word().toLowerCase(Locale.ROOT);
            String pos = t.pos() == null ? "" : t.pos();
            boolean properName = (pos.startsWith("NNP") || pos.startsWith("JJ")) && startsUpper(t);
            boolean part = isRoleWord(t) || properName || isPossessiveMark(t) || t.word().equals("-")
                    || "NATIONALITY".equals(t.ner()) || "ORGANIZATION".equals(t.ner()) || "COUNTRY".equals(t.ner())
                    || ROLE_MODIFIERS.contains(lw) || lw.equals("of") || lw.equals("for") || roleCompound(toks, i, end)
                    || possessorNoun(toks, i, end) || i + 1 < end && participleModifier(toks, i)
                    || (lw.equals("the") && i + 1 < end && i - 1 >= 0
                    && (toks.get(i - 1).word().equals("of") || toks.get(i - 1).word().equals("for")));
            if (!part) break;
            i--;
        }
        int start = i + 1;
        // "climate envoy John Kerry", "its spokesman Omar Hale": a lower-case role starts at its first noun.
        while (start < end && !startsUpper(toks.get(start)) && !ROLE_MODIFIERS.contains(toks.get(start).word().toLowerCase(Locale.ROOT))
                && !isRoleWord(toks.get(start)) && !roleCompound(toks, start, end) && !possessorNoun(toks, start, end)) {
            start++;
        }
        if (start >= end) return null;
        int firstRole = -1, lastRole = -1;
        boolean ofAfterRole = false;
        for (int k = start; k < end; k++) {
            if (isRoleWord(toks.get(k))) {
                if (firstRole < 0) firstRole = k;
                lastRole = k;
            }
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (firstRole >= 0 && (w.equals("of") || w.equals("for"))) ofAfterRole = true;
        }
        // "Japan PM Kishida" or "Chair of the Valmora Port Authority Ines Kovar"; not "NATO Kishida".
        if (firstRole < 0 || (lastRole != end - 1 && !ofAfterRole)) return null;
        String role = text.substring(toks.get(start).start(), toks.get(end - 1).end());
        if (comma && role.split("\\s+").length > 8) return null;
        return new Role(role, affiliationsIn(text, toks, start, end));
    }

    /**
     * "Her deputy at the ministry, Daniel Okonkwo": a short noun phrase ending at the comma before the name,
     * starting at a determiner or possessive, with a role noun in it.
     */
    static Role describedBefore(String text, List<Token> toks, int comma) {
        int sentence = toks.get(comma).sentence();
        boolean role = false;
        for (int k = comma - 1; k >= 0 && comma - k <= 8 && toks.get(k).sentence() == sentence; k--) {
            Token t = toks.get(k);
            if (t.isVerb() && !participleModifier(toks, k) || t.word().equals(",")) return null;
            role |= isRoleWord(t);
            if (role && ("DT".equals(t.pos()) || "PRP$".equals(t.pos()) || k == 0 || toks.get(k - 1).sentence() != sentence)) {
                int start = "DT".equals(t.pos()) ? k + 1 : k;
                return new Role(text.substring(toks.get(start).start(), toks.get(comma - 1).end()), affiliationsIn(text, toks, start, comma));
            }
        }
        return null;
    }

    /**
     * A lower-case noun whose possessive mark precedes a role noun ("the junta's spokesman", "the bank's chairman"):
     * the body the role belongs to, part of the role.
     */
    static boolean possessorNoun(List<Token> toks, int i, int end) {
        Token t = toks.get(i);
        return i + 2 < end && t.pos() != null && t.pos().startsWith("NN") && !startsUpper(t) && isPossessiveMark(toks.get(i + 1))
                && isRoleWord(toks.get(i + 2)) && t.sentence() == toks.get(i + 2).sentence();
    }

    /** Verbs of leading a body: "who heads the commission" states a role as "heads the commission". */
    private static final java.util.Set<String> LEADING_VERBS = java.util.Set.of("head", "lead", "chair", "run", "direct",
            "command", "govern", "manage", "coordinate", "preside");

    /**
     * A role stated by a relative clause after the name: "Omar Hale, who heads the port authority's board, said":
     * a present-tense verb of leading and its object, up to the clause's end; null otherwise.
     */
    static Role relativeRole(String text, List<Token> toks, int nameEnd) {
        if (nameEnd + 3 >= toks.size() || !toks.get(nameEnd).word().equals(",")) return null;
        Token who = toks.get(nameEnd + 1), verb = toks.get(nameEnd + 2);
        if (!who.word().equalsIgnoreCase("who") || !"VBZ".equals(verb.pos()) || verb.lemma() == null
                || !LEADING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = nameEnd + 3;
        while (j < toks.size() && j - nameEnd <= 12 && toks.get(j).sentence() == verb.sentence()) {
            Token t = toks.get(j);
            if (t.word().equals(",") || t.word().equals(".") || t.word().equals(";") || t.word().equals("(")) break;
            if (t.isVerb() && !"VBN".equals(t.pos()) && !"VBG".equals(t.pos()) || "CC".equals(t.pos()) || "WDT".equals(t.pos())
                    || "WP".equals(t.pos())) {
                return null;
            }
            j++;
        }
        if (j == nameEnd + 3 || j >= toks.size() || j - nameEnd > 12 || !Set.of(",", ".", ";").contains(toks.get(j).word())) return null;
        return new Role(text.substring(verb.start(), toks.get(j - 1).end()), affiliationsIn(text, toks, nameEnd + 3, j));
    }

    /**
     * A lower-case present participle right before a lower-case noun, qualifying it as an adjective would: "the
     * returning officer", "the outgoing chancellor", "the ruling party".
     */
    static boolean participleModifier(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!"VBG".equals(t.pos()) || startsUpper(t) || i + 1 >= toks.size()) return false;
        Token n = toks.get(i + 1);
        return n.sentence() == t.sentence() && n.pos() != null && n.pos().startsWith("NN") && !startsUpper(n);
    }

    /** A lower-case noun in front of a role noun, making one role with it ("climate envoy", "ecology minister"). */
    static boolean roleCompound(List<Token> toks, int i, int end) {
        Token t = toks.get(i);
        return i + 1 < end && t.pos() != null && t.pos().startsWith("NN") && !startsUpper(t) && isRoleWord(toks.get(i + 1))
                && t.sentence() == toks.get(i + 1).sentence();
    }

    /** A role in an apposition after the name: "Susumu Takai, chairman of the Japan Institute ..., said". */
    static Role apposition(String text, List<Token> toks, int nameEnd) {
        if (nameEnd >= toks.size() || !toks.get(nameEnd).word().equals(",")) return null;
        int sentence = toks.get(nameEnd).sentence();
        int i = nameEnd + 1;
        if (i >= toks.size()) return null;
        String firstWord = toks.get(i).word().toLowerCase(Locale.ROOT);
        if (firstWord.equals("who") || firstWord.equals("which") || firstWord.equals("whose") || firstWord.equals("and")) {
            return null;
        }
        boolean roleWord = false;
        int j = i;
        while (j < toks.size() && toks.get(j).sentence() == sentence && j - i < 30) {
            Token t = toks.get(j);
            String w = t.word();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals("(") || w.equals(":")) break;
            // "a trade lawyer who is ...": the role ends where the relative clause starts.
            if ((w.equalsIgnoreCase("who") || w.equalsIgnoreCase("which") || w.equalsIgnoreCase("whose")) && j > i) {
                return roleWord ? new Role(text.substring(toks.get(i).start(), toks.get(j - 1).end()), affiliationsIn(text, toks, i, j)) : null;
            }
            if (t.isVerb() && !"VBN".equals(t.pos()) && !"VBG".equals(t.pos())) return null;
            roleWord |= "TITLE".equals(t.ner()) || ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT));
            j++;
        }
        if (!roleWord || j == i || j >= toks.size()) return null;
        String end = toks.get(j).word();
        if (!end.equals(",") && !end.equals(".") && !end.equals(")") && !end.equals(";") && !end.equals("(")) return null;
        return new Role(text.substring(toks.get(i).start(), toks.get(j - 1).end()), affiliationsIn(text, toks, i, j));
    }

    /** Capitalised multi-word stretches inside a role: the organisations a person is affiliated with. */
    static List<String> affiliationsIn(String text, List<Token> toks, int start, int end) {
        List<String> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            Token t = toks.get(i);
            boolean named = "ORGANIZATION".equals(t.ner()) || (isCapitalised(t) && !"TITLE".equals(t.ner()));
            if (!named) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (isCapitalised(toks.get(j)) || "ORGANIZATION".equals(toks.get(j).ner())
                    || (CONNECTORS.contains(toks.get(j).word().toLowerCase(Locale.ROOT)) && j + 1 < end
                    && isCapitalised(toks.get(j + 1))))) {
                j++;
            }
            if (Names.contentStems(text.substring(t.start(), toks.get(j - 1).end())).size() >= 2) {
                out.add(text.substring(t.start(), toks.get(j - 1).end()));
            }
            i = j;
        }
        return out;
    }

    /** The job title right before a person's name ("President" in "President Yoon"), or null. */
    static String titleBefore(String text, List<Token> toks, int nameFirst) {
        int i = nameFirst - 1;
        int end = i;
        // "General", and a rank the tagger read as part of the name ("Colonel-Major" in "Colonel-Major Amadou Abdramane").
        while (i >= 0 && ("TITLE".equals(toks.get(i).ner()) || RankPrefixes.rankTokenAt(toks, i))
                && toks.get(i).sentence() == toks.get(nameFirst).sentence()) {
            i--;
        }
        while (i < end && (toks.get(i + 1).word().equals("-") || toks.get(i + 1).word().equals("."))) i++;
        // "PM Kaur": a capitalised role noun the tagger left unlabelled still titles the name right after it.
        if (i == end && i >= 0 && toks.get(i).sentence() == toks.get(nameFirst).sentence() && startsUpper(toks.get(i))
                && ROLE_NOUNS.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) {
            i--;
        }
        if (i == end) return null;
        return text.substring(toks.get(i + 1).start(), toks.get(end).end());
    }
}
