package dev.parallax.time;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.resolve.Names;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the other calendars of the world's press, as translations keep them: Solar Hijri (Iran, Afghanistan:
 * "8 Tir", "30 Ordibehesht 1403", the year "1400"), Hijri lunar ("15 Ramadan 1445", "1445 AH"), the Thai Buddhist
 * era ("B.E. 2567"), Minguo years ("Minguo 113", "ROC year 113") and Japanese eras ("Reiwa 6"). Read only where the
 * calendar's month name or era word is in the text; a day without a year is the one nearest the writing.
 */
final class WorldCalendars {

    /** Solar Hijri months, with the spellings translations use. */
    private static final String[][] SOLAR_MONTHS = {
            {"farvardin", "farwardin"}, {"ordibehesht", "ordibehesht", "ardibehesht", "urdibihisht"}, {"khordad", "khurdad"},
            {"tir"}, {"mordad", "amordad", "murdad"}, {"shahrivar", "shahrewar", "shahrivar"}, {"mehr", "mihr"},
            {"aban"}, {"azar", "adhar"}, {"dey", "dei"}, {"bahman"}, {"esfand", "isfand", "esfand"}};
    private static final Map<String, Integer> SOLAR = new HashMap<>();
    static {
        for (int i = 0; i < SOLAR_MONTHS.length; i++) for (String n : SOLAR_MONTHS[i]) SOLAR.put(n, i + 1);
    }
    /** Solar Hijri month names that are also names or words ("Tir", "Mehr", "Azar"): read only after a day's number. */
    private static final java.util.Set<String> SHORT_SOLAR = java.util.Set.of("tir", "mehr", "mihr", "azar", "adhar", "dey", "dei", "aban");

    private static final String SOLAR_NAMES = "(farvardin|farwardin|ordibehesht|ardibehesht|urdibihisht|khordad|khurdad|tir|mordad"
            + "|amordad|murdad|shahrivar|shahrewar|mehr|mihr|aban|azar|adhar|dey|dei|bahman|esfand|isfand)";
    private static final String LUNAR_NAMES = "(muharram|moharram|safar|rabi[’'`]?\\s?(?:al|ul)?-?\\s?(?:awwal|awal|ula|thani|akhir|sani|i{1,2})"
            + "|jumada\\s?(?:al|ul)?-?\\s?(?:awwal|ula|oula|thani|akhirah|akhira|i{1,2})|rajab|sha[’'`]?a?ban|rama[dz]h?an|shaww?al"
            + "|dh?u[’'`]?l?\\s?-?(?:al)?-?\\s?q[ia][’'`]?dah|dh?u[’'`]?l?\\s?-?(?:al)?-?\\s?hijjah?|zul\\s(?:qadah|hijjah))";
    private static final String YEAR3_4 = "(?:,?\\s+(1[2-5]\\d{2}))?";
    /** "8 Tir", "30 Ordibehesht 1403", "Tir 8". */
    private static final Pattern SOLAR_DAY = Pattern.compile("(?i)(?<![\\d.])(?:([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + SOLAR_NAMES + "|" + SOLAR_NAMES + "\\s+([1-9]|[12]\\d|3[01])\\b)" + YEAR3_4 + "(?![\\p{L}\\d])");
    /** "15 Ramadan 1445", "1 Muharram", "Ramadan 15, 1445". */
    private static final Pattern LUNAR_DAY = Pattern.compile("(?i)(?<![\\d.])(?:([1-9]|[12]\\d|30)(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + LUNAR_NAMES + "|" + LUNAR_NAMES + "\\s+([1-9]|[12]\\d|30)\\b)" + YEAR3_4 + "(?:\\s*(?:AH|A\\.H\\.|H|Hijri))?(?![\\p{L}\\d])");
    /** A year of the Solar Hijri or Hijri calendar in figures: "1400", "1445 AH". */
    private static final Pattern HIJRI_YEAR = Pattern.compile("(?<![\\d.,/\\-])(1[2-5]\\d{2})(\\s*(?:AH|A\\.H\\.|SH|S\\.H\\.|AP|H\\.?S\\.?)\\b)?(?![\\d.,/\\-]|\\s?%)");
    /** Words that tell the text counts years by the Hijri calendars. */
    private static final Pattern SOLAR_WORD = Pattern.compile("(?i)\\b(?:solar hijri|hijri shamsi|shamsi|persian calendar|iranian calendar|afghan calendar)\\b");
    private static final Pattern LUNAR_WORD = Pattern.compile("(?i)\\b(?:hijri|hijra|lunar calendar|islamic calendar)\\b");
    /** "B.E. 2567", "2567 BE", "Buddhist Era 2567". */
    private static final Pattern BUDDHIST_YEAR = Pattern.compile("(?:\\b(?:B\\.E\\.|BE|Buddhist\\s+Era|Buddhist\\s+year)\\s*(2[45]\\d{2})\\b"
            + "|\\b(2[45]\\d{2})\\s*(?:B\\.E\\.|BE\\b))");
    /** "Minguo 113", "ROC year 113", "the 113th year of the Republic". */
    private static final Pattern MINGUO_YEAR = Pattern.compile("(?i)\\b(?:minguo|min\\s?guo|roc\\s+year|year\\s+of\\s+the\\s+republic)\\s+(\\d{1,3})\\b"
            + "|\\bthe\\s+(\\d{1,3})(?:st|nd|rd|th)\\s+year\\s+of\\s+the\\s+republic(?:\\s+of\\s+china)?\\b");
    /** "Reiwa 6", "Heisei 31", "Showa 64": a year of a Japanese era (1 or "first" for its first year, "gannen"). */
    private static final Pattern JAPANESE_YEAR = Pattern.compile("\\b(Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Meiji)\\s+(\\d{1,2}|gannen)\\b");
    private static final Map<String, Integer> ERA_START = Map.of("reiwa", 2019, "heisei", 1989, "showa", 1926, "shōwa", 1926,
            "taisho", 1912, "taishō", 1912, "meiji", 1868);

