package dev.parallax.resolve;

import java.util.List;
import java.util.Set;

/**
 * A body named before a role noun ("the FDP leader", "the CDU-chief", "the WMO head"): which body it is, and whether
 * a role the texts state elsewhere ("the leader of the Free Democratic Party") names that body by one of its names.
 */
final class BodyModifiers {

    private BodyModifiers() {}

    /** The body named in the words [from, to) of a description, with the content stems the name takes there. */
    record Body(int cluster, Set<String> stems) {}

    /**
     * The body a named mention among [from, to) stands for, one of {@code bodies}; else, for a word joined to the role
     * noun by a hyphen ("CDU-chief"), the body one of the document's names spells as that word. Null when none.
     */
    static Body bodyIn(List<DescriptionFinder.Anchor> anchors, java.util.Map<Integer, List<Set<String>>> bodies, String text,
                       int from, int to) {
        for (DescriptionFinder.Anchor a : anchors) {
            if (a.start() >= from && a.end() <= to && bodies.containsKey(a.cluster())) {
                return new Body(a.cluster(), DescriptionFinder.roleStems(a.name()));
            }
        }
        String words = text.substring(from, to);
        int dash = words.lastIndexOf('-');
        if (dash <= 0) return null;
        String prefix = words.substring(0, dash).strip();
        int space = prefix.lastIndexOf(' ');
        if (space >= 0) prefix = prefix.substring(space + 1);
        if (prefix.isEmpty() || !Character.isUpperCase(prefix.charAt(0))) return null;
        // The one body of the corpus that goes by that word: "CDU-chief" in an article that names the CDU nowhere else.
        Set<String> stems = DescriptionFinder.roleStems(prefix);
        Integer found = null;
        for (var e : new java.util.TreeMap<>(bodies).entrySet()) {
            if (stems.isEmpty() || !e.getValue().contains(stems)) continue;
            if (found != null) return null;
            found = e.getKey();
        }
        return found == null ? null : new Body(found, stems);
    }

    /**
     * Whether a role's stems name the body by one of its names (each the content stems of a name), beyond the role
     * words themselves: "leader of the pro-business Free Democratic Party" names the body called "Free Democratic Party".
     */
    static boolean namesBody(Set<String> role, Set<String> wanted, List<Set<String>> names) {
        if (names == null || wanted.isEmpty()) return false;
        for (Set<String> n : names) {
            if (!n.isEmpty() && role.containsAll(n) && !wanted.containsAll(n)) return true;
        }
        return false;
    }
}
