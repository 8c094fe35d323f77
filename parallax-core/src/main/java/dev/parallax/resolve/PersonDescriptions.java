package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definite descriptions of people: a description set before a name ("the suspect, Tetsuya Yamagami", "The widow
 * Akie Abe", "Abe's widow Akie Abe", "the 41-year-old Tetsuya Yamagami"), and an age description ("The 67-year-old",
 * "the 65-year-old premier") bound to the person the texts give that age ("Abe, 67,"), else to the person the
 * sentence or the one before it is about.
 */
final class PersonDescriptions {

    /** A person's name in a document: its tokens [first, end), its cluster, and whether it is a clause subject. */
    record Span(int cluster, int first, int end, int start, int sentence, boolean subject) {}

    private static final Pattern AGE = Pattern.compile("^\\s*(\\d{1,3})-year-old\\b");
    private static final Pattern AGE_WORD = Pattern.compile("\\d{1,3}-year-old");
    /** An age in an apposition right after a name: ", a 60-year-old", ", the 39-year-old", ", a soft-spoken 75-year-old". */
    private static final Pattern APPOSED_AGE = Pattern.compile("^,\\s+(?:a|an|the)\\s+(?:[a-z][a-z-]*\\s+){0,2}(\\d{1,3})-year-old\\b");

    /** Nouns that describe a person an article is about: with no name after them, the person of the sentences before. */
    static final Set<String> PERSON_NOUNS = Set.of("suspect", "gunman", "gunwoman", "attacker", "assailant", "assassin",
            "killer", "shooter", "accused", "defendant", "culprit", "perpetrator", "resident", "veteran", "hijacker",
            "bomber", "kidnapper", "victim", "survivor", "widow", "widower", "dissident", "rebel", "opponent",
            "challenger", "rival", "incumbent");

    private PersonDescriptions() {}

