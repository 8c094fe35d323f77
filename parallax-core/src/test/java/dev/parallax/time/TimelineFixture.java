package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;

import java.util.ArrayList;
import java.util.List;

/** Runs the pipeline on invented articles, and reads the timeline and date expressions it finds. */
final class TimelineFixture {

    private TimelineFixture() {}

    /** The analysed corpus of the texts, as documents d0, d1, ... all written on {@code written}. */
    static Corpus run(String written, String... texts) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(Document.read("d" + i, "d" + i + ".txt", null, null, null, written, texts[i]));
        }
        return Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(docs, List.of()));
    }

    /** The entries of the corpus's timeline dated {@code date}. */
    static List<TimelineEvent> on(Corpus corpus, String date) {
        return corpus.timeline().stream().filter(e -> e.date().equals(date)).toList();
    }

    /** The first expression of document {@code doc} whose text contains {@code text}; fails the test if none. */
    static TemporalExpression expr(Corpus corpus, String doc, String text) {
        return corpus.temporal().stream().filter(t -> t.doc().equals(doc) && t.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + doc + ": " + corpus.temporal()));
    }
}
