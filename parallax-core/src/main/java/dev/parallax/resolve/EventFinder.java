package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds references to events by their organiser, kind and place ("the NATO summit in Vilnius", "the G7 summit",
 * "a key summit in Lithuania", later "the summit") and groups them: one event per organiser, kind and country, so
 * a summit in Madrid and one in Vilnius stay two events although both are "the NATO summit".
 */
public final class EventFinder {

    static final Set<String> EVENT_NOUNS = Set.of("summit", "conference", "talks", "forum", "election",
            "elections", "olympics", "games", "dialogue", "meeting");

    /** An event reference: its span and what identifies the event. Cluster ids refer to the name clusters. */
    record EventRef(String doc, int start, int end, String text, int sentence, String noun, Integer organizer,
                    String organizerName, String country, String placeName, boolean definiteOnly, boolean retrospective) {}

    private static final java.util.regex.Pattern RETROSPECTIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(last year'?s|last year’s|next year'?s|next year’s|previous|earlier|first|past|former|next|upcoming|(19|20)\\d\\d)\\s+(\\w+\\s+){0,3}$");

    /**
     * "last year's forum in Busan", "the previous summit", "next year's summit": a reference to an edition other
     * than the one being reported.
     */
    public static boolean retrospective(String text, int start) {
        return RETROSPECTIVE.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    private final Gazetteer gazetteer;

    EventFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where a resolved name is in a document, for finding organisers and places next to event nouns. */
    record NamedSpan(int firstToken, int endToken, int cluster, String name, Resolver.Family family, String country) {}

    List<EventRef> find(String doc, String text, AnnotatedText at, List<NamedSpan> names) {
        List<Token> toks = at.tokens();
        Map<Integer, NamedSpan> endingAt = new HashMap<>();
        Map<Integer, NamedSpan> startingAt = new HashMap<>();
        java.util.BitSet named = new java.util.BitSet();
        for (NamedSpan n : names) {
            endingAt.put(n.endToken(), n);
            startingAt.put(n.firstToken(), n);
            named.set(n.firstToken(), n.endToken());
        }
        List<EventRef> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String noun = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            if (!EVENT_NOUNS.contains(noun) || t.pos() == null || !t.pos().startsWith("NN") || named.get(i)) continue;
            // A press conference is a moment of an event, not an event of its own.
            if (i > 0 && Set.of("press", "news", "video", "cabinet").contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))) continue;
            int k = i;
            if (k - 1 >= 0 && isPossessive(toks.get(k - 1))) k--;
            if (k - 1 >= 0 && toks.get(k - 1).word().equals(")")) k = skipParenthesis(toks, k - 1);
            NamedSpan organizer = endingAt.get(k);
            if (organizer != null && organizer.family() == Resolver.Family.PERSON) organizer = null;
            NamedSpan place = placeAfter(toks, i, startingAt);
            // "the Busan meeting": a place before the noun says where, not who.
            if (organizer != null && organizer.family() == Resolver.Family.PLACE && organizer.country() != null) {
                if (place == null) place = organizer;
                organizer = null;
            }
            int start = organizer != null ? toks.get(organizer.firstToken()).start()
                    : place != null && place.endToken() == k ? toks.get(place.firstToken()).start() : t.start();
            int end = t.end();
            if (place != null && place.firstToken() == i + 2) end = toks.get(place.endToken() - 1).end();
            boolean definite = organizer == null && place == null;
            if (definite && !(i - 1 >= 0 && toks.get(i - 1).word().equalsIgnoreCase("the"))) continue;
            if (!Set.of("summit", "conference", "forum").contains(noun) && organizer == null) continue;
            String country = place == null ? null : place.country();
            out.add(new EventRef(doc, start, end, text.substring(start, end), t.sentence(), noun,
                    organizer == null ? null : organizer.cluster(), organizer == null ? null : organizer.name(),
                    country, place == null ? null : place.name(), definite, retrospective(text, start)));
        }
        return out;
    }

    private static boolean isEventNoun(Token t) {
        String noun = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
        return EVENT_NOUNS.contains(noun) && t.pos() != null && t.pos().startsWith("NN");
    }

    private static boolean isPossessive(Token t) {
        return "POS".equals(t.pos()) || t.word().equals("'s") || t.word().equals("’s");
    }

    private static int skipParenthesis(List<Token> toks, int close) {
        int k = close;
        while (k >= 0 && !toks.get(k).word().equals("(")) k--;
        return k < 0 ? close + 1 : k;
    }

    /**
     * References to a named event ("the Baltic–Pacific Maritime Forum ... in Gdańsk"): each mention of its
     * cluster becomes a reference whose place is the one named after it, so editions held in different places
     * come apart in {@link #group}.
     */
    List<EventRef> namedRefs(String doc, String text, AnnotatedText at, List<NamedSpan> names, int cluster,
                             String name, String noun, List<int[]> mentionTokens) {
        List<Token> toks = at.tokens();
        Map<Integer, NamedSpan> startingAt = new HashMap<>();
        for (NamedSpan n : names) startingAt.put(n.firstToken(), n);
        List<EventRef> out = new ArrayList<>();
        for (int[] m : mentionTokens) {
            // A proper name says which event it is: only a place right after it ("... Forum in Gdańsk", "held in")
            // tells an edition apart, not one further along the sentence.
            NamedSpan place = placeAfter(toks, m[1] - 1, startingAt, 3);
            int start = toks.get(m[0]).start(), end = toks.get(m[1] - 1).end();
            out.add(new EventRef(doc, start, end, text.substring(start, end), toks.get(m[0]).sentence(), noun, cluster,
                    name, place == null ? null : place.country(), place == null ? null : place.name(), false,
                    retrospective(text, start)));
        }
        return out;
    }

    /** The place named by "in X" after the event noun in its sentence (also after "held ... in"). */
    private static NamedSpan placeAfter(List<Token> toks, int noun, Map<Integer, NamedSpan> startingAt) {
        return placeAfter(toks, noun, startingAt, 12);
    }

    private static NamedSpan placeAfter(List<Token> toks, int noun, Map<Integer, NamedSpan> startingAt, int reach) {
        int sentence = toks.get(noun).sentence();
        for (int j = noun + 1; j < toks.size() && j <= noun + reach && toks.get(j).sentence() == sentence; j++) {
            // "The summit ends on Sunday, when Brazil takes over to host next year's summit in Rio": a place after
            // a second event noun is where that one is held.
            if (isEventNoun(toks.get(j))) return null;
            if (!toks.get(j).word().equalsIgnoreCase("in")) continue;
            NamedSpan p = startingAt.get(j + 1);
            if (p != null && p.family() == Resolver.Family.PLACE && p.country() != null) return p;
        }
        return null;
    }

    /**
     * Groups event references into events: same kind, same organiser (or none) and same country; a reference
     * without a place joins the placed event of its kind and organiser in its document, else the only such event
     * of the corpus; a bare "the summit" joins its document's main event of that kind.
     */
    static List<List<EventRef>> group(List<EventRef> refs) {
        Map<String, List<EventRef>> byKey = new TreeMap<>();
        for (EventRef r : refs) {
            if (r.definiteOnly() || r.country() == null) continue;
            byKey.computeIfAbsent(key(r.noun(), r.organizer(), r.country()), x -> new ArrayList<>()).add(r);
        }
        // A placed reference without organiser ("the Busan meeting") joins the event of the same kind in that
        // place, or else the only event held there.
        for (EventRef r : refs) {
            if (r.definiteOnly() || r.country() == null || r.organizer() != null) continue;
            String own = key(r.noun(), null, r.country());
            String target = null;
            for (String k : byKey.keySet()) {
                if (!k.equals(own) && k.startsWith(r.noun() + "|") && k.endsWith("|" + r.country())) target = target == null ? k : "";
            }
            if (target == null) {
                for (String k : byKey.keySet()) {
                    if (!k.equals(own) && k.endsWith("|" + r.country())) target = target == null ? k : "";
                }
            }
            if (target != null && !target.isEmpty()) {
                byKey.get(own).remove(r);
                byKey.get(target).add(r);
            }
        }
        byKey.values().removeIf(List::isEmpty);
        List<EventRef> unplaced = refs.stream().filter(r -> r.country() == null).toList();
        Map<String, List<EventRef>> leftovers = new TreeMap<>();
        for (EventRef r : unplaced) {
            String target = placedTarget(r, byKey);
            if (target != null) byKey.get(target).add(r);
            else if (!r.definiteOnly()) leftovers.computeIfAbsent(key(r.noun(), r.organizer(), null), x -> new ArrayList<>()).add(r);
        }
        List<List<EventRef>> out = new ArrayList<>(byKey.values());
        out.addAll(leftovers.values());
        return out;
    }

    /**
     * The placed event an unplaced reference means: among events of its kind (and organiser), the one its own
     * article names most (first named on ties), not counting editions the article only looks back to ("last
     * year's forum in Busan"); failing that, the one the corpus names most.
     */
    private static String placedTarget(EventRef r, Map<String, List<EventRef>> byKey) {
        String best = null, corpusBest = null;
        long bestInDoc = 0, bestFirst = Long.MAX_VALUE, corpusMost = 0;
        for (var e : byKey.entrySet()) {
            EventRef any = e.getValue().get(0);
            if (!any.noun().equals(r.noun()) && !(r.organizer() != null && r.organizer().equals(any.organizer()))) continue;
            boolean sameOrganiser = java.util.Objects.equals(any.organizer(), r.organizer())
                    || e.getValue().stream().allMatch(x -> x.organizer() == null);
            if (!r.definiteOnly() && !sameOrganiser) continue;
            // "the Harbour Climate Summit" names its event: it is not whichever summit was held somewhere.
            if (named(r) && !java.util.Objects.equals(any.organizer(), r.organizer())) continue;
            List<EventRef> inDoc = e.getValue().stream().filter(x -> x.doc().equals(r.doc()) && !x.retrospective()).toList();
            long first = inDoc.stream().mapToLong(EventRef::start).min().orElse(Long.MAX_VALUE);
            if (inDoc.size() > bestInDoc || inDoc.size() == bestInDoc && inDoc.size() > 0 && first < bestFirst) {
                best = e.getKey();
                bestInDoc = inDoc.size();
                bestFirst = first;
            }
            // An edition the corpus only looks back or ahead to ("next year's summit in Rio") is not the one an
            // unplaced reference elsewhere means.
            long current = e.getValue().stream().filter(x -> !x.retrospective()).count();
            if (current > corpusMost) {
                corpusBest = e.getKey();
                corpusMost = current;
            }
        }
        // "the summit" alone only ever means an event its own article names.
        return best != null ? best : r.definiteOnly() ? null : corpusBest;
    }


    /** Whether a reference is the proper name of its event ("Harbour Climate Summit"), not "the X summit". */
    private static boolean named(EventRef r) {
        return r.organizerName() != null && Names.fold(r.organizerName()).endsWith(r.noun())
                && Names.words(r.organizerName()).size() >= 2 && r.text().equals(r.organizerName());
    }

    private static String key(String noun, Integer organizer, String country) {
        return noun + "|" + (organizer == null ? "-" : organizer) + "|" + (country == null ? "-" : country);
    }

    /** The country a place is in: itself if a country, the country of a capital, else null. */
    String countryOf(String placeName, Gazetteer.Entry entry) {
        if (entry != null && "country".equals(entry.kind())) return entry.name();
        return gazetteer.seatOf(placeName).map(Gazetteer.Entry::name).orElse(null);
    }
}
