package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds definite descriptions that refer back to a named entity ("the alliance", "the 31-nation bloc",
 * "the Chinese government") and decides which cluster each refers to: the country its modifier names, else the
 * most recent earlier entity of a fitting kind.
 */
final class DescriptionFinder {

    /** A description and the cluster it refers to. */
    record Description(String doc, int start, int end, String text, int cluster) {}

    /** Head nouns and the kinds of entity they can describe. */
    private static final Map<String, Set<String>> HEADS = Map.ofEntries(
            Map.entry("alliance", Set.of("alliance")),
            Map.entry("bloc", Set.of("alliance", "union", "group", "community", "association", "organization", "league", "coalition")),
            Map.entry("junta", Set.of("council", "committee", "junta")),
            Map.entry("union", Set.of("union")),
            Map.entry("organization", Set.of("alliance", "organization", "agency")),
            Map.entry("organisation", Set.of("alliance", "organization", "agency")),
            Map.entry("government", Set.of("country")),
            Map.entry("administration", Set.of("country")),
            Map.entry("regime", Set.of("country")),
            Map.entry("authorities", Set.of("country")),
            Map.entry("institute", Set.of("institute")),
            Map.entry("foundation", Set.of("foundation")),
            Map.entry("ministry", Set.of("ministry")),
            Map.entry("party", Set.of("party")),
            Map.entry("agency", Set.of("agency")),
            Map.entry("council", Set.of("council")),
            Map.entry("grouping", Set.of("group", "alliance", "association", "union")),
            Map.entry("association", Set.of("association", "group")),
            Map.entry("group", Set.of("group")),
            Map.entry("kingdom", Set.of("kingdom")),
            Map.entry("side", Set.of("country")),
            Map.entry("sect", Set.of()),
            Map.entry("community", Set.of()),
            Map.entry("church", Set.of()));

    /**
     * Nouns that describe an organisation by what it is rather than by its name's head word: "the sect" or "the
     * group" for a church, "the community" for a church or a religious movement.
     */
    private static final Map<String, Set<String>> RELATED_HEADS = Map.of(
            "sect", Set.of("church", "sect", "movement"),
            "community", Set.of("church", "community", "movement", "sect"),
            "group", Set.of("group", "church", "sect", "movement", "federation", "association"),
            "church", Set.of("church"));

    /**
     * Heads that describe a country only with a modifier naming it ("the Ruritanian side", not "the other side");
     * "the authorities" alone are whoever acts there (the police, a region's health office), not the state.
     */
    private static final Set<String> NAMED_COUNTRY_ONLY = Set.of("side", "authorities");

    /**
     * Last words of the names of public bodies that "the agency" describes: the "National Safety Board", the
     * "Federal Aviation Administration", the "Maritime Authority".
     */
    static final Set<String> AGENCY_NAME_HEADS = Set.of("agency", "board", "administration", "authority", "bureau",
            "commission", "service", "inspectorate", "directorate");

    /** Heads that name a club of members: the one the article talks about most is meant, not the last one named. */
    private static final Set<String> MEMBERSHIP_HEADS = Set.of("alliance", "bloc", "union", "organization",
            "organisation", "grouping", "association", "group", "junta");

    /** Heads that describe a body of the story's own, never a well-known one: a junta is no UN council. */
    private static final Set<String> OWN_BODY_HEADS = Set.of("junta");

    /** The last words of an organisation's name that say what kind of body it is, for names the gazetteer lacks. */
    static final Set<String> BODY_KINDS = Set.of("alliance", "union", "group", "community", "association",
            "organization", "organisation", "league", "coalition", "council", "committee", "junta", "federation");

    private final Gazetteer gazetteer;

    private static boolean isModifier(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("JJ") || pos.equals("CD") || pos.equals("NNP") || pos.equals("VBN") || pos.equals("HYPH")
                || pos.equals("NN") || t.word().equals("-");
    }

    DescriptionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A role's content stems as a document states it at a name starting at {@code start}. */
    record StatedRole(int start, Set<String> stems) {}

