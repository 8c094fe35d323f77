package dev.parallax.quote;

import java.util.HashMap;
import java.util.Map;


/** The speakers a document has named so far, whom pronouns and quotations without an attribution follow. */
final class SpeakerChain {

    /** The last speaker named, person or not, as the chain that "He said:" and "It continued:" follow. */
    String lastPersonSpeaker;
    String lastOtherSpeaker;
    /** The sentence where the last speaker that is not a person spoke. */
    int lastOtherSentence = -10;
    int lastQuoteParagraphEnd = -1;
    String lastQuoteSpeaker;
    int lastQuoteEnd = -1;
    /** The speaker and end of the last direct quotation, whose voice a bare quotation after a nested report goes on in. */
    String lastDirectSpeaker;
    int lastDirectEnd = -1;
    /** The last speaker of any kind and the sentence where it spoke, for a statement that follows its issuer. */
    String lastSpeaker;
    int lastSpeakerSentence = -10;
    /** The document's quotations, whose words name people who are not their speakers. */
    java.util.List<Found> quotations = java.util.List.of();
    /**
     * The last speaker described and not named as a person ("the head of the ministry's press department"), as its
     * sentence, where its phrase ends and what it resolved to (its organisation, or null): a "he" right after it is
     * that person still, not someone named before.
     */
    int unnamedSentence = -10;
    int unnamedEnd = -1;
    String unnamedEntity;

    /** The gender of the pronouns ("he", "she") each person has been resolved for so far. */
    final Map<String, Boolean> pronounIsMale = new HashMap<>();

    /** A speaker resolved at a sentence: the next "He said:" or "It continued:" may be it. */
    void spoke(String entity, boolean person, int sentence) {
        if (person) lastPersonSpeaker = entity;
        else {
            lastOtherSpeaker = entity;
            lastOtherSentence = sentence;
        }
        lastSpeaker = entity;
        lastSpeakerSentence = sentence;
    }
}
