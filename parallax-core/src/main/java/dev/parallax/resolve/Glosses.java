package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static dev.parallax.resolve.NameWords.*;

/**
 * A name glossed in brackets by another name of the same thing, as translations do: "Haesang Boancheong (Japan
 * Coast Guard)", "the Free Democrats (Freie Demokratische Partei, FDP)", "Haneda Airport (Tokyo International
 * Airport)". The bracketed name is linked to the one before it (as an acronym is to its long form), and an acronym
 * beside it in the brackets to the bracketed name.
 */
final class Glosses {

    private Glosses() {}

    /** The most tokens a gloss takes between its brackets. */
    private static final int MAX_GLOSS = 12;

    /** The candidates of one document, sorted by position, with glosses linked to the names they gloss. */
    static List<Candidate> apply(String doc, String text, List<Token> toks, List<Candidate> sorted, CandidateMaker maker) {
        List<Candidate> out = new ArrayList<>(sorted);
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!Brackets.isOpen(toks.get(i))) continue;
            int close = closing(toks, i);
            if (close < 0) continue;
            Candidate a = endingAt(out, i);
            if (a == null || a.isPerson() || a.metonymOf() != null || shouted(a.name())) continue;
            // "(Freie Demokratische Partei, FDP)", "(SLPP, Sri Lanka Podujana Peramuna)": a name and its acronym.
            int comma = -1;
            for (int k = i + 1; k < close; k++) if (toks.get(k).word().equals(",")) comma = comma < 0 ? k : -2;
            int f = i + 1, e = close, acr = -1;
            if (comma == -2) continue;
            if (comma > 0) {
                if (comma == close - 2 && Names.isAcronym(toks.get(close - 1).word())) {
                    e = comma;
                    acr = close - 1;
                } else if (comma == i + 2 && Names.isAcronym(toks.get(i + 1).word())) {
                    f = comma + 1;
                    acr = i + 1;
                } else {
                    continue;
                }
            }
            if (f < e && toks.get(f).word().equalsIgnoreCase("the")) f++;
            if (!nameShaped(toks, f, e)) continue;
            Candidate b = gloss(doc, text, toks, out, a, f, e, maker);
            if (b == null || b.longForm() != null || Names.fold(b.name()).equals(Names.fold(a.name()))) continue;
            Candidate linked = linked(b, a.name());
            replaceInside(out, f, e, linked);
            if (acr >= 0) linkAcronym(doc, toks, out, acr, linked);
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        return out;
    }

    /**
     * The candidate for the bracketed name: the tagger's when it covers the brackets' words exactly, else one made
     * for them, of the glossed name's kind when the tagger took a body's foreign name for a person's. Null when
     * the two are not names of one kind of thing: a place glossed by a body is a dateline or a location.
     */
    private static Candidate gloss(String doc, String text, List<Token> toks, List<Candidate> out, Candidate a, int f, int e,
                                   CandidateMaker maker) {
        Candidate b = null;
        for (Candidate c : out) if (c.firstToken() == f && c.endToken() == e) b = c;
        String type = glossType(a);
        if (b == null) b = maker.candidate(doc, text, toks, new NameSpan(f, e, type));
        if (b == null || b.firstToken() != f || b.endToken() != e) return null;
        if (b.isPerson()) {
            if (b.honorific() != null || b.title() != null) return null;
            b = b.withNer(type);
        }
        Resolver.Family fa = Resolver.familyOf(a.ner()), fb = Resolver.familyOf(b.ner());
        if ((fa == Resolver.Family.PLACE) != (fb == Resolver.Family.PLACE)) return null;
        // "Portland (Oregon)": two places are one only when the gloss keeps the name's generic head ("Airport").
        if (fa == Resolver.Family.PLACE && !sameHead(a.name(), b.name())) return null;
        return b;
    }

    /** The tagger label a gloss takes: its name's, an organisation's for a nationality (a party's members). */
    private static String glossType(Candidate a) {
        return Resolver.familyOf(a.ner()) == Resolver.Family.NORP ? "ORGANIZATION" : a.ner();
    }

    private static boolean sameHead(String a, String b) {
        List<String> x = Names.words(a), y = Names.words(b);
        return x.size() >= 2 && y.size() >= 2 && x.get(x.size() - 1).equals(y.get(y.size() - 1));
    }

    /**
     * Whether tokens read as one name: capitalised first and last words, capitalised words between with at most
     * short lower-case connecting words of any language ("Tume ya Kitaifa", "Afet ve Acil"), no punctuation, and
     * not an acronym alone (an acronym in brackets is {@link AcronymDefinitions}' to read).
     */
    private static boolean nameShaped(List<Token> toks, int f, int e) {
        if (f >= e || e - f == 1 && Names.isAcronym(toks.get(f).word())) return false;
        if (!startsUpper(toks.get(f)) || !startsUpper(toks.get(e - 1))) return false;
        for (int k = f; k < e; k++) {
            String w = toks.get(k).word();
            if (w.equals("-") || w.equals("'s") || w.equals("’s")) continue;
            if (!Character.isLetter(w.charAt(0))) return false;
            // "Al-Daam al-Sarie": a lower-case particle joined to a capitalised word is part of the name.
            int dash = w.indexOf('-');
            boolean particle = dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
            if (!Character.isUpperCase(w.charAt(0)) && w.length() > 3 && !particle) return false;
        }
        return true;
    }

    private static Candidate linked(Candidate b, String longName) {
        return new Candidate(b.doc(), b.start(), b.end(), b.text(), b.name(), b.ner(), b.sentence(), b.firstToken(), b.endToken(),
                b.honorific(), b.title(), b.role(), b.affiliations(), longName, b.metonymOf());
    }

    /** The acronym beside a bracketed name, linked to it when it can abbreviate it and is not linked already. */
    private static void linkAcronym(String doc, List<Token> toks, List<Candidate> out, int acr, Candidate name) {
        Token t = toks.get(acr);
        if (!Names.canAbbreviate(t.word().replace(".", "").toLowerCase(Locale.ROOT), name.name())) return;
        for (int k = 0; k < out.size(); k++) {
            Candidate c = out.get(k);
            if (c.firstToken() != acr || c.endToken() != acr + 1) continue;
            if (c.longForm() == null && !c.isPerson()) out.set(k, linked(c, name.name()));
            return;
        }
        out.add(new Candidate(doc, t.start(), t.end(), t.word(), t.word(), name.ner(), t.sentence(), acr, acr + 1, null, null, null,
                List.of(), name.name(), null));
    }

    /** Puts {@code c} in place of the candidates inside tokens [f, e). */
    private static void replaceInside(List<Candidate> out, int f, int e, Candidate c) {
        out.removeIf(x -> x.doc().equals(c.doc()) && x.firstToken() >= f && x.endToken() <= e);
        out.add(c);
    }

    private static Candidate endingAt(List<Candidate> cs, int open) {
        Candidate best = null;
        for (Candidate c : cs) if (c.endToken() == open && (best == null || c.firstToken() < best.firstToken())) best = c;
        return best;
    }

    /** The closing bracket of the one opened at {@code open}, in its sentence and near, with none opened between; else -1. */
    private static int closing(List<Token> toks, int open) {
        for (int k = open + 1; k < toks.size() && k - open <= MAX_GLOSS + 1; k++) {
            Token t = toks.get(k);
            if (t.sentence() != toks.get(open).sentence() || Brackets.isOpen(t)) return -1;
            if (Brackets.isClose(t)) return k;
        }
        return -1;
    }


    /** "BERLIN (Meridian Wire)": a name in capitals longer than an acronym before brackets is a dateline's place. */
    private static boolean shouted(String name) {
        return name.length() > 4 && name.equals(name.toUpperCase(Locale.ROOT));
    }
}
