package dev.parallax.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dated events known before reading the corpus: recurring summits (organiser, host country and city) and landmark
 * events recognised by a trigger word and the entities a sentence names ("invaded" + "Ukraine").
 */
public final class Calendar {

    /** A summit of an organisation in a host country. */
    public record Summit(String organiser, String country, String city, Interval dates) {}

    /** A landmark event: its name, trigger lemmas, the entity names a sentence must contain, and its dates. */
    public record Landmark(String name, Set<String> triggers, List<String> entities, Interval dates) {}

    private static final Calendar STANDARD;

    static {
        try (InputStream in = Calendar.class.getResourceAsStream("calendar.tsv")) {
            STANDARD = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final List<Summit> summits;
    private final List<Landmark> landmarks;

    private Calendar(List<Summit> summits, List<Landmark> landmarks) {
        this.summits = List.copyOf(summits);
        this.landmarks = List.copyOf(landmarks);
    }

    public static Calendar standard() {
        return STANDARD;
    }

    /** The standard calendar plus the rows of a user's file in the same format. */
    public static Calendar withFile(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Calendar.class.getResourceAsStream("calendar.tsv")) {
            lines.addAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        return parse(lines);
    }

    static Calendar parse(List<String> lines) {
        List<Summit> summits = new ArrayList<>();
        List<Landmark> landmarks = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            if (c[0].equals("summit") && c.length >= 6) {
                summits.add(new Summit(c[1], c[2], c[3], new Interval(LocalDate.parse(c[4]), LocalDate.parse(c[5]))));
            } else if (c[0].equals("landmark") && c.length >= 6) {
                landmarks.add(new Landmark(c[1], Set.of(c[2].toLowerCase(Locale.ROOT).split("\\|")),
                        List.of(c[3].split("\\|")), new Interval(LocalDate.parse(c[4]), LocalDate.parse(c[5]))));
            }
        }
        return new Calendar(summits, landmarks);
    }

    /** Summits of an organiser in a country (any year). */
    public List<Summit> summits(String organiser, String country) {
        return summits.stream().filter(s -> s.organiser().equalsIgnoreCase(organiser)
                && (country == null || s.country().equalsIgnoreCase(country))).toList();
    }

    /** Landmarks a sentence refers to: one of its lemmas is a trigger and it names one of the required entities. */
    public List<Landmark> landmarks(Collection<String> lemmas, Collection<String> entityNames) {
        List<Landmark> out = new ArrayList<>();
        for (Landmark l : landmarks) {
            boolean trigger = lemmas.stream().anyMatch(x -> l.triggers().contains(x.toLowerCase(Locale.ROOT)));
            boolean named = l.entities().stream().anyMatch(e -> entityNames.stream().anyMatch(n -> n.equalsIgnoreCase(e)));
            if (trigger && named) out.add(l);
        }
        return out;
    }
}
