package dev.parallax.compare;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who does what to whom in a sentence, read from its dependency parse: each frame is an actor (a resolved entity),
 * a predicate class from {@code predicates.tsv} ("attend", "oppose" ...) and, when the sentence names one, the
 * entity acted on. Two sources telling one fact in different words share a frame even when their wording shares
 * little: "Kishida attended the summit in Vilnius" and "Kishida will take part in the Vilnius summit".
 */
final class Frames {

    /** One actor-predicate-target triple; {@code target} is null when the sentence names no entity acted on. */
    record Frame(String actor, String predicate, String target) implements Comparable<Frame> {
        @Override
        public int compareTo(Frame o) {
            return toString().compareTo(o.toString());
        }
    }

    private static final Map<String, String> CLASSES = load();
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent", "nsubj:xsubj");
    /** Clauses that share the subject of the clause they hang from ("X will seek to attend", "X, attending ..."). */
    private static final Set<String> INHERITING = Set.of("xcomp", "conj", "acl", "advcl", "acl:relcl");

    private Frames() {}

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Frames.class.getResourceAsStream("predicates.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", 2);
                for (String lemma : c[1].trim().split("\\s+")) out.put(lemma, c[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The predicate class of a lemma ("die" → kill), or the lemma itself when the lexicon does not know it. */
    static String classOf(String lemma) {
        return CLASSES.getOrDefault(lemma, lemma);
    }

    /** The predicate class of a token, or null when it is not a predicate the lexicon knows. */
    static String predicateOf(AnnotatedText at, Sentence s, Token t) {
        if (t.lemma() == null || t.pos() == null || !(t.isVerb() || t.pos().startsWith("NN"))) return null;
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.isVerb()) {
            for (Token c : at.tokensOf(s)) {
                if (c.head() == t.index() && c.lemma() != null && ("obj".equals(c.deprel()) || "compound:prt".equals(c.deprel()))) {
                    String phrase = CLASSES.get(lemma + "+" + c.lemma().toLowerCase(Locale.ROOT));
                    if (phrase != null) return phrase;
                }
            }
        }
        return CLASSES.get(lemma);
    }

    /** The frames of one sentence, in a stable order. */
    static Set<Frame> of(AnnotatedText at, Sentence s, MentionIndex index, String doc, Set<String> types,
                         Map<String, String> seats) {
        return of(at, s, index, doc, types, seats, null);
    }

    /** The frames whose predicate is one of the tokens {@code within} (token indices; null: the whole sentence). */
    static Set<Frame> of(AnnotatedText at, Sentence s, MentionIndex index, String doc, Set<String> types,
                         Map<String, String> seats, Set<Integer> within) {
        Set<Frame> out = new TreeSet<>();
        List<Token> tokens = at.tokensOf(s);
        for (Token t : tokens) {
            if (within != null && !within.contains(t.index())) continue;
            String predicate = predicateOf(at, s, t);
            if (predicate == null) continue;
            List<String> actors = new ArrayList<>();
            // A capital acting stands for its government: "Canberra will acquire" is Australia acquiring.
            for (String a : actors(at, s, index, doc, types, t, 0)) actors.add(seats.getOrDefault(a, a));
            if (actors.isEmpty()) continue;
            List<String> targets = new ArrayList<>();
            for (Token c : tokens) {
                if (c.head() != t.index() || c.deprel() == null) continue;
                String rel = c.deprel();
                if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") && !rel.equals("obl:agent")
                        && !rel.equals("obl:tmod") || rel.startsWith("nmod") && !rel.equals("nmod:poss")) {
                    String e = entityAt(index, doc, c, types);
                    if (e != null) targets.add(e);
                    // A common noun acted on ("issued a warrant") tells the action apart as a named target would.
                    else if (rel.equals("obj") && c.pos() != null && c.pos().startsWith("NN")
                            && c.lemma() != null) {
                        targets.add("~" + c.lemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String a : actors) {
                out.add(new Frame(a, predicate, null));
                for (String x : targets) if (!x.equals(a)) out.add(new Frame(a, predicate, x));
            }
        }
        return out;
    }

    /** The entities doing {@code t}: its subjects, or those of the clause it hangs from. */
    static List<String> actors(AnnotatedText at, Sentence s, MentionIndex index, String doc, Set<String> types,
                                       Token t, int depth) {
        List<String> out = new ArrayList<>();
        for (Token c : at.tokensOf(s)) {
            if (c.head() == t.index() && c.deprel() != null && SUBJECTS.contains(c.deprel())) {
                String e = entityAt(index, doc, c, types);
                if (e != null) out.add(e);
            }
        }
        if (out.isEmpty() && depth < 3 && t.head() >= 0 && t.deprel() != null && INHERITING.contains(t.deprel())) {
            Token head = at.tokens().get(t.head());
            // "the first Japanese leader to attend": the noun a clause describes is its actor.
            if (t.deprel().startsWith("acl")) {
                String e = entityAt(index, doc, head, types);
                if (e != null) return List.of(e);
            }
            return actors(at, s, index, doc, types, head, depth + 1);
        }
        return out;
    }

    private static String entityAt(MentionIndex index, String doc, Token t, Set<String> types) {
        for (MentionIndex.Hit h : index.overlapping(doc, t.start(), t.end())) {
            if (types.contains(h.entity().type())) return h.entity().id();
        }
        return null;
    }
}