    /** The first day of the Solar Hijri year 1403 (Nowruz), from which other years are counted. */
    private static final LocalDate NOWRUZ_1403 = LocalDate.of(2024, 3, 20);

    private WorldCalendars() {}

    /** {@code known} with the dates of other calendars put in place of what SUTime made of them. */
    static List<TemporalExpression> add(Document d, LocalDate reference, List<TemporalExpression> known) {
        String text = d.text();
        List<TemporalExpression> found = new ArrayList<>();
        boolean solar = false, lunar = false;
        Matcher m = SOLAR_DAY.matcher(text);
        while (m.find()) {
            String name = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            int month = SOLAR.get(name);
            if (m.group(3) != null && SHORT_SOLAR.contains(name)) continue;
            // A month with 30 days or fewer (the last of 29 or 30) cannot have a 31st.
            if (day > (month <= 6 ? 31 : 30)) continue;
            solar = true;
            LocalDate date = m.group(5) != null ? solarDate(Integer.parseInt(m.group(5)), month, day) : nearestSolar(month, day, reference);
            if (date != null) found.add(expr(d, m.start(), m.end(), date.toString()));
        }
        m = LUNAR_DAY.matcher(text);
        while (m.find()) {
            int month = lunarMonth(m.group(2) != null ? m.group(2) : m.group(3));
            if (month == 0) continue;
            int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            lunar = true;
            LocalDate date = m.group(5) != null ? lunarDate(Integer.parseInt(m.group(5)), month, day) : nearestLunar(month, day, reference);
            if (date != null) found.add(expr(d, m.start(), m.end(), date.toString()));
        }
        solar |= SOLAR_WORD.matcher(text).find();
        lunar |= LUNAR_WORD.matcher(text).find();
        m = HIJRI_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            String era = m.group(2) == null ? "" : m.group(2).replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
            boolean asSolar = era.equals("SH") || era.equals("AP") || era.equals("HS") || era.isEmpty() && solar && !lunar;
            boolean asLunar = era.equals("AH") || era.isEmpty() && lunar && !solar;
            // A bare figure is a year of the calendar only near the writing year in it, not a count ("1400 people").
            if (!asSolar && !asLunar || era.isEmpty() && !countsNearWriting(year, asSolar, reference)
                    || era.isEmpty() && !yearWord(text, m.start(), m.end())) continue;
            String value = asSolar ? solarYear(year) : lunarYear(year);
            if (value != null) found.add(expr(d, m.start(), m.end(), value));
        }
        m = BUDDHIST_YEAR.matcher(text);
        while (m.find()) found.add(expr(d, m.start(), m.end(), String.valueOf(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) - 543)));
        m = MINGUO_YEAR.matcher(text);
        while (m.find()) found.add(expr(d, m.start(), m.end(), String.valueOf(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) + 1911)));
        m = JAPANESE_YEAR.matcher(text);
        while (m.find()) {
            int n = m.group(2).equals("gannen") ? 1 : Integer.parseInt(m.group(2));
            found.add(expr(d, m.start(), m.end(), String.valueOf(ERA_START.get(m.group(1).toLowerCase(Locale.ROOT)) + n - 1)));
        }
        return WrittenDates.merged(known, found);
    }

    /** Whether a bare year figure reads as a year: "in 1400", "the year 1403", "since 1399", "1400 budget". */
    private static boolean yearWord(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return before.matches("(?s).*\\b(?:in|of|since|until|year|the|from|by|before|after|during|and|to)\\s+$") && !after.matches("^\\s?\\d.*");
    }

    /** Whether a year of the Hijri calendars lies within a century before the writing or a few years after it. */
    private static boolean countsNearWriting(int year, boolean solar, LocalDate reference) {
        int now = reference == null ? 2024 : reference.getYear();
        int gregorian = solar ? year + 621 : (int) Math.round(year * 0.970229 + 621.5643);
        return gregorian <= now + 5 && gregorian >= now - 100;
    }

    /** Whether a Solar Hijri year has 366 days, by the 33-year arithmetic rule (right for the years around now). */
    static boolean solarLeap(int year) {
        return Math.floorMod(25 * year + 11, 33) < 8;
    }

    /** The first day (Nowruz) of a Solar Hijri year. */
    static LocalDate nowruz(int year) {
        LocalDate day = NOWRUZ_1403;
        for (int y = 1403; y < year; y++) day = day.plusDays(solarLeap(y) ? 366 : 365);
        for (int y = 1403; y > year; y--) day = day.minusDays(solarLeap(y - 1) ? 366 : 365);
        return day;
    }

    /** The Gregorian day of a Solar Hijri date: six months of 31 days, five of 30, and Esfand of 29 or 30. */
    static LocalDate solarDate(int year, int month, int day) {
        if (year < 1200 || year > 1600) return null;
        int offset = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
        return nowruz(year).plusDays(offset + day - 1L);
    }

    /** A Solar Hijri year as the Gregorian days it spans: "1400" is 2021-03-21/2022-03-20. */
    static String solarYear(int year) {
        if (year < 1200 || year > 1600) return null;
        return nowruz(year) + "/" + nowruz(year + 1).minusDays(1);
    }

    private static LocalDate nearestSolar(int month, int day, LocalDate reference) {
        if (reference == null) return null;
        int year = reference.isBefore(nowruz(reference.getYear() - 621)) ? reference.getYear() - 622 : reference.getYear() - 621;
        return nearest(List.of(solarDate(year - 1, month, day), solarDate(year, month, day), solarDate(year + 1, month, day)), reference);
    }

    private static LocalDate lunarDate(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String lunarYear(int year) {
        LocalDate first = lunarDate(year, 1, 1), next = lunarDate(year + 1, 1, 1);
        return first == null || next == null ? null : first + "/" + next.minusDays(1);
    }

    private static LocalDate nearestLunar(int month, int day, LocalDate reference) {
        if (reference == null) return null;
        int year;
        try {
            year = HijrahDate.from(reference).get(java.time.temporal.ChronoField.YEAR);
        } catch (DateTimeException e) {
            return null;
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) candidates.add(lunarDate(y, month, day));
        return nearest(candidates, reference);
    }

    private static LocalDate nearest(List<LocalDate> candidates, LocalDate reference) {
        LocalDate best = null;
        for (LocalDate c : candidates) {
            if (c != null && (best == null || Math.abs(c.toEpochDay() - reference.toEpochDay()) < Math.abs(best.toEpochDay() - reference.toEpochDay()))) best = c;
        }
        return best;
    }

    /** The number of a Hijri lunar month from any of the spellings {@link #LUNAR_NAMES} reads, or 0. */
    static int lunarMonth(String name) {
        String k = Names.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        boolean first = k.matches(".*\\b(?:awwal|awal|ula|oula|i)$");
        if (k.startsWith("muharram") || k.startsWith("moharram")) return 1;
        if (k.startsWith("safar")) return 2;
        if (k.startsWith("rabi")) return first ? 3 : 4;
        if (k.startsWith("jumada")) return first ? 5 : 6;
        if (k.startsWith("rajab")) return 7;
        if (k.startsWith("shaww") || k.startsWith("shawal")) return 10;
        if (k.startsWith("sha")) return 8;
        if (k.startsWith("rama")) return 9;
        if (k.contains("hijj")) return 12;
        if (k.startsWith("dh") || k.startsWith("zu") || k.startsWith("du")) return 11;
        return 0;
    }

    private static TemporalExpression expr(Document d, int start, int end, String value) {
        return new TemporalExpression(d.id(), start, end, d.text().substring(start, end), "DATE", value, value, null);
    }
}
