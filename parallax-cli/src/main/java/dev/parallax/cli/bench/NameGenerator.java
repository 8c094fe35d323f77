package dev.parallax.cli.bench;

import dev.parallax.resolve.Candidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a synthetic news corpus of name mentions with a known answer: people mentioned by full name, surname,
 * honorific and typo'd surname, East Asian order swaps, and organisations with acronyms. Seeded, so every run of a
 * size produces the same data.
 */
final class NameGenerator {

    /** A generated mention and the entity it truly refers to. */
    record Labeled(Candidate candidate, int truth) {}

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
            "ch", "sh", "br", "kr", "st", "tr", "gr", "pl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ei"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "m", "k", "t"};
    private static final String[] ORG_WORDS = {"Institute", "Council", "Agency", "Foundation", "Ministry", "Commission",
            "Centre", "Union", "Bank", "Party"};
    private static final String[] ORG_TOPICS = {"Maritime", "Energy", "Security", "Trade", "Health", "Digital", "Rural",
            "Fisheries", "Transport", "Water", "Science", "Labour", "Defence", "Climate"};

    private final Random random;

    NameGenerator(long seed) {
        this.random = new Random(seed);
    }

    private String word(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            if (i == syllables - 1) b.append(CODAS[random.nextInt(CODAS.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private String typo(String w) {
        int i = 1 + random.nextInt(w.length() - 2);
        return random.nextBoolean() ? w.substring(0, i) + w.substring(i + 1)
                : w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
    }

    /** About {@code mentions} mentions over documents of about 40 mentions each. */
    List<Labeled> generate(int mentions) {
        int people = Math.max(10, mentions / 25);
        int orgs = Math.max(5, mentions / 100);
        List<String[]> persons = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (persons.size() < people) {
            String[] p = {word(2), word(2 + random.nextInt(2))};
            if (used.add(p[0] + " " + p[1])) persons.add(p);
        }
        List<String[]> organisations = new ArrayList<>();
        while (organisations.size() < orgs) {
            String name = word(2) + " " + ORG_TOPICS[random.nextInt(ORG_TOPICS.length)] + " " + ORG_WORDS[random.nextInt(ORG_WORDS.length)];
            String acronym = name.chars().filter(Character::isUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (used.add(name)) organisations.add(new String[] {name, acronym});
        }
        List<Labeled> out = new ArrayList<>(mentions);
        int doc = 0;
        while (out.size() < mentions) {
            String docId = "d" + (doc++);
            int offset = 0;
            // A document is about a few people and one or two organisations, each introduced by full name first.
            int cast = 2 + random.nextInt(4);
            for (int k = 0; k < cast && out.size() < mentions; k++) {
                int who = random.nextInt(people);
                String[] p = persons.get(who);
                int times = 1 + random.nextInt(8);
                for (int m = 0; m < times && out.size() < mentions; m++) {
                    String surface;
                    double r = random.nextDouble();
                    if (m == 0) surface = r < 0.1 ? p[1] + " " + p[0] : p[0] + " " + p[1];
                    else if (r < 0.5) surface = p[1];
                    else if (r < 0.75) surface = (random.nextBoolean() ? "Mr. " : "Ms ") + p[1];
                    else if (r < 0.82) surface = typo(p[1]);
                    else surface = p[0] + " " + p[1];
                    String name = surface.startsWith("Mr. ") ? surface.substring(4) : surface.startsWith("Ms ") ? surface.substring(3) : surface;
                    String honorific = name.equals(surface) ? null : surface.substring(0, surface.indexOf(' '));
                    out.add(new Labeled(new Candidate(docId, offset, offset + surface.length(), surface, name, "PERSON",
                            offset / 200, offset, offset + 1, honorific, null, null, List.of(), null, null), who));
                    offset += surface.length() + 60;
                }
            }
            int orgCount = 1 + random.nextInt(2);
            for (int k = 0; k < orgCount && out.size() < mentions; k++) {
                int which = random.nextInt(orgs);
                String[] o = organisations.get(which);
                int times = 1 + random.nextInt(4);
                for (int m = 0; m < times && out.size() < mentions; m++) {
                    boolean define = m == 0 && random.nextBoolean();
                    String surface = m == 0 ? o[0] : random.nextBoolean() ? o[1] : o[0];
                    out.add(new Labeled(new Candidate(docId, offset, offset + surface.length(), surface, surface,
                            "ORGANIZATION", offset / 200, offset, offset + 1, null, null, null, List.of(), null, null),
                            people + which));
                    offset += surface.length() + 2;
                    if (define) {
                        out.add(new Labeled(new Candidate(docId, offset, offset + o[1].length(), o[1], o[1], "ORGANIZATION",
                                offset / 200, offset, offset + 1, null, null, null, List.of(), o[0], null), people + which));
                        offset += o[1].length() + 60;
                    }
                }
            }
        }
        return out;
    }
}
