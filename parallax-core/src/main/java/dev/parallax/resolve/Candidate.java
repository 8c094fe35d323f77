package dev.parallax.resolve;

import java.util.List;

/**
 * A name occurrence prepared for resolution: its span in the cleaned text (honorific included), the name itself
 * without honorific or possessive, the tagger's label, and the context found around it.
 *
 * @param name        the name without honorific ("Kishida" for "Mr. Kishida")
 * @param ner         fine-grained tagger label, or a label Parallax assigned (ACRONYM, PROGRAM, EVENT ...)
 * @param honorific   courtesy title before the name, or null
 * @param title       job title directly before the name ("President" in "President Yoon"), or null
 * @param role        role phrase from a title or apposition ("NATO Secretary General"), or null
 * @param affiliations organisations named inside the role phrase
 * @param longForm    for an acronym defined in parentheses, the name it abbreviates; else null
 * @param metonymOf   for a capital standing for its government, the country's canonical name; else null
 */
public record Candidate(String doc, int start, int end, String text, String name, String ner, int sentence,
                        int firstToken, int endToken, String honorific, String title, String role,
                        List<String> affiliations, String longForm, String metonymOf) {

    public Candidate {
        affiliations = List.copyOf(affiliations);
    }

    /** The same mention under another name (its text and span unchanged). */
    public Candidate withName(String newName) {
        return new Candidate(doc, start, end, text, newName, ner, sentence, firstToken, endToken, honorific, title,
                role, affiliations, longForm, metonymOf);
    }

    public Candidate withNer(String newNer) {
        return new Candidate(doc, start, end, text, name, newNer, sentence, firstToken, endToken, honorific, title,
                role, affiliations, longForm, metonymOf);
    }

    public Candidate withRole(String newRole, List<String> newAffiliations) {
        return new Candidate(doc, start, end, text, name, ner, sentence, firstToken, endToken, honorific, title,
                newRole, newAffiliations, longForm, metonymOf);
    }

    public Candidate withMetonymOf(String country) {
        return new Candidate(doc, start, end, text, name, ner, sentence, firstToken, endToken, honorific, title,
                role, affiliations, longForm, country);
    }

    public boolean isPerson() {
        return "PERSON".equals(ner);
    }

    public int wordCount() {
        return Names.words(name).size();
    }
}
