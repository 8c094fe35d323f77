package dev.parallax.time;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Families of verbs and event nouns that report one kind of happening ("was elected", "the vote", "won the
 * ballot"; "resigned", "stepped down", "her departure"), compared through their derivational stem so that a verb
 * and its nominalisation ("appoint", "appointment"; "lift", "the lifting") are one word. A word may belong to
 * several families ("win" a vote, "win" votes); two words are of one kind when their families meet.
 */
final class EventFamilies {

    /** The family of reporting verbs: two people saying things on one day are not one happening because both "said". */
    static final String SAYING = "say";

    /** Families of general news verbs and nouns; the first word names the family. */
    private static final List<String> GROUPS = List.of(
            "begin start open launch initiate commence convene",
            "announce unveil reveal declare present announcement unveiling",
            "meet talk talks meeting",
            "visit travel tour trip fly journey",
            "say tell state add note stress claim explain warn argue insist comment remark statement",
            "vote ballot poll elect election choose win victory",
            "obtain collect garner gain secure receive get win",
            "impose introduce levy",
            "challenge contest dispute",
            "sign conclude signing",
            "agree approve endorse adopt pass approval agreement consensus deal",
            "criticise criticize condemn denounce slam savage oppose",
            "call telephone phone contact",
            "withdraw withdrawal pull-out quit drop-out back-out",
            "fail collapse founder falter failure",
            "resign quit step-down stand-down flee depart departure oust topple depose dismiss sack ouster abdicate impeach",
            "swear swear-in inaugurate inauguration oath take-over assume succeed",
            "arrest detain detention apprehend custody",
            "lift overturn revoke rescind annul repeal abrogate abrogation",
            "indict charge prosecute indictment",
            "free release",
            // One clearing of a camp or a square: "police cleared the camp", "the sweep of the camp".
            "dismantle clear sweep evict eviction",
            "kill shoot die death killing",
            // One crowd's protest told as a march, a demonstration or a rally.
            "protest march demonstrate demonstration rally",
            // One forced entry: "stormed parliament", "overran the police lines and entered the compound".
            "storm invade invasion breach overrun raid enter ransack loot vandalise vandalize",
            // One impact told with different verbs: "the jet struck a plane", "the airliner hit a turboprop".
            "collide collision crash hit strike ram smash");

    /**
     * Families of nouns of what happens by itself (a quake, a fire, a storm): a news story calls one such happening
     * by several of its names ("the earthquake", "the quake", "the main shock").
     */
    private static final List<String> HAPPENINGS = List.of(
            "quake earthquake shock tremor temblor",
            "fire blaze inferno wildfire",
            "storm hurricane typhoon cyclone tornado",
            "explosion blast",
            "flood flooding deluge",
            "landslide landslip mudslide");

    private static final Map<String, String> HAPPENING_FAMILY = happenings();

    /**
     * Families of acts a news story tells at most once a day, whoever tells them and in what words: a forced entry, a
     * collision, a crowd's protest.
     */
    private static final Set<String> ONCE_A_DAY = Set.of("storm", "collide", "protest");

    /** Families of leaving an office and of taking one up: one day's impeachment and succession are one handover. */
    private static final String LEAVE = "resign";
    private static final String TAKE = "swear";

    /** Suffixes by which English makes a noun of a verb, longest first. */
    private static final String[] DERIVATIONAL = {"ation", "ition", "ment", "ing", "ion", "al", "ure"};

    private static final Map<String, Set<String>> FAMILIES = families();

    private EventFamilies() {}

    private static Map<String, String> happenings() {
        Map<String, String> out = new HashMap<>();
        for (String g : HAPPENINGS) for (String w : g.split(" ")) out.put(w, g.substring(0, g.indexOf(' ')));
        return out;
    }

    /**
     * Whether two nouns name one kind of happening that strikes by itself ("the earthquake", "the main shock"); a
     * noun of no such family ("aftershock", "police") names none.
     */
    static boolean sameHappening(String a, String b) {
        String fa = HAPPENING_FAMILY.get(a.toLowerCase(Locale.ROOT));
        return fa != null && fa.equals(HAPPENING_FAMILY.get(b.toLowerCase(Locale.ROOT)));
    }

    /** Whether a noun names a happening that strikes by itself ("quake", "blaze", "flood"). */
    static boolean happening(String noun) {
        return HAPPENING_FAMILY.containsKey(noun.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Set<String>> families() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String g : GROUPS) {
            String[] words = g.split(" ");
            for (String w : words) out.computeIfAbsent(stem(w), k -> new LinkedHashSet<>()).add(words[0]);
        }
        return out;
    }

    /**
     * The derivational stem of a lemma: "resignation" and "resign", "appointment" and "appoint", "lifting" and
     * "lift", "approval" and "approve" share theirs.
     */
    static String stem(String lemma) {
        String w = lemma.toLowerCase(Locale.ROOT);
        int dash = w.indexOf('-');
        String rest = dash > 0 ? w.substring(dash) : "";
        if (dash > 0) w = w.substring(0, dash);
        for (String suffix : DERIVATIONAL) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.length() > 4 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
        // "sitting", "sit": a consonant doubled before the suffix.
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) w = w.substring(0, n - 1);
        return w + rest;
    }

    /** The families of a verb or event noun; a word of none is a family of its own (its stem). */
    static Set<String> of(String word) {
        Set<String> f = FAMILIES.get(stem(word));
        if (f != null) return f;
        // A verb with a particle no family names ("set-up") compares as its verb.
        int dash = word.indexOf('-');
        if (dash > 0) {
            f = FAMILIES.get(stem(word.substring(0, dash)));
            if (f != null) return f;
            return Set.of(stem(word.substring(0, dash)));
        }
        return Set.of(stem(word));
    }

    /** Whether two verbs or event nouns report one kind of happening. */
    static boolean same(String a, String b) {
        Set<String> fa = of(a);
        for (String f : of(b)) if (fa.contains(f)) return true;
        return false;
    }

    /** Whether two verbs or event nouns report one kind of act a story tells at most once a day. */
    static boolean onceADay(String a, String b) {
        Set<String> fa = of(a);
        for (String f : of(b)) if (fa.contains(f) && ONCE_A_DAY.contains(f)) return true;
        return false;
    }

    /** Whether a word reports a saying and nothing else. */
    static boolean saying(String word) {
        return of(word).equals(Set.of(SAYING));
    }

    /** Whether a word says someone took up an office ("sworn in", "took over"). */
    static boolean takingUp(String word) {
        return of(word).contains(TAKE) && !of(word).contains(LEAVE);
    }

    /** Whether a word says someone left an office ("resigned", "impeached", "fled"). */
    static boolean leaving(String word) {
        return of(word).contains(LEAVE) && !of(word).contains(TAKE);
    }
}
