package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links third-person personal pronouns ("he", "her") to the person they most likely refer to inside one document:
 * a person named earlier in the same sentence, else the subject of one of the two sentences before, else the
 * person named last; a person called "Mr" is not "she" and one called "Ms" is not "he". A pronoun with no
 * candidate in that window stays unlinked.
 */
public final class PronounLinker {

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final int WINDOW_SENTENCES = 2;

    /** A person's name in the text, with whether it is a clause subject. */
    private record Named(Entity entity, int start, int sentence, boolean subject) {}

    private PronounLinker() {}

    /** New pronoun mentions per entity id, for one document. */
    static Map<String, List<EntityMention>> link(String doc, String text, AnnotatedText at, List<Entity> people) {
        List<Named> named = new ArrayList<>();
        for (Entity e : people) {
            for (EntityMention m : e.mentions()) {
                if (!m.doc().equals(doc) || m.kind() != EntityMention.Kind.name) continue;
                List<Token> toks = at.tokensIn(m.start(), m.end());
                if (toks.isEmpty()) continue;
                Token head = toks.get(toks.size() - 1);
                boolean subject = head.deprel() != null && head.deprel().startsWith("nsubj");
                named.add(new Named(e, m.start(), head.sentence(), subject));
            }
        }
        named.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Map<String, List<EntityMention>> out = new HashMap<>();
        // Once "she" has been read as Reyes, a "he" nearby is somebody else.
        Map<String, Boolean> gender = new HashMap<>();
        for (Token t : at.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean male = MALE.contains(w), female = FEMALE.contains(w);
            if (!(male || female) || !t.isPronoun()) continue;
            Entity target = antecedent(named, t, male, gender);
            if (target != null) {
                gender.putIfAbsent(target.id(), male);
                out.computeIfAbsent(target.id(), k -> new ArrayList<>())
                        .add(new EntityMention(doc, t.start(), t.end(), text.substring(t.start(), t.end()), EntityMention.Kind.pronoun));
            }
        }
        return out;
    }

    private static Entity antecedent(List<Named> named, Token pronoun, boolean male, Map<String, Boolean> gender) {
        Named sameSentence = null, subject = null, last = null;
        for (Named n : named) {
            if (n.start() >= pronoun.start()) break;
            if (n.sentence() < pronoun.sentence() - WINDOW_SENTENCES || !compatible(n.entity(), male)) continue;
            Boolean known = gender.get(n.entity().id());
            if (known != null && known != male) continue;
            last = n;
            if (n.sentence() == pronoun.sentence() && sameSentence == null) sameSentence = n;
            if (n.sentence() < pronoun.sentence() && n.subject()) subject = n;
        }
        Named pick = sameSentence != null ? sameSentence : subject != null ? subject : last;
        return pick == null ? null : pick.entity();
    }

    /**
     * Whether a person can be "he" ({@code male}) or "she": honorifics ("Mr Kishida" is not "she", "Ms Tervala" is
     * not "he") and the pronouns already linked to them say. Unknown, or both, fits either.
     */
    public static boolean compatible(Entity e, boolean male) {
        boolean mr = e.aliases().stream().anyMatch(a -> a.startsWith("Mr ") || a.startsWith("Mr. "));
        boolean ms = e.aliases().stream().anyMatch(a -> a.startsWith("Ms") || a.startsWith("Mrs") || a.startsWith("Miss "));
        for (EntityMention m : e.mentions()) {
            if (m.kind() != EntityMention.Kind.pronoun) continue;
            String w = m.text().toLowerCase(Locale.ROOT);
            mr |= MALE.contains(w);
            ms |= FEMALE.contains(w);
        }
        return male ? !ms || mr : !mr || ms;
    }
}