    /** Whether a noun names a person: the nouns above, a role, a family tie, or an "ex-" one ("ex-sailor"). */
    static boolean personNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PERSON_NOUNS.contains(w) || NameWords.ROLE_NOUNS.contains(w) || GenderEvidence.ofNoun(w) != 0
                || AGE_WORD.matcher(w).matches() || w.startsWith("ex-") && w.length() > 5;
    }

    /** A noun for a national of a country, made of its demonym ("Dutchman", "Frenchwoman"). */
    static boolean demonymNoun(String word) {
        for (String suffix : new String[] {"man", "woman"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix) && Character.isUpperCase(word.charAt(0))
                    && Gazetteer.standard().demonymOf(word.substring(0, word.length() - suffix.length())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The ages the texts give people, by cluster: "Abe, 67," and "the 41-year-old Tetsuya Yamagami". */
    static Map<Integer, Set<Integer>> ages(String text, AnnotatedText at, List<Span> spans, Map<Integer, Set<Integer>> into) {
        List<Token> toks = at.tokens();
        for (Span s : spans) {
            if (s.end() + 2 < toks.size() && toks.get(s.end()).word().equals(",") && "CD".equals(toks.get(s.end() + 1).pos())
                    && Set.of(",", ".").contains(toks.get(s.end() + 2).word()) && toks.get(s.end() + 1).word().matches("\\d{1,3}")) {
                into.computeIfAbsent(s.cluster(), k -> new java.util.TreeSet<>()).add(Integer.parseInt(toks.get(s.end() + 1).word()));
            }
            // "Boluarte, a 60-year-old lawyer who ...": an age in an apposition after the name.
            Matcher appos = APPOSED_AGE.matcher(text.substring(toks.get(s.end() - 1).end(), Math.min(text.length(), toks.get(s.end() - 1).end() + 48)));
            if (appos.find()) into.computeIfAbsent(s.cluster(), k -> new java.util.TreeSet<>()).add(Integer.parseInt(appos.group(1)));
            if (s.first() >= 1) {
                // "the 41-year-old Tetsuya Yamagami", "the 37-year-old civil servant Ana Ruiz": the age, and at most
                // three lower-case adjectives and nouns, right before the name.
                int from = Math.max(0, s.start() - 60);
                Matcher m = AGE_BEFORE_NAME.matcher(text.substring(from, s.start()));
                if (m.find() && modifiersOnly(toks, from + m.start(2), s.first())) {
                    into.computeIfAbsent(s.cluster(), x -> new java.util.TreeSet<>()).add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return into;
    }

    private static final Pattern AGE_BEFORE_NAME = Pattern.compile("(\\d{1,3})-year-old((?:\\s+[a-z][a-z-]*){0,3})\\s*$");

    /** Whether the tokens from character {@code start} to token {@code end} are lower-case adjectives and common nouns. */
    private static boolean modifiersOnly(List<Token> toks, int start, int end) {
        for (int k = end - 1; k >= 0 && toks.get(k).start() >= start; k--) if (!lowerNominal(toks.get(k))) return false;
        return true;
    }

    /** A lower-case adjective or common noun: a modifier between an age and the name it qualifies. */
    private static boolean lowerNominal(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return t.word().equals(t.word().toLowerCase(Locale.ROOT)) && (pos.equals("NN") || pos.startsWith("JJ"))
                && !AGE_WORD.matcher(t.word()).matches();
    }

    private static final Pattern AGED_NOUN = Pattern.compile("^(?i:the)\\s+\\d{1,3}-year-old(?=\\s+\\S)");

    /**
     * "the 45-year-old" of "the 45-year-old governor": the age alone describes the same person, as a reader who
     * meets "the 45-year-old" later would take it; null when the description is not an age with a noun.
     */
    static String shortAgeText(String description) {
        Matcher m = AGED_NOUN.matcher(description);
        return m.find() ? description.substring(0, m.end()) : null;
    }

    /** The description {@link #shortAgeText(String)} gives, where the longer one stands; null if none. */
    static DescriptionFinder.Description shortAge(DescriptionFinder.Description d) {
        Matcher m = AGED_NOUN.matcher(d.text());
        if (!m.find()) return null;
        return new DescriptionFinder.Description(d.doc(), d.start(), d.start() + m.end(), d.text().substring(0, m.end()), d.cluster());
    }

    /** The person descriptions of one document. */
    static List<DescriptionFinder.Description> find(String doc, String text, AnnotatedText at, List<Span> spans,
                                                    Map<Integer, Set<Integer>> ages) {
        return find(doc, text, at, spans, ages, Map.of(), false);
    }

    /**
     * The person descriptions of one document; {@code bound} gives the people each description (lower case) was
     * set before the name of somewhere in the corpus ("the suspect, Tetsuya Yamagami"), which a bare "the suspect"
     * then means; with {@code namedOnly}, only descriptions set before a name are returned.
     */
    static List<DescriptionFinder.Description> find(String doc, String text, AnnotatedText at, List<Span> spans,
                                                    Map<Integer, Set<Integer>> ages, Map<String, Set<Integer>> bound,
                                                    boolean namedOnly) {
        return find(doc, text, at, spans, ages, bound, namedOnly, stems -> false);
    }

    /** Words that make a role a past one: "the former teacher", "the retired general". */
    private static final Set<String> FORMER = Set.of("former", "retired", "ex", "onetime", "one-time", "erstwhile");

    /**
     * Whether the description from the determiner at {@code det} to {@code head} is a past occupation: a "former"
     * word right before a noun the tagger labels a title or that names a person.
     */
    private static boolean formerRole(List<Token> toks, int det, int head) {
        if (head < det + 2 || !FORMER.contains(toks.get(head - 1).word().toLowerCase(Locale.ROOT))) return false;
        Token h = toks.get(head);
        return "TITLE".equals(h.ner()) || personNoun(h.word());
    }

    /**
     * As {@link #find(String, String, AnnotatedText, List, Map, Map, boolean)}; {@code held} tells whether someone in
     * the corpus holds a role with all these stems, whom the role descriptions find: a past occupation no one holds
     * ("the former teacher") is the person the sentences before are about.
     */
    static List<DescriptionFinder.Description> find(String doc, String text, AnnotatedText at, List<Span> spans,
                                                    Map<Integer, Set<Integer>> ages, Map<String, Set<Integer>> bound,
                                                    boolean namedOnly, java.util.function.Predicate<Set<String>> held) {
        List<DescriptionFinder.Description> out = new ArrayList<>();
        List<Token> toks = at.tokens();
        Map<Integer, Span> byFirst = new HashMap<>();
        for (Span s : spans) byFirst.put(s.first(), s);
        for (int i = 0; i < toks.size(); i++) {
            Token det = toks.get(i);
            String dw = det.word().toLowerCase(Locale.ROOT);
            boolean possessor = i + 1 < toks.size() && "POS".equals(toks.get(i + 1).pos()) && byFirstEnd(spans, i + 1) != null;
            if (!dw.equals("the") && !possessor) continue;
            int j = possessor ? i + 2 : i + 1;
            int from = possessor ? byFirstEnd(spans, i + 1).start() : det.start();
            // The words of the description: modifiers and one common noun, or an age ("the 41-year-old").
            int head = -1;
            boolean aged = false;
            Matcher ageAt = possessor ? null : AGE.matcher(text.substring(det.end()));
            if (ageAt != null && ageAt.find()) {
                int ageEnd = det.end() + ageAt.end();
                int k = i + 1;
                while (k < toks.size() && toks.get(k).end() < ageEnd) k++;
                if (k < toks.size() && toks.get(k).end() == ageEnd) {
                    head = k;
                    aged = true;
                    // "the 65-year-old premier", "the 37-year-old civil servant": the noun the age qualifies, after
                    // the lower-case modifiers before it.
                    for (int m = k + 1; m < toks.size() && m <= k + 4; m++) {
                        Token n = toks.get(m);
                        String pos = n.pos() == null ? "" : n.pos();
                        if (!n.word().equals(n.word().toLowerCase(Locale.ROOT)) || !(pos.equals("NN") || pos.startsWith("JJ"))) break;
                        if (pos.equals("NN")) head = m;
                    }
                    j = toks.size();
                }
            }
            while (j < toks.size() && j - i <= 5 && toks.get(j).sentence() == det.sentence()) {
                Token t = toks.get(j);
                String pos = t.pos() == null ? "" : t.pos();
                boolean lower = t.word().equals(t.word().toLowerCase(Locale.ROOT)) || j == i + 1 && !possessor;
                // "the retired general": a title the tagger took for an adjective is still the head.
                boolean title = "TITLE".equals(t.ner()) && j > i + 1 && FORMER.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT));
                if (AGE_WORD.matcher(t.word()).matches() || ((pos.equals("NN") || title) && lower) || j == i + 1 && !possessor && demonymNoun(t.word())) head = j;
                else if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("HYPH") || pos.equals("CD") || t.word().equals("-")
                        || Roles.participleModifier(toks, j)
                        || pos.equals("NNP") && !"PERSON".equals(t.ner()) && !possessor)) break;
                j++;
                if (head >= 0 && j < toks.size() && !(toks.get(j).pos() != null && toks.get(j).pos().startsWith("NN")
                        && toks.get(j).word().equals(toks.get(j).word().toLowerCase(Locale.ROOT)))) break;
            }
            if (head < 0) continue;
            // (An age the tokenizer cut at its hyphens is one word of the description.)
            if (head > i + 5 && !aged) continue;
            int after = head + 1;
            String desc = text.substring(from, toks.get(head).end());
            Span named = null;
            if (after < toks.size()) {
                // "The widow Akie Abe", "the 41-year-old Tetsuya Yamagami": the noun right before the name; after a
                // preposition ("After the meeting Abe said") only a noun for a person.
                boolean personNoun = personNoun(toks.get(head).word());
                boolean prepositional = i > 0 && "IN".equals(toks.get(i - 1).pos()) && toks.get(i - 1).sentence() == det.sentence();
                if (!prepositional || personNoun) named = byFirst.get(after);
                // "Reading the final communiqué, Omar Hale said": the object of a verb, not an apposition.
                boolean object = i > 0 && toks.get(i - 1).isVerb() && toks.get(i - 1).sentence() == det.sentence();
                // "the wife of the ex-minister, Marta Colvin,": the name is the wife's, not the ex-minister's.
                boolean ofAnother = prepositional && toks.get(i - 1).word().equalsIgnoreCase("of") && i >= 2
                        && toks.get(i - 2).sentence() == det.sentence() && personNoun(toks.get(i - 2).word());
                if (named == null && toks.get(after).word().equals(",") && (!prepositional && !object || personNoun) && !ofAnother) {
                    // "the suspect, Tetsuya Yamagami, 41," / "The alleged assassin, the 41-year-old Tetsuya Yamagami,":
                    // an apposition, closed after the name ("In the recording, Abe praised" is not one).
                    int k = after + 1;
                    while (k < toks.size() && k <= after + 5 && ("DT".equals(toks.get(k).pos()) || "CD".equals(toks.get(k).pos())
                            || "HYPH".equals(toks.get(k).pos()) || toks.get(k).word().equals("-") || toks.get(k).pos() != null && toks.get(k).pos().startsWith("JJ"))) {
                        k++;
                    }
                    // "the martial law commander, Gen. Aron Vell,": a rank or courtesy title before the name.
                    while (k < toks.size() && k <= after + 8 && byFirst.get(k) == null && (RankPrefixes.rankToken(toks.get(k))
                            || Names.isHonorific(toks.get(k).word()))) {
                        k++;
                    }
                    Span s2 = byFirst.get(k);
                    if (s2 != null && s2.end() < toks.size() && Set.of(",", ".", ")", ";").contains(toks.get(s2.end()).word())) named = s2;
                }
            }
            if (named != null && named.sentence() == det.sentence()) {
                out.add(new DescriptionFinder.Description(doc, from, toks.get(head).end(), desc, named.cluster()));
                Matcher age = AGE.matcher(text.substring(toks.get(i).end()));
                if (!possessor && age.find() && !desc.toLowerCase(Locale.ROOT).matches("the \\d+-year-old")) {
                    String short_ = text.substring(det.start(), toks.get(i).end() + age.end());
                    out.add(new DescriptionFinder.Description(doc, det.start(), toks.get(i).end() + age.end(), short_, named.cluster()));
                }
                i = head;
                continue;
            }
            if (namedOnly || possessor || after < toks.size() && "PERSON".equals(toks.get(after).ner())) continue;
            // "the widow of the church's founder": the longer phrase is an apposition of its own.
            if (after < toks.size() && toks.get(after).word().equals("of")) continue;
            Matcher age = AGE.matcher(text.substring(det.end()));
            Integer target = null;
            if (age.find()) {
                target = withAge(spans, ages, Integer.parseInt(age.group(1)), det);
                if (target == null) target = topic(spans, det, toks);
            } else if (boundTo(bound, doc, desc, toks.get(head), spans, det) != null) {
                target = boundTo(bound, doc, desc, toks.get(head), spans, det);
            } else if (PERSON_NOUNS.contains(toks.get(head).word().toLowerCase(Locale.ROOT))
                    || (toks.get(head).word().toLowerCase(Locale.ROOT).startsWith("ex-") || formerRole(toks, i, head))
                    && !held.test(DescriptionFinder.roleStems(desc))) {
                // "the ex-teacher", "the retired general": a past occupation no one is known to hold.
                // "The Nara resident had served ...", "no officer stopped the gunman": the person just written about.
                target = topic(spans, det, toks);
            }
            if (target != null) {
                DescriptionFinder.Description d = new DescriptionFinder.Description(doc, det.start(), toks.get(head).end(), desc, target);
                out.add(d);
                DescriptionFinder.Description shortForm = shortAge(d);
                if (shortForm != null) out.add(shortForm);
            }
            i = head;
        }
        return out;
    }

    /**
     * The one person a description was set before the name of: anywhere in the corpus for a noun like "the suspect";
     * for a role ("the president", which many hold) only in this article ({@code doc + "\t" + description} in
     * {@code bound}) and only after the person is named.
     */
    private static Integer boundTo(Map<String, Set<Integer>> bound, String doc, String desc, Token head, List<Span> spans, Token det) {
        String key = desc.toLowerCase(Locale.ROOT);
        boolean role = NameWords.ROLE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT));
        Set<Integer> people = bound.getOrDefault(role ? doc + "\t" + key : key, Set.of());
        if (people.size() != 1) return null;
        int who = people.iterator().next();
        if (role && spans.stream().noneMatch(s -> s.cluster() == who && s.start() < det.start())) return null;
        return who;
    }

    /** Verbs of saying: a role noun as their subject is a speaker the article has just named. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "insist", "warn", "explain", "note",
            "argue", "stress", "state", "declare", "announce", "reply", "respond", "ask", "write");

    /**
     * '"We will keep the door open," the envoy said': a bare role noun no one named in the article holds
     * ({@code held}: the role stems of the people it names), the subject of a verb of saying, is the person the
     * sentence or the two before it are about.
     */
    static List<DescriptionFinder.Description> speakers(String doc, String text, AnnotatedText at, List<Span> spans, Set<String> held) {
        List<DescriptionFinder.Description> out = new ArrayList<>();
        List<Token> toks = at.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token det = toks.get(i), noun = toks.get(i + 1);
            if (!det.word().equalsIgnoreCase("the") || noun.sentence() != det.sentence() || !"NN".equals(noun.pos())) continue;
            String w = noun.word().toLowerCase(Locale.ROOT);
            if (!NameWords.ROLE_NOUNS.contains(w) || !noun.word().equals(w) || held.containsAll(DescriptionFinder.roleStems(w))) continue;
            if (noun.deprel() == null || !noun.deprel().startsWith("nsubj") || noun.head() < 0) continue;
            Token verb = toks.get(noun.head());
            if (verb.lemma() == null || !SAYING.contains(verb.lemma().toLowerCase(Locale.ROOT))) continue;
            Integer target = topic(spans, det, toks);
            if (target == null || introducedSince(toks, spans, target, i, w)) continue;
            out.add(new DescriptionFinder.Description(doc, det.start(), noun.end(), text.substring(det.start(), noun.end()), target));
        }
        return out;
    }

    /**
     * Whether "a ... spokesperson" introduces someone unnamed between the person's last name before token {@code at}
     * and there: "the spokesperson" is then that one, not the person.
     */
    private static boolean introducedSince(List<Token> toks, List<Span> spans, int cluster, int at, String noun) {
        int from = -1;
        for (Span s : spans) if (s.cluster() == cluster && s.first() < at) from = Math.max(from, s.first());
        for (int k = Math.max(0, from); k < at; k++) {
            if (!toks.get(k).word().equalsIgnoreCase(noun)) continue;
            for (int m = k - 1; m >= 0 && m >= k - 5 && toks.get(m).sentence() == toks.get(k).sentence(); m--) {
                String w = toks.get(m).word().toLowerCase(Locale.ROOT);
                if (w.equals("a") || w.equals("an")) return true;
                if (w.equals("the") || toks.get(m).isVerb() || w.equals(",")) break;
            }
        }
        return false;
    }

    private static boolean semicolonBetween(List<Token> toks, int from, int to) {
        for (int k = from; k < to && k < toks.size(); k++) if (toks.get(k).word().equals(";")) return true;
        return false;
    }

    /** The span whose name ends at token {@code endExclusive} (its possessive mark starts there), or null. */
    private static Span byFirstEnd(List<Span> spans, int endExclusive) {
        for (Span s : spans) if (s.end() == endExclusive) return s;
        return null;
    }

    /** The one person named in this article, else in the corpus, whom the texts give this age. */
    private static Integer withAge(List<Span> spans, Map<Integer, Set<Integer>> ages, int years, Token det) {
        Set<Integer> inDoc = new java.util.TreeSet<>();
        for (Span s : spans) if (ages.getOrDefault(s.cluster(), Set.of()).contains(years)) inDoc.add(s.cluster());
        if (inDoc.size() == 1) return inDoc.iterator().next();
        if (!inDoc.isEmpty()) return null;
        Set<Integer> anywhere = new java.util.TreeSet<>();
        ages.forEach((k, v) -> {
            if (v.contains(years)) anywhere.add(k);
        });
        if (!anywhere.isEmpty()) {
            return anywhere.size() == 1 && spans.stream().anyMatch(s -> s.cluster() == anywhere.iterator().next()) ? anywhere.iterator().next() : null;
        }
        // "a 74-year-old" in July, "the 75-year-old" in September: a birthday between two articles; still one person
        // of this article, given an age a year apart and no one given this one.
        Set<Integer> near = new java.util.TreeSet<>();
        for (Span s : spans) {
            Set<Integer> given = ages.getOrDefault(s.cluster(), Set.of());
            if (given.contains(years - 1) || given.contains(years + 1)) near.add(s.cluster());
        }
        return near.size() == 1 ? near.iterator().next() : null;
    }

    /** The person named earlier in the sentence, else the last subject of the two sentences before, else null. */
    private static Integer topic(List<Span> spans, Token det, List<Token> toks) {
        Span same = null, subject = null;
        for (Span s : spans) {
            if (s.start() >= det.start()) continue;
            if (s.sentence() == det.sentence() && (same == null || s.start() > same.start())) same = s;
            // The main clause's subject comes first: "Mr. Kishida said that Abe had served" is about Kishida; but a
            // semicolon opens a main clause of its own: "Ms Lind rules; her deputy, Tor Berg, has become ...".
            if (s.sentence() < det.sentence() && s.sentence() >= det.sentence() - 2 && s.subject()
                    && (subject == null || s.sentence() > subject.sentence()
                        || s.sentence() == subject.sentence() && semicolonBetween(toks, subject.end(), s.first()))) {
                subject = s;
            }
        }
        if (same != null) return same.cluster();
        if (subject != null) return subject.cluster();
        Span last = null;
        for (Span s : spans) if (s.start() < det.start() && s.sentence() == det.sentence() - 1) last = s;
        return last == null ? null : last.cluster();
    }
}
