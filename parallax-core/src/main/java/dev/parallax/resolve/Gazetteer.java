package dev.parallax.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small hand-built list of frequent world entities (countries, regions, major organisations and news outlets)
 * with their aliases, demonyms, capitals and Wikidata ids: it fixes tagger types, joins "U.S." with "United
 * States", and tells that "Beijing" can stand for China's government.
 */
public final class Gazetteer {

    /** One known entity. {@code kind} says what it is ("country", "alliance", "newspaper" ...). */
    public record Entry(String type, String name, List<String> aliases, List<String> demonyms, List<String> seats,
                        String wikidata, String kind) {}

    private static final Gazetteer STANDARD = load();

    private final List<Entry> entries;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byAcronym = new HashMap<>();
    private final Map<String, Entry> bySeat = new HashMap<>();
    private final Map<String, Entry> byDemonym = new HashMap<>();

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            byName.putIfAbsent(key(e.name()), e);
            for (String a : e.aliases()) {
                if (Names.isAcronym(a.replace(" ", ""))) byAcronym.putIfAbsent(a.replace(".", ""), e);
                else byName.putIfAbsent(key(a), e);
            }
            for (String s : e.seats()) bySeat.putIfAbsent(key(s), e);
            for (String d : e.demonyms()) byDemonym.putIfAbsent(key(d), e);
        }
    }

    public static Gazetteer standard() {
        return STANDARD;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry a name refers to: by name or alias, or (case-sensitively) by acronym. */
    public Optional<Entry> lookup(String surface) {
        String s = Names.stripPossessive(surface.strip());
        if (s.startsWith("the ") || s.startsWith("The ")) {
            Entry withArticle = byName.get(key(s));
            if (withArticle != null) return Optional.of(withArticle);
            s = s.substring(4);
        }
        Entry e = byAcronym.get(s.replace(".", ""));
        if (e != null) return Optional.of(e);
        // "Nato", "Opec", "Unesco": British style writes an acronym said as a word with one capital. Four letters at
        // least, so that a short word ("Eu", "Un") is not read as one.
        if (s.length() >= 4 && s.chars().allMatch(Character::isLetter) && Character.isUpperCase(s.charAt(0))
                && s.substring(1).equals(s.substring(1).toLowerCase(java.util.Locale.ROOT))) {
            e = byAcronym.get(s.toUpperCase(java.util.Locale.ROOT));
            if (e != null && "ORG".equals(e.type())) return Optional.of(e);
        }
        e = byName.get(key(s));
        if (e != null) return Optional.of(e);
        // "Republic of Ruritania", "Kingdom of Ruritania": a country's formal name is the country.
        var formal = FORMAL.matcher(s);
        if (formal.matches()) {
            Entry country = byName.get(key(formal.group(1)));
            if (country != null && "country".equals(country.kind())) return Optional.of(country);
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern FORMAL = java.util.regex.Pattern.compile(
            "(?:(?:Federal|Federative|Democratic|Islamic|People's|Socialist|United|Arab|Plurinational|Bolivarian|Hashemite|Cooperative)\\s+)*"
                    + "(?:Republic|Kingdom|State|Commonwealth|Federation|Sultanate|Emirate|Principality|Grand Duchy|Confederation)"
                    + "\\s+of\\s+(?:the\\s+)?(.+)");

    /** Organisation names by the set of their content words, built on first use ({@link #organisationByWords}). */
    private volatile Map<Set<String>, Entry> byWordSet;

    /**
     * The organisation a translated name stands for when its content words are those of a known name in another
     * order ("Economic Community of the States of Africa of the West" for "Economic Community of West African
     * States"): a word-for-word calque keeps the words and loses their order. Three content words at least, so that
     * a short generic name ("Security Council") does not find a namesake.
     */
    public Optional<Entry> organisationByWords(String surface) {
        Map<Set<String>, Entry> index = byWordSet;
        if (index == null) {
            Map<Set<String>, Entry> built = new HashMap<>();
            for (Entry e : entries) {
                if (!"ORG".equals(e.type())) continue;
                List<String> names = new ArrayList<>(e.aliases());
                names.add(0, e.name());
                for (String n : names) {
                    Set<String> words = new java.util.TreeSet<>(Names.contentStems(n));
                    if (words.size() >= 3) built.putIfAbsent(words, e);
                }
            }
            byWordSet = index = built;
        }
        Set<String> words = new java.util.TreeSet<>(Names.contentStems(Names.stripPossessive(surface.strip())));
        return words.size() >= 3 ? Optional.ofNullable(index.get(words)) : Optional.empty();
    }

    /** The country whose capital or seat of government this is ("Beijing" → China). */
    public Optional<Entry> seatOf(String surface) {
        return Optional.ofNullable(bySeat.get(key(Names.stripPossessive(surface))));
    }

    /** The entry a demonym belongs to ("Japanese" → Japan). */
    public Optional<Entry> demonymOf(String surface) {
        return Optional.ofNullable(byDemonym.get(key(surface)));
    }

    /** A folded word mapped to the folded name of the country it is the demonym of, else the word itself. */
    public String demonymToCountry(String foldedWord) {
        Entry e = byDemonym.get(foldedWord);
        return e == null ? foldedWord : key(e.name());
    }

    private static String key(String s) {
        return Names.numberKey(Names.fold(s));
    }

    private static Gazetteer load() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                out.add(new Entry(c[0], c[1], list(c[2]), list(c[3]), list(c[4]), c[5].isEmpty() ? null : c[5], c[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(out);
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }
}
