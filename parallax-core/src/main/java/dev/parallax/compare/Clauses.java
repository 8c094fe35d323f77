package dev.parallax.compare;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import dev.parallax.text.SentenceVectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The clauses of a sentence that each state a fact of their own, read from the dependency parse: "The union, which
 * has 55 members, became a permanent member; its leaders hailed the decision" tells three things, and three sources
 * may each tell one of them. A clause is a relative clause, a coordinated or juxtaposed clause with its own subject,
 * or an adverbial clause with its own subject, together with what hangs from it; the main clause keeps the rest.
 * Clauses too short to say anything alone stay part of the clause they hang from.
 */
final class Clauses {

    /** Content words a clause needs to stand alone ("which he denied" does not). */
    static final int MIN_CONTENT = 4;
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl", "csubj");

    /**
     * One clause: its tokens in order, its head, and for a relative clause the noun it describes (the clause's
     * unstated subject, "which has 55 members" → the union), else null.
     */
    record Clause(List<Token> tokens, Token head, Token described) {
        int start() {
            return tokens.get(0).start();
        }

        int end() {
            return tokens.get(tokens.size() - 1).end();
        }

        boolean covers(int offset) {
            for (Token t : tokens) if (t.start() <= offset && offset < t.end()) return true;
            return false;
        }

        Set<Integer> indices() {
            Set<Integer> out = new HashSet<>();
            for (Token t : tokens) out.add(t.index());
            return out;
        }
    }

    private Clauses() {}

    /**
     * The noun phrase a relative clause describes, as it stands before the clause ("The Ukraine paragraphs" for
     * "which the minister hailed as a win"), as {start, end} offsets; null for other clauses.
     */
    static int[] describedPhrase(AnnotatedText at, Sentence s, Clause clause) {
        Token noun = clause.described();
        if (noun == null || clause.head() == null) return null;
        int start = noun.start(), end = noun.end();
        for (Token t : at.tokensOf(s)) {
            if (t.end() > clause.head().start() || t.index() == noun.index() || "punct".equals(t.deprel())) continue;
            // Part of the noun's phrase when it hangs from the noun without passing through the clause.
            Token x = t;
            boolean under = false;
            for (int depth = 0; depth < 32 && x.head() >= s.firstToken() && x.head() < s.endToken(); depth++) {
                if (x.index() == clause.head().index()) break;
                if (x.head() == noun.index()) {
                    under = true;
                    break;
                }
                x = at.tokens().get(x.head());
            }
            if (under && t.end() <= clause.start()) {
                start = Math.min(start, t.start());
                end = Math.max(end, t.end());
            }
        }
        return new int[] {start, end};
    }

    /** The sentence's clauses in text order; a sentence that states one thing is one clause. */
    static List<Clause> of(AnnotatedText at, Sentence s) {
        List<Token> tokens = at.tokensOf(s);
        Set<Integer> heads = new HashSet<>();
        for (Token t : tokens) if (opensClause(at, s, tokens, t)) heads.add(t.index());
        // Splitting a short clause off leaves two fragments that each say too little: give it back, innermost first.
        for (int round = 0; round < 4; round++) {
            Map<Integer, List<Token>> groups = group(at, s, tokens, heads);
            boolean changed = false;
            for (var e : groups.entrySet()) {
                if (e.getKey() >= 0 && content(e.getValue()) < MIN_CONTENT) {
                    heads.remove(e.getKey());
                    changed = true;
                }
            }
            if (!changed) break;
        }
        Map<Integer, List<Token>> groups = group(at, s, tokens, heads);
        List<Token> main = groups.get(-1);
        if (groups.size() == 1 || main == null || content(main) < MIN_CONTENT) {
            return List.of(new Clause(tokens, null, null));
        }
        List<Clause> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            Token head = e.getKey() < 0 ? null : at.tokens().get(e.getKey());
            Token described = head != null && "acl:relcl".equals(head.deprel()) && head.head() >= 0
                    ? at.tokens().get(head.head()) : null;
            // "and" or a comma before a clause joins it to the sentence; it is not part of what the clause says.
            List<Token> own = new ArrayList<>(e.getValue());
            while (own.size() > 1 && edge(own.get(0))) own.remove(0);
            while (own.size() > 1 && "punct".equals(own.get(own.size() - 1).deprel())) own.remove(own.size() - 1);
            out.add(new Clause(own, head, described));
        }
        out.sort((a, b) -> Integer.compare(a.tokens().get(0).index(), b.tokens().get(0).index()));
        return out;
    }

    /** Tokens by the clause head that owns them (-1: the main clause). */
    private static Map<Integer, List<Token>> group(AnnotatedText at, Sentence s, List<Token> tokens, Set<Integer> heads) {
        Map<Integer, List<Token>> out = new TreeMap<>();
        for (Token t : tokens) {
            int owner = -1;
            Token x = t;
            for (int depth = 0; x != null && depth < 64; depth++) {
                if (heads.contains(x.index())) {
                    owner = x.index();
                    break;
                }
                if (x.head() < s.firstToken() || x.head() >= s.endToken()) break;
                x = at.tokens().get(x.head());
            }
            out.computeIfAbsent(owner, k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    private static boolean opensClause(AnnotatedText at, Sentence s, List<Token> tokens, Token t) {
        String rel = t.deprel();
        if (rel == null || t.head() < s.firstToken() || t.head() >= s.endToken()) return false;
        if (rel.equals("acl:relcl")) return true;
        if (!rel.equals("conj") && !rel.equals("parataxis") && !rel.equals("advcl")) return false;
        // A verb (or a noun with a copula) with a subject of its own: "and the union became a member".
        // Without one it shares the subject of the clause it joins ("agreed X and said Y"): one actor, one fact.
        boolean predicate = t.isVerb();
        boolean subject = false;
        for (Token c : tokens) {
            if (c.head() != t.index() || c.deprel() == null) continue;
            if (SUBJECTS.contains(c.deprel())) subject = true;
            if (c.deprel().equals("cop")) predicate = true;
        }
        return predicate && subject;
    }

    private static boolean edge(Token t) {
        return "cc".equals(t.deprel()) || "punct".equals(t.deprel());
    }

    private static int content(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) if (SentenceVectors.term(t) != null) n++;
        return n;
    }
}
