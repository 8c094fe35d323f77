package dev.parallax.resolve;

import dev.parallax.corpus.Token;

/** Round brackets as the tokenizer writes them, for the passes that read what a name has in brackets after it. */
final class Brackets {

    private Brackets() {}

    static boolean isOpen(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    static boolean isClose(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
