package dev.parallax.compare;

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
import java.util.regex.Pattern;

/** The framing and tone lexicons shipped with Parallax (documented in their resource files). */
final class Lexicons {

    /** A framing term: its category and the pattern that finds it. */
    record FramingTerm(String category, String label, Pattern pattern) {}

    static final List<FramingTerm> FRAMING = framing();
    static final Map<String, Integer> TONE = tone();

    private Lexicons() {}

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FramingTerm> framing() {
        List<FramingTerm> out = new ArrayList<>();
        for (String line : lines("framing.tsv")) {
            String[] c = line.split("\t", 2);
            boolean names = !c[1].equals(c[1].toLowerCase(java.util.Locale.ROOT));
            int flags = names ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            String label = c[1].replace("\\b", "").replace("\\", "");
            out.add(new FramingTerm(c[0], label, Pattern.compile(c[1], flags)));
        }
        return out;
    }

    private static Map<String, Integer> tone() {
        Map<String, Integer> out = new HashMap<>();
        for (String line : lines("tone.tsv")) {
            String[] c = line.split("\t", 2);
            int polarity = Integer.parseInt(c[0]);
            for (String w : c[1].split("\\s+")) out.put(w, polarity);
        }
        return out;
    }
}