    /** A person's cluster with the content stems of each role or title the texts give the person. */
    record Holder(int cluster, List<Set<String>> roles, Set<String> docs, Map<String, List<Integer>> starts, Set<String> verbs,
                  Map<String, List<StatedRole>> rolesIn) {
        Holder(int cluster, List<Set<String>> roles, Set<String> docs) {
            this(cluster, roles, docs, Map.of(), Set.of(), Map.of());
        }

        Holder(int cluster, List<Set<String>> roles, Set<String> docs, Map<String, List<Integer>> starts) {
            this(cluster, roles, docs, starts, Set.of(), Map.of());
        }

        /** The start of this person's last name mention in {@code doc} before {@code offset}, or -1. */
        int lastBefore(String doc, int offset) {
            int best = -1;
            for (int s : starts.getOrDefault(doc, List.of())) if (s < offset && s > best) best = s;
            return best;
        }
    }

    /** Role words that make another role of the same noun: a vice-president is not "the president". */
    private static final Set<String> SUBORDINATE = Set.of("vice", "deputy", "assistant", "former", "acting", "under");

    /** Nouns for whoever leads a country ("the Ruritanian leader", "the Kremlin strongman"). */
    private static final Set<String> LEADER_NOUNS = Set.of("leader", "strongman", "despot", "dictator", "autocrat", "ruler");
    /** Role words of a head of state or government: what a leader noun stands for. */
    private static final Set<String> HEAD_OF_STATE = Set.of("president", "prime", "premier", "chancellor", "king",
            "queen", "emir", "sultan", "monarch", "leader");

    /**
     * "the COP40 president", "The Marovian Minister": a definite role noun with its modifiers describes the one
     * person the texts give a role with that noun and those modifiers, the one such person named in the article
     * if several are known, else the only one in the corpus. Nothing when no person or several fit, or when no
     * modifier narrows the role ("the minister").
     */
    List<Description> findRoles(String doc, String text, AnnotatedText at, List<Holder> holders) {
        return findRoles(doc, text, at, holders, List.of(), Map.of());
    }

    /** Verbs that befall nobody: "the president had" is no "president deposed". */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    private static final java.util.regex.Pattern AGE_PREFIX = java.util.regex.Pattern.compile("^\\s*\\d{1,3}-year-old\\b");

    /**
     * As {@link #findRoles(String, String, AnnotatedText, List)}, also reading what else narrows a role noun: an
     * age or a participle that no role states ("the 71-year-old Ruritanian leader", "the detained president") do
     * not narrow it, unless the texts show a holder as the object of that verb ("soldiers detained President X",
     * also after the noun in translated text: "the president deposed"); "the spokesman of the Council" is a holder
     * whose role shares a word with the names or descriptions of that body ({@code bodyWords} by cluster).
     */
    List<Description> findRoles(String doc, String text, AnnotatedText at, List<Holder> holders, List<Anchor> anchors,
                                Map<Integer, Set<String>> bodyWords) {
        return findRoles(doc, text, at, holders, anchors, bodyWords, Map.of());
    }

