package dev.parallax.compare;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a sentence states, each with what it measures and, when the sentence says, the entity it belongs to:
 * "BYD would pay 17%, Geely 18.8%" gives (percent, 17, BYD) and (percent, 18.8, Geely). One sentence often carries
 * several checkable facts; each figure is one of them, so sources that list the same figures in different sentences
 * and orders are found to agree, and a source giving another figure for the same entity is found to disagree.
 */
final class Quantities {

    /**
     * One figure: {@code unit} is "percent", "money:" + currency, "duration" or "count:" + the counted noun's lemma; {@code value}
     * a canonical number (or "a..b" for a range); {@code anchor} the entity id it belongs to, or null; {@code
     * predicate} the verb whose subject the counted thing is ("34 countries applied" → apply) or, for a sum of money,
     * what it is a sum of ("a loan of $3 billion" → loan), or null; {@code payer} the entity paying a sum that is
     * the price of something ("X agreed to buy Y for $3 billion" → X), or null; {@code verbs} the lemmas of the verb
     * the figure's phrase hangs on and of the verbs above it ("had asked to cap what they owe at $5 million" → owe,
     * cap, ask), nearest first: a phrase attached to the wrong one of two verbs still hangs under the right one;
     * {@code inferred} whether its anchor is known only by coreference ("The 73-year-old", no name in the phrase);
     * {@code unnamedHolder} whether it sits in a clause describing a noun that names no entity ("Mr. X's party, which
     * is polling at 16%"): it is that noun's figure, whoever else the sentence names; {@code whole} the whole a count
     * is part of ("5 of the 6 crew" → "6"), or null; {@code narrowed} the lemma of a clause narrowing the counted
     * noun to some of them ("citizens living here" → live), or null.
     */
    record Quantity(String unit, String value, String anchor, int start, int end, char bound, String predicate, String payer,
                    List<String> verbs, boolean inferred, boolean unnamedHolder, String whole, String narrowed) {
        Quantity(String unit, String value, String anchor, int start, int end, char bound, String predicate, String payer,
                 List<String> verbs, boolean inferred, boolean unnamedHolder) {
            this(unit, value, anchor, start, end, bound, predicate, payer, verbs, inferred, unnamedHolder, null, null);
        }

        Quantity(String unit, String value, String anchor, int start, int end, char bound, String predicate, String payer,
                 List<String> verbs, boolean inferred) {
            this(unit, value, anchor, start, end, bound, predicate, payer, verbs, inferred, false);
        }

        Quantity(String unit, String value, String anchor, int start, int end, char bound, String predicate, String payer,
                 List<String> verbs) {
            this(unit, value, anchor, start, end, bound, predicate, payer, verbs, false);
        }

        Quantity(String unit, String value, String anchor, int start, int end, char bound) {
            this(unit, value, anchor, start, end, bound, null, null);
        }

        Quantity(String unit, String value, String anchor, int start, int end, char bound, String predicate, String payer) {
            this(unit, value, anchor, start, end, bound, predicate, payer, List.of());
        }

        Quantity(String unit, String value, String anchor, int start, int end, char bound, String predicate) {
            this(unit, value, anchor, start, end, bound, predicate, null);
        }

        /** This figure held by {@code holder} instead. */
        Quantity withAnchor(String holder) {
            return new Quantity(unit, value, holder, start, end, bound, predicate, payer, verbs, inferred, unnamedHolder, whole, narrowed);
        }

        /** What two sources must share to state the same fact. */
        String key() {
            return unit + "@" + (anchor == null ? "" : anchor);
        }

        /** The value with its qualifier: "~42" (about), ">40" (more than), "<35.3" (up to), else the value. */
        String qualified() {
            return bound == '=' || value.contains("..") ? value : bound + value;
        }
    }

    /**
     * The currency of a sum, so that a conversion given beside it ("A$368 billion (about US$245 billion)") is not
     * compared with another source's figure in the first currency. A bare "$" or "dollars" stays "$": it is a
     * different currency in different countries' papers. A currency named by its word ("3 billion Swiss francs") and
     * by its ISO code ("CHF 3bn") is one currency.
     */
    private static String currency(Matcher m) {
        String symbol = m.group("sym");
        if (symbol != null) {
            String prefix = m.group().substring(0, m.group().indexOf(symbol)).toUpperCase(Locale.ROOT);
            return switch (symbol) {
                case "€" -> "EUR";
                case "£" -> "GBP";
                case "¥" -> "JPY";
                case "₩" -> "KRW";
                case "₹" -> "INR";
                case "₽" -> "RUB";
                case "₺" -> "TRY";
                case "₪" -> "ILS";
                default -> switch (prefix) {
                    case "A", "AU" -> "AUD";
                    case "US" -> "USD";
                    case "C", "CA" -> "CAD";
                    case "NZ" -> "NZD";
                    case "HK" -> "HKD";
                    case "S", "SG" -> "SGD";
                    default -> "$";
                };
            };
        }
        String code = m.group("code") != null ? m.group("code") : m.group("code2");
        // "Rs 364 crore": the rupee's abbreviation, a currency several countries share like the word.
        if (code != null) return code.equals("RMB") ? "CNY" : code.equals("Rs") ? "RUPEE" : code;
        String word = m.group("word").toLowerCase(Locale.ROOT);
        String whole = m.group().toLowerCase(Locale.ROOT);
        if (word.startsWith("dollar")) {
            if (whole.contains("australian")) return "AUD";
            if (whole.contains("us ") || whole.contains("u.s.") || whole.contains("american")) return "USD";
            if (whole.contains("canadian")) return "CAD";
            if (whole.contains("new zealand")) return "NZD";
            if (whole.contains("hong kong")) return "HKD";
            if (whole.contains("singapore")) return "SGD";
            return "$";
        }
        for (var e : CURRENCY_WORDS.entrySet()) if (word.startsWith(e.getKey())) return e.getValue();
        return word.toUpperCase(Locale.ROOT);
    }

    /**
     * Currency words (by the start of the word) and the ISO code of the currency they most often name; words many
     * countries share ("peso", "dinar", "rupee") are their own unit, since two sources of one story name one of them.
     */
    private static final Map<String, String> CURRENCY_WORDS = new java.util.LinkedHashMap<>();

    static {
        String[][] words = {{"euro", "EUR"}, {"pound", "GBP"}, {"sterling", "GBP"}, {"yen", "JPY"}, {"yuan", "CNY"},
            {"renminbi", "CNY"}, {"franc", "CHF"}, {"won", "KRW"}, {"roubl", "RUB"}, {"rubl", "RUB"}, {"lira", "TRY"},
            {"lire", "TRY"}, {"zlot", "PLN"}, {"forint", "HUF"}, {"hryvn", "UAH"}, {"naira", "NGN"}, {"rupiah", "IDR"},
            {"baht", "THB"}, {"ringgit", "MYR"}, {"rand", "ZAR"}, {"shekel", "ILS"}, {"kronor", "SEK"}, {"krona", "SEK"},
            {"krone", "KRONE"}, {"riyal", "SAR"}, {"dirham", "AED"}, {"rupee", "RUPEE"}, {"peso", "PESO"},
            {"dinar", "DINAR"}, {"rial", "RIAL"}};
        for (String[] w : words) CURRENCY_WORDS.put(w[0], w[1]);
    }

    /** Words before a figure that make it approximate or a bound: "about 42%" and "more than 40 percent" agree. */
    private static final Map<String, Character> QUALIFIERS = Map.ofEntries(
            Map.entry("about", '~'), Map.entry("around", '~'), Map.entry("roughly", '~'), Map.entry("approximately", '~'),
            Map.entry("nearly", '~'), Map.entry("almost", '~'), Map.entry("some", '~'), Map.entry("estimated", '~'),
            Map.entry("close to", '~'), Map.entry("more than", '>'), Map.entry("over", '>'), Map.entry("above", '>'),
            Map.entry("at least", '>'), Map.entry("exceeding", '>'), Map.entry("upwards of", '>'), Map.entry("up to", '<'),
            Map.entry("less than", '<'), Map.entry("fewer than", '<'), Map.entry("under", '<'), Map.entry("below", '<'),
            Map.entry("at most", '<'));

    private static char bound(List<Token> tokens, int i) {
        if (i > 1) {
            Character two = QUALIFIERS.get(lower(tokens.get(i - 2)) + " " + lower(tokens.get(i - 1)));
            if (two != null) return two;
        }
        if (i > 0) {
            Character one = QUALIFIERS.get(lower(tokens.get(i - 1)));
            if (one != null) return one;
        }
        return '=';
    }

