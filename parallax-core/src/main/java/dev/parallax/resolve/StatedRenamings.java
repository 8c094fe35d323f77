package dev.parallax.resolve;

import static dev.parallax.resolve.Resolver.*;

/**
 * Organisations an article says were renamed, and people it gives another name ({@link PersonAliases}): one body or
 * person under both names, as the text states.
 */
final class StatedRenamings implements JoinRule {

    @Override
    public void join(Merges s) {
        for (int[] pair : s.renamed) {
            boolean personAlias = pair.length > 2;
            if (personAlias) {
                // The other name may be tagged anything but must not be a known place or body ("Ana Ruiz (Peru)").
                if (s.family[pair[0]] == Family.PERSON && s.entry[pair[1]] == null && s.family[pair[1]] != Family.ORG) {
                    // The text says it names a person, whatever the tagger read: its other uses then join it as one.
                    s.family[pair[1]] = Family.PERSON;
                    s.join(pair[0], pair[1], 0.85);
                }
            } else if (s.family[pair[0]] != Family.PERSON && s.family[pair[1]] != Family.PERSON) {
                s.join(pair[0], pair[1], 0.9);
            }
        }
    }
}