    /**
     * As {@link #findRoles(String, String, AnnotatedText, List, List, Map)}, also reading a body named among the
     * modifiers ("the FDP leader"): a holder whose role names that body by one of its names ({@code bodyNames}, the
     * content stems of each name by cluster) fits.
     */
    List<Description> findRoles(String doc, String text, AnnotatedText at, List<Holder> holders, List<Anchor> anchors,
                                Map<Integer, Set<String>> bodyWords, Map<Integer, List<Set<String>>> bodyNames) {
        List<Description> out = new ArrayList<>();
        List<Token> toks = at.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token det = toks.get(i);
            if (!det.word().equalsIgnoreCase("the")) continue;
            int j = i + 1;
            // "the 71-year-old Ruritanian leader": the age, however the tokenizer cut it, is read past.
            var age = AGE_PREFIX.matcher(text.substring(det.end(), Math.min(text.length(), det.end() + 16)));
            if (age.find()) {
                int ageEnd = det.end() + age.end();
                while (j < toks.size() && toks.get(j).end() <= ageEnd) j++;
            }
            int first = j;
            boolean aged = j > i + 1;
            int headAt = -1;
            while (j < toks.size() && j - first <= 3 && toks.get(j).sentence() == det.sentence()) {
                Token t = toks.get(j);
                String lw = t.word().toLowerCase(Locale.ROOT);
                // "the ex-president" is a role noun as well: the former holder of one.
                boolean exRole = lw.startsWith("ex-") && NameWords.ROLE_NOUNS.contains(lw.substring(3));
                if ((NameWords.ROLE_NOUNS.contains(lw) || LEADER_NOUNS.contains(lw) || exRole || roleCompound(lw) || ForeignRoles.isRole(lw))
                        && t.pos() != null && t.pos().startsWith("NN")) {
                    headAt = j;
                    break;
                }
                if (!isModifier(t)) break;
                j++;
            }
            // "the 65-year-old premier": an age alone narrows by age, which the age descriptions read.
            if (headAt < 0 || aged && headAt == first) continue;
            Token next = headAt + 1 < toks.size() && toks.get(headAt + 1).sentence() == det.sentence() ? toks.get(headAt + 1) : null;
            // Modifiers that say what befell a person or how old they are, not which role: "detained", "71-year-old".
            Set<String> dropped = new java.util.HashSet<>();
            Set<String> verbs = new java.util.TreeSet<>();
            for (int k = first; k < headAt; k++) {
                Token m = toks.get(k);
                boolean lower = m.word().equals(m.word().toLowerCase(Locale.ROOT));
                if (lower && ("VBN".equals(m.pos()) || "VBD".equals(m.pos())) && !SUBORDINATE.contains(m.word())) {
                    dropped.addAll(roleStems(m.word()));
                    if (m.lemma() != null) verbs.add(m.lemma().toLowerCase(Locale.ROOT));
                }
            }
            int endAt = headAt;
            Integer body = null;
            String nextLemma = next == null || next.lemma() == null ? "" : next.lemma().toLowerCase(Locale.ROOT);
            if (next != null && next.word().equals("of") && !anchors.isEmpty()) {
                // "the spokesman of the Council": the body named right after.
                int k = headAt + 2 < toks.size() && toks.get(headAt + 2).word().equalsIgnoreCase("the") ? headAt + 3 : headAt + 2;
                Anchor a = k < toks.size() ? anchorAt(anchors, toks.get(k).start()) : null;
                if (a != null && bodyWords.containsKey(a.cluster())) {
                    body = a.cluster();
                    while (endAt + 1 < toks.size() && toks.get(endAt + 1).end() <= a.end()) endAt++;
                    // "the founder of the Wagner group": the common noun the name qualifies ends the phrase.
                    while (endAt + 1 < toks.size() && endAt < headAt + 8 && toks.get(endAt + 1).sentence() == det.sentence()
                            && "NN".equals(toks.get(endAt + 1).pos()) && isLower(toks.get(endAt + 1).word())) {
                        endAt++;
                    }
                }
            } else if (next != null && ("VBN".equals(next.pos()) || "VBD".equals(next.pos()) && noObjectAfter(toks, headAt + 1))
                    && !AUXILIARIES.contains(nextLemma)
                    && holders.stream().anyMatch(h -> h.verbs().contains(nextLemma))) {
                // "the president deposed": a translation's participle after the noun.
                verbs.add(nextLemma);
                endAt = headAt + 1;
            }
            // "the Head of State", "the chief of the State": the one head of state named before it in this article.
            int stateEnd = headOfState(toks, headAt);
            if (stateEnd > 0 && first == headAt) {
                Holder only = null;
                int count = 0;
                for (Holder h : holders) {
                    if (h.lastBefore(doc, det.start()) < 0 || h.roles().stream().noneMatch(DescriptionFinder::headOfStateRole)) continue;
                    only = h;
                    count++;
                }
                if (count == 1) {
                    int end = toks.get(stateEnd).end();
                    out.add(new Description(doc, det.start(), end, text.substring(det.start(), end), only.cluster()));
                }
                i = stateEnd;
                continue;
            }
            // "the president of X", "the minister Omar Hale", "the prime minister": named or longer phrases elsewhere.
            if (body == null && endAt == headAt && next != null && (next.word().equals("of") || next.word().equals("for")
                    || "PERSON".equals(next.ner()) || NameWords.ROLE_NOUNS.contains(next.word().toLowerCase(Locale.ROOT))
                    || next.pos() != null && next.pos().startsWith("NN"))) {
                i = headAt;
                continue;
            }
            Set<String> wanted = roleStems(text.substring(toks.get(first).start(), toks.get(headAt).end()));
            wanted.removeAll(dropped);
            // "the FDP leader", "the CDU-chief": a body named among the modifiers, which the role must name too.
            BodyModifiers.Body named = body == null ? BodyModifiers.bodyIn(anchors, bodyNames, text, toks.get(first).start(),
                    toks.get(headAt).end()) : null;
            Integer premodifier = named == null ? null : named.cluster();
            if (named != null) wanted.removeAll(named.stems());
            String headWord = toks.get(headAt).word().toLowerCase(Locale.ROOT);
            // "the Ruritanian leader": the head of state or government of the country the modifiers name.
            boolean leader = LEADER_NOUNS.contains(headWord) && premodifier == null;
            Set<String> narrowing = new java.util.HashSet<>(wanted);
            if (leader) narrowing.remove(Names.stem(headWord));
            List<Holder> fit = new ArrayList<>();
            for (Holder h : holders) {
                for (Set<String> r : h.roles()) {
                    boolean fits = leader ? !narrowing.isEmpty() && r.containsAll(narrowing) && r.stream().anyMatch(HEAD_OF_STATE::contains)
                            : r.containsAll(wanted);
                    if (fits) {
                        fit.add(h);
                        break;
                    }
                }
            }
            boolean narrowed = false;
            if (!verbs.isEmpty()) {
                List<Holder> undergone = fit.stream().filter(h -> h.verbs().stream().anyMatch(verbs::contains)).toList();
                if (!undergone.isEmpty()) {
                    fit = new ArrayList<>(undergone);
                    narrowed = true;
                } else if (endAt > headAt) {
                    i = headAt;
                    continue;
                }
            }
            if (premodifier != null) {
                List<Set<String>> names = bodyNames.get(premodifier);
                fit = new ArrayList<>(fit.stream().filter(h -> h.roles().stream().anyMatch(r -> r.containsAll(wanted)
                        && BodyModifiers.namesBody(r, wanted, names))).toList());
                narrowed = true;
            }
            if (body != null) {
                Set<String> words = bodyWords.get(body);
                fit = new ArrayList<>(fit.stream().filter(h -> h.roles().stream().anyMatch(r -> r.containsAll(wanted)
                        && r.stream().anyMatch(w -> !wanted.contains(w) && words.contains(w)))).toList());
                narrowed = true;
            }
            List<Holder> inDoc = fit.stream().filter(h -> h.docs().contains(doc)).toList();
            // "the former president" of an article that calls one person so, and names another former president
            // only in passing: the one this article gives the role is meant.
            List<Holder> statedHere = inDoc.stream().filter(h -> h.rolesIn().getOrDefault(doc, List.of()).stream()
                    .filter(r -> r.start() < det.start()).map(StatedRole::stems)
                    .anyMatch(r -> leader ? !narrowing.isEmpty() && r.containsAll(narrowing) && r.stream().anyMatch(HEAD_OF_STATE::contains)
                            : r.containsAll(wanted))).toList();
            if (!statedHere.isEmpty()) inDoc = statedHere;
            // A bare "the minister" may be someone the tagger missed: a modifier must narrow the role, unless the
            // article gives that role to exactly one person, named before it.
            // (Those named only after it do not count: "the mandatary" before "the president Ana Lim" of another land.)
            List<Holder> namedBefore = inDoc.stream().filter(h -> h.lastBefore(doc, det.start()) >= 0).toList();
            if (!narrowed && wanted.size() < 2 && !(wanted.size() == 1 && namedBefore.size() == 1
                    && namedBefore.get(0).roles().stream().anyMatch(r -> r.containsAll(wanted) && java.util.Collections.disjoint(r, SUBORDINATE)))) {
                i = headAt;
                continue;
            }
            if (!narrowed && wanted.size() == 1) inDoc = namedBefore;
            // Several fit in this article: the one named last before the description.
            Holder recent = null;
            for (Holder h : inDoc) {
                int at2 = h.lastBefore(doc, det.start());
                if (at2 >= 0 && (recent == null || at2 > recent.lastBefore(doc, det.start()))) recent = h;
            }
            Holder target = inDoc.size() == 1 ? inDoc.get(0) : recent != null ? recent : inDoc.isEmpty() && fit.size() == 1 ? fit.get(0) : null;
            if (narrowed && target == null && fit.size() == 1) target = fit.get(0);
            if (target != null) {
                int end = toks.get(endAt).end();
                out.add(new Description(doc, det.start(), end, text.substring(det.start(), end), target.cluster()));
            }
            i = endAt;
        }
        return out;
    }

    /**
     * Whether a verb has no object right after it ("the president deposed in May", "the president deposed."), so
     * that it may be a participle after its noun; "the leader said his party" has one.
     */
    private static boolean noObjectAfter(List<Token> toks, int verb) {
        if (verb + 1 >= toks.size() || toks.get(verb + 1).sentence() != toks.get(verb).sentence()) return true;
        Token t = toks.get(verb + 1);
        return "IN".equals(t.pos()) || !t.word().chars().anyMatch(Character::isLetterOrDigit);
    }

    /** The index of "State" ending "head of (the) State" or "chief of (the) State" at {@code head}, or -1. */
    private static int headOfState(List<Token> toks, int head) {
        String w = toks.get(head).word().toLowerCase(Locale.ROOT);
        if (!w.equals("head") && !w.equals("chief") || head + 2 >= toks.size() || !toks.get(head + 1).word().equals("of")) return -1;
        int k = toks.get(head + 2).word().equalsIgnoreCase("the") ? head + 3 : head + 2;
        return k < toks.size() && toks.get(k).word().equalsIgnoreCase("state") && toks.get(k).sentence() == toks.get(head).sentence() ? k : -1;
    }

    /** A role that makes its holder a head of state: "President", "the Kenyan president", not "president of the Senate". */
    private static boolean headOfStateRole(Set<String> role) {
        if (!role.contains("president") && !role.contains("king") && !role.contains("queen") && !role.contains("emir")
                && !role.contains("sultan") && !role.contains("monarch")) {
            return false;
        }
        return role.size() == 1 || role.size() == 2 && role.stream().anyMatch(w -> Gazetteer.standard().lookup(w)
                .filter(e -> "country".equals(e.kind())).isPresent());
    }

    /** "cdu-chief", "fdp-leader": a word joined by a hyphen to a role noun after it. */
    private static boolean roleCompound(String lw) {
        int dash = lw.lastIndexOf('-');
        if (dash <= 0 || dash == lw.length() - 1 || lw.startsWith("ex-")) return false;
        String last = lw.substring(dash + 1);
        return NameWords.ROLE_NOUNS.contains(last) || LEADER_NOUNS.contains(last);
    }

    /**
     * The part of a role phrase that is the person's own role, without another person it relates them to: "a
     * schoolmate of the new president" is no president ("a schoolmate"), "the wife of the minister" no minister;
     * "the president of the Supreme Court" keeps its body.
     */
    static String ownRole(String role) {
        String[] w = role.strip().split("\\s+");
        for (int k = 1; k + 1 < w.length; k++) {
            if (!w[k].equalsIgnoreCase("of")) continue;
            for (int m = k + 1; m < w.length && m <= k + 4; m++) {
                String lw = w[m].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
                if (NameWords.ROLE_NOUNS.contains(lw)) return String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
                if (!w[m].equals(w[m].toLowerCase(Locale.ROOT))) break;
            }
        }
        return role;
    }

    /**
     * The content stems of a role, with "PM" read as "prime minister" and a seat of government as its country
     * ("Kremlin" → russia), so that "the PM" and "the Kremlin strongman" meet the roles the texts state in full.
     */
    static Set<String> roleStems(String role) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Names.contentStems(leaderWords(ForeignRoles.glossed(role)))) {
            if (w.equals("pm")) {
                out.add("prime");
                out.add("minister");
                continue;
            }
            if (w.equals("spokesman") || w.equals("spokeswoman")) w = "spokesperson";
            // "the ex-president" is the "former president".
            if (w.equals("ex") || w.equals("formerly")) w = "former";
            if (w.equals("premier")) {
                // "the Premier" is the prime minister the texts name in full.
                out.add("prime");
                out.add("minister");
                continue;
            }
            var seat = Gazetteer.standard().seatOf(w);
            // The seat's country in the form a demonym of it takes ("Kremlin" like "Russian").
            boolean state = seat.isPresent() && "country".equals(seat.get().kind()) && !seat.get().demonyms().isEmpty();
            out.add(state ? Names.contentStems(seat.get().demonyms().get(0)).get(0) : w);
        }
        return out;
    }

    /** "head", "chief" or "boss" as the noun of a role, not as its modifier ("chief economist"). */
    private static final java.util.regex.Pattern LEADER_SYNONYM = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:head|chief|boss)(?=\\s+of\\b|\\s*$|['’]s\\b)");

    /**
     * A role with "head", "chief" or "boss" as its noun read as "leader": "the CDU chief", "the head of the Free
     * Democrats" and "the leader of the Christian Democrats" are one role.
     */
    static String leaderWords(String role) {
        return LEADER_SYNONYM.matcher(role).replaceAll("leader");
    }

    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION",
            "STATE_OR_PROVINCE");

    /**
     * "Ruritania, the region's biggest grain exporter, said ...": a definite noun phrase set off by commas right
     * after a name describes it. The phrase must end in a common noun at the closing comma and hold no verb,
     * conjunction, relative pronoun or other name (a list "Ruritania, the Netherlands, ..." is not an apposition).
     */
    static Description apposition(String doc, String text, List<Token> toks, int nameEnd, int cluster) {
        return apposition(doc, text, toks, nameEnd, cluster, false);
    }

    /**
     * As {@link #apposition(String, String, List, int, int)}, with {@code indefinite} also an indefinite phrase of a
     * body or place ("Velbank, a lender in one of the Marovian ports,", "Velbank, a Velgrad lender,"), which may hold
     * other names: a list of names never goes on with "a".
     */
    static Description apposition(String doc, String text, List<Token> toks, int nameEnd, int cluster, boolean indefinite) {
        // "the Marovian Banking Commission (MBC), a state-funded watchdog,": past an acronym's closing bracket.
        if (indefinite && nameEnd + 1 < toks.size() && Brackets.isClose(toks.get(nameEnd))) nameEnd++;
        if (nameEnd + 3 >= toks.size() || !toks.get(nameEnd).word().equals(",")) return null;
        Token det = toks.get(nameEnd + 1);
        boolean a = indefinite && (det.word().equals("a") || det.word().equals("an"));
        if (!det.word().equals("the") && !a || det.sentence() != toks.get(nameEnd).sentence()) return null;
        int j = nameEnd + 2;
        while (j < toks.size() && j - nameEnd <= 10 && toks.get(j).sentence() == det.sentence()) {
            Token t = toks.get(j);
            String pos = t.pos() == null ? "" : t.pos();
            // "..., a Velgrad think tank.": an indefinite apposition may close its sentence.
            if (t.word().equals(",") || a && t.word().equals(".")) break;
            if (!t.word().chars().anyMatch(Character::isLetterOrDigit) && !pos.equals("POS") && !pos.equals("HYPH")) return null;
            if (t.isVerb() && !pos.equals("VBN") && !pos.equals("VBG") || pos.startsWith("W") || pos.equals("CC")
                    || NAME_LABELS.contains(t.ner()) && !a) {
                return null;
            }
            j++;
        }
        if (j >= toks.size() || !(toks.get(j).word().equals(",") || a && toks.get(j).word().equals(".")) || j == nameEnd + 2) return null;
        Token last = toks.get(j - 1);
        if (!("NN".equals(last.pos()) || "NNS".equals(last.pos()))) return null;
        return new Description(doc, det.start(), last.end(), text.substring(det.start(), last.end()), cluster);
    }

    /**
     * "on the order of the regulator, Bafko, on Sunday": a definite noun phrase ending in a common noun, set off
     * by a comma right before the name of an organisation or place that closes with a comma or a full stop, describes
     * that name. People's descriptions of this shape are {@link PersonDescriptions}'.
     */
    static List<Description> preposed(String doc, String text, List<Token> toks, List<Anchor> anchors) {
        List<Description> out = new ArrayList<>();
        for (int i = 0; i + 3 < toks.size(); i++) {
            Token det = toks.get(i);
            if (!det.word().equalsIgnoreCase("the")) continue;
            int j = i + 1;
            while (j < toks.size() && j - i <= 4 && toks.get(j).sentence() == det.sentence() && !toks.get(j).word().equals(",")
                    && isModifier(toks.get(j)) && !NAME_LABELS.contains(toks.get(j).ner())) {
                j++;
            }
            if (j == i + 1 || j + 1 >= toks.size() || !toks.get(j).word().equals(",")) continue;
            Token head = toks.get(j - 1);
            if (!"NN".equals(head.pos()) || !isLower(head.word())) continue;
            Anchor a = anchorAt(anchors, toks.get(j + 1).start());
            if (a == null) continue;
            int e = j + 1;
            while (e < toks.size() && toks.get(e).end() <= a.end()) e++;
            if (e >= toks.size() || !Set.of(",", ".", ";").contains(toks.get(e).word())) continue;
            out.add(new Description(doc, det.start(), head.end(), text.substring(det.start(), head.end()), a.cluster()));
            i = j;
        }
        return out;
    }

    /** Words that introduce the name a body goes by: "which calls itself X", "known as X", "called X". */
    private static final Set<String> NAMING_VERBS = Set.of("call", "name", "style", "know");

    /**
     * The entity a description names itself right after: "the junta, which calls itself the National Council",
     * "the group, known as the Harbour Front"; null when none follows.
     */
    static Integer selfNamed(List<Token> toks, int head, List<Anchor> anchors) {
        int k = head + 1;
        int sentence = toks.get(head).sentence();
        if (k < toks.size() && (toks.get(k).word().equals(",") || toks.get(k).word().equals("("))) k++;
        if (k < toks.size() && Set.of("which", "who", "that").contains(toks.get(k).word().toLowerCase(Locale.ROOT))) k++;
        boolean naming = false;
        for (int n = 0; n < 3 && k < toks.size() && toks.get(k).sentence() == sentence; n++, k++) {
            Token t = toks.get(k);
            String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb() && NAMING_VERBS.contains(lemma)) naming = true;
            else if (naming && (t.word().equalsIgnoreCase("itself") || t.word().equalsIgnoreCase("themselves")
                    || t.word().equalsIgnoreCase("as"))) continue;
            else if (naming || !t.isVerb()) break;
        }
        if (!naming || k >= toks.size()) return null;
        if (toks.get(k).word().equalsIgnoreCase("the")) k++;
        if (k >= toks.size()) return null;
        Anchor a = anchorAt(anchors, toks.get(k).start());
        return a == null ? null : a.cluster();
    }

    private static boolean isLower(String w) {
        return w.equals(w.toLowerCase(Locale.ROOT));
    }

    private static Anchor anchorAt(List<Anchor> anchors, int start) {
        for (Anchor a : anchors) if (a.start() == start) return a;
        return null;
    }

    /** A named mention already resolved: where it is and which cluster it belongs to, with that cluster's kind. */
    record Anchor(int start, int cluster, String kind, String name, String head, boolean known, int end) {
        Anchor(int start, int cluster, String kind, String name, String head) {
            this(start, cluster, kind, name, head, true, start + name.length());
        }

        Anchor(int start, int cluster, String kind, String name) {
            this(start, cluster, kind, name, headWord(name));
        }
    }

    /** Whether the tagger left every token from {@code first} to {@code last} (inclusive) outside names. */
    private static boolean untaggedFrom(List<Token> toks, int first, int last) {
        for (int k = first; k <= last; k++) if (!"O".equals(toks.get(k).ner())) return false;
        return true;
    }

    /**
     * The nouns for what a body does that its name says with an adjective in "-ory": "the regulator" for the
     * "Securities Regulatory Commission", "the supervisor" for a "Banking Supervisory Authority"; not a person's
     * role ("the advisor" is no "Advisory Council").
     */
    static Set<String> agentNouns(String name) {
        Set<String> out = new java.util.TreeSet<>();
        List<String> words = Names.words(name);
        if (words.size() < 2) return out;
        for (String w : words) {
            if (w.length() < 8 || !w.endsWith("ory")) continue;
            String noun = w.substring(0, w.length() - 3) + "or";
            if (!NameWords.ROLE_NOUNS.contains(noun)) out.add(noun);
        }
        return out;
    }

    /**
     * The word that says what a name is: the word before its first "of"/"for"/"on" ("ministry" in "Ministry of
     * Trade"), else its last word ("court" in "Supreme Regional Court"); null for a name of one word.
     */
    static String headWord(String name) {
        List<String> w = Names.words(name);
        if (w.size() < 2) return null;
        for (int k = 1; k < w.size() - 1; k++) {
            if (w.get(k).equals("of") || w.get(k).equals("for") || w.get(k).equals("on")) return w.get(k - 1);
        }
        return w.get(w.size() - 1);
    }

    List<Description> find(String doc, String text, AnnotatedText at, List<Anchor> anchors, Map<String, Integer> countryClusters) {
        return find(doc, text, at, anchors, countryClusters, Set.of());
    }

    /**
     * Definite descriptions of the document: a head noun of {@link #HEADS} refers to an earlier entity of a fitting
     * kind ("the kingdom" only to a monarchy of {@code kingdoms}); any other lower-case noun refers to the nearest
     * earlier name it is the head word of ("the court" after "the Regional Criminal Court").
     */
    List<Description> find(String doc, String text, AnnotatedText at, List<Anchor> anchors, Map<String, Integer> countryClusters,
                           Set<Integer> kingdoms) {
        List<Description> out = new ArrayList<>();
        List<Token> toks = at.tokens();
        Set<String> anchorHeads = new java.util.HashSet<>();
        for (Anchor a : anchors) {
            String h = a.head();
            if (h != null && !NameWords.ROLE_NOUNS.contains(h) && !NameWords.EVENT_HEADS.contains(h)) anchorHeads.add(h);
            anchorHeads.addAll(agentNouns(a.name()));
        }
        for (int i = 0; i < toks.size(); i++) {
            Token det = toks.get(i);
            if (!det.word().equalsIgnoreCase("the")) continue;
            int j = i + 1;
            String country = null;
            int headAt = -1;
            boolean byName = false;
            while (j < toks.size() && j - i <= 5 && toks.get(j).sentence() == det.sentence()) {
                Token t = toks.get(j);
                // "the Government" in British usage is "the government"; but "the African Union" is a name.
                boolean capital = !t.word().equals(t.word().toLowerCase(Locale.ROOT));
                if (HEADS.containsKey(t.word().toLowerCase(Locale.ROOT)) && t.pos() != null && t.pos().startsWith("NN")
                        && (!capital || untaggedFrom(toks, i + 1, j))) {
                    headAt = j;
                    break;
                }
                Token after = j + 1 < toks.size() && toks.get(j + 1).sentence() == det.sentence() ? toks.get(j + 1) : null;
                if (j == i + 1 && anchorHeads.contains(t.word()) && "NN".equals(t.pos())
                        && (after == null || after.pos() == null || !after.pos().startsWith("NN") && !"POS".equals(after.pos()))) {
                    headAt = j;
                    byName = true;
                    break;
                }
                if (!isModifier(t)) break;
                var e = gazetteer.demonymOf(t.word()).or(() -> gazetteer.lookup(t.word()));
                // "the South African side": a demonym or country name of two words.
                if (after != null && isModifier(after)) {
                    String two = t.word() + " " + after.word();
                    var e2 = gazetteer.demonymOf(two).or(() -> gazetteer.lookup(two));
                    if (e2.isPresent() && "country".equals(e2.get().kind())) e = e2;
                }
                if (e.isPresent() && "country".equals(e.get().kind())) country = e.get().name();
                j++;
            }
            if (headAt < 0) continue;
            String head = toks.get(j).word().toLowerCase(Locale.ROOT);
            // "the government of Japan" names its entity itself.
            if (j + 1 < toks.size() && toks.get(j + 1).word().equals("of")) continue;
            Set<String> kinds = byName ? Set.of() : HEADS.get(head);
            if (country == null && NAMED_COUNTRY_ONLY.contains(head)) continue;
            Integer target = selfNamed(toks, j, anchors);
            if (target != null) {
                // "the junta, which calls itself the National Council ...": the text names what it describes.
            } else if (country != null && kinds.contains("country")) {
                target = countryClusters.get(country);
            } else if (country == null) {
                Map<Integer, Integer> seen = new java.util.HashMap<>();
                int best = 0;
                for (Anchor a : anchors) {
                    if (a.start() >= det.start()) break;
                    int n = seen.merge(a.cluster(), 1, Integer::sum);
                    boolean fits = kinds.contains(a.kind()) || kinds.contains("kingdom") && kingdoms.contains(a.cluster())
                            || a.name().toLowerCase(Locale.ROOT).endsWith(" " + head) || head.equals(a.head())
                            || byName && agentNouns(a.name()).contains(head)
                            || a.head() != null && RELATED_HEADS.getOrDefault(head, Set.of()).contains(a.head());
                    if (!fits || OWN_BODY_HEADS.contains(head) && a.known()) continue;
                    // The bloc an article is about, named ten times, rather than another one named in passing.
                    if (MEMBERSHIP_HEADS.contains(head) && !byName) {
                        if (n >= best) {
                            best = n;
                            target = a.cluster();
                        }
                    } else {
                        target = a.cluster();
                    }
                }
            }
            if (target != null) {
                int end = toks.get(j).end();
                out.add(new Description(doc, det.start(), end, text.substring(det.start(), end), target));
            }
            i = j;
        }
        return out;
    }
}
