package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations named by a single word that is also a surname ("the Wagner group", translated as "the group
 * Wagner"): the tagger reads the word as a person. "the X group" is a mention of the organisation, and where the
 * corpus names no person with X in a full name, X alone is the organisation too.
 */
final class GroupNames {

    private GroupNames() {}

    /** The candidates of one document with "the X group" taken as one organisation name. */
    static List<Candidate> apply(String text, List<Token> toks, List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>(sorted.size());
        for (Candidate c : sorted) {
            int f = c.firstToken(), e = c.endToken();
            // "the Japanese group" is a description: only a name the tagger read as a person, an organisation or
            // some other name (MISC), not a nationality or a place.
            boolean named = c.isPerson() || "ORGANIZATION".equals(c.ner()) || "MISC".equals(c.ner());
            boolean shape = named && e - f == 1 && f > 0 && e < toks.size() && c.honorific() == null && c.title() == null
                    && c.longForm() == null && c.metonymOf() == null && toks.get(f - 1).word().equalsIgnoreCase("the")
                    && toks.get(e).word().equals("group") && toks.get(e).sentence() == toks.get(f).sentence()
                    && c.end() == toks.get(f).end() && text.substring(c.end(), toks.get(e).start()).equals(" ");
            if (!shape) {
                out.add(c);
                continue;
            }
            String name = text.substring(c.start(), toks.get(e).end());
            out.add(new Candidate(c.doc(), c.start(), toks.get(e).end(), name, name, "ORGANIZATION", c.sentence(), f, e + 1,
                    null, null, c.role(), c.affiliations(), null, null));
        }
        return out;
    }

    /** The folded head word of a group name ("wagner" of "Wagner group"), else null. */
    static String head(Candidate c) {
        List<String> w = Names.words(c.name());
        return w.size() == 2 && w.get(1).equals("group") && !c.isPerson() ? w.get(0) : null;
    }

    /**
     * The indices of one-word person-tagged names that stand for a group of the corpus: the word heads an "X group"
     * name, no person's full name contains it, and no honorific or title marks it as a person.
     */
    static Set<Integer> groupWords(List<Candidate> cs) {
        Set<String> heads = new HashSet<>(), personWords = new HashSet<>();
        for (Candidate c : cs) {
            String h = head(c);
            if (h != null) heads.add(h);
            if (c.isPerson() && c.wordCount() >= 2) personWords.addAll(Names.words(c.name()));
        }
        Set<Integer> out = new java.util.TreeSet<>();
        if (heads.isEmpty()) return out;
        Set<String> titled = new HashSet<>();
        for (Candidate c : cs) if (c.honorific() != null || c.title() != null) titled.add(Names.fold(c.name()));
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            String f = Names.fold(c.name());
            if (c.isPerson() && c.wordCount() == 1 && heads.contains(f) && !personWords.contains(f) && !titled.contains(f)) out.add(i);
        }
        return out;
    }
}
