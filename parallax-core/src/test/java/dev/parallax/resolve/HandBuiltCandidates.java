package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;

/** Hand-built name candidates for resolver tests, each at offsets of its own, and what the resolver makes of them. */
final class HandBuiltCandidates {

    private static int offset;

    private HandBuiltCandidates() {}

    /** A candidate with an optional role, affiliations and long form (the expansion an acronym was given with). */
    static Candidate cand(String doc, String name, String ner, String role, List<String> affiliations, String longForm) {
        int start = offset;
        offset += name.length() + 10;
        return new Candidate(doc, start, start + name.length(), name, name, ner, 0, start, start + 1, null, null, role,
                affiliations, longForm, null);
    }

    /** A name with the tagger's label and nothing around it. */
    static Candidate named(String doc, String name, String ner) {
        return cand(doc, name, ner, null, List.of(), null);
    }

    /** A person's name after a courtesy title ("Mr"). */
    static Candidate titled(String doc, String honorific, String name) {
        int start = offset;
        String text = honorific + " " + name;
        offset += text.length() + 10;
        return new Candidate(doc, start, start + text.length(), text, name, "PERSON", 0, start, start + 2, honorific, null,
                null, List.of(), null, null);
    }

    static List<Resolver.Cluster> resolve(Candidate... cs) {
        return new Resolver(Gazetteer.standard()).resolve(new ArrayList<>(List.of(cs)));
    }

    /** Whether one cluster holds both names. */
    static boolean together(List<Resolver.Cluster> clusters, String a, String b) {
        for (Resolver.Cluster cl : clusters) {
            List<String> names = cl.members().stream().map(Candidate::name).toList();
            if (names.contains(a) && names.contains(b)) return true;
        }
        return false;
    }
}
