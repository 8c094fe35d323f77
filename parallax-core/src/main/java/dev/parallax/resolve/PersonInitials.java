package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A person called by the initials of a long name ("AMV" for Ana María Vela): that person, when only one fits. */
final class PersonInitials implements JoinRule {

    /**
     * A person's name in capitals of three letters or more joins the only person named in full, with three words or
     * more, whose words start with those letters in order: writers abbreviate long names, never short ones.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = new ArrayList<>();
        for (int i : s.fullNames()) if (Names.words(s.c.get(i).name()).size() >= 3) full.add(i);
        if (full.isEmpty()) return;
        for (int i : s.singleNames()) {
            String n = s.c.get(i).name().strip();
            if (n.length() < 3 || !Names.isAcronym(n) || !n.equals(n.toUpperCase(Locale.ROOT))) continue;
            String letters = n.replace(".", "").toLowerCase(Locale.ROOT);
            Integer only = Merges.onlyRoot(s, full, x -> initials(s.c.get(x).name()).equals(letters));
            if (only != null) s.join(i, only, 0.8);
        }
    }

    /** The first letters of a name's words, folded. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : Names.words(name)) b.append(w.charAt(0));
        return b.toString();
    }
}
