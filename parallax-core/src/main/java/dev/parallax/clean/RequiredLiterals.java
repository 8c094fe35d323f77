package dev.parallax.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out, from a regular expression, literal strings of which every match must contain at least one: a text
 * holding none of them cannot match, which a few {@link String#contains} calls tell far faster than the regex
 * engine trying every position. {@code \b(accept|allow) (all )?cookies\b} gives {@code [" cookies"]}, say.
 * Case-sensitive, like the patterns it serves. Anything the parser below does not know (flags, back-references,
 * unusual escapes) gives no literals, which only means the regex always runs.
 */
final class RequiredLiterals {

    /** More alternatives than this are not worth tracking. */
    private static final int MAX_STRINGS = 16;

    /**
     * What a piece of a pattern tells: {@code exact} is every string it can match (null when unknown or too many);
     * {@code required} is literals of which any match holds one (null when nothing is known).
     */
    private record Info(Set<String> exact, Set<String> required) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        /** The best literal set this piece guarantees, or null. */
        Set<String> guaranteed() {
            Set<String> s = exact != null ? exact : required;
            return s == null || s.contains("") ? null : s;
        }
    }

    /** The pattern could not be analysed. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** Literals one of which every match of {@code regex} contains, or null if none can be named. */
    static String[] of(String regex) {
        try {
            RequiredLiterals p = new RequiredLiterals(regex);
            Info info = p.alternation();
            if (p.pos != regex.length()) return null;
            Set<String> s = info.guaranteed();
            return s == null ? null : s.toArray(String[]::new);
        } catch (Unknown | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Whether {@code text} contains one of {@code literals} (null literals: always true). */
    static boolean anyIn(String text, String[] literals) {
        if (literals == null) return true;
        for (String l : literals) if (text.contains(l)) return true;
        return false;
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) return branches.get(0);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (Info b : branches) {
            if (exact != null && b.exact() != null) exact.addAll(b.exact());
            else exact = null;
            Set<String> g = b.guaranteed();
            if (required != null && g != null) required.addAll(g);
            else required = null;
        }
        if (exact != null && exact.size() > MAX_STRINGS) exact = null;
        return new Info(exact, required);
    }

    private Info sequence() {
        Set<String> run = Set.of("");
        boolean allExact = true;
        List<Set<String>> candidates = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info piece = quantified(atom());
            if (piece.exact() != null) {
                Set<String> product = product(run, piece.exact());
                if (product == null) {
                    allExact = false;
                    candidates.add(run);
                    run = piece.exact();
                } else {
                    run = product;
                }
            } else {
                allExact = false;
                candidates.add(run);
                if (piece.required() != null) candidates.add(piece.required());
                run = Set.of("");
            }
        }
        candidates.add(run);
        return new Info(allExact ? run : null, best(candidates));
    }

    /** The most selective candidate: the one whose shortest string is longest. */
    private static Set<String> best(List<Set<String>> candidates) {
        Set<String> best = null;
        int bestLength = 0;
        for (Set<String> c : candidates) {
            int shortest = Integer.MAX_VALUE;
            for (String s : c) shortest = Math.min(shortest, s.length());
            if (shortest > bestLength) {
                best = c;
                bestLength = shortest;
            }
        }
        return best;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_STRINGS) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) for (String y : b) out.add(x + y);
        return out;
    }

    private Info quantified(Info atom) {
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int min;
        if (c == '?' || c == '*') {
            pos++;
            min = 0;
        } else if (c == '+') {
            pos++;
            min = 1;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) throw new Unknown();
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
            } catch (NumberFormatException e) {
                throw new Unknown();
            }
            pos = close + 1;
        } else {
            return atom;
        }
        // Lazy and possessive forms match the same strings.
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
        if (c == '?' && atom.exact() != null) {
            Set<String> exact = new LinkedHashSet<>(atom.exact());
            exact.add("");
            return new Info(exact.size() > MAX_STRINGS ? null : exact, null);
        }
        return min == 0 ? Info.ANY : new Info(null, atom.guaranteed());
    }

    private Info atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (re.startsWith("?:", pos)) {
                    pos += 2;
                } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos) || re.startsWith("?<=", pos)
                        || re.startsWith("?<!", pos)) {
                    // A look-around consumes nothing: parse it for its extent, promise nothing.
                    pos += re.charAt(pos + 1) == '<' ? 3 : 2;
                    alternation();
                    expect(')');
                    return Info.EMPTY;
                } else if (re.startsWith("?", pos)) {
                    throw new Unknown(); // flags, named groups, atomic groups
                }
                Info inner = alternation();
                expect(')');
                return inner;
            }
            case '[' -> {
                return charClass();
            }
            case '^', '$' -> {
                return Info.EMPTY;
            }
            case '.' -> {
                return Info.ANY;
            }
            case '\\' -> {
                return escape();
            }
            case ')', '|', '*', '+', '?', '{' -> throw new Unknown();
            default -> {
                // A character outside the BMP is one atom, as a quantifier after it applies to both halves.
                if (Character.isHighSurrogate(c) && pos < re.length() && Character.isLowSurrogate(re.charAt(pos))) {
                    return new Info(Set.of(re.substring(pos - 1, ++pos)), null);
                }
                return literal(c);
            }
        }
    }

    private Info escape() {
        char c = re.charAt(pos++);
        if (!Character.isLetterOrDigit(c)) return literal(c);
        switch (c) {
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                return Info.EMPTY;
            }
            case 's', 'S', 'd', 'D', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                return Info.ANY;
            }
            case 'p', 'P' -> {
                if (re.charAt(pos) == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) throw new Unknown();
                    pos = close + 1;
                } else {
                    pos++;
                }
                return Info.ANY;
            }
            default -> throw new Unknown(); // back-references, \Q, code points: not worth knowing
        }
    }

    /** A bracketed class: a short list of plain characters is exact, anything else matches one unknown character. */
    private Info charClass() {
        boolean negated = re.charAt(pos) == '^';
        Set<String> chars = new LinkedHashSet<>();
        boolean plain = !negated;
        int start = pos;
        while (true) {
            char c = re.charAt(pos++);
            if (c == ']' && pos - 1 > start) break;
            if (c == '[') throw new Unknown(); // nested classes, unions, intersections
            if (c == '\\') {
                pos++;
                plain = false;
                if (re.charAt(pos - 1) == 'p' || re.charAt(pos - 1) == 'P') {
                    if (re.charAt(pos) == '{') pos = re.indexOf('}', pos) + 1;
                    else pos++;
                    if (pos == 0) throw new Unknown();
                }
            } else if (c == '-' && pos - 1 > start && re.charAt(pos) != ']') {
                plain = false; // a range
            } else if (c == '&' && re.charAt(pos) == '&') {
                throw new Unknown();
            } else {
                chars.add(String.valueOf(c));
            }
        }
        return plain && !chars.isEmpty() && chars.size() <= 4 ? new Info(chars, null) : Info.ANY;
    }

    private static Info literal(char c) {
        return new Info(Set.of(String.valueOf(c)), null);
    }

    private void expect(char c) {
        if (pos >= re.length() || re.charAt(pos) != c) throw new Unknown();
        pos++;
    }
}
