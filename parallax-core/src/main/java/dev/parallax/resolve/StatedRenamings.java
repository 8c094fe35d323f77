package dev.parallax.resolve;

import static dev.parallax.resolve.Resolver.*;

/** Organisations an article says were renamed: one body under its old and new names, as the text states. */
final class StatedRenamings implements JoinRule {

    @Override
    public void join(Merges s) {
        for (int[] pair : s.renamed) {
            if (s.family[pair[0]] != Family.PERSON && s.family[pair[1]] != Family.PERSON) s.join(pair[0], pair[1], 0.9);
        }
    }
}