    /**
     * Whether two qualified figures can both be true: exact values must be equal (to the decimals the less precise
     * gives: "5.2" and "5.17" agree), "~x" means within a tenth of x and five units of its last digit,
     * ">x" at least x, "<x" at most x, and two limits of the same kind must be equal; ranges ("a|b") and lists agree when any of their values do. Values that are not
     * numbers (durations) must be equal.
     */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) return false;
        for (String x : a.split("\\|")) {
            for (String y : b.split("\\|")) {
                if (x.equals(y)) return true;
                // "two months" and "60 days", "two years and two days" and "two years": one length of time.
                double dx = days(x), dy = days(y);
                if (!Double.isNaN(dx) && !Double.isNaN(dy)) {
                    if (Math.abs(dx - dy) <= DURATION_TOLERANCE * Math.max(dx, dy)) return true;
                    continue;
                }
                char qx = kind(x), qy = kind(y);
                // Two different limits of one kind ("up to 368" and "up to 386", "between 268 and 368" and "up to
                // 386") name two different figures: they disagree even though both could hold.
                if (qx == qy && qx != '=' && qx != '~') continue;
                if (qx == 'r' && (qy == '<' || qy == '>') || qy == 'r' && (qx == '<' || qx == '>')) {
                    String range = qx == 'r' ? x : y, limit = qx == 'r' ? y : x;
                    double[] r = interval(range), l = interval(limit);
                    if (r != null && l != null && (kind(limit) == '<' ? r[1] == l[1] : r[0] == l[0])) return true;
                    continue;
                }
                double[] ix = interval(x), iy = interval(y);
                if (ix != null && iy != null && ix[0] <= iy[1] + 1e-9 && iy[0] <= ix[1] + 1e-9) return true;
            }
        }
        return false;
    }

    /** Adjectives naming which extent of a thing a length measures. */
    private static final Set<String> DIMENSION_WORDS = Set.of("wide", "deep", "long", "high", "tall", "thick", "broad");

    /**
     * ":wide" for "264 feet wide", else "": a length given with the extent it measures is another quantity than the
     * same unit of another extent or of none said ("11 feet deep", "a 35-foot channel").
     */
    private static String dimension(List<Token> tokens, int last) {
        if (last + 2 >= tokens.size() || !isCommonNoun(tokens.get(last + 1))) return "";
        String word = lower(tokens.get(last + 2));
        return DIMENSION_WORDS.contains(word) ? ":" + word : "";
    }

    /** How far apart two lengths of time may be and still be one length worded in other units. */
    private static final double DURATION_TOLERANCE = 0.05;
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?"
                    + "(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    private static final double[] DAYS_PER = {365.25, 30.44, 7, 1, 1.0 / 24, 1.0 / 1440, 1.0 / 86400};

    /** The days an ISO length of time stands for ("P2M" about 61, "PT36H" 1.5), NaN for anything else ("PXD", "P5Y/P6Y"). */
    static double days(String v) {
        if (v == null || v.length() < 3) return Double.NaN;
        Matcher m = ISO_DURATION.matcher(v);
        if (!m.matches()) return Double.NaN;
        double out = 0;
        boolean any = false;
        for (int g = 1; g <= 7; g++) {
            if (m.group(g) == null) continue;
            out += Double.parseDouble(m.group(g)) * DAYS_PER[g - 1];
            any = true;
        }
        return any ? out : Double.NaN;
    }

    /** The size a single figure states: its number ({@link #stated}), or for a length of time its days. */
    static double magnitude(String v) {
        double x = stated(v);
        return Double.isNaN(x) ? days(v) : x;
    }

    /** The number a single figure states, its qualifier aside (a range's lower end); NaN for a list of figures. */
    static double stated(String v) {
        if (v == null || v.contains("|")) return Double.NaN;
        String digits = kind(v) == '=' || kind(v) == 'r' ? v : v.substring(1);
        int dots = digits.indexOf("..");
        try {
            return Double.parseDouble(dots > 0 ? digits.substring(0, dots) : digits);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** '~', '<', '>' for qualified figures, 'r' for ranges, '=' for exact ones. */
    private static char kind(String v) {
        if (v.contains("..")) return 'r';
        return !v.isEmpty() && "~<>".indexOf(v.charAt(0)) >= 0 ? v.charAt(0) : '=';
    }

    private static double[] interval(String v) {
        int dots = v.indexOf("..");
        if (dots > 0) {
            double[] lo = interval(v.substring(0, dots)), hi = interval(v.substring(dots + 2));
            return lo == null || hi == null ? null : new double[] {lo[0], hi[1]};
        }
        char q = v.isEmpty() ? '=' : v.charAt(0);
        String digits = q == '~' || q == '>' || q == '<' ? v.substring(1) : v;
        double x;
        try {
            x = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (q) {
            case '~' -> {
                // "about 40" may be 37 or 44, but "about 43.7 million" claims its three digits: an approximation is
                // loose by a tenth at most and by five units of its last stated digit, so a precise figure given
                // "about" still disagrees with its digits transposed ("47.3 million").
                double spread = Math.min(Math.abs(x) * 0.1, 5 * lastDigitUnit(digits));
                yield new double[] {x - spread, x + spread};
            }
            case '>' -> new double[] {x, Double.MAX_VALUE};
            case '<' -> new double[] {0, x};
            default -> {
                // "5.2 percent" is 5.17 rounded: a figure given with decimals stands for anything that rounds to it.
                // A whole number claims no such rounding ("17%" against "17.4%" disagree).
                int point = digits.indexOf('.');
                double half = point < 0 ? 0 : 0.4999 * Math.pow(10, -(digits.length() - point - 1));
                yield new double[] {x - half, x + half};
            }
        };
    }

    /** The value of one unit of a figure's last significant digit: 0.1 for "43.7", 100000 for "43700000". */
    private static double lastDigitUnit(String digits) {
        try {
            BigDecimal v = new BigDecimal(digits).stripTrailingZeros();
            return Math.pow(10, -v.scale());
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("thousands", 1e3), Map.entry("millions", 1e6),
            Map.entry("billions", 1e9), Map.entry("trillions", 1e12), Map.entry("milliard", 1e9), Map.entry("milliards", 1e9),
            Map.entry("bn", 1e9), Map.entry("bln", 1e9), Map.entry("mn", 1e6), Map.entry("tn", 1e12), Map.entry("trn", 1e12),
            Map.entry("m", 1e6), Map.entry("k", 1e3),
            // South Asian press counts in lakhs (a hundred thousand) and crores (ten million): "4.2 crore dollars".
            Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5), Map.entry("crore", 1e7), Map.entry("crores", 1e7));
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL", "MONEY", "PERCENT");
    /** Relations by which a figure's clause names what the figure belongs to ("BYD pays", "for BYD", "BYD's"). */
    private static final Set<String> ANCHOR_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:for", "obl:for", "nmod:poss",
            "compound", "appos", "nmod:of", "obl:agent");
    /** Verbs whose subject tells the figure rather than owns it. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "state", "announce", "report", "confirm",
            "explain", "estimate", "note", "write", "claim");
    /** The predicate of a figure that is the new value of a change ("lowered its claim to $550 million"). */
    static final String REVISED = "revised";
    /** Predicate classes of changes, whose "to" phrase gives the new value. */
    private static final Set<String> CHANGES = Set.of("increase", "decrease");
    /** Verbs whose object is a sum paid ("paid $2 billion for"). */
    private static final Set<String> PAYING = Set.of("pay", "spend");
    /** Predicate classes of trading, whose "for" phrase gives the price ("buy Y for $3 billion"). */
    private static final Set<String> TRADING = Set.of("buy", "sell");
    /** Words opening the circumstance of what a clause tells ("fell 24% after X said"). */
    private static final Set<String> CIRCUMSTANCE = Set.of("after", "before", "because", "when", "while", "since", "following",
            "amid", "despite");
    private static final Set<String> SEGMENT_BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")");
    private static final Set<String> JOINT = Set.of("together", "combined", "jointly");
    /** The holder of a figure several participants share: compared only with other shared figures. */
    private static final String JOINT_HOLDER = "joint";

    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
    /** Scale words, in English and as translations from other languages write them ("3 milliards", "9 billions of"). */
    private static final String SCALE = "thousands?|millions?|billions?|trillions?|milliards?|bn|bln|mn|tn|trn|lakhs?|crores?";
    private static final String CODES = "(?-i:USD|EUR|GBP|JPY|CHF|CNY|RMB|KRW|INR|RUB|AUD|CAD|NZD|HKD|SGD|SEK|NOK|DKK|BRL|MXN"
            + "|ZAR|TRY|SAR|AED|ILS|PLN|HUF|UAH|NGN|IDR|THB|MYR|PKR|EGP|QAR|KWD|Rs)";
    static final Pattern MONEY = Pattern.compile(
            "(?:[A-Z]{1,3})?(?<sym>[€$£¥₩₹₽₺₪])\\s?(?<a1>" + NUMBER + ")\\s*(?<s1>" + SCALE + "|m|k)?\\b"
                    + "|\\b(?<code>" + CODES + ")\\.?\\s?(?<a3>" + NUMBER + ")\\s*(?<s3>" + SCALE + "|m|k)?\\b"
                    + "|(?<a2>" + NUMBER + ")\\s*(?:(?<s2>" + SCALE + ")(?:\\s+of)?\\s*)?"
                    // "3 billion Swiss francs", "2 trillion South Korean won": a nationality before the currency word.
                    + "(?:(?:U\\.S\\.|(?-i:US)|(?-i:[A-Z][a-z]+)(?:\\s+(?-i:[A-Z][a-z]+))?)\\s+)?"
                    + "(?:(?<word>euros?|dollars?|pounds?|sterling|yen|yuan|renminbi|francs?|won|roubles?|rubles?|lira|lire|liras"
                    + "|zlotys?|zloty|forints?|hryvnias?|nairas?|rupiah|baht|ringgit|rand|shekels?|kronor|krona|kroner|krone"
                    + "|riyals?|dirhams?|rupees?|pesos?|dinars?|rials?)|(?<code2>" + CODES + "))\\b",
            Pattern.CASE_INSENSITIVE);

    private Quantities() {}

    /**
     * The figures of one sentence; {@code demonyms} maps a lower-cased nationality word to the entity of its country
     * ("french" → France), so that "1,500 French soldiers" are France's.
     */
    static List<Quantity> of(AnnotatedText at, Sentence s, String text, MentionIndex index, String doc,
                             Set<String> types, Set<String> ubiquitous, List<TemporalExpression> temporal,
                             Map<String, String> demonyms) {
        List<Token> tokens = at.tokensOf(s);
        List<Quantity> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        Context cx = new Context(at, s, tokens, index, doc, types, ubiquitous, demonyms);

        String sentence = text.substring(s.start(), s.end());
        Matcher m = MONEY.matcher(sentence);
        Quantity previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String amount = m.group("a1") != null ? m.group("a1") : m.group("a3") != null ? m.group("a3") : m.group("a2");
            String scale = m.group("s1") != null ? m.group("s1") : m.group("s3") != null ? m.group("s3") : m.group("s2");
            // "Democrats won 3 seats" is no sum: "won" is a currency only where it is not the verb.
            if ("won".equalsIgnoreCase(m.group("word")) && scale == null && wonIsVerb(tokens, s.start() + m.end("word"))) continue;
            BigDecimal v = parse(amount);
            if (v == null) continue;
            if (scale != null) v = v.multiply(BigDecimal.valueOf(SCALES.get(scale.toLowerCase(Locale.ROOT))));
            int from = s.start() + m.start(), to = s.start() + m.end();
            // "in 2022 Swiss francs were ...": a year before a currency word is no sum.
            if (scale == null && m.group("a2") != null && isDate(tokens, s.start() + m.start("a2"))) continue;
            int firstAt = -1;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.end() > from && t.start() < to) {
                    used.add(t.index());
                    if (firstAt < 0) firstAt = k;
                }
            }
            String unit = "money:" + currency(m);
            // "between A$268 billion and A$368 billion", "from €2 billion to €3 billion": one range.
            if (previous != null && previous.unit().equals(unit) && !previous.value().contains("..")) {
                String gap = sentence.substring(previousEnd, m.start()).strip().toLowerCase(Locale.ROOT);
                String before = sentence.substring(0, previous.start() - s.start()).stripTrailing().toLowerCase(Locale.ROOT);
                if (gap.equals("to") || gap.equals("-") || gap.equals("–")
                        || gap.equals("and") && before.endsWith("between")) {
                    Quantity range = new Quantity(unit, previous.value() + ".." + canonical(v), null, previous.start(), to, '=');
                    out.set(out.size() - 1, range);
                    previous = range;
                    previousEnd = m.end();
                    continue;
                }
            }
            // Sums are not tied to entities: "will cost Australia A$386 billion" is the programme's cost, not Australia's.
            // A price is the buyer's: "X agreed to buy Y for 3 billion francs" and "X paid 2 billion francs for Y"
            // give X's price, which X pays once.
            previous = new Quantity(unit, canonical(v), null, from, to, firstAt < 0 ? '=' : bound(tokens, firstAt),
                    cx.revised(from, to) ? REVISED : sumOf(at, tokens, from, to), cx.buyer(from, to),
                    firstAt < 0 ? List.of() : cx.verbsAbove(tokens.get(firstAt)));
            previousEnd = m.end();
            out.add(previous);
        }

        for (TemporalExpression t : temporal) {
            if (!"DURATION".equals(t.type()) || t.value() == null || t.start() < s.start() || t.end() > s.end()) continue;
            Token first = null;
            for (Token k : tokens) {
                if (k.end() > t.start() && k.start() < t.end()) {
                    used.add(k.index());
                    if (first == null) first = k;
                }
            }
            Matcher age = AGE.matcher(t.text());
            if (age.find() && first != null) {
                // "the 41-year-old", "Yamagami, 41 years old": a person's age, which sources can only give alike.
                String named = cx.ageOwner(first, t.start(), t.end(), true);
                String owner = named != null ? named : cx.ageOwner(first, t.start(), t.end(), false);
                out.add(new Quantity("age", age.group(1), owner, t.start(), t.end(), '=', null, null, List.of(),
                        named == null && owner != null));
                continue;
            }
            // "Mr. Yunus, 84 years, had landed": translated news gives an age as a bare span of years set off after
            // the name, as it gives "Yunus, 84," in English.
            Matcher years = YEARS.matcher(t.text());
            String owner = first == null || !years.matches() ? null : cx.nameBeforeSetOff(first, t.end());
            if (owner != null) {
                out.add(new Quantity("age", years.group(1), owner, t.start(), t.end(), '='));
                continue;
            }
            out.add(new Quantity("duration", t.value(), null, t.start(), t.end(), '=', cx.governingVerb(first), null,
                    first == null ? List.of() : cx.verbsAbove(first)));
        }

        String openingWhole = null, openingNoun = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (used.contains(t.index())) continue;
            BigDecimal v = number(t);
            if (v == null) continue;
            int end = i;
            // "42 000 shares": thousands grouped by spaces, as French and other languages write them, are one number.
            while (end + 1 < tokens.size() && spaceGrouped(text, tokens.get(end), tokens.get(end + 1))) {
                v = v.multiply(BigDecimal.valueOf(1000)).add(new BigDecimal(tokens.get(++end).word()));
            }
            // The parse hangs the counted noun on the last group.
            Token digits = tokens.get(end);
            if (end + 1 < tokens.size() && SCALES.containsKey(lower(tokens.get(end + 1))) && "CD".equals(tokens.get(end + 1).pos())) {
                Token scaleWord = tokens.get(++end);
                v = v.multiply(BigDecimal.valueOf(SCALES.get(lower(scaleWord))));
                // "22.5 million cubic metres" is parsed with the digits a compound of the scale word, which is the
                // number that modifies the counted noun: the figure stands where the scale word stands.
                if (digits.head() == scaleWord.index() && "compound".equals(digits.deprel())) digits = scaleWord;
            }
            int unitEnd = percentAfter(tokens, end);
            boolean percent = unitEnd > end;
            // "30.6% to 39%", "30.6 to 39 percent", "three to five submarines": one figure given as a range.
            BigDecimal hi = null;
            boolean tally = false;
            int last = unitEnd;
            if (last + 2 < tokens.size() && Set.of("to", "-", "–", "and").contains(lower(tokens.get(last + 1)))
                    && (!"and".equals(lower(tokens.get(last + 1))) || i > 0 && "between".equals(lower(tokens.get(i - 1))))) {
                int hiAt = last + 2;
                BigDecimal upper = number(tokens.get(hiAt));
                int hiEnd = upper == null ? hiAt : percentAfter(tokens, hiAt);
                boolean hiPercent = hiEnd > hiAt;
                if (upper != null && !percent && !hiPercent && upper.compareTo(v) < 0 && lower(tokens.get(last + 1)).equals("to")) {
                    // "voted 101 to 6": a range rises, so a falling pair is a tally, for and against; the first
                    // figure is the count for.
                    tally = true;
                    last = hiEnd;
                } else if (upper != null && (percent == hiPercent || hiPercent)) {
                    hi = upper;
                    percent = percent || hiPercent;
                    last = hiEnd;
                }
            }
            if (hi == null && !percent && cx.isAgeAfterName(i)) {
                // "Tetsuya Yamagami, 41, was arrested": a bare number set off after a person's name is the age.
                used.add(t.index());
                out.add(new Quantity("age", canonical(v), cx.anyEntityAt(tokens.get(i - 2)), t.start(), t.end(), '='));
                continue;
            }
            // "323 of the 600 seats", "12 out of 27 members": the second figure is the whole the first is part of, which
            // every source gives alike and no holder has; and a share "among" a group is the group's, not the holder's.
            if (isDenominator(tokens, i) || percent && subgroupAfter(tokens, last)) {
                // "Of the 6 crew, 5 died": a whole opening the sentence is the whole of the count that follows.
                int b = i > 0 && lower(tokens.get(i - 1)).equals("the") ? i - 2 : i - 1;
                if (!percent && b == 0 && hi == null) {
                    openingWhole = canonical(v);
                    openingNoun = counted(at, digits, tokens, out);
                }
                for (int k = i; k <= last; k++) used.add(tokens.get(k).index());
                i = last;
                continue;
            }
            String unit;
            String wholeValue = null;
            if (percent) unit = "percent";
            else {
                int whole = wholeAfter(tokens, last);
                // "11 parties hold 314 of the 500 seats": a part standing alone counts what its whole counts, not
                // what the sentence's previous figure counted.
                String counted = whole >= 0 && !"nummod".equals(t.deprel()) ? counted(at, tokens.get(whole), tokens, out) : null;
                if (counted == null) counted = counted(at, digits, tokens, out);
                if (counted == null && hi != null) counted = counted(at, tokens.get(last), tokens, out);
                // "323 of the 600 seats": the part counts what the whole counts.
                if (counted == null && whole >= 0) counted = counted(at, tokens.get(whole), tokens, out);
                // A tally a body voted ("lawmakers voted 101 to 6") counts votes, though the sentence names no noun.
                if (counted == null && tally && "vote".equals(cx.governingVerb(digits))) counted = "vote";
                if (counted == null || NOT_COUNTS.contains(t.ner())) continue;
                BigDecimal w = whole >= 0 ? number(tokens.get(whole)) : null;
                if (w != null && hi == null) wholeValue = canonical(w);
                else if (openingWhole != null && hi == null) {
                    // "Of the 6 crew, 5 persons died": people of the crew are crew.
                    wholeValue = openingWhole;
                    if (openingNoun != null && GENERIC_PEOPLE.contains(counted)) counted = openingNoun;
                }
                openingWhole = null;
                unit = "count:" + counted + dimension(tokens, last);
            }
            // "A, B and seven other people were killed": the count of the whole group is the others and the ones
            // named beside them, nine, held by none of them.
            int beside = percent || hi != null || tally ? 0 : namedBesideOthers(at, tokens, digits);
            if (beside > 0) v = v.add(BigDecimal.valueOf(beside));
            String value = hi == null ? canonical(v) : canonical(v) + ".." + canonical(hi);
            for (int k = i; k <= last; k++) used.add(tokens.get(k).index());
            String anchor = beside > 0 ? null : cx.anchor(digits);
            out.add(new Quantity(unit, value, anchor, t.start(), tokens.get(last).end(), hi == null ? bound(tokens, i) : '=',
                    cx.revised(t.start(), tokens.get(last).end()) ? REVISED : percent ? null : predicate(at, digits), null,
                    cx.verbsAbove(digits), false, anchor == null && cx.describesUnnamed(digits), wholeValue,
                    percent ? null : narrowing(at, tokens, digits)));
            i = last;
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return voteSides(tokens, out);
    }

    /** The unit of the counts of a vote's sides, whose predicate is the side ("for", "against", "abstain"). */
    static final String VOTES = "count:vote";
    /** The sides of a vote a count of {@link #VOTES} may be keyed by. */
    static final Set<String> SIDES = Set.of("for", "against", "abstain");
    /**
     * The lemma of a participle or relative clause narrowing a counted noun to some of its kind ("1.5 million
     * citizens living here" → live, "3.4 million citizens registered abroad" → register), or null.
     */
    private static String narrowing(AnnotatedText at, List<Token> tokens, Token number) {
        if (!"nummod".equals(number.deprel()) || number.head() < 0) return null;
        Token noun = at.tokens().get(number.head());
        for (Token c : tokens) {
            if (c.head() != noun.index() || !("acl".equals(c.deprel()) || "acl:relcl".equals(c.deprel())) || c.lemma() == null) continue;
            // A clause set off by a comma ("900 soldiers in Chad, which became ...") adds something of them, or of
            // another noun; it does not narrow them.
            boolean setOff = false;
            for (Token k : tokens) setOff |= k.index() > noun.index() && k.index() < c.index() && k.word().equals(",");
            if (!setOff) return c.lemma().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Verbs by which the counted cast their vote; those that name a side say which. */
    private static final Map<String, String> VOTING = Map.of("vote", "", "back", "for", "support", "for", "approve", "for",
            "endorse", "for", "oppose", "against", "reject", "against", "abstain", "abstain");
    private static final Set<String> ABOUT_A_VOTE = Set.of("vote", "ballot", "abstain", "abstention");

    /**
     * The counts of a vote's sides as votes for, against or abstaining ("207 deputies backed him, 394 voted against
     * him and 116 abstained", "207 for, 394 against"): however a source names those who voted (members, deputies,
     * MPs), the count of a side is that side's votes, keyed by the side, so that two sources' tallies are compared
     * side by side. A count whose side the sentence does not say is left as it is.
     */
    private static List<Quantity> voteSides(List<Token> tokens, List<Quantity> quantities) {
        if (tokens.stream().noneMatch(t -> t.lemma() != null && ABOUT_A_VOTE.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
            return quantities;
        }
        List<Quantity> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            String side = q.unit().startsWith("count:") && !q.value().contains("..") ? side(tokens, q) : null;
            out.add(side == null ? q : new Quantity(VOTES, q.value(), q.anchor(), q.start(), q.end(), q.bound(), side,
                    q.payer(), q.verbs(), q.inferred(), q.unnamedHolder(), q.whole(), q.narrowed()));
        }
        return out;
    }

    /** "for", "against" or "abstain" for a count of a vote's side, else null. */
    private static String side(List<Token> tokens, Quantity q) {
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).start() < q.end()) last = k;
        if (last < 0) return null;
        if (q.unit().equals("count:abstention")) return "abstain";
        // The verb the counted are the subject of: "Of the 717 members who cast a ballot, 207 backed him" hangs the 717
        // under "backed" too, but they did not back him.
        String verb = q.predicate() == null ? "" : q.predicate();
        boolean voting = VOTING.containsKey(verb);
        // The words right after the figure (or after its verb) say the side: "394 against", "394 voted against him",
        // "207 votes in favour", "116 abstentions".
        for (int k = last + 1; k < tokens.size() && k <= last + 3; k++) {
            Token t = tokens.get(k);
            String w = lower(t);
            if (SEGMENT_BREAKS.contains(w) || "CC".equals(t.pos()) || "CD".equals(t.pos())) break;
            boolean adjacent = k == last + 1;
            if (!adjacent && !voting) break;
            if (w.equals("against")) return "against";
            if (w.equals("for") || w.equals("in") && k + 1 < tokens.size() && lower(tokens.get(k + 1)).startsWith("favo")) return "for";
            if (t.lemma() != null && (t.lemma().equalsIgnoreCase("abstention") || t.lemma().equalsIgnoreCase("abstain"))) return "abstain";
            if (!t.isVerb() && !adjacent) break;
        }
        String byVerb = VOTING.get(verb);
        return byVerb == null || byVerb.isEmpty() ? null : byVerb;
    }

    /**
     * What a sum of money is a sum of, as a lemma: "$51 billion of foreign debt" → debt, "a loan of $3 billion" and "a
     * $3 billion loan" → loan; null when the sentence does not say. Sums of two different things are two figures.
     */
    private static String sumOf(AnnotatedText at, List<Token> tokens, int from, int to) {
        // The words around the sum say it more surely than a parse, which often gets sums wrong: "NOUN of [about] SUM",
        // "SUM of [foreign] NOUN".
        int first = -1, last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > from && tokens.get(k).start() < to) {
                if (first < 0) first = k;
                last = k;
            }
        }
        if (first < 0) return null;
        int b = first - 1;
        while (b >= 0 && QUALIFIERS.containsKey(lower(tokens.get(b)))) b--;
        if (b >= 1 && lower(tokens.get(b)).equals("of") && isCommonNoun(tokens.get(b - 1))) return tokens.get(b - 1).lemma().toLowerCase(Locale.ROOT);
        if (last + 1 < tokens.size() && lower(tokens.get(last + 1)).equals("of")) {
            for (int k = last + 2; k < tokens.size(); k++) {
                Token x = tokens.get(k);
                if (isCommonNoun(x)) return x.lemma().toLowerCase(Locale.ROOT);
                if (x.pos() == null || !(x.pos().startsWith("JJ") || x.pos().startsWith("DT") || x.pos().startsWith("PRP"))) break;
            }
        }
        Token head = null;
        for (Token t : tokens) {
            if (t.start() < from || t.end() > to) continue;
            if (t.head() < 0) return null;
            Token up = at.tokens().get(t.head());
            if (up.start() < from || up.end() > to) head = t;
        }
        if (head == null || head.deprel() == null) return null;
        for (Token c : tokens) {
            // "3 billions of francs": the currency word inside the sum is not what it is a sum of.
            if (c.start() >= from && c.end() <= to) continue;
            if (c.head() == head.index() && c.deprel() != null && c.deprel().startsWith("nmod") && hasOf(tokens, c) && isCommonNoun(c)) {
                return c.lemma().toLowerCase(Locale.ROOT);
            }
        }
        Token up = at.tokens().get(head.head());
        boolean describes = head.deprel().startsWith("nmod") || head.deprel().equals("compound") || head.deprel().equals("amod")
                || head.deprel().equals("nummod");
        // "a loan of $2.9 billion over 48 months" may be parsed as a sum counting the months: a period is not what a
        // sum is of, the noun the period hangs on is.
        if (("DURATION".equals(up.ner()) || "DATE".equals(up.ner())) && up.head() >= 0 && up.deprel() != null
                && up.deprel().startsWith("nmod")) {
            up = at.tokens().get(up.head());
        }
        // "a loan of about $3 billion" is sometimes parsed with the sum hanging on the "of".
        if (up.word().equalsIgnoreCase("of") && up.head() >= 0) {
            up = at.tokens().get(up.head());
            describes = true;
        }
        return describes && isCommonNoun(up) ? up.lemma().toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isCommonNoun(Token t) {
        return t.pos() != null && (t.pos().equals("NN") || t.pos().equals("NNS")) && t.lemma() != null;
    }

    /** Relations by which a bare number stands for a noun phrase of its own ("and 23 had applied", "23 of them"). */
    private static final Set<String> NOMINAL_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "conj", "root");
    /** Words counting one thing: "55 member states", "55 countries" and "55 nations" count the same members. */
    private static final Map<String, String> COUNTED_SYNONYMS = Map.ofEntries(Map.entry("state", "country"),
            Map.entry("states", "country"), Map.entry("nation", "country"), Map.entry("countries", "country"),
            Map.entry("troop", "soldier"), Map.entry("troops", "soldier"), Map.entry("serviceman", "soldier"),
            Map.entry("servicemen", "soldier"),
            Map.entry("km", "kilometre"), Map.entry("kms", "kilometre"), Map.entry("kilometer", "kilometre"),
            Map.entry("meter", "metre"), Map.entry("kg", "kilogram"), Map.entry("mi", "mile"));

    /**
     * The lemma of the noun a number counts ("20,000 jobs" → job, "a crew of 25" → crew, "25 crew members" and "25
     * members of the crew" → crew), or null when it counts nothing named. A number standing alone for a noun phrase
     * ("40 countries showed interest and 23 applied") counts what the sentence's previous figure counted.
     */
    private static String counted(AnnotatedText at, Token t, List<Token> tokens, List<Quantity> before) {
        Token noun = null;
        if (t.head() >= 0 && "nummod".equals(t.deprel())) noun = countedNoun(at, t);
        else if (t.head() >= 0 && t.deprel() != null && t.deprel().startsWith("nmod") && hasOf(tokens, t)) {
            // "a crew of 25": the number is what the noun amounts to.
            noun = at.tokens().get(t.head());
        } else if (t.deprel() != null && NOMINAL_RELATIONS.contains(t.deprel())) {
            for (int k = before.size() - 1; k >= 0; k--) {
                if (before.get(k).unit().startsWith("count:")) return before.get(k).unit().substring("count:".length());
            }
            return null;
        }
        if (noun == null || noun.pos() == null || !noun.pos().startsWith("NN") || noun.lemma() == null) return null;
        // "54 member States" read as a count of "member", itself a modifier: the phrase counts its head. Units
        // stay what is counted ("a 400-metre vessel" measures metres, not vessels).
        if ("member".equalsIgnoreCase(noun.lemma()) && "compound".equals(noun.deprel()) && noun.head() >= 0 && at.tokens().get(noun.head()).pos() != null
                && at.tokens().get(noun.head()).pos().startsWith("NN") && at.tokens().get(noun.head()).lemma() != null) {
            noun = at.tokens().get(noun.head());
        }
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("member")) {
            // "crew members", "members of the crew": members of the group the modifier names.
            for (Token c : tokens) {
                if (c.head() != noun.index() || c.pos() == null || !(c.pos().equals("NN") || c.pos().equals("NNS"))) continue;
                if ("compound".equals(c.deprel()) || c.deprel() != null && c.deprel().startsWith("nmod") && hasOf(tokens, c)) {
                    lemma = c.lemma() == null ? lemma : c.lemma().toLowerCase(Locale.ROOT);
                    break;
                }
            }
        }
        lemma = COUNTED_SYNONYMS.getOrDefault(lemma, lemma);
        // "30,000 cubic metres" is a volume, "a 400-metre ship" a length: not one measure.
        for (Token c : tokens) {
            if (c.head() == noun.index() && "amod".equals(c.deprel()) && DIMENSIONS.contains(lower(c))) return lower(c) + " " + lemma;
        }
        return lemma;
    }

    private static final Set<String> DIMENSIONS = Set.of("square", "cubic", "sq", "cu");

    /** An age: "41-year-old", "41 years old", "aged 41", "41 years of age". */
    private static final Pattern AGE = Pattern.compile(
            "(?i)^(?:aged\\s+)?(\\d{1,3})(?:[- ]years?[- ]old|\\s+years\\s+of\\s+age)\\b");
    /** A span of whole years alone ("84 years"), which set off after a name is that person's age. */
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,3})\\s+years");
    /** Verbs whose subject holds what their object counts: "Velmar has 900 soldiers", "keeps 900 troops there". */
    private static final Set<String> HAVING = Set.of("have", "keep", "maintain", "station", "deploy", "field", "base", "own",
            "group", "gather", "comprise", "count", "number", "unite", "include");
    /**
     * Verbs whose subject ends up holding what their object (or their "with" phrase) counts: "X took 5.2 percent",
     * "X received 134 votes", "X won the seat with 134 votes".
     */
    private static final Set<String> GETTING = Set.of("win", "take", "obtain", "receive", "get", "gain", "secure", "garner",
            "collect", "capture", "poll", "score", "reach");
    /** Verbs of choosing someone by a vote: "re-elected Ramos by 283 votes" gives the votes to the one chosen. */
    private static final Set<String> ELECTING = Set.of("elect", "re-elect", "reelect", "choose", "appoint", "confirm",
            "nominate", "select", "endorse", "back");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");
    /** Nouns that count people of whatever kind the phrase they describe names ("the soldiers, put at 1,500 men"). */
    private static final Set<String> GENERIC_PEOPLE = Set.of("man", "men", "people", "person", "personnel", "individual");
    /** Relations by which an estimate hangs on the noun it sizes ("soldiers, estimated at 1,500 men"), besides obl and nmod. */
    private static final Set<String> SIZING = Set.of("acl", "appos", "xcomp");

    /**
     * The noun a number modifies; a generic one ("men", "people") is replaced by the noun of the phrase it sizes, when
     * the sentence hangs it on one: "the French soldiers, estimated to 1,500 men" counts soldiers.
     */
    private static Token countedNoun(AnnotatedText at, Token number) {
        Token noun = at.tokens().get(number.head());
        if (noun.lemma() == null || !GENERIC_PEOPLE.contains(noun.lemma().toLowerCase(Locale.ROOT))) return noun;
        // "the evacuation by sea of 157 persons": people introduced by "of" are what the phrase is about (the
        // evacuated), not the size of the noun they hang on.
        for (int k = Math.max(0, number.index() - 3); k < number.index(); k++) {
            Token c = at.tokens().get(k);
            if (c.head() == noun.index() && "case".equals(c.deprel()) && c.word().equalsIgnoreCase("of")) return noun;
        }
        Token node = noun;
        for (int depth = 0; depth < 3 && node.head() >= 0 && node.deprel() != null; depth++) {
            String rel = node.deprel();
            if (!SIZING.contains(rel) && !rel.startsWith("obl") && !rel.startsWith("nmod")) break;
            Token up = at.tokens().get(node.head());
            if (up.sentence() != noun.sentence()) break;
            if (up.pos() != null && (up.pos().equals("NN") || up.pos().equals("NNS")) && up.lemma() != null
                    && !GENERIC_PEOPLE.contains(up.lemma().toLowerCase(Locale.ROOT))) return up;
            // Only a participle ("estimated", "put") may stand between the number's noun and the noun it sizes; set
            // off by a comma right after that noun, it sizes it however the parser attached it.
            if (!(up.pos() != null && up.pos().equals("VBN"))) break;
            int at0 = up.index();
            if (at0 >= 2 && at.tokens().get(at0 - 1).word().equals(",")) {
                Token before = at.tokens().get(at0 - 2);
                if (before.sentence() == noun.sentence() && before.pos() != null && before.pos().startsWith("NN")
                        && !before.pos().startsWith("NNP") && before.lemma() != null
                        && !GENERIC_PEOPLE.contains(before.lemma().toLowerCase(Locale.ROOT))) return before;
            }
            node = up;
        }
        return noun;
    }

    /**
     * How many conjuncts a counted noun modified by "other" is coordinated with ("Raisi, his minister and seven other
     * people": two), or 0 when the noun has no "other" or stands in no coordination.
     */
    static int namedBesideOthers(AnnotatedText at, List<Token> tokens, Token number) {
        if (!"nummod".equals(number.deprel()) || number.head() < 0) return 0;
        Token noun = at.tokens().get(number.head());
        boolean other = false;
        for (Token c : tokens) {
            if (c.head() == noun.index() && "amod".equals(c.deprel()) && lower(c).equals("other")) other = true;
        }
        if (!other) return 0;
        // The coordination's first conjunct heads the others. A conjunct with a number of its own ("12 soldiers and
        // three other people") is a group of unknown size beside them: no total.
        Token first = "conj".equals(noun.deprel()) && noun.head() >= 0 ? at.tokens().get(noun.head()) : noun;
        int conjuncts = first == noun ? 0 : 1;
        for (Token c : tokens) {
            if (c.head() != first.index() || c.index() == noun.index()) continue;
            // "A, B and seven others" is often parsed with B set beside A as an apposition: a name beside a name is
            // another of the list, while "A, the mayor," describes A.
            if ("conj".equals(c.deprel()) || first != noun && "appos".equals(c.deprel()) && "NNP".equals(c.pos())
                    && "NNP".equals(first.pos())) conjuncts++;
        }
        for (Token c : tokens) {
            if (c.index() == number.index() || !"nummod".equals(c.deprel()) || c.head() < 0) continue;
            Token counted = at.tokens().get(c.head());
            if (counted.index() == first.index() || "conj".equals(counted.deprel()) && counted.head() == first.index()) return 0;
        }
        return conjuncts;
    }

    /** The verb the counted thing is the subject of: "34 countries have applied", "and 23 had applied" → apply. */
    private static String predicate(AnnotatedText at, Token t) {
        Token thing = "nummod".equals(t.deprel()) && t.head() >= 0 ? at.tokens().get(t.head()) : t;
        if (thing.deprel() == null || !thing.deprel().startsWith("nsubj") || thing.head() < 0) return null;
        Token verb = at.tokens().get(thing.head());
        return verb.isVerb() && verb.lemma() != null ? verb.lemma().toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the number at {@code i} is the whole of a part just given: "323 of the 600", "12 out of 27". */
    private static boolean isDenominator(List<Token> tokens, int i) {
        int b = i - 1;
        if (b >= 0 && lower(tokens.get(b)).equals("the")) b--;
        // "Of the 6 crew, 5 died": the whole opens the sentence and the part follows after the comma.
        if (b == 0 && lower(tokens.get(b)).equals("of")) return partAfterComma(tokens, i);
        if (b < 1 || !lower(tokens.get(b)).equals("of")) return false;
        b--;
        if (b >= 1 && lower(tokens.get(b)).equals("out")) b--;
        return b >= 0 && number(tokens.get(b)) != null;
    }

    /**
     * Whether a number follows the first comma after the token at {@code i}, with no finite verb before the comma
     * (a participle still describes the whole: "Of the 40 miners trapped there, 7 ...") nor any verb before the number.
     */
    private static boolean partAfterComma(List<Token> tokens, int i) {
        int k = i + 1;
        while (k < tokens.size() && !tokens.get(k).word().equals(",")) {
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(tokens.get(k).pos())) return false;
            k++;
        }
        for (k++; k < tokens.size() && k <= i + 12; k++) {
            if (number(tokens.get(k)) != null) return true;
            if (tokens.get(k).isVerb()) return false;
        }
        return false;
    }

    /** The index of the whole after a part ("323 [of the] 600"), or -1. */
    private static int wholeAfter(List<Token> tokens, int last) {
        int k = last + 1;
        if (k < tokens.size() && lower(tokens.get(k)).equals("out")) k++;
        if (k >= tokens.size() || !lower(tokens.get(k)).equals("of")) return -1;
        k++;
        if (k < tokens.size() && lower(tokens.get(k)).equals("the")) k++;
        return k < tokens.size() && number(tokens.get(k)) != null && isDenominator(tokens, k) ? k : -1;
    }

    /** Whether a share is said of a part of the people ("65 percent of the votes among voters abroad"). */
    private static boolean subgroupAfter(List<Token> tokens, int last) {
        for (int k = last + 1; k < tokens.size() && k <= last + 6; k++) {
            String w = lower(tokens.get(k));
            if (SEGMENT_BREAKS.contains(w)) return false;
            if (w.equals("among") || w.equals("amongst")) return true;
        }
        return false;
    }

    /** Whether a token is introduced by "of" ("of 25", "of the crew"). */
    private static boolean hasOf(List<Token> tokens, Token t) {
        for (Token c : tokens) {
            if (c.head() == t.index() && "case".equals(c.deprel()) && c.word().equalsIgnoreCase("of")) return true;
        }
        return false;
    }

    /**
     * The figures of a sentence as unit@anchor → value ("a|b" when it gives several), for comparing two sources. When
     * a sentence ties some of its figures of one unit to entities, its untied ones of that unit are left out: they
     * are most likely tied ones whose owner was not read, and would be compared with the wrong figures.
     */
    static Map<String, String> byKey(List<Quantity> qs) {
        Set<String> anchoredUnits = new HashSet<>();
        for (Quantity q : qs) if (q.anchor() != null) anchoredUnits.add(q.unit());
        Map<String, Set<String>> values = new java.util.TreeMap<>();
        for (Quantity q : qs) {
            if (q.anchor() == null && anchoredUnits.contains(q.unit())) continue;
            // "drove for a day" and "met five days later" measure different things: a duration is keyed by its verb.
            String key = q.unit().equals("duration") && q.predicate() != null ? "duration:" + q.predicate() + "@" : q.key();
            values.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(q.qualified().split("\\|")));
        }
        // A sentence listing several counts of one thing tells which is which by its verbs ("40 countries showed
        // interest and 23 applied"): each count is also keyed by what the counted did, so that it can be compared
        // with another source's count of the same doing.
        // A count whose doing the sentence leaves unsaid ("ten voted for, five against") makes its neighbours'
        // doings unreliable: "voted" then holds both sides of the vote.
        Set<String> elliptic = new HashSet<>();
        for (Quantity q : qs) if (q.predicate() == null && q.unit().startsWith("count:")) elliptic.add(q.key());
        for (Quantity q : qs) {
            if (q.predicate() == null || q.unit().equals("duration") || q.unit().startsWith("money:")
                    || q.anchor() == null && anchoredUnits.contains(q.unit())
                    || elliptic.contains(q.key())) continue;
            values.computeIfAbsent(q.key() + "~" + q.predicate(), k -> new TreeSet<>()).add(q.qualified());
        }
        Map<String, String> out = new java.util.TreeMap<>();
        values.forEach((k, v) -> out.put(k, String.join("|", v)));
        return out;
    }

    /** Whether a {@link #byKey} key counts what did one thing ("count:country@~apply"). */
    static boolean byDoing(String key) {
        return key.indexOf('~', key.indexOf('@')) >= 0;
    }

    /** Index of the last token of a "%", "percent" or "per cent" right after token {@code i}, else {@code i}. */
    private static int percentAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return i;
        String next = lower(tokens.get(i + 1));
        if (next.equals("%") || next.equals("percent") || next.equals("pct")) return i + 1;
        if (next.equals("per") && i + 2 < tokens.size() && lower(tokens.get(i + 2)).equals("cent")) return i + 2;
        return i;
    }

    /** Whether {@code next} continues {@code t} as a group of thousands after one space ("42 000"). */
    static boolean spaceGrouped(String text, Token t, Token next) {
        return t.word().matches("\\d{1,3}") && next.word().matches("\\d{3}") && next.start() == t.end() + 1
                && " \u00a0\u202f\u2009".indexOf(text.charAt(t.end())) >= 0;
    }

    static BigDecimal number(Token t) {
        if (t.pos() == null || !t.pos().equals("CD")) return null;
        BigDecimal v = parse(t.word());
        if (v != null) return v;
        Integer w = WORDS.get(lower(t));
        return w == null ? null : BigDecimal.valueOf(w);
    }

    private static BigDecimal parse(String s) {
        String digits = decimalComma(s) ? s.replace(',', '.') : s.replace(",", "");
        if (digits.isEmpty() || digits.length() > 15) return null;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.')) return null;
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether a number writes its decimals after a comma, as most European languages (and translations from them)
     * do: "0,76" and "3,5" are 0.76 and 3.5; a comma before three digits ("3,000") groups thousands.
     */
    static boolean decimalComma(String s) {
        int comma = s.indexOf(',');
        if (comma <= 0 || comma != s.lastIndexOf(',') || s.indexOf('.') >= 0) return false;
        return s.length() - comma - 1 != 3 || s.substring(0, comma).equals("0");
    }

    private static boolean isDate(List<Token> tokens, int start) {
        for (Token t : tokens) if (t.start() == start) return "DATE".equals(t.ner());
        return false;
    }

    /** Whether the token that ends at {@code end} is "won" read as the past of "win". */
    private static boolean wonIsVerb(List<Token> tokens, int end) {
        for (Token t : tokens) if (t.end() == end) return t.isVerb();
        return false;
    }

    static String canonical(BigDecimal v) {
        BigDecimal x = v.stripTrailingZeros();
        return x.scale() < 0 ? x.setScale(0).toPlainString() : x.toPlainString();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** What a sentence's figures can belong to. */
    private record Context(AnnotatedText at, Sentence s, List<Token> tokens, MentionIndex index, String doc,
                           Set<String> types, Set<String> ubiquitous, Map<String, String> demonyms) {

        /**
         * The entity a figure belongs to: the one entity of its stretch of the sentence between commas ("17% for
         * BYD", "Geely 18.8%"), else the subject or "for"/"of" phrase of the clause it sits in. Entities every source
         * names are not anchors: they tell the story, not whose figure it is.
         */
        String anchor(Token t) {
            int pos = tokens.indexOf(t);
            // "A and B together won 60 percent": a joint figure is no single participant's.
            for (int i = pos - 1; i >= 0 && !SEGMENT_BREAKS.contains(tokens.get(i).word()); i--) {
                if (JOINT.contains(lower(tokens.get(i)))) return JOINT_HOLDER;
            }
            // "49.5 percent against 44.9 percent for B", "134 votes against 82 for B": a figure followed by "for" and a
            // name is that name's, even a protagonist's, whatever the rest of the sentence is about.
            String named = namedAfterFor(pos);
            if (named != null) return named;
            int from = pos, to = pos;
            while (from > 0 && !SEGMENT_BREAKS.contains(tokens.get(from - 1).word())) from--;
            while (to + 1 < tokens.size() && !SEGMENT_BREAKS.contains(tokens.get(to + 1).word())) to++;
            // "A had 49.5 percent, B 44.9 percent": a stretch with no verb of its own gives the name right before the
            // figure that figure, even a protagonist's.
            if (pos > from && tokens.subList(from, to + 1).stream().noneMatch(Token::isVerb)) {
                String before = anyEntityAt(tokens.get(pos - 1));
                if (before != null) return before;
            }
            if ("nummod".equals(t.deprel()) && t.head() >= 0) {
                Token noun = countedNoun(at, t);
                // "54 member States": the phrase's head is what the holder has.
                if ("member".equalsIgnoreCase(noun.lemma()) && "compound".equals(noun.deprel()) && noun.head() >= 0) {
                    noun = at.tokens().get(noun.head());
                }
                String holder = holder(noun);
                if (holder != null) return holder;
            } else if ("obj".equals(t.deprel()) && t.head() >= 0) {
                // "who had taken 6.1 per cent" may be parsed with the number itself as the object.
                String holder = holder(t);
                if (holder != null) return holder;
            }
            Set<String> inSegment = new java.util.LinkedHashSet<>();
            // The counted noun is what is counted, not whose count it is: "54 member States" counts the union's members.
            int counted = "nummod".equals(t.deprel()) ? t.head() : -1;
            // A percentage counts nothing: "Geely 18.8%" may hang the name on the "%" sign, and the name is the owner.
            if (counted >= 0 && !Character.isLetter(at.tokens().get(counted).word().charAt(0))
                    || counted >= 0 && Set.of("percent", "pct").contains(lower(at.tokens().get(counted)))) counted = -1;
            if (counted >= 0 && "compound".equals(at.tokens().get(counted).deprel())
                    && "member".equalsIgnoreCase(at.tokens().get(counted).lemma())) counted = at.tokens().get(counted).head();
            // "shares fell 24% after X said ...": what follows a subordinating "after", "because" ... is the
            // circumstance of the figure, and the names in it are not the figure's holders.
            for (int i = pos + 1; i <= to; i++) {
                if (CIRCUMSTANCE.contains(lower(tokens.get(i))) && ("mark".equals(tokens.get(i).deprel()) || "case".equals(tokens.get(i).deprel()))) {
                    to = i - 1;
                    break;
                }
            }
            Token clause = clauseHead(t);
            for (int i = from; i <= to; i++) {
                if (counted >= 0 && (tokens.get(i).index() == counted || tokens.get(i).head() == counted
                        && "compound".equals(tokens.get(i).deprel()))) continue;
                if (teller(tokens.get(i))) continue;
                // "which took 58 seats and won the most votes in Natal": a name in another clause than the figure's
                // is not its holder; nor is a body the counted things sit in ("58 seats in the Assembly").
                if (otherClause(tokens.get(i), clause) || container(tokens.get(i)) || qualifiesAnotherName(tokens.get(i))) continue;
                String e = entityAt(tokens.get(i));
                if (e != null) inSegment.add(e);
            }
            if (inSegment.size() == 1) return inSegment.iterator().next();
            if (inSegment.isEmpty()) {
                String antecedent = antecedent(from);
                if (antecedent != null) return antecedent;
            }
            if (inSegment.size() > 1) {
                // "… 35.3% for SAIC and 7.8% for Tesla", "… and the state-owned SAIC 35.3%": the name right after
                // the figure's "for", or right before the figure.
                int after = pos + 1;
                while (after <= to && (tokens.get(after).word().equals("%") || Set.of("percent", "per", "cent")
                        .contains(lower(tokens.get(after))))) after++;
                if (after + 1 <= to && Set.of("for", "of").contains(lower(tokens.get(after)))) {
                    for (int i = after + 1; i <= Math.min(to, after + 4); i++) {
                        String e = entityAt(tokens.get(i));
                        if (e != null) return e;
                        if (!tokens.get(i).pos().startsWith("DT") && !tokens.get(i).pos().startsWith("JJ")
                                && !tokens.get(i).pos().startsWith("NN")) break;
                    }
                }
                if (pos > from) {
                    String e = entityAt(tokens.get(pos - 1));
                    if (e != null) return e;
                }
            }
            Token node = t;
            for (int depth = 0; depth < 5 && node != null; depth++) {
                for (Token c : tokens) {
                    if (c.head() != node.index() || c == t || c.deprel() == null || !ANCHOR_RELATIONS.contains(c.deprel())) continue;
                    // "BSM said the crew of 25 were safe": who tells a figure is not whose figure it is.
                    if (c.deprel().startsWith("nsubj") && node.lemma() != null && SAYING.contains(node.lemma().toLowerCase(Locale.ROOT))) continue;
                    String e = entityNear(c);
                    if (e != null) return e;
                }
                if (node.isVerb() || node.head() < 0) break;
                node = at.tokens().get(node.head());
                if (node.sentence() != s.index()) break;
            }
            return null;
        }

        /**
         * Whether a figure sits in a clause that describes a common noun naming no entity ("Mr. X's party, which is
         * polling at about 16%", "a rival bloc polling at 16%"): the figure is that noun's. A noun naming an entity
         * itself or by a compound ("a CDU alliance polling above 30%") is a named holder, and the climb stops at the
         * first clause that describes nothing.
         */
        boolean describesUnnamed(Token t) {
            Token x = t;
            for (int depth = 0; depth < 8 && x.head() >= 0; depth++) {
                String rel = x.deprel() == null ? "" : x.deprel();
                Token up = at.tokens().get(x.head());
                if (up.sentence() != s.index()) return false;
                if (rel.equals("acl") || rel.equals("acl:relcl")) {
                    if (!isCommonNoun(up) || anyEntityAt(up) != null) return false;
                    for (Token c : tokens) {
                        if (c.head() == up.index() && ("compound".equals(c.deprel()) || "amod".equals(c.deprel()))
                                && (anyEntityAt(c) != null || demonyms.containsKey(lower(c)))) return false;
                    }
                    return true;
                }
                if (x.isVerb() || rel.equals("root")) return false;
                x = up;
            }
            return false;
        }

        /** The verb heading the clause a token sits in (the sentence's root when no verb is above it). */
        private Token clauseHead(Token t) {
            Token x = t;
            for (int depth = 0; depth < 12 && !x.isVerb() && x.head() >= 0; depth++) {
                Token up = at.tokens().get(x.head());
                if (up.sentence() != s.index()) break;
                x = up;
            }
            return x;
        }

        /**
         * Whether a name sits in a clause beside or below the figure's ("... and won the most votes in Natal"), not in
         * the figure's own clause or one above it ("Natal said it took 58 seats"). A name the tagger read as a verb
         * is left where it is.
         */
        private boolean otherClause(Token name, Token figureClause) {
            Token own = clauseHead(name);
            if (own.index() == figureClause.index() || own.index() == name.index()) return false;
            Token x = figureClause;
            for (int depth = 0; depth < 12 && x.head() >= 0; depth++) {
                x = at.tokens().get(x.head());
                if (x.index() == own.index()) return false;
                if (x.sentence() != s.index()) break;
            }
            return true;
        }

        /**
         * Whether a name only qualifies another name ("the Alliance of John Steenhuisen came second with 21.8%"): the
         * figure is the named head's, even when that head is the story's protagonist.
         */
        private boolean qualifiesAnotherName(Token name) {
            Token x = name;
            Set<String> own = new HashSet<>();
            for (MentionIndex.Hit h : index.overlapping(doc, name.start(), name.end())) own.add(h.entity().id());
            for (int depth = 0; depth < 4 && x.head() >= 0; depth++) {
                Token up = at.tokens().get(x.head());
                if (up.sentence() != s.index() || up.isVerb()) return false;
                boolean named = false;
                for (MentionIndex.Hit h : index.overlapping(doc, up.start(), up.end())) {
                    if (!own.contains(h.entity().id()) && types.contains(h.entity().type())) {
                        return x.deprel() != null && x.deprel().startsWith("nmod");
                    }
                    named |= own.contains(h.entity().id());
                }
                if (!named) return false;
                x = up;
            }
            return false;
        }

        /** Prepositions naming where counted things are rather than whose they are ("seats in parliament"). */
        private static final Set<String> LOCATIVE = Set.of("in", "at", "within", "into", "inside");

        /**
         * Whether a token names an organisation as the place the counted things are in ("159 seats in the National
         * Assembly"): the body holds the seats, but the figure is a party's.
         */
        private boolean container(Token t) {
            Token head = t;
            while ((head.deprel() != null && (head.deprel().equals("compound") || head.deprel().startsWith("flat")))
                    && head.head() >= 0) head = at.tokens().get(head.head());
            boolean located = false;
            for (Token c : tokens) {
                if (c.head() == head.index() && "case".equals(c.deprel()) && LOCATIVE.contains(lower(c))) located = true;
            }
            if (!located) return false;
            for (MentionIndex.Hit h : index.overlapping(doc, t.start(), t.end())) {
                if (h.entity().type().equals("ORG")) return true;
            }
            return false;
        }

        /**
         * Who the grammar says has the counted things, protagonists included: a possessor ("Velmar's 900 soldiers"),
         * a nationality ("900 Velmari soldiers", wherever they serve) or the subject of a verb of having ("Velmar has
         * some 900 soldiers there"). A story's protagonist named this way owns the count: it is not merely the
         * story's figure.
         */
        private String holder(Token noun) {
            for (Token c : tokens) {
                if (c.head() != noun.index() || c.deprel() == null) continue;
                // "U.S. troops" is read as a compound, "French soldiers" as an adjective.
                if ((c.deprel().equals("amod") || c.deprel().equals("compound")) && demonyms.containsKey(lower(c))) {
                    return demonyms.get(lower(c));
                }
                if (c.deprel().equals("nmod:poss")) {
                    String e = anyEntityAt(c);
                    if (e != null) return e;
                }
            }
            if (noun.deprel() == null || noun.head() < 0) return null;
            // "took 14.58% and 58 seats": a conjunct stands where the first of the list stands.
            while ("conj".equals(noun.deprel()) && noun.head() >= 0 && !at.tokens().get(noun.head()).isVerb()) {
                noun = at.tokens().get(noun.head());
            }
            if (noun.deprel() == null || noun.head() < 0) return null;
            Token up = at.tokens().get(noun.head());
            // "the Union, with 55 countries": the thing the counted things come with.
            // "won with 134 votes" hangs on a verb of getting: the votes are its subject's (below).
            if ((noun.deprel().startsWith("nmod") || noun.deprel().startsWith("obl")) && hasCase(noun, "with") && !up.isVerb()) {
                return anyEntityAt(up);
            }
            String verb = up.lemma() == null ? "" : up.lemma().toLowerCase(Locale.ROOT);
            // "The assembly re-elected Ramos by 283 votes": the votes are the one chosen's, not the electing body's.
            if (ELECTING.contains(verb) && up.isVerb() && (noun.deprel().startsWith("obl") || noun.deprel().startsWith("nmod"))
                    && (hasCase(noun, "by") || hasCase(noun, "with"))) {
                for (Token c : tokens) {
                    if (c.head() == up.index() && "obj".equals(c.deprel())) return anyEntityAt(c);
                }
            }
            boolean getting = GETTING.contains(verb) && (noun.deprel().equals("obj")
                    || (noun.deprel().startsWith("obl") || noun.deprel().startsWith("nmod")) && hasCase(noun, "with"));
            if (!getting && (!noun.deprel().equals("obj") || !HAVING.contains(verb))) return null;
            // "The ANC won 40% and will have 159 seats": a verb coordinated with another shares its subject.
            Token verbWithSubject = up;
            for (int depth = 0; depth < 3 && "conj".equals(verbWithSubject.deprel()) && verbWithSubject.head() >= 0
                    && !hasSubject(verbWithSubject); depth++) {
                verbWithSubject = at.tokens().get(verbWithSubject.head());
            }
            for (Token c : tokens) {
                if (c.head() != verbWithSubject.index() || !"nsubj".equals(c.deprel())) continue;
                // "The Union (CU), which gathers 30 member states": a relative pronoun stands for the noun described.
                if (RELATIVE_PRONOUNS.contains(lower(c)) && "acl:relcl".equals(verbWithSubject.deprel()) && verbWithSubject.head() >= 0) {
                    return entityOrApposed(at.tokens().get(verbWithSubject.head()));
                }
                return anyEntityAt(c);
            }
            return null;
        }

        private boolean hasSubject(Token verb) {
            for (Token c : tokens) if (c.head() == verb.index() && c.deprel() != null && c.deprel().startsWith("nsubj")) return true;
            return false;
        }

        /** The entity a noun names, or the one it stands in apposition to ("Ogan, the nationalist who took 5.2%"). */
        private String entityOrApposed(Token noun) {
            String e = anyEntityAt(noun);
            if (e != null || noun.head() < 0) return e;
            if ("appos".equals(noun.deprel())) return anyEntityAt(at.tokens().get(noun.head()));
            for (Token c : tokens) {
                if (c.head() == noun.index() && "appos".equals(c.deprel())) return anyEntityAt(c);
            }
            return null;
        }

        /**
         * The entity named right after a figure's "for" ("44.9 percent for Kemal", "82 for the dissident Dullas"),
         * looking past the figure's unit and no further than the phrase (a comma, "and", another figure or a verb
         * ends it).
         */
        private String namedAfterFor(int pos) {
            int after = pos + 1;
            while (after < tokens.size() && (tokens.get(after).word().equals("%") || Set.of("percent", "per", "cent", "pct")
                    .contains(lower(tokens.get(after))))) after++;
            if (after >= tokens.size() || !lower(tokens.get(after)).equals("for")) return null;
            for (int i = after + 1; i < Math.min(tokens.size(), after + 9); i++) {
                Token k = tokens.get(i);
                String e = anyEntityAt(k);
                if (e != null) return e;
                if (SEGMENT_BREAKS.contains(k.word()) || "CC".equals(k.pos()) || "CD".equals(k.pos()) || k.isVerb()
                        || lower(k).equals("for")) return null;
            }
            return null;
        }

        private boolean hasCase(Token noun, String word) {
            for (Token c : tokens) {
                if (c.head() == noun.index() && "case".equals(c.deprel()) && lower(c).equals(word)) return true;
            }
            return false;
        }

        /**
         * Whose age an age expression gives: the person a description made of it refers to ("The 42-year-old, who
         * ..."), else the name it modifies ("the 41-year-old Tetsuya Yamagami") or stands in apposition to. With
         * {@code byName}, only a mention of a name counts: a name the phrase itself carries ("the 37-year-old civil
         * servant Lucie Castets") says whose age it is better than coreference, which may tie the whole phrase to
         * someone named before.
         */
        String ageOwner(Token first, int start, int end, boolean byName) {
            for (MentionIndex.Hit h : index.overlapping(doc, start, end)) {
                if (h.entity().type().equals("PERSON") && (!byName || h.mention().kind() == EntityMention.Kind.name)) return h.entity().id();
            }
            Token last = first;
            for (Token k : tokens) if (k.start() >= start && k.end() <= end) last = k;
            if (last.head() < 0) return null;
            Token head = at.tokens().get(last.head());
            String e = personAt(head, byName);
            if (e != null) return e;
            for (Token c : tokens) {
                // The parser may leave a name after a title unlabelled ("the 44-year-old lawyer Jonas Pelt": dep).
                if (c.head() == head.index() && c.deprel() != null && (c.deprel().equals("appos")
                        || c.deprel().equals("compound") || c.deprel().startsWith("flat")
                        || c.deprel().equals("dep") && "NNP".equals(c.pos()) && c.index() > head.index())) {
                    e = personAt(c, byName);
                    if (e != null) return e;
                }
            }
            return "appos".equals(head.deprel()) && head.head() >= 0 ? personAt(at.tokens().get(head.head()), byName) : null;
        }

        /** Whether the number at {@code i} stands alone between commas right after a person's name ("Ito, 41,"). */
        /**
         * The person named right before a phrase set off by commas that starts at token {@code first} and ends at
         * {@code end} ("Yunus, 84 years, had landed"), else null.
         */
        String nameBeforeSetOff(Token first, int end) {
            int i = tokens.indexOf(first);
            if (i < 2 || !tokens.get(i - 1).word().equals(",")) return null;
            int after = i;
            while (after < tokens.size() && tokens.get(after).start() < end) after++;
            boolean closed = after >= tokens.size() || Set.of(",", ".", ";").contains(tokens.get(after).word());
            return closed ? personAt(tokens.get(i - 2)) : null;
        }

        boolean isAgeAfterName(int i) {
            if (i < 2 || !tokens.get(i - 1).word().equals(",") || !"CD".equals(tokens.get(i).pos())) return false;
            boolean closed = i + 1 >= tokens.size() || Set.of(",", ".", ";").contains(tokens.get(i + 1).word());
            return closed && personAt(tokens.get(i - 2)) != null;
        }

        private String personAt(Token t) {
            return personAt(t, false);
        }

        /** The person a token mentions; with {@code byName}, only by a mention of the person's name. */
        private String personAt(Token t, boolean byName) {
            for (MentionIndex.Hit h : index.overlapping(doc, t.start(), t.end())) {
                if (h.entity().type().equals("PERSON") && (!byName || h.mention().kind() == EntityMention.Kind.name)) return h.entity().id();
            }
            return null;
        }

        /** The verb a duration measures ("drove for a day" → drive), so that durations of different doings differ. */
        String governingVerb(Token first) {
            Token x = first;
            for (int depth = 0; depth < 4 && x != null && x.head() >= 0; depth++) {
                x = at.tokens().get(x.head());
                if (x.isVerb()) return x.lemma() == null ? null : x.lemma().toLowerCase(Locale.ROOT);
            }
            return null;
        }

        /** The lemmas of the verbs above a token in the parse, nearest first, at most three. */
        List<String> verbsAbove(Token first) {
            List<String> out = new ArrayList<>();
            Token x = first;
            for (int depth = 0; depth < 8 && out.size() < 3 && x.head() >= 0; depth++) {
                x = at.tokens().get(x.head());
                if (x.sentence() != s.index()) break;
                if (x.isVerb() && x.lemma() != null) out.add(x.lemma().toLowerCase(Locale.ROOT));
            }
            return List.copyOf(out);
        }

        /**
         * The entity that pays a sum as the price of something: the subject of a verb of buying or selling the sum
         * is "for" ("agreed to buy Y for $3 billion"), or of "pay"/"spend" whose object the sum is ("paid $2
         * billion for Y"); null when the sum is no price or the payer is not named.
         */
        String buyer(int from, int to) {
            Token head = null;
            for (Token t : tokens) {
                if (t.start() < from || t.end() > to || t.head() < 0) continue;
                Token up = at.tokens().get(t.head());
                if (up.start() < from || up.end() > to) head = t;
            }
            if (head == null || head.deprel() == null) return null;
            Token gov = at.tokens().get(head.head());
            String lemma = gov.lemma() == null ? "" : gov.lemma().toLowerCase(Locale.ROOT);
            boolean paid = head.deprel().equals("obj") && PAYING.contains(lemma) && gov.isVerb();
            boolean bought = (head.deprel().startsWith("obl") || head.deprel().startsWith("nmod")) && hasCase(head, "for")
                    && gov.isVerb() && TRADING.contains(String.valueOf(Frames.predicateOf(at, s, gov)));
            if (!paid && !bought) return null;
            List<String> actors = Frames.actors(at, s, index, doc, types, gov, 0);
            return actors.size() == 1 ? actors.get(0) : null;
        }

        /**
         * Whether the figure in [from, to) is the new value of a change: "lowered its claim to $550 million", "raised
         * the fare to 40 cents". The old value other sources give is then no contradiction.
         */
        boolean revised(int from, int to) {
            Token head = null;
            int first = -1;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.start() < from || t.end() > to || t.head() < 0) continue;
                if (first < 0) first = k;
                Token up = at.tokens().get(t.head());
                if (up.start() < from || up.end() > to) head = t;
            }
            int b = first - 1;
            while (b >= 0 && QUALIFIERS.containsKey(lower(tokens.get(b)))) b--;
            if (head == null || b < 0 || !lower(tokens.get(b)).equals("to")) return false;
            // The "to" phrase is often parsed onto the nearest noun ("lowered its claim against the owner to $5
            // million"): the verb it belongs to is the first one up the tree.
            Token x = head;
            for (int depth = 0; depth < 5 && x.head() >= 0; depth++) {
                x = at.tokens().get(x.head());
                if (x.isVerb()) return CHANGES.contains(String.valueOf(Frames.predicateOf(at, s, x)));
            }
            return false;
        }

        String anyEntityAt(Token t) {
            for (MentionIndex.Hit h : index.overlapping(doc, t.start(), t.end())) {
                if (types.contains(h.entity().type())) return h.entity().id();
            }
            return null;
        }

        /** Whether a token names who tells the figures ("he said 23 countries applied"), part of the name included. */
        private boolean teller(Token tok) {
            Token x = tok;
            if (x.deprel() != null && (x.deprel().equals("compound") || x.deprel().startsWith("flat")) && x.head() >= 0) {
                x = at.tokens().get(x.head());
            }
            if (x.deprel() == null || !x.deprel().startsWith("nsubj") || x.head() < 0) return false;
            Token verb = at.tokens().get(x.head());
            return verb.lemma() != null && SAYING.contains(verb.lemma().toLowerCase(Locale.ROOT));
        }

        /**
         * "The African Union (AU), which gathers 54 member states": a relative clause set off by a comma counts for
         * the name right before it (an abbreviation in brackets aside), however the parser attached the clause.
         */
        private String antecedent(int from) {
            if (from < 2 || !Set.of("which", "who", "that").contains(lower(tokens.get(from)))
                    || !tokens.get(from - 1).word().equals(",")) return null;
            int k = from - 2;
            if (tokens.get(k).word().equals(")")) {
                while (k > 0 && !tokens.get(k).word().equals("(")) k--;
                k--;
            }
            // What a relative clause counts is its antecedent's, even a protagonist's ("the Union, which groups 55 ...").
            return k >= 0 ? anyEntityAt(tokens.get(k)) : null;
        }

        private String entityNear(Token c) {
            String e = entityAt(c);
            if (e != null) return e;
            for (Token g : tokens) {
                if (g.head() == c.index() && g.deprel() != null
                        && (g.deprel().equals("appos") || g.deprel().equals("compound") || g.deprel().startsWith("flat"))) {
                    e = entityAt(g);
                    if (e != null) return e;
                }
            }
            return null;
        }

        private String entityAt(Token t) {
            for (MentionIndex.Hit h : index.overlapping(doc, t.start(), t.end())) {
                String id = h.entity().id();
                if (types.contains(h.entity().type()) && !ubiquitous.contains(id)) return id;
            }
            return null;
        }
    }
}
