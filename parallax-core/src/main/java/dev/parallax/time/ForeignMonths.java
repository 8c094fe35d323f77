package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Timex;
import dev.parallax.resolve.Names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates whose month a translation left in the source language ("Juni 25", "am 16. Dezember", "3 juin", "5 de junio
 * de 2024"), which SUTime does not read: the month names of the main European languages (German, Dutch, French,
 * Spanish, Italian, Portuguese, Polish, Czech, Swedish, Danish and Norwegian, Romanian, Turkish), with a day number
 * before or after.
 */
final class ForeignMonths {

    /** Month names by month, written without accents; the English ones are SUTime's and left out. */
    private static final String[][] NAMES = {
            {"januar", "januari", "janvier", "enero", "gennaio", "janeiro", "stycznia", "styczen", "ledna", "leden", "januarie", "ocak", "jaenner", "janner"},
            {"februar", "februari", "fevrier", "febrero", "febbraio", "fevereiro", "lutego", "luty", "unora", "unor", "februarie", "subat"},
            {"maerz", "marz", "maart", "mars", "marzo", "marco", "marca", "marzec", "brezna", "brezen", "martie", "mart"},
            {"avril", "abril", "aprile", "kwietnia", "kwiecien", "dubna", "duben", "aprilie", "nisan"},
            {"mai", "mei", "mayo", "maggio", "maio", "maja", "maj", "kvetna", "kveten", "mayis"},
            {"juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "cervna", "cerven", "iunie", "haziran"},
            {"juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "cervence", "cervenec", "iulie", "temmuz"},
            {"augustus", "aout", "agosto", "sierpnia", "sierpien", "srpna", "srpen", "augusti", "agustos"},
            {"septembre", "septiembre", "setiembre", "settembre", "setembro", "wrzesnia", "wrzesien", "zari", "septembrie", "eylul"},
            {"oktober", "octobre", "octubre", "ottobre", "outubro", "pazdziernika", "pazdziernik", "rijna", "rijen", "octombrie", "ekim"},
            {"novembre", "noviembre", "novembro", "listopada", "listopad", "noiembrie", "kasim"},
            {"dezember", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "grudzien", "prosince", "prosinec", "decembrie", "aralik"}};
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    static {
        for (int i = 0; i < NAMES.length; i++) for (String n : NAMES[i]) MONTHS.put(plain(n), i + 1);
    }
    private static final String WORD = "(\\p{L}{3,12})";
    private static final String YEAR = "(?:,?\\s+(?:de\\s+)?((?:19|20)\\d{2}))?";
    /** "16. Dezember", "3 juin", "5 de junio de 2024", "le 3 juin 2024". */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+|di\\s+)?" + WORD + YEAR + "(?!\\p{L})");
    /**
     * "the 6. November", "am 6. November 2024": an English month after a day written the German way, with a dot,
     * which SUTime reads as the month alone. Only after a word that a day follows.
     */
    private static final Pattern DOTTED_DAY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s+(January|February|March|April|May|June|July"
            + "|August|September|October|November|December)" + YEAR + "(?!\\p{L})");
    /**
     * Words after which a number with a dot is a day, not the end of a sentence ("the score was 6. November brought
     * rain"): the tokenizer splits the sentence at the dot either way.
     */
    private static final Pattern DAY_WORD_BEFORE = Pattern.compile("(?i)\\b(?:the|on|of|from|until|till|since|before|after|between|am|vom|zum|bis)\\s+$");
    /** "Juni 25", "Juni 25, 2024". */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?<!\\p{L})" + WORD + "\\s+(\\d{1,2})(?:\\.|\\b)" + YEAR + "(?![\\d])");

    /** Month names that are also given names or common words ("Marco", "Mai", "Mars"), read only after a day number. */
    private static final java.util.Set<String> NOT_BEFORE_A_DAY = java.util.Set.of("marco", "mai", "mars", "mart", "maj",
            "mei", "nisan", "kasim", "ekim", "luty", "mayo");

    private ForeignMonths() {}

    /** {@code timexes} with the dates written with a foreign month name added (those SUTime read already kept). */
    static List<Timex> add(String text, AnnotatedText at, List<Timex> timexes) {
        return add(text, at, timexes, List.of(DAY_FIRST, MONTH_FIRST));
    }

    /** {@code timexes} with the days written with a dot before an English month ("the 6. November") added. */
    static List<Timex> addDotted(String text, AnnotatedText at, List<Timex> timexes) {
        return add(text, at, timexes, List.of(DOTTED_DAY));
    }

    private static List<Timex> add(String text, AnnotatedText at, List<Timex> timexes, List<Pattern> patterns) {
        List<Timex> out = new ArrayList<>(timexes);
        boolean added = false;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean dayFirst = p != MONTH_FIRST;
                String name = plain(m.group(dayFirst ? 2 : 1));
                Integer month = p == DOTTED_DAY ? Integer.valueOf(Reading.month(name)) : MONTHS.get(name);
                if (p == DOTTED_DAY && !DAY_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) continue;
                if (month == null || (!dayFirst && NOT_BEFORE_A_DAY.contains(name))) continue;
                int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                if (day < 1 || day > 31) continue;
                int start = m.start(), end = m.end();
                boolean partly = false;
                for (Timex t : out) partly |= t.start() < end && start < t.end() && !(start <= t.start() && t.end() <= end);
                if (partly) continue;
                out.removeIf(t -> start <= t.start() && t.end() <= end);
                String value = (m.group(3) == null ? "XXXX" : m.group(3)) + String.format(Locale.ROOT, "-%02d-%02d", month, day);
                var sentence = at == null ? null : at.sentenceAt(start);
                out.add(new Timex(start, end, m.group(), "DATE", value, null, sentence == null ? 0 : sentence.index()));
                added = true;
            }
        }
        if (added) out.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return out;
    }

    /** A word as {@link Names#fold} writes it, with the two letters no accent mark splits off ("ł", "ı") folded too. */
    private static String plain(String word) {
        return Names.fold(word).replace("ł", "l").replace("ı", "i");
    }
}
