package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's other name stated by the text: "the Unification Church, formally the Family Federation for World
 * Peace and Unification", "X, formerly known as Y", "the organisation, now officially called Y" (the organisation
 * named last before the description). The two names are one organisation whatever their words.
 */
final class RenamedNames {

    /** What may stand between a name and its other name: a comma and a cue saying it is another name. */
    /**
     * What may stand between a name and its other name: a comma or parenthesis, then a cue saying it is another
     * name ("formerly", "formally", "officially", "now called", "renamed"); a bare "called" is a verb too ("the
     * ministry called the EU's approach unfair").
     */
    private static final Pattern CUE = Pattern.compile("(?i)^\\s*[,(]\\s*(?:(?:now|since)\\s+)?"
            + "(?:(?:formerly|formally|officially|previously|originally|also)(?:\\s+(?:known\\s+as|called|named))?"
            + "|(?:renamed|rebranded)(?:\\s+as)?|known\\s+as|called|named)\\s+(?:the\\s+)?$");
    /** "the organisation, now officially called": a description of the organisation the cue follows. */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)\\b(?:the|its|this)\\s+(organi[sz]ation|group|church|community"
            + "|movement|sect|party|company|federation|association|body|foundation|society|union)\\s*$");
    /** Head words of organisation names that the tagger sometimes labels a religion or nationality. */
    static final Set<String> ORG_HEADS = Set.of("church", "federation", "movement", "party", "association", "union",
            "council", "society", "foundation", "institute", "agency", "committee", "organisation", "organization",
            "group", "sect", "fellowship", "league", "brotherhood", "mission", "front", "congress", "assembly");

    private RenamedNames() {}

    /** Whether a candidate can name an organisation: tagged one, or a religious or national label with an organisation's head word. */
    static boolean organisational(Candidate c) {
        if (c.metonymOf() != null || c.isPerson()) return false;
        if ("ORGANIZATION".equals(c.ner()) || "MISC".equals(c.ner())) return true;
        List<String> w = Names.words(c.name());
        return w.size() >= 2 && ORG_HEADS.contains(w.get(w.size() - 1));
    }

    /** Pairs of indices into {@code all} of names the text gives as one organisation's two names. */
    static List<int[]> links(List<Candidate> all, Map<String, String> texts) {
        List<int[]> out = new ArrayList<>();
        Map<String, List<Integer>> byDoc = new java.util.TreeMap<>();
        for (int i = 0; i < all.size(); i++) if (organisational(all.get(i))) byDoc.computeIfAbsent(all.get(i).doc(), k -> new ArrayList<>()).add(i);
        for (var e : byDoc.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) continue;
            List<Integer> inDoc = new ArrayList<>(e.getValue());
            inDoc.sort(Comparator.comparingInt(i -> all.get(i).start()));
            for (int y = 1; y < inDoc.size(); y++) {
                Candidate b = all.get(inDoc.get(y));
                Integer a = null;
                Candidate prev = all.get(inDoc.get(y - 1));
                if (prev.end() <= b.start() && b.start() - prev.end() <= 60
                        && CUE.matcher(text.substring(prev.end(), b.start())).find()) {
                    a = inDoc.get(y - 1);
                } else {
                    // "the organisation, now officially called Y": the organisation named last before it.
                    int from = Math.max(0, b.start() - 80);
                    String before = text.substring(from, b.start());
                    for (int cut = 0; cut < before.length() && a == null; cut++) {
                        if (!CUE.matcher(before.substring(cut)).matches()) continue;
                        Matcher d = DESCRIBED.matcher(before.substring(0, cut));
                        if (!d.find()) break;
                        String noun = d.group(1).toLowerCase(Locale.ROOT);
                        int descStart = from + d.start();
                        for (int x = y - 1; x >= 0; x--) {
                            Candidate p = all.get(inDoc.get(x));
                            if (p.end() > descStart) continue;
                            List<String> pw = Names.words(p.name());
                            // A specific noun ("the church") must head the name; a generic one fits any organisation.
                            boolean specific = Set.of("church", "party", "federation", "foundation", "union", "society").contains(noun);
                            if (specific && !pw.get(pw.size() - 1).equals(noun)) continue;
                            if (Names.isAcronym(p.name())) continue;
                            a = inDoc.get(x);
                            break;
                        }
                        break;
                    }
                }
                if (a != null && !Names.fold(all.get(a).name()).equals(Names.fold(b.name()))) out.add(new int[] {a, inDoc.get(y)});
            }
        }
        out.addAll(knownAs(all, texts));
        return out;
    }

    /** ", as the X is known": the name before it is what people call X, whatever the tagger made of it. */
    private static final Pattern AS_THE = Pattern.compile("(?i)^\\s*,\\s*as\\s+(?:the\\s+)?$");
    private static final Pattern IS_KNOWN = Pattern.compile("(?i)^\\s+is\\s+(?:known|called|nicknamed|dubbed)\\b");

    /**
     * "the rebel from the Pohottuwa, as the SLPP is known": a name and the organisation the clause after it says it
     * is the popular name of. The first name may carry any label but a person's; the second must be an
     * organisation's.
     */
    private static List<int[]> knownAs(List<Candidate> all, Map<String, String> texts) {
        List<int[]> out = new ArrayList<>();
        Map<String, List<Integer>> byDoc = new java.util.TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isPerson() && all.get(i).metonymOf() == null) byDoc.computeIfAbsent(all.get(i).doc(), k -> new ArrayList<>()).add(i);
        }
        for (var e : byDoc.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) continue;
            List<Integer> inDoc = new ArrayList<>(e.getValue());
            inDoc.sort(Comparator.comparingInt(i -> all.get(i).start()));
            for (int y = 1; y < inDoc.size(); y++) {
                Candidate a = all.get(inDoc.get(y - 1)), b = all.get(inDoc.get(y));
                if (a.end() > b.start() || b.start() - a.end() > 20 || !organisational(b)) continue;
                if (AS_THE.matcher(text.substring(a.end(), b.start())).find()
                        && IS_KNOWN.matcher(text.substring(b.end(), Math.min(text.length(), b.end() + 30))).find()) {
                    out.add(new int[] {inDoc.get(y - 1), inDoc.get(y)});
                }
            }
        }
        return out;
    }
}
