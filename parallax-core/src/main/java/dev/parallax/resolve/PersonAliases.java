package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A person's other name stated by the text right after the full name: "Ana Ruiz Vela (Anita)", "Ana Ruiz Vela, who is
 * widely known as La Jefa", "Ana Ruiz Vela, who also goes by Anne Ruiz", "Ana Ruiz Vela, alias Anita", "Mr Ruiz, known by
 * the Catalan form of his name, Anton Ruis". Both names
 * are one person's, whatever their words and whatever label the tagger gave the second.
 */
final class PersonAliases {

    private PersonAliases() {}

    /** A bracket opened right after the full name, the other name filling it ("(Anita)"). */
    private static final Pattern OPEN = Pattern.compile("^\\s*\\(\\s*[«\"“‘']?\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*[»\"”’']?\\s*\\).*", Pattern.DOTALL);
    /**
     * A clause saying the next name is another of the person's: "known as", "goes by", "alias", or, after a comma,
     * "who is" or an adverb, "called", "nicknamed", "dubbed" (which are also verbs: "Ana Ruiz called Berg a liar").
     */
    private static final Pattern CUE = Pattern.compile("(?i)^\\s*(?:(,\\s*(?:(?:who|whom)\\s+(?:is\\s+|was\\s+)?)?)"
            + "|\\s(?:(?:who|whom)\\s+(?:is\\s+|was\\s+)?)?)(?:(also|widely|popularly|better|commonly|locally|universally|often)\\s+)*"
            + "(?:(?:known\\s+as|known\\s+by\\s+(?:[\\p{L}'’-]+\\s+){0,6}?name\\s*,|goes\\s+by|went\\s+by|alias|aka|a\\.k\\.a\\.)"
            + "|(called|nicknamed|dubbed|referred\\s+to\\s+as))"
            + "\\s+(?:the\\s+name\\s+(?:of\\s+)?)?[«\"“‘']?\\s*$");
    private static final Pattern SAID = Pattern.compile("(?i)^\\s*,\\s+(?:said|dit|called)\\s+[«\"“]\\s*$");
    private static final Pattern QUOTE_CLOSE = Pattern.compile("^\\s*[»\"”].*", Pattern.DOTALL);

    /** Whether the text between two names says the second is another name of the first. */
    private static boolean cue(String between) {
        java.util.regex.Matcher m = CUE.matcher(between);
        // A verb-like cue needs a comma, "who is" or an adverb before it to be a naming clause.
        return m.matches() && (m.group(3) == null || m.group(1) != null || m.group(2) != null
                || between.toLowerCase(java.util.Locale.ROOT).contains("who"));
    }

    /**
     * Pairs of indices into {@code all}: a person's full name and the name the text gives as the same person's other
     * name, as three numbers (the third, 1, marks a person's alias for {@link StatedRenamings}). The second name must
     * not be an acronym (an affiliation in brackets, "(DPP)") nor an organisation's.
     */
    static List<int[]> links(List<Candidate> all, Map<String, String> texts) {
        List<int[]> out = new ArrayList<>();
        Map<String, List<Integer>> byDoc = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) byDoc.computeIfAbsent(all.get(i).doc(), k -> new ArrayList<>()).add(i);
        for (var e : byDoc.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) continue;
            List<Integer> inDoc = new ArrayList<>(e.getValue());
            inDoc.sort(Comparator.comparingInt((Integer i) -> all.get(i).start()).thenComparingInt(i -> all.get(i).end()));
            for (int y = 1; y < inDoc.size(); y++) {
                Candidate a = all.get(inDoc.get(y - 1)), b = all.get(inDoc.get(y));
                // "Mr Hui, who is also known by the Mandarin form of his name, Xu Jiayin": a titled surname names its
                // person as surely as the full name.
                boolean named = Names.wordsWithoutParticles(a.name()).size() >= 2 || a.honorific() != null;
                if (!a.isPerson() || !named || a.end() > b.start()
                        || b.start() - a.end() > 60 || b.metonymOf() != null || Names.isAcronym(b.name().strip())
                        || "ORGANIZATION".equals(b.ner()) || "ORG".equals(b.ner()) || "MEDIA".equals(b.ner())
                        || Names.fold(a.name()).equals(Names.fold(b.name()))) {
                    continue;
                }
                String between = text.substring(a.end(), b.start()), after = text.substring(b.end(), Math.min(text.length(), b.end() + 5));
                boolean stated = OPEN.matcher(between).matches() && CLOSE.matcher(after).matches()
                        || cue(between)
                        || SAID.matcher(between).matches() && QUOTE_CLOSE.matcher(after).matches();
                if (stated) out.add(new int[] {inDoc.get(y - 1), inDoc.get(y), 1});
            }
        }
        return out;
    }
}
