package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.NameWords.startsUpper;

/**
 * A title in another language the tagger read as the first word of a person's name ("Bundespräsident Frank-Walter
 * Steinmeier", "her Kanzlerkandidat Friedrich Merz"), cut off and kept as the person's title, when the rest is a full
 * name the corpus names elsewhere and the word is used as a noun: after an article or a possessive here, or as a word
 * of its own elsewhere ("the Bundespräsident"). A given name in front of a known name ("Tomas Aldo Kwende" beside
 * "Aldo Kwende") is neither, and is left alone.
 */
final class TitlesBeforeKnownNames {

    private TitlesBeforeKnownNames() {}

    /** Articles and possessives of the languages translations keep titles from, and of English, lower case. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "that", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "sein", "seine",
            "ihr", "ihre", "le", "la", "les", "l'", "un", "une", "son", "sa", "el", "los", "las", "una", "su", "il",
            "lo", "gli", "o", "os", "as", "um", "uma", "de", "het", "een", "zijn", "haar");

    static List<Candidate> apply(List<Candidate> all, Map<String, String> texts, Map<String, AnnotatedText> ats) {
        Set<String> fullNames = new HashSet<>();
        Map<String, Set<String>> restsAfter = new java.util.HashMap<>();
        Set<String> nounsAlone = new HashSet<>();
        for (Candidate c : all) {
            List<String> w = Names.words(c.name());
            if (c.isPerson() && Names.wordsWithoutParticles(c.name()).size() >= 2) {
                fullNames.add(Names.fold(c.name()));
                restsAfter.computeIfAbsent(w.get(0), k -> new HashSet<>()).add(String.join(" ", w.subList(1, w.size())));
            }
            if (!c.isPerson() && w.size() == 1) nounsAlone.add(w.get(0));
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            Candidate cut = cut(c, texts.get(c.doc()), ats.get(c.doc()), fullNames, restsAfter, nounsAlone);
            out.add(cut == null ? c : cut);
        }
        return out;
    }

    /** The candidate without its title word, or null when it has none to cut. */
    private static Candidate cut(Candidate c, String text, AnnotatedText at, Set<String> fullNames,
                                 Map<String, Set<String>> restsAfter, Set<String> nounsAlone) {
        if (!c.isPerson() || c.honorific() != null || c.title() != null || c.metonymOf() != null || text == null || at == null) {
            return null;
        }
        List<Token> toks = at.tokens();
        if (c.endToken() - c.firstToken() < 3 || c.endToken() > toks.size()) return null;
        Token first = toks.get(c.firstToken()), next = toks.get(c.firstToken() + 1);
        String word = first.word();
        if (!startsUpper(first) || !startsUpper(next) || !word.chars().allMatch(Character::isLetter) || first.start() != c.start()) {
            return null;
        }
        String rest = Names.stripPossessive(text.substring(next.start(), c.end()));
        String folded = Names.fold(word);
        if (Names.wordsWithoutParticles(rest).size() < 2 || !fullNames.contains(Names.fold(rest))) return null;
        // A word that opens other people's names is a given name ("Anna Maria Keller" and "Anna Brandt").
        for (String r : restsAfter.getOrDefault(folded, Set.of())) if (!fullNames.contains(r)) return null;
        boolean afterDeterminer = c.firstToken() > 0 && toks.get(c.firstToken() - 1).sentence() == first.sentence()
                && DETERMINERS.contains(toks.get(c.firstToken() - 1).word().toLowerCase(java.util.Locale.ROOT));
        if (!afterDeterminer && !nounsAlone.contains(folded)) return null;
        return new Candidate(c.doc(), next.start(), c.end(), text.substring(next.start(), c.end()), rest, c.ner(),
                c.sentence(), c.firstToken() + 1, c.endToken(), null, word, c.role() != null ? c.role() : word,
                c.affiliations(), c.longForm(), null);
    }
}
