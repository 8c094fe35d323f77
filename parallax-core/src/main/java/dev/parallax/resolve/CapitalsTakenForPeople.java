package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;

/** Capitals the tagger labelled as people, named alone with no title or role: the place or its government. */
final class CapitalsTakenForPeople {

    private final Gazetteer gazetteer;
    private final CandidateMaker maker;

    CapitalsTakenForPeople(Gazetteer gazetteer, CandidateMaker maker) {
        this.gazetteer = gazetteer;
        this.maker = maker;
    }

    /**
     * "Port Ellen reacted angrily" with "Port Ellen" tagged a person: a known capital named alone, with no courtesy
     * title, job title or role, and not a word of a person's full name in its article, is the place (or its
     * government, when used as the subject).
     */
    List<Candidate> capitalsTakenForPeople(List<Candidate> all, java.util.Map<String, AnnotatedText> ats) {
        java.util.Map<String, Set<String>> personWords = new java.util.HashMap<>();
        for (Candidate c : all) {
            if (c.isPerson() && c.wordCount() > 1) {
                personWords.computeIfAbsent(c.doc(), k -> new java.util.HashSet<>()).addAll(Names.words(c.name()));
            }
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            AnnotatedText at = ats.get(c.doc());
            if (at != null && c.isPerson() && c.wordCount() == 1 && c.honorific() == null && c.title() == null
                    && c.role() == null && gazetteer.seatOf(c.name()).isPresent() && gazetteer.lookup(c.name()).isEmpty()
                    && !personWords.getOrDefault(c.doc(), Set.of()).contains(Names.fold(c.name()))) {
                out.add(maker.metonymy(c.withNer("CITY"), at.tokens()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
