package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.parallax.resolve.NameWords.*;

/**
 * Short names defined in parentheses after their long form: acronyms ("Name (ACR)") and, for organisations, the
 * one-word short names translations keep from the source language ("the Ministry of Foreign Affairs (Kemlu)").
 */
final class AcronymDefinitions {

    private final Gazetteer gazetteer;
    private final CandidateMaker maker;

    AcronymDefinitions(Gazetteer gazetteer, CandidateMaker maker) {
        this.gazetteer = gazetteer;
        this.maker = maker;
    }

    /** "Name (ACR)" defines an acronym: a candidate for the acronym, linked to the name. */
    List<Candidate> acronymDefinitions(String doc, String text, List<Token> toks, List<NameSpan> spans) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") && !toks.get(i).word().equals("-LRB-")) continue;
            Token acr = toks.get(i + 1);
            int close = i + 2;
            if (close < toks.size() && isPossessiveMark(toks.get(close))) close++;
            if (close >= toks.size() || !(toks.get(close).word().equals(")") || toks.get(close).word().equals("-RRB-"))) continue;
            boolean acronym = Names.isAcronym(acr.word());
            if (!acronym && !shortNameLike(acr)) continue;
            int nameEnd = i;
            while (nameEnd > 0 && isPossessiveMark(toks.get(nameEnd - 1))) nameEnd--;
            NameSpan longSpan = null;
            for (NameSpan s : spans) if (s.end() == nameEnd || (s.end() == nameEnd - 1 && isPossessiveMark(toks.get(s.end())))) longSpan = s;
            if (!acronym) {
                // A one-word short name only after an organisation's name of two words or more, which it is not part of.
                if (longSpan == null || nameEnd - longSpan.first() < 2 || !(longSpan.type().equals("ORGANIZATION")
                        || "ORGANIZATION".equals(typeOfPhrase(toks, longSpan.first(), nameEnd)))) {
                    continue;
                }
                String longName = Names.stripPossessive(text.substring(toks.get(longSpan.first()).start(), toks.get(nameEnd - 1).end()));
                while (longName.toLowerCase(Locale.ROOT).startsWith("the ")) longName = longName.substring(4);
                if (Names.words(longName).contains(Names.fold(acr.word()))) continue;
                out.add(new Candidate(doc, acr.start(), acr.end(), acr.word(), acr.word(), "ORG", acr.sentence(), i + 1,
                        i + 2, null, null, null, List.of(), longName, null));
                continue;
            }
            String letters = acr.word().replace(".", "").toLowerCase(Locale.ROOT);
            int tail = -1;
            Candidate calque = calque(doc, text, toks, acr, nameEnd, letters);
            if (calque != null) {
                // "the Economic Community of the States of Africa of the West (CEDEAO)": a known organisation's
                // acronym in another language after a word-for-word translation of its name.
                out.add(maker.candidate(doc, text, toks, new NameSpan(calque.firstToken(), nameEnd, "ORGANIZATION")));
                out.add(new Candidate(doc, acr.start(), acr.end(), acr.word(), acr.word(), "ORGANIZATION", acr.sentence(),
                        i + 1, i + 2, null, null, null, List.of(), calque.name(), null));
                continue;
            }
            if (longSpan != null && !letters.equals(Names.acronymLetters(text.substring(toks.get(longSpan.first()).start(),
                    toks.get(longSpan.end() - 1).end())))) {
                // "the Chamber of Commerce to the EU (CCCEU)": the tagged name before the bracket is only the end of it.
                int wider = spelledOutFrom(text, toks, nameEnd, letters, acr.sentence());
                if (wider >= 0 && wider < longSpan.first()) longSpan = null;
                // "the Permanent Council of the Organisation of Island States (OIS)": the acronym spells the body the
                // tagged name ends with, after its "of", which is a name of its own.
                else if (wider > longSpan.first() + 1 && afterOf(toks, wider)) tail = wider;
            }
            int first;
            String type;
            if (longSpan != null) {
                first = tail >= 0 ? tail : longSpan.first();
                type = longSpan.type();
                if (tail >= 0) {
                    Candidate inner = maker.candidate(doc, text, toks, new NameSpan(tail, nameEnd, type));
                    if (inner == null) continue;
                    out.add(inner);
                }
            } else {
                first = capitalisedRunStart(toks, nameEnd, acr.sentence(), 1);
                int spelled = spelledOutFrom(text, toks, nameEnd, letters, acr.sentence());
                if (spelled >= 0 && spelled < first) first = spelled;
                if (nameEnd - first < 2) continue;
                type = typeOfHead(toks.get(nameEnd - 1).word());
                Candidate longForm = maker.candidate(doc, text, toks, new NameSpan(first, nameEnd, type));
                if (longForm != null) out.add(longForm);
            }
            String longName = Names.stripPossessive(text.substring(toks.get(first).start(), toks.get(nameEnd - 1).end()));
            while (longName.toLowerCase(Locale.ROOT).startsWith("the ")) longName = longName.substring(4);
            // "the oil company of Abu Dhabi (ADNOC)": a name that cannot spell the acronym is not its long form.
            // But "the Turkish Statistical Institute (TÜİK)": a tagged organisation's name keeps an acronym of its
            // name in the source language, unless the acronym is a known organisation of its own.
            boolean nativeAcronym = longSpan != null && longSpan.type().equals("ORGANIZATION") && Names.words(longName).size() >= 2
                    && gazetteer.lookup(acr.word()).isEmpty();
            if (!Names.canAbbreviate(letters, longName) && !nativeAcronym || titled(doc, text, toks, new NameSpan(first, nameEnd, "PERSON"))) {
                longName = null;
            }
            // "Olaf Scholz (SPD)": an acronym after a person's name that is not theirs is their party or employer;
            // a name the tagger took for a person's that the acronym spells ("Samagi Jana Balawegaya (SJB)") is an
            // organisation's, since news does not abbreviate people's names in brackets.
            if (type.equals("PERSON")) type = "ORG";
            out.add(new Candidate(doc, acr.start(), acr.end(), acr.word(), acr.word(), type, acr.sentence(), i + 1,
                    i + 2, null, null, null, List.of(), longName, null));
        }
        return out;
    }

    /** The first letters of the capitalised words of a phrase, lower-cased. */
    private static String capitalInitials(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split("[\\s-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(Character.toLowerCase(w.charAt(0)));
        return b.toString();
    }

    /** Whether the token before {@code k}, past an article, is "of" or "for". */
    private static boolean afterOf(List<Token> toks, int k) {
        int b = k - 1;
        if (b > 0 && toks.get(b).word().equalsIgnoreCase("the")) b--;
        return b > 0 && (toks.get(b).word().equals("of") || toks.get(b).word().equals("for"));
    }

    /**
     * "Finance Minister Edda Vogt (LVP)": a name the tagger took for an organisation's but which a job title or a
     * courtesy title introduces is a person's, and the acronym after it is their party, not their abbreviation.
     */
    private boolean titled(String doc, String text, List<Token> toks, NameSpan span) {
        // Read as a person's name, the span takes the titles before it (which only person names take).
        Candidate c = maker.candidate(doc, text, toks, new NameSpan(span.first(), span.end(), "PERSON"));
        return c != null && (c.title() != null || c.honorific() != null);
    }

    /**
     * The name before an acronym the gazetteer knows when it cannot spell the acronym but has the content words of
     * one of that organisation's names (a translation that kept the source language's acronym); else null. Only
     * the first token and the name of the returned candidate are meaningful.
     */
    private Candidate calque(String doc, String text, List<Token> toks, Token acr, int nameEnd, String letters) {
        var known = gazetteer.lookup(acr.word());
        if (known.isEmpty() || !"ORG".equals(known.get().type())) return null;
        int first = capitalisedRunStart(toks, nameEnd, acr.sentence(), 2);
        if (nameEnd - first < 3) return null;
        String name = Names.stripPossessive(text.substring(toks.get(first).start(), toks.get(nameEnd - 1).end()));
        while (name.toLowerCase(Locale.ROOT).startsWith("the ")) name = name.substring(4);
        if (Names.canAbbreviate(letters, name) || !gazetteer.organisationByWords(name).equals(known)) return null;
        return new Candidate(doc, 0, 0, name, name, "ORGANIZATION", acr.sentence(), first, nameEnd, null, null, null,
                List.of(), null, null);
    }

    /**
     * The first token of the capitalised words that end at {@code end}, with runs of at most {@code connectors}
     * connecting words between them ("of the" in a translated name needs two).
     */
    private static int capitalisedRunStart(List<Token> toks, int end, int sentence, int connectors) {
        int first = end;
        while (first - 1 >= 0 && toks.get(first - 1).sentence() == sentence) {
            if (isCapitalised(toks.get(first - 1)) || toks.get(first - 1).word().equals("-")) {
                first--;
                continue;
            }
            int k = first - 1, n = 0;
            while (k >= 0 && n < connectors && toks.get(k).sentence() == sentence
                    && CONNECTORS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                k--;
                n++;
            }
            if (n == 0 || k < 0 || toks.get(k).sentence() != sentence || !isCapitalised(toks.get(k))) break;
            first = k;
        }
        while (first < end && (CONNECTORS.contains(toks.get(first).word().toLowerCase(Locale.ROOT))
                || toks.get(first).word().matches("\\d+"))) {
            first++;
        }
        return first;
    }

    /**
     * A word that can be an organisation's one-word short name: capitalised, letters only, not an acronym, and not
     * a name the gazetteer knows (a place or a country in brackets says where, not what).
     */
    private boolean shortNameLike(Token t) {
        String w = t.word();
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && "NNP".equals(t.pos()) && !"DATE".equals(t.ner()) && gazetteer.lookup(w).isEmpty()
                && gazetteer.seatOf(w).isEmpty() && gazetteer.demonymOf(w).isEmpty();
    }

    /**
     * The first token of the words before {@code end} whose initials spell the acronym (an acronym among them
     * counting with all its letters: "Chamber of Commerce to the EU" spells "ccteu"), or -1.
     */
    static int spelledOutFrom(String text, List<Token> toks, int end, String letters, int sentence) {
        for (int k = end - 1; k >= 0 && end - k <= 2 * letters.length() + 4 && toks.get(k).sentence() == sentence; k--) {
            String w = toks.get(k).word();
            if (w.equals("(") || w.equals(")") || w.equals(",") || w.equals(";")) return -1;
            if (!isCapitalised(toks.get(k))) continue;
            String words = text.substring(toks.get(k).start(), toks.get(end - 1).end());
            String spelled = Names.acronymLetters(words);
            // "Organização dos Estados Unidos (OEU)": the lower-case connecting words of any language spell nothing.
            if (spelled.equals(letters) || capitalInitials(words).equals(letters)) return k;
            if (spelled.length() > letters.length()) return -1;
        }
        return -1;
    }
}
