package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the texts say was done to a person: the verbs whose object or passive subject the person's name is
 * ("soldiers detained President Ana Vell", "Vell was deposed") and the participles set on the name ("the ousted
 * President Vell"), by lemma. A description like "the detained president" then picks that person out.
 */
final class Undergone {

    private Undergone() {}

    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "nsubj:pass", "iobj");

    /** The lemmas of the verbs done to the names of {@code members}. */
    static Set<String> verbs(List<Candidate> members, Corpus corpus) {
        Set<String> out = new TreeSet<>();
        for (Candidate c : members) {
            AnnotatedText at = corpus.annotation(c.doc());
            if (at != null) out.addAll(verbs(at.tokens(), c.firstToken(), c.endToken()));
        }
        return out;
    }

    /** The lemmas of the verbs done to the name in tokens [first, end). */
    static Set<String> verbs(List<Token> toks, int first, int end) {
        Set<String> out = new TreeSet<>();
        if (first < 0 || end > toks.size() || first >= end) return out;
        Token head = toks.get(end - 1);
        if (OBJECT_RELATIONS.contains(head.deprel()) && head.head() >= 0 && toks.get(head.head()).isVerb()) {
            add(out, toks.get(head.head()));
        }
        // "the ousted President Vell", "Vell, detained since July,": a participle on the name.
        for (int k = Math.max(0, first - 4); k < Math.min(toks.size(), end + 4); k++) {
            Token t = toks.get(k);
            if (t.head() == head.index() && "VBN".equals(t.pos()) && (t.deprel() != null
                    && (t.deprel().equals("amod") || t.deprel().startsWith("acl")))) {
                add(out, t);
            }
        }
        return out;
    }

    private static void add(Set<String> out, Token verb) {
        if (verb.lemma() != null) out.add(verb.lemma().toLowerCase(Locale.ROOT));
    }
}
