package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.resolve.GenderWords;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the documents say of a person's gender, for the pronoun that speaks ("she said"): a courtesy title before a
 * name ("Mrs Lim", "Monsieur Roux"), a gendered noun in a description ("spokeswoman", "chairman"), a given name that
 * women or men almost only bear ("Karin", "Thomas"); only when these say nothing, the pronouns the resolver linked
 * to the person, by majority ({@link #byPronouns}: a single wrongly linked "he" does not make a woman a man).
 */
final class Genders {

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");

    private Genders() {}

    /**
     * True for a man, false for a woman, null when no title, noun or given name says. {@code texts} gives each document's text, to
     * read the title right before each name the person is mentioned by.
     */
    static Boolean male(Entity e, java.util.function.Function<String, String> texts) {
        int strong = 0;
        for (String a : e.aliases()) strong += ofTitle(a.split("[\\s.]+")[0]) + ofGivenName(a);
        for (String d : e.descriptions()) for (String w : d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) strong += ofNoun(w);
        for (EntityMention m : e.mentions()) {
            if (m.kind() != EntityMention.Kind.name) continue;
            String text = texts.apply(m.doc());
            if (text == null || m.start() > text.length()) continue;
            Matcher t = TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
            if (t.find()) strong += ofTitle(t.group(1));
        }
        return strong == 0 ? null : strong > 0;
    }

    /**
     * What the pronouns linked to a person say, by majority: true for "he", false for "she", null for a tie.
     * Pronouns {@code quoted} holds are left out: in the person's own quoted words "he" is someone else.
     */
    static Boolean byPronouns(Entity e, java.util.function.Predicate<EntityMention> quoted) {
        int he = 0, she = 0;
        for (EntityMention m : e.mentions()) {
            if (m.kind() != EntityMention.Kind.pronoun || quoted.test(m)) continue;
            String w = m.text().toLowerCase(Locale.ROOT);
            if (MALE_PRONOUNS.contains(w)) he++;
            if (FEMALE_PRONOUNS.contains(w)) she++;
        }
        return he == she ? null : he > she;
    }

    /** 1 for a man's courtesy title, -1 for a woman's, 0 otherwise (a capitalised word only: "m" is no title in "5 m"). */
    static int ofTitle(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return 0;
        return GenderWords.ofTitle(word);
    }

    private static int ofNoun(String w) {
        return GenderWords.ofNoun(w);
    }

    /** The gender the first word of a name of two words or more gives, when it is a known given name. */
    static int ofGivenName(String name) {
        return GenderWords.ofGivenName(name);
    }

}
