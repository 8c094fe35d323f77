package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups name candidates from all documents into clusters, one per real-world entity. Every comparison is
 * restricted to blocks (same normalised key, shared word prefix or phonetic code, same acronym initials, same
 * document), so the work grows with the number of distinct names, not with the square of the mentions.
 */
final class Resolver {

    /** Coarse kind of a name, used to keep people apart from places of the same spelling. */
    enum Family { PERSON, ORG, PLACE, NORP, MISC }

    /** A resolved cluster: its candidates and how sure the merges that formed it were. */
    record Cluster(List<Candidate> members, Family family, Gazetteer.Entry entry, double confidence) {}

    /** Blocks larger than this are not compared pairwise (a very common word says little anyway). */
    private static final int MAX_BLOCK = 400;

    private final Gazetteer gazetteer;
    /** What the text says of each person candidate's gender ({@link GenderEvidence}); absent means nothing. */
    private Map<Candidate, Integer> gender = Map.of();
    /** Person candidates introduced as somebody's relative ({@link GenderEvidence#relatives}). */
    private Set<Candidate> relatives = Set.of();
    /** Pairs of candidate indices the text states are one organisation's two names ({@link RenamedNames}). */
    private List<int[]> renamed = List.of();

    Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Resolves with the gender evidence of the candidates, which keeps people sharing a surname apart. */
    List<Cluster> resolve(List<Candidate> candidates, Map<Candidate, Integer> genderEvidence, Set<Candidate> relativeNames,
                          List<int[]> renamedPairs) {
        this.gender = genderEvidence;
        this.relatives = relativeNames;
        this.renamed = renamedPairs;
        try {
            return resolve(candidates);
        } finally {
            this.gender = Map.of();
            this.relatives = Set.of();
            this.renamed = List.of();
        }
    }

    private final class State {
        final List<Candidate> c;
        final Family[] family;
        final String[] key;
        final Gazetteer.Entry[] entry;
        final UnionFind uf;
        final double[] confidence;

        State(List<Candidate> candidates) {
            c = candidates;
            int n = c.size();
            family = new Family[n];
            key = new String[n];
            entry = new Gazetteer.Entry[n];
            uf = new UnionFind(n);
            confidence = new double[n];
            java.util.Arrays.fill(confidence, 1.0);
        }

        void join(int a, int b, double conf) {
            int ra = uf.find(a), rb = uf.find(b);
            if (ra == rb) return;
            double merged = Math.min(conf, Math.min(confidence[ra], confidence[rb]));
            uf.union(ra, rb);
            confidence[uf.find(ra)] = merged;
        }

        Map<Integer, List<Integer>> groups() {
            Map<Integer, List<Integer>> out = new TreeMap<>();
            for (int i = 0; i < c.size(); i++) out.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
            return out;
        }
    }

    List<Cluster> resolve(List<Candidate> candidates) {
        State s = new State(candidates);
        classify(s);
        for (int[] pair : renamed) {
            if (s.family[pair[0]] != Family.PERSON && s.family[pair[1]] != Family.PERSON) s.join(pair[0], pair[1], 0.9);
        }
        retypeGroupWords(s);
        joinSameKey(s);
        joinAcronyms(s);
        joinOrganisationVariants(s);
        joinOrganisationSpellings(s);
        joinOrganisationHeads(s);
        joinOrganisationShortForms(s);
        joinNamedWithHead(s);
        joinNamesWithoutHead(s);
        joinPlaceSuffixed(s);
        joinPlaceTails(s);
        joinPlaceFeatures(s);
        joinPlaceSpellings(s);
        joinPlaceTranslations(s);
        joinPeople(s);
        joinAcrossFamilies(s);
        List<Cluster> out = new ArrayList<>();
        for (List<Integer> members : s.groups().values()) {
            List<Candidate> cs = members.stream().map(s.c::get).toList();
            Gazetteer.Entry e = null;
            Map<Family, Integer> votes = new HashMap<>();
            for (int i : members) {
                if (s.entry[i] != null && e == null) e = s.entry[i];
                votes.merge(s.family[i], 1, Integer::sum);
            }
            boolean hinted = members.stream().anyMatch(i -> "GPE".equals(s.c.get(i).ner()) || "MEDIA".equals(s.c.get(i).ner()));
            if (hinted && votes.containsKey(Family.PERSON) && members.stream().noneMatch(i -> s.c.get(i).wordCount() > 1
                    && s.family[i] == Family.PERSON)) {
                votes.remove(Family.PERSON);
            }
            // "X, the Japanese company that ...": an organisation by its context, never titled or given a role.
            boolean orgHinted = members.stream().anyMatch(i -> "ORG".equals(s.c.get(i).ner()));
            if (orgHinted && votes.containsKey(Family.PERSON) && members.stream().noneMatch(i -> s.family[i] == Family.PERSON
                    && !unadorned(s.c.get(i)))) {
                votes.remove(Family.PERSON);
            }
            Family f = votes.entrySet().stream()
                    .max(Map.Entry.<Family, Integer>comparingByValue().thenComparing(x -> -x.getKey().ordinal()))
                    .orElseThrow().getKey();
            // "Galle Face", tagged an organisation, is also "Galle Face Green": a name for an open space is a place's.
            if (f == Family.ORG && e == null && members.stream().anyMatch(i -> openSpace(s.c.get(i).name()))) {
                f = Family.PLACE;
            }
            out.add(new Cluster(cs, f, e, s.confidence[s.uf.find(members.get(0))]));
        }
        return out;
    }

    private void classify(State s) {
        // Names an acronym defined in brackets spells: organisations, whatever the tagger said (see AcronymDefinitions).
        Set<String> abbreviated = new HashSet<>();
        for (Candidate c : s.c) {
            if (c.longForm() != null && Names.isAcronym(c.name()) && c.wordCount() == 1 && Names.words(c.longForm()).size() >= 2
                    && Names.canAbbreviate(c.name().replace(".", "").toLowerCase(Locale.ROOT), c.longForm())) {
                abbreviated.add(nameKey(c.longForm()));
            }
        }
        Set<String> demonyms = new HashSet<>();
        for (Candidate c : s.c) {
            String f = Names.fold(c.name());
            boolean adjectival = f.endsWith("an") || f.endsWith("ese") || f.endsWith("ish") || f.endsWith("i");
            if ("NATIONALITY".equals(c.ner()) || c.wordCount() == 1 && adjectival && !c.isPerson()) demonyms.add(f);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (c.metonymOf() != null) {
                Gazetteer.Entry e = gazetteer.lookup(c.metonymOf()).orElseThrow();
                s.entry[i] = e;
                s.family[i] = Family.PLACE;
                s.key[i] = "gaz:" + e.name();
                continue;
            }
            Optional<Gazetteer.Entry> e = c.isPerson() ? Optional.empty() : lookupOrganisation(c.name());
            if (e.isEmpty() && c.longForm() != null) e = lookupOrganisation(c.longForm());
            if (e.isPresent()) {
                s.entry[i] = e.get();
                s.family[i] = familyOf(e.get());
                s.key[i] = "gaz:" + e.get().name();
                continue;
            }
            s.family[i] = familyOf(c.ner());
            if (s.family[i] == Family.PERSON && abbreviated.contains(nameKey(c.name()))) s.family[i] = Family.ORG;
            // "Unification Church" tagged a religion: a name headed by "Church", "Party", "Federation" is an organisation.
            List<String> words = Names.words(c.name());
            if (s.family[i] == Family.NORP && words.size() >= 2 && RenamedNames.ORG_HEADS.contains(words.get(words.size() - 1))) {
                s.family[i] = Family.ORG;
            }
            // "Marovia" tagged a person while the corpus says "Marovian": a name with a demonym is a place.
            if (c.wordCount() == 1 && s.family[i] != Family.PLACE && hasDemonym(Names.fold(c.name()), demonyms)) {
                s.family[i] = Family.PLACE;
            }
            s.key[i] = s.family[i] == Family.PERSON ? personKey(c.name()) : nameKey(c.name());
        }
        retypeAcronymsInTitleCase(s);
    }

    /**
     * "Bafko" where the corpus also writes "BAFKO": British style writes an acronym said as a word with one capital,
     * and the tagger then takes it for a person or a place. A one-word name with no title whose capitals spell an
     * organisation's acronym the corpus uses is that organisation.
     */
    private static void retypeAcronymsInTitleCase(State s) {
        Map<String, Family> acronyms = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            String n = s.c.get(i).name().strip();
            if (s.family[i] == Family.ORG && n.length() >= 3 && Names.isAcronym(n) && n.equals(n.toUpperCase(Locale.ROOT))) {
                acronyms.put(n, Family.ORG);
            }
        }
        if (acronyms.isEmpty()) return;
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            String n = c.name().strip();
            if (s.family[i] == Family.ORG || s.entry[i] != null || c.metonymOf() != null || c.wordCount() != 1 || !unadorned(c)
                    || n.length() < 3 || Names.isAcronym(n) || !acronyms.containsKey(n.toUpperCase(Locale.ROOT))) {
                continue;
            }
            s.family[i] = Family.ORG;
            s.key[i] = nameKey(n);
        }
    }

    /** One-word names the tagger took for people that the corpus writes as "the X group" ({@link GroupNames}). */
    private static void retypeGroupWords(State s) {
        Set<Integer> words = GroupNames.groupWords(s.c);
        if (words.isEmpty()) return;
        Map<String, Integer> group = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            String h = GroupNames.head(s.c.get(i));
            if (h != null) group.putIfAbsent(h, i);
        }
        for (int i : words) {
            s.family[i] = Family.ORG;
            s.key[i] = nameKey(s.c.get(i).name());
            s.join(i, group.get(Names.fold(s.c.get(i).name())), 0.8);
        }
    }

    /**
     * The gazetteer entry of a name, also when a translation adds the generic word "Organization" to the name of
     * a known organisation ("United Nations Organization" for the United Nations).
     */
    private Optional<Gazetteer.Entry> lookupOrganisation(String name) {
        Optional<Gazetteer.Entry> e = gazetteer.lookup(name);
        if (e.isPresent()) return e;
        List<String> w = Names.words(name);
        if (w.size() >= 3 && (w.get(w.size() - 1).equals("organization") || w.get(w.size() - 1).equals("organisation"))) {
            String shorter = name.strip().substring(0, name.strip().lastIndexOf(' ')).strip();
            Optional<Gazetteer.Entry> s = gazetteer.lookup(shorter);
            if (s.isPresent() && !s.get().type().equals("GPE") && !s.get().type().equals("LOC")) return s;
        }
        if (w.size() >= 3 && countryAcronymFirst(name)) {
            // "US Federal Reserve": a known body after its country's short form is that body.
            Optional<Gazetteer.Entry> known = gazetteer.lookup(name.strip().substring(name.strip().indexOf(' ') + 1));
            if (known.isPresent() && known.get().type().equals("ORG")) return known;
        }
        return w.size() >= 3 ? gazetteer.organisationByWords(name) : Optional.empty();
    }

    static boolean hasDemonym(String name, Set<String> demonyms) {
        if (name.length() < 4) return false;
        String stem = name.endsWith("a") || name.endsWith("e") || name.endsWith("y") ? name.substring(0, name.length() - 1) : name;
        for (String suffix : new String[] {"n", "an", "ian", "ese", "i", "ish", "er"}) {
            if (demonyms.contains(name + suffix) || demonyms.contains(stem + suffix)) return true;
        }
        return false;
    }

    static Family familyOf(Gazetteer.Entry e) {
        return switch (e.type()) {
            case "GPE", "LOC" -> Family.PLACE;
            case "PERSON" -> Family.PERSON;
            default -> Family.ORG;
        };
    }

    static Family familyOf(String ner) {
        return switch (ner) {
            case "PERSON" -> Family.PERSON;
            case "ORGANIZATION", "ORG" -> Family.ORG;
            case "CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION", "GPE" -> Family.PLACE;
            case "MEDIA" -> Family.ORG;
            case "NATIONALITY", "RELIGION", "IDEOLOGY" -> Family.NORP;
            default -> Family.MISC;
        };
    }

    /** Person names compare as a set of words, so "Kishida Fumio" and "Fumio Kishida" meet. */
    static String personKey(String name) {
        List<String> w = new ArrayList<>(Names.words(name));
        w.sort(null);
        return String.join(" ", w);
    }

    static String nameKey(String name) {
        String f = Names.numberKey(Names.fold(name));
        // "St. Petersburg" and "Saint Petersburg": an abbreviated first word is the word it abbreviates.
        return Transliteration.expandAbbreviation(f.startsWith("the ") ? f.substring(4) : f);
    }

    private static void joinSameKey(State s) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            // A surname alone is joined per article to the full name it stands for (attachSingleNames): joined
            // across articles first, "Lange" would tie Bernd Lange of one article to Miriam Lange of another.
            if (s.family[i] == Family.PERSON && s.c.get(i).wordCount() < 2 && !s.key[i].startsWith("gaz:")) continue;
            String k = s.family[i] + "|" + s.key[i];
            Integer f = first.putIfAbsent(k, i);
            if (f != null) s.join(f, i, 1.0);
        }
        // "Wang Wen Bin" and "Wang Wenbin": full names spelled with the same letters in the same order.
        Map<String, Integer> joined = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PERSON || s.c.get(i).wordCount() < 2) continue;
            String letters = letters(s.c.get(i).name());
            if (letters.length() < 6) continue;
            Integer f = joined.putIfAbsent(letters, i);
            if (f != null) s.join(f, i, 0.95);
        }
        // A gazetteer entity is one entity whatever family the tagger gave its mentions.
        Map<String, Integer> gaz = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (!s.key[i].startsWith("gaz:")) continue;
            Integer f = gaz.putIfAbsent(s.key[i], i);
            if (f != null) s.join(f, i, 1.0);
        }
    }

    /** Acronyms join the names they abbreviate: defined in parentheses, or matching a name's initials. */
    private static void joinAcronyms(State s) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON || s.c.get(i).metonymOf() != null) continue;
            byName.computeIfAbsent(nameKey(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> defined = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (c.longForm() == null) continue;
            List<Integer> longs = byName.get(nameKey(c.longForm()));
            // "World Bank and the International Monetary Fund (IMF)": the acronym stands for the last name.
            int and = c.longForm().lastIndexOf(" and ");
            if (longs == null && and > 0) longs = byName.get(nameKey(c.longForm().substring(and + 5)));
            if (longs != null) {
                s.join(i, longs.get(0), 1.0);
                defined.add(i);
            }
        }
        Map<String, Set<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PERSON || c.metonymOf() != null || c.wordCount() < 2) continue;
            String ini = Names.initials(c.name());
            if (ini.length() >= 2) byInitials.computeIfAbsent(ini, k -> new HashSet<>()).add(s.uf.find(i));
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (defined.contains(i) || s.family[i] == Family.PERSON || c.wordCount() != 1 || !Names.isAcronym(c.name())) continue;
            Set<Integer> roots = new HashSet<>();
            for (int r : byInitials.getOrDefault(c.name().replace(".", "").toLowerCase(Locale.ROOT), Set.of())) {
                roots.add(s.uf.find(r));
            }
            if (roots.size() == 1) s.join(i, roots.iterator().next(), 0.9);
        }
        // "AK Party" beside "AKP": a name made of an acronym and words is the acronym its letters spell.
        Map<String, Set<Integer>> acronyms = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PERSON && c.wordCount() == 1 && Names.isAcronym(c.name())) {
                acronyms.computeIfAbsent(c.name().replace(".", "").toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(i);
            }
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PERSON || c.metonymOf() != null || c.wordCount() < 2) continue;
            if (Arrays.stream(c.name().split("[\\s-]+")).noneMatch(Names::isAcronym)) continue;
            Integer target = onlyRoot(s, new ArrayList<>(acronyms.getOrDefault(Names.acronymLetters(c.name()), Set.of())), x -> true);
            if (target != null) s.join(i, target, 0.85);
        }
    }

    /** Organisation names that differ only by word order, inflection or a translation's extra word. */
    private static void joinOrganisationVariants(State s) {
        Map<Integer, List<String>> stems = new TreeMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            // Two words are enough for the word-order inversion of a translation ("Defence Ministry" / "Ministry of
            // Defence"); a place name needs three ("Southern Military District" / "Military District of the South").
            int words = s.c.get(i).wordCount();
            boolean org = s.family[i] == Family.ORG && words >= 2, place = s.family[i] == Family.PLACE && words >= 3;
            if (!org && !place || s.entry[i] != null) continue;
            stems.putIfAbsent(s.uf.find(i), Names.contentStems(s.c.get(i).name()));
        }
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (var e : stems.entrySet()) {
            for (String w : new HashSet<>(e.getValue())) blocks.computeIfAbsent(w, k -> new ArrayList<>()).add(e.getKey());
        }
        for (List<Integer> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x), b = block.get(y);
                    if (s.uf.same(a, b)) continue;
                    if (Similarity.sameOrganisation(stems.get(a), stems.get(b))) s.join(a, b, 0.85);
                }
            }
        }
    }

    /**
     * One organisation's name written with or without the country it belongs to and romanised in different ways
     * ("Sri Lanka Podujana Peramuna", "Podujana Peramuna", "Sri Lanka Pothujana Peramuna"): names of two words or
     * more that are equal once a leading known place is dropped, or that differ in one long word by a typo. A name
     * the tagger took for a person's, with no title or role, joins when it is such an organisation's name without
     * its place (the tagger reads an unknown party's name as a person's or a place's).
     */
    private void joinOrganisationSpellings(State s) {
        Map<String, List<Integer>> blocks = new TreeMap<>();
        Map<Integer, List<String>> coreOf = new HashMap<>();
        Set<Integer> placed = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.entry[i] != null || c.metonymOf() != null || c.wordCount() < 2) continue;
            boolean org = s.family[i] == Family.ORG;
            boolean other = s.family[i] == Family.PERSON && unadorned(c) || s.family[i] == Family.PLACE || s.family[i] == Family.MISC;
            if (!org && !other) continue;
            List<String> words = Names.words(nameKey(c.name()));
            List<String> core = org ? withoutLeadingPlace(words) : words;
            // "US Federal Reserve": a country's acronym, which folded reads as a common word ("us"), is a place too.
            if (org && core.size() == words.size() && words.size() >= 3 && countryAcronymFirst(c.name())) core = words.subList(1, words.size());
            if (core.size() < 2) continue;
            if (org && core.size() < words.size()) placed.add(i);
            coreOf.put(i, core);
            blocks.computeIfAbsent("=" + String.join(" ", core), k -> new ArrayList<>()).add(i);
            for (int j = 0; j < core.size(); j++) {
                if (core.get(j).length() < 8) continue;
                List<String> w = new ArrayList<>(core);
                w.set(j, "*");
                blocks.computeIfAbsent(j + "~" + String.join(" ", w), k -> new ArrayList<>()).add(i);
            }
        }
        for (var block : blocks.entrySet()) {
            List<Integer> members = block.getValue();
            if (members.size() > MAX_BLOCK) continue;
            boolean exact = block.getKey().startsWith("=");
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x), b = members.get(y);
                    if (s.uf.same(a, b)) continue;
                    // A name of another family joins only an organisation whose name had a place to drop.
                    boolean pa = s.family[a] != Family.ORG, pb = s.family[b] != Family.ORG;
                    if (pa && pb || pa && !placed.contains(b) || pb && !placed.contains(a)) continue;
                    if (!exact) {
                        int j = Integer.parseInt(block.getKey().substring(0, block.getKey().indexOf('~')));
                        if (!Similarity.sameWord(coreOf.get(a).get(j), coreOf.get(b).get(j))) continue;
                    }
                    s.join(a, b, 0.8);
                }
            }
        }
    }

    /** Whether a name opens with a country's short form written as an acronym ("U.S. Bureau of Statistics"). */
    private boolean countryAcronymFirst(String name) {
        String first = name.strip().split("\\s+")[0];
        return Names.isAcronym(first) && gazetteer.lookup(first).filter(x -> "country".equals(x.kind())).isPresent();
    }

    /** The words of a folded name after a leading place the gazetteer knows ("sri lanka podujana peramuna" → podujana peramuna). */
    private List<String> withoutLeadingPlace(List<String> words) {
        for (int n = Math.min(3, words.size() - 2); n >= 1; n--) {
            var e = gazetteer.lookup(String.join(" ", words.subList(0, n)));
            if (e.isPresent() && familyOf(e.get()) == Family.PLACE) return words.subList(n, words.size());
        }
        return words;
    }

    /**
     * "the Senate" after "the Japanese Senate", "Kestrel" after "Kestrel Marine Systems": in one article, a
     * one-word organisation name that is the first or last word of a longer one refers back to it.
     */
    private static void joinOrganisationHeads(State s) {
        Map<String, List<Integer>> multiByDoc = new HashMap<>();
        Map<String, List<Integer>> headedBy = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.ORG && s.entry[i] == null && s.c.get(i).wordCount() >= 2) {
                multiByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
                List<String> w = Names.words(s.c.get(i).name());
                headedBy.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.entry[i] != null || c.wordCount() != 1 || Names.isAcronym(c.name())) continue;
            if (s.family[i] != Family.ORG && s.family[i] != Family.MISC) continue;
            String w = s.key[i];
            Set<Integer> roots = new HashSet<>();
            Integer nearest = null;
            for (int j : multiByDoc.getOrDefault(c.doc(), List.of())) {
                List<String> words = Names.words(s.c.get(j).name());
                boolean head = words.get(words.size() - 1).equals(w) || words.get(0).equals(w);
                if (!head || s.c.get(j).start() > c.start()) continue;
                roots.add(s.uf.find(j));
                if (nearest == null || s.c.get(nearest).start() < s.c.get(j).start()) nearest = j;
            }
            if (roots.isEmpty()) {
                // "the Assembly" where the article, or else the corpus, names one assembly only: the name that word heads.
                List<Integer> headed = new ArrayList<>();
                for (int j : multiByDoc.getOrDefault(c.doc(), List.of())) if (endsWith(s.c.get(j).name(), w)) headed.add(j);
                if (headed.isEmpty()) for (int j : headedBy.getOrDefault(w, List.of())) headed.add(j);
                if (headed.size() > MAX_BLOCK) continue;
                Integer only = onlyRoot(s, headed, x -> true);
                if (only != null) s.join(i, only, 0.75);
                continue;
            }
            if (roots.size() == 1) s.join(i, nearest, 0.8);
        }
    }

    private static boolean endsWith(String name, String word) {
        List<String> words = Names.words(name);
        return words.get(words.size() - 1).equals(word);
    }

    /**
     * "the Minjok Party" where "Minjok" is another name of the Popular Party: a one-word name of an organisation
     * followed by the word that heads that organisation's longer names is that organisation.
     */
    private static void joinNamedWithHead(State s) {
        Map<String, List<Integer>> oneWord = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.ORG && s.c.get(i).wordCount() == 1 && !Names.isAcronym(s.c.get(i).name())) {
                oneWord.computeIfAbsent(s.key[i], k -> new ArrayList<>()).add(i);
            }
        }
        if (oneWord.isEmpty()) return;
        Map<Integer, Set<String>> headsByRoot = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.c.get(i).wordCount() < 2) continue;
            List<String> w = Names.words(s.c.get(i).name());
            headsByRoot.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(w.get(w.size() - 1));
        }
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.entry[i] != null || s.c.get(i).wordCount() != 2) continue;
            List<String> w = Names.words(s.c.get(i).name());
            if (!NameWords.ORG_HEADS.contains(w.get(1))) continue;
            List<Integer> named = oneWord.getOrDefault(w.get(0), List.of());
            if (named.size() > MAX_BLOCK) continue;
            Integer only = onlyRoot(s, named, x -> true);
            if (only != null && headsByRoot.getOrDefault(s.uf.find(only), Set.of()).contains(w.get(1))) s.join(i, only, 0.8);
        }
    }

    /** Head words of the names of parties and political groupings, which are rarely named after one person. */
    private static final Set<String> PARTY_HEADS = Set.of("party", "alliance", "front", "movement", "league", "coalition", "bloc");

    /**
     * "Green Dawn" beside "the Green Dawn Party": a name of two words or more that is a party's name without its head
     * word is that party, whatever family the tagger gave it (it often takes such names for people or nationalities),
     * when one party of the corpus has that name. Titled names and places are left alone.
     */
    private static void joinNamesWithoutHead(State s) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.entry[i] != null) continue;
            List<String> w = Names.words(s.c.get(i).name());
            if (w.size() >= 3 && PARTY_HEADS.contains(w.get(w.size() - 1))) {
                byStem.computeIfAbsent(String.join(" ", w.subList(0, w.size() - 1)), k -> new ArrayList<>()).add(i);
            }
        }
        if (byStem.isEmpty()) return;
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PLACE || s.entry[i] != null || c.metonymOf() != null) continue;
            if (s.family[i] == Family.PERSON && !unadorned(c)) continue;
            List<Integer> owners = byStem.get(String.join(" ", Names.words(c.name())));
            if (owners == null || owners.size() > MAX_BLOCK) continue;
            Integer only = onlyRoot(s, owners, x -> true);
            if (only != null) s.join(i, only, 0.8);
        }
    }

    /**
     * "the Family Federation" after "the Family Federation for World Peace and Unification": in one article, an
     * organisation name of two words or more that is the part of a longer one before its "for"/"of"/"on" refers
     * back to it, when only one such longer name precedes it.
     */
    private static void joinOrganisationShortForms(State s) {
        Map<String, List<Integer>> longByDoc = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.ORG && s.c.get(i).wordCount() >= 4) longByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.ORG || s.entry[i] != null || c.wordCount() < 2) continue;
            List<String> words = Names.words(c.name());
            if (words.get(0).equals("the")) words = words.subList(1, words.size());
            Set<Integer> roots = new HashSet<>();
            Integer nearest = null;
            for (int j : longByDoc.getOrDefault(c.doc(), List.of())) {
                if (s.c.get(j).start() > c.start()) continue;
                List<String> lw = Names.words(s.c.get(j).name());
                if (lw.get(0).equals("the")) lw = lw.subList(1, lw.size());
                int n = words.size();
                if (lw.size() <= n + 1 || !lw.subList(0, n).equals(words) || !Set.of("for", "of", "on").contains(lw.get(n))) continue;
                roots.add(s.uf.find(j));
                if (nearest == null || s.c.get(nearest).start() < s.c.get(j).start()) nearest = j;
            }
            if (roots.size() == 1) s.join(i, nearest, 0.8);
        }
    }

    /**
     * "Harbour Park Lisbon" and "Harbour Park": a name of a place or organisation that is another name of the same
     * family followed by a known city or country, or a place the corpus names alone, is that one, when only one cluster has the shorter name.
     */
    private void joinPlaceSuffixed(State s) {
        Map<String, Set<Integer>> byKey = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PLACE && s.c.get(i).metonymOf() == null) places.add(nameKey(s.c.get(i).name()));
            if (s.family[i] != Family.PLACE && s.family[i] != Family.ORG || s.entry[i] != null || s.c.get(i).wordCount() < 2) continue;
            byKey.computeIfAbsent(s.family[i] + "|" + nameKey(s.c.get(i).name()), k -> new HashSet<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE && s.family[i] != Family.ORG || s.entry[i] != null || c.wordCount() < 3) continue;
            String name = c.name().strip();
            int cut = name.lastIndexOf(' ');
            if (cut < 0) continue;
            String last = name.substring(cut + 1), shorter = name.substring(0, cut);
            if (gazetteer.lookup(last).isEmpty() && gazetteer.seatOf(last).isEmpty() && !places.contains(nameKey(last))) continue;
            Set<Integer> roots = new HashSet<>();
            Integer any = null;
            for (Family f : List.of(Family.PLACE, Family.ORG)) {
                for (int j : byKey.getOrDefault(f + "|" + nameKey(shorter), Set.of())) {
                    roots.add(s.uf.find(j));
                    any = j;
                }
            }
            if (roots.size() == 1) s.join(i, any, 0.8);
        }
    }

    /**
     * "Delhi" and "New Delhi": a place name that is the last words of exactly one longer place name of the corpus is
     * that place, unless the gazetteer knows the shorter name as a place of its own ("Guinea", "Papua New Guinea").
     */
    private static final Set<String> GENERIC_PLACE_HEADS = Set.of("states", "state", "kingdom", "republic", "islands",
            "island", "emirates", "union", "federation", "territories", "territory", "city", "province", "region",
            "county", "district", "provinces", "regions");

    private void joinPlaceTails(State s) {
        List<Integer> longer = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PLACE && s.c.get(i).metonymOf() == null && s.c.get(i).wordCount() >= 2) longer.add(i);
        }
        // Each longer name's key and the key of its head word ("rio" of "Rio de Janeiro"), computed once.
        String[] longKeys = new String[longer.size()], headKeys = new String[longer.size()];
        for (int x = 0; x < longer.size(); x++) {
            String name = s.c.get(longer.get(x)).name();
            longKeys[x] = nameKey(name);
            String[] lw = name.strip().split(" ");
            String first = Names.fold(name.strip().split("-")[0]);
            if (lw.length >= 3 && NameWords.isPlaceParticle(lw[1])) headKeys[x] = Names.fold(lw[0]);
            else if (hyphenHead(name, first)) headKeys[x] = first;
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE || s.entry[i] != null || c.metonymOf() != null) continue;
            if (gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()) continue;
            // "member States", "the Kingdom": the generic head of a place name names no place alone.
            if (c.wordCount() == 1 && GENERIC_PLACE_HEADS.contains(c.name().strip().toLowerCase(java.util.Locale.ROOT))) continue;
            String k = nameKey(c.name());
            Set<Integer> roots = new HashSet<>();
            Integer any = null;
            for (int x = 0; x < longer.size(); x++) {
                int j = longer.get(x);
                String lk = longKeys[x];
                boolean head = k.equals(headKeys[x]);
                if (lk.length() > k.length() && lk.endsWith(" " + k) || head) {
                    roots.add(s.uf.find(j));
                    any = j;
                }
            }
            if (roots.size() == 1) s.join(i, any, 0.8);
        }
    }

    /** Last words that make a place of a name: an open space or a shore named after its area. */
    private static final Set<String> PLACE_FEATURES = Set.of("green", "park", "square", "gardens", "garden", "beach",
            "grounds", "esplanade", "promenade", "plaza", "common", "waterfront");

    /** Whether a name of two words or more ends with the word for an open space ("Galle Face Green"). */
    static boolean openSpace(String name) {
        List<String> w = Names.words(name);
        return w.size() >= 2 && PLACE_FEATURES.contains(w.get(w.size() - 1));
    }

    /**
     * "Galle Face Green" and "Galle Face": a name of a place or organisation that is another name followed by the
     * word for an open space is that place, when one cluster has the shorter name.
     */
    private static void joinPlaceFeatures(State s) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if ((s.family[i] == Family.PLACE || s.family[i] == Family.ORG) && s.entry[i] == null && s.c.get(i).metonymOf() == null) {
                byKey.computeIfAbsent(nameKey(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE && s.family[i] != Family.ORG || s.entry[i] != null || c.wordCount() < 3) continue;
            String key = nameKey(c.name());
            int cut = key.lastIndexOf(' ');
            if (cut < 0 || !PLACE_FEATURES.contains(key.substring(cut + 1))) continue;
            Integer target = onlyRoot(s, byKey.getOrDefault(key.substring(0, cut), List.of()), x -> true);
            if (target != null) s.join(i, target, 0.8);
        }
    }

    /**
     * A place name spelled in another language's convention ("Tokio" in a German text for Tokyo, "Kairo" for Cairo,
     * "Kiew" for Kiev): letters that only differ by convention (y/i, c/k, w/v, ph/f, doubled letters) folded away,
     * a place name the gazetteer does not know is the one other place of the corpus it then equals.
     */
    private void joinPlaceSpellings(State s) {
        Map<String, List<Integer>> byFold = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PLACE || s.c.get(i).metonymOf() != null) continue;
            byFold.computeIfAbsent(placeFold(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE || s.entry[i] != null || c.metonymOf() != null || Names.fold(c.name()).length() < 4) continue;
            if (gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()) continue;
            Set<Integer> roots = new HashSet<>();
            Integer other = null;
            for (int j : byFold.getOrDefault(placeFold(c.name()), List.of())) {
                if (s.uf.same(i, j)) continue;
                roots.add(s.uf.find(j));
                other = j;
            }
            if (roots.size() == 1) s.join(i, other, 0.8);
        }
    }

    /** A place name with the letters that vary between spelling conventions unified. */
    static String placeFold(String name) {
        String f = Names.fold(name).replace("ph", "f").replace('y', 'i').replace('c', 'k').replace('w', 'v').replace("ou", "u");
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) if (i == 0 || f.charAt(i) != f.charAt(i - 1)) b.append(f.charAt(i));
        return b.toString();
    }

    /**
     * One place in several languages' words ("Rostov-on-Don", "Rostov-on-the-Don", "Rostow am Don", "Rostov del
     * Don"): place names whose words meet by {@link Transliteration#placeKey} once the connecting words are dropped.
     * A name of another family joins only when it has such a connecting word and a place holds its key: the tagger
     * reads "Rostov del Don" as a person with a particle.
     */
    private static void joinPlaceTranslations(State s) {
        Map<String, List<Integer>> places = new TreeMap<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (c.metonymOf() != null || c.wordCount() < 2) continue;
            if (s.family[i] == Family.PLACE) {
                String k = Transliteration.placeKey(c.name());
                if (k != null) places.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            } else if (s.family[i] != Family.NORP && s.entry[i] == null && c.wordCount() >= 3 && Transliteration.hasConnective(c.name())) {
                others.add(i);
            }
        }
        for (List<Integer> same : places.values()) for (int i : same) s.join(same.get(0), i, 0.85);
        for (int i : others) {
            String key = Transliteration.placeKey(s.c.get(i).name());
            List<Integer> same = key == null ? null : places.get(key);
            if (same != null) s.join(same.get(0), i, 0.75);
        }
    }

    /** Whether {@code key} is the first part of a hyphenated place name ("Barrow" of "Barrow-in-Furness"). */
    static boolean hyphenHead(String name, String key) {
        String[] parts = name.strip().split("-");
        return parts.length >= 3 && NameWords.HYPHEN_PARTICLES.contains(parts[1]) && Names.fold(parts[0]).equals(key);
    }

    private void joinPeople(State s) {
        List<Integer> full = new ArrayList<>(), single = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PERSON) continue;
            // "Al Hamed", "von Kessel": a surname with its particle is a surname alone, not a full name.
            (Names.wordsWithoutParticles(s.c.get(i).name()).size() >= 2 && !titledCompoundSurname(s.c.get(i)) ? full : single).add(i);
        }
        joinMisspelledFullNames(s, full);
        joinTransliteratedFullNames(s, full);
        joinMiddleNames(s, full);
        joinTranslationVariants(s, full);
        joinRomanisedFullNames(s, full);
        attachSingleNames(s, full, single);
        attachMistaggedSurnames(s, full);
        attachClippedGivenNames(s, full);
    }

    /**
     * "Mrs. Brunnhalder-Vogt": one hyphenated word after a courtesy or job title is a double-barrelled surname, to be
     * attached to the full name it ends, not a full name of its own.
     */
    static boolean titledCompoundSurname(Candidate c) {
        String n = c.name().strip();
        return (c.honorific() != null || c.title() != null) && n.indexOf('-') > 0 && n.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * "Gota" in an article that names Gotabaya Rajapaksa: a one-word name, a person's or the tagger's "some name",
     * that is the given name of a person named in full in the same article cut short, and of only one such person
     * there. A surname already attached to a full name is left where it is.
     */
    private static void attachClippedGivenNames(State s, List<Integer> full) {
        Map<String, List<Integer>> byClip = new HashMap<>();
        Set<Integer> fullRoots = new HashSet<>();
        for (int i : full) {
            fullRoots.add(s.uf.find(i));
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            for (String clip : Names.clippings(w.get(0))) byClip.computeIfAbsent(s.c.get(i).doc() + "|" + clip, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PERSON && s.family[i] != Family.MISC || s.entry[i] != null || c.wordCount() != 1
                    || Names.isAcronym(c.name()) || fullRoots.contains(s.uf.find(i))) {
                continue;
            }
            List<Integer> owners = byClip.get(c.doc() + "|" + Names.fold(c.name()));
            if (owners == null) continue;
            Integer target = onlyRoot(s, owners, x -> true);
            if (target != null) s.join(i, target, 0.7);
        }
    }

    /**
     * A rare misspelt surname the tagger took for a place or an organisation ("According to Okonkow, ..."):
     * joined to the one person whose common surname it is within a typo of. Names the gazetteer knows, acronyms,
     * names the context calls a place or outlet, and spellings used more than twice are not touched.
     */
    private static void attachMistaggedSurnames(State s, List<Integer> full) {
        Map<String, Integer> personWords = personWordCounts(s);
        FullWords fullWords = FullWords.of(s, full);
        Map<String, Integer> spelling = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) spelling.merge(nameKey(s.c.get(i).name()), 1, Integer::sum);
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PERSON || s.family[i] == Family.NORP || s.entry[i] != null || c.metonymOf() != null
                    || c.longForm() != null || c.wordCount() != 1 || Names.isAcronym(c.name())) {
                continue;
            }
            if (isContextLabel(c.ner()) || spelling.get(nameKey(c.name())) > 2) continue;
            Integer target = misspeltSurname(s, fullWords, s.key[i], personWords);
            if (target != null) s.join(i, target, 0.7);
        }
    }

    /** "Jens Stoltenbeg" and "Jens Stoltenberg": one of them rare, or both in one article. */
    private static void joinMisspelledFullNames(State s, List<Integer> full) {
        Map<String, Integer> keyRep = new TreeMap<>();
        Map<String, Integer> keyCount = new HashMap<>();
        Map<String, Set<String>> keyDocs = new HashMap<>();
        for (int i : full) {
            keyRep.putIfAbsent(s.key[i], i);
            keyCount.merge(s.key[i], 1, Integer::sum);
            keyDocs.computeIfAbsent(s.key[i], k -> new HashSet<>()).add(s.c.get(i).doc());
        }
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String k : keyRep.keySet()) {
            for (String w : k.split(" ")) for (String b : Similarity.blockKeys(w)) blocks.computeIfAbsent(b, x -> new ArrayList<>()).add(k);
        }
        for (List<String> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    String a = block.get(x), b = block.get(y);
                    int ia = keyRep.get(a), ib = keyRep.get(b);
                    if (a.equals(b) || s.uf.same(ia, ib)) continue;
                    if (!Similarity.sameName(List.of(a.split(" ")), List.of(b.split(" ")))) continue;
                    boolean rare = Math.min(keyCount.get(a), keyCount.get(b)) <= 2;
                    Set<String> shared = new HashSet<>(keyDocs.get(a));
                    shared.retainAll(keyDocs.get(b));
                    if (rare || !shared.isEmpty()) s.join(ia, ib, 0.85);
                }
            }
        }
    }

    /**
     * Transliterations of one name ("Rashid al-Hamed", "Rachid el-Hamed", "Rashid Al Hamid"): without particles,
     * word for word equal up to spelling conventions, or for names marked as Arabic up to vowels; at least one
     * word the same unless every word is long. In one article, a full name with one extra middle word and the
     * same first and last words is the same person ("Rashid Omar al-Hamed" / "Rashid al-Hamed").
     */
    private static void joinTransliteratedFullNames(State s, List<Integer> full) {
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(s.c.get(i).doc() + "|" + Names.fold(s.c.get(i).name()), i);
        Map<String, List<Integer>> blocks = new TreeMap<>();
        Map<Integer, List<String>> wordsOf = new HashMap<>();
        Map<Integer, Boolean> arabicOf = new HashMap<>();
        for (int i : rep.values()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            wordsOf.put(i, w);
            arabicOf.put(i, Names.hasArabicParticle(s.c.get(i).name()));
            String b = Names.transliterationFold(w.get(0)).substring(0, 1) + Names.transliterationFold(w.get(w.size() - 1)).substring(0, 1);
            blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x), b = block.get(y);
                    if (s.uf.same(a, b)) continue;
                    Candidate ca = s.c.get(a), cb = s.c.get(b);
                    boolean arabic = arabicOf.get(a) || arabicOf.get(b);
                    List<String> wa = wordsOf.get(a), wb = wordsOf.get(b);
                    if (wa.size() == wb.size()) {
                        int exact = 0;
                        boolean all = true, longWords = true;
                        for (int k = 0; k < wa.size() && all; k++) {
                            String p = wa.get(k), q = wb.get(k);
                            if (Similarity.sameTransliteration(p, q)) exact++;
                            else if (!((arabic || longVowelVariant(p, q)) && Similarity.transliterationVariant(p, q))) all = false;
                            if (Math.min(p.length(), q.length()) < 5) longWords = false;
                        }
                        if (all && (exact >= 1 || arabic && longWords)) s.join(a, b, exact >= 1 ? 0.8 : 0.7);
                    } else if (Math.abs(wa.size() - wb.size()) == 1 && ca.doc().equals(cb.doc())) {
                        List<String> lo = wa.size() > wb.size() ? wa : wb, sh = wa.size() > wb.size() ? wb : wa;
                        if (sameNameWord(lo.get(0), sh.get(0), arabic)
                                && sameNameWord(lo.get(lo.size() - 1), sh.get(sh.size() - 1), arabic)) {
                            s.join(a, b, 0.75);
                        }
                    }
                }
            }
        }
    }

    /**
     * One person romanised by different conventions in translated articles ("Yevgeny Prigozhin", "Evgueni
     * Prigojine", "Jewgeni Prigoschin"): full names of as many words whose words share {@link Transliteration} keys
     * in order, given name included, so that two people sharing a surname stay apart. Never joins two clusters that
     * both name their person in full in one article: the article tells them apart. Pairs whose roles or
     * affiliations agree are joined first, so that where the guard leaves a choice the role decides.
     */
    private static void joinRomanisedFullNames(State s, List<Integer> full) {
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        Map<Integer, List<Set<String>>> keysOf = new HashMap<>();
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i : rep.values()) {
            List<Set<String>> keys = new ArrayList<>();
            for (String w : Names.wordsWithoutParticles(s.c.get(i).name())) keys.add(Transliteration.keys(w));
            keysOf.put(i, keys);
            for (String k : keys.get(keys.size() - 1)) blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        // The documents in which each cluster names its person in full, and the roles it is given.
        Map<Integer, Set<String>> fullDocs = new HashMap<>();
        for (int i : full) fullDocs.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(s.c.get(i).doc());
        Map<Integer, List<Candidate>> roles = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON && s.c.get(i).role() != null) {
                roles.computeIfAbsent(s.uf.find(i), k -> new ArrayList<>()).add(s.c.get(i));
            }
        }
        for (boolean byRole : new boolean[] {true, false}) {
            for (List<Integer> block : blocks.values()) {
                if (block.size() > MAX_BLOCK) continue;
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        int a = block.get(x), b = block.get(y);
                        int ra = s.uf.find(a), rb = s.uf.find(b);
                        if (ra == rb || !sameKeys(keysOf.get(a), keysOf.get(b))) continue;
                        Set<String> da = fullDocs.getOrDefault(ra, Set.of()), db = fullDocs.getOrDefault(rb, Set.of());
                        Set<String> both = new java.util.TreeSet<>(da);
                        both.retainAll(db);
                        if (!both.isEmpty() && !spelledAlikeIn(s, full, ra, rb, both)) continue;
                        List<Candidate> qa = roles.getOrDefault(ra, List.of()), qb = roles.getOrDefault(rb, List.of());
                        if (byRole && !rolesSimilar(qa, qb)) continue;
                        s.join(a, b, byRole ? 0.8 : 0.75);
                        int r = s.uf.find(a);
                        Set<String> docs = new HashSet<>(da);
                        docs.addAll(db);
                        fullDocs.put(r, docs);
                        List<Candidate> rs = new ArrayList<>(qa);
                        rs.addAll(qb);
                        roles.put(r, rs);
                    }
                }
            }
        }
    }

    /**
     * A full name and the same name with a middle name added ("Ada Obi" and "Ada Nkem Obi"), in different articles:
     * one person when the first and last words agree, the shorter name's other words appear in order in the longer
     * one, and no other person of the corpus fits the shorter name ("George Bush" beside "George W. Bush" and
     * "George H. W. Bush" stays apart). A name that ends another one with a word before it ("Idriss Deby" of
     * "Mahamat Idriss Deby") has another first word, so a son named after his father is never joined here.
     * In one article {@link #joinTransliteratedFullNames} has joined them already.
     */
    private static void joinMiddleNames(State s, List<Integer> full) {
        Map<String, List<Integer>> byEnds = new TreeMap<>();
        Map<Integer, List<String>> wordsOf = new HashMap<>();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        for (int i : rep.values()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (w.size() < 2) continue;
            wordsOf.put(i, w);
            String ends = Names.transliterationFold(w.get(0)) + "|" + Names.transliterationFold(w.get(w.size() - 1));
            byEnds.computeIfAbsent(ends, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> block : byEnds.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) continue;
            for (int shorter : block) {
                List<String> sw = wordsOf.get(shorter);
                Set<Integer> roots = new java.util.TreeSet<>();
                Integer any = null;
                for (int longer : block) {
                    List<String> lw = wordsOf.get(longer);
                    if (lw.size() <= sw.size() || !inOrder(sw, lw)) continue;
                    roots.add(s.uf.find(longer));
                    if (any == null) any = longer;
                }
                if (roots.size() == 1) s.join(shorter, any, 0.8);
            }
        }
    }

    /** Whether the words of {@code shorter} occur in {@code longer} in order, first with first and last with last. */
    private static boolean inOrder(List<String> shorter, List<String> longer) {
        if (!Similarity.sameTransliteration(shorter.get(0), longer.get(0))
                || !Similarity.sameTransliteration(shorter.get(shorter.size() - 1), longer.get(longer.size() - 1))) {
            return false;
        }
        int k = 1;
        for (int j = 1; j < shorter.size() - 1; j++) {
            while (k < longer.size() - 1 && !Similarity.sameTransliteration(shorter.get(j), longer.get(k))) k++;
            if (k >= longer.size() - 1) return false;
            k++;
        }
        return true;
    }

    /**
     * Whether one name is the other with words put before it ("Idriss Deby" in "Mahamat Idriss Deby"): in many
     * naming customs a son carries his father's name after his own, so the two written in full are two people.
     */
    static boolean endsOtherName(String a, String b) {
        List<String> wa = Names.wordsWithoutParticles(a), wb = Names.wordsWithoutParticles(b);
        List<String> lo = wa.size() > wb.size() ? wa : wb, sh = wa.size() > wb.size() ? wb : wa;
        return sh.size() >= 2 && lo.size() > sh.size() && lo.subList(lo.size() - sh.size(), lo.size()).equals(sh);
    }

    /** Whether two names' word keys meet word for word. */
    /**
     * Whether every full name two clusters give in the articles that name both is a romanisation of the other in the
     * other name order: an article that gives a name in English order and then in its own language's order and
     * romanisation ("Seong-mun Kwon ... Koreans write it Kwŏn Sŏng-mun") spells one person. Two spellings in one
     * order ("Ivan Petrenko", "Iwan Petrenko") still tell two people apart.
     */
    private static boolean spelledAlikeIn(State s, List<Integer> full, int ra, int rb, Set<String> docs) {
        Map<String, List<List<Set<String>>>> inA = new TreeMap<>(), inB = new TreeMap<>();
        for (int i : full) {
            Candidate c = s.c.get(i);
            if (!docs.contains(c.doc())) continue;
            int r = s.uf.find(i);
            if (r != ra && r != rb) continue;
            List<Set<String>> keys = new ArrayList<>();
            for (String w : Names.wordsWithoutParticles(c.name())) keys.add(Transliteration.keys(w));
            (r == ra ? inA : inB).computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(keys);
        }
        for (String d : docs) {
            for (List<Set<String>> x : inA.getOrDefault(d, List.of())) {
                for (List<Set<String>> y : inB.getOrDefault(d, List.of())) {
                    if (!sameKeys(surnameFirst(x), y) && !sameKeys(x, surnameFirst(y))) return false;
                }
            }
        }
        return true;
    }

    /** The words of a name with its last one moved to the front ("Seong Mun Kwon" → "Kwon Seong Mun"). */
    private static <T> List<T> surnameFirst(List<T> words) {
        List<T> out = new ArrayList<>(words.size());
        out.add(words.get(words.size() - 1));
        out.addAll(words.subList(0, words.size() - 1));
        return out;
    }

    private static boolean sameKeys(List<Set<String>> a, List<Set<String>> b) {
        if (a.size() != b.size()) return false;
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).stream().noneMatch(b.get(k)::contains)) return false;
        }
        return true;
    }

    /**
     * Long name words romanised from languages whose vowels English spellings render freely ("Wickremesinghe" /
     * "Wickramasinghe", "Rajapaksa" / "Rajapakse"): at eight letters and more, a vowel change no longer makes
     * another name the way it does in short given names ("Maria" / "Mario").
     */
    static boolean longVowelVariant(String a, String b) {
        return Math.min(a.length(), b.length()) >= 8;
    }

    private static boolean sameNameWord(String a, String b, boolean arabic) {
        return Similarity.sameTransliteration(a, b) || arabic && Similarity.transliterationVariant(a, b);
    }

    /**
     * Machine translation writes one person with different given names ("Shin Takai", "Susumu Takai"): two full
     * names sharing a word in one article are one person when the article gives them the same role or
     * affiliation; a later full name with that word and no role of its own refers back to the only such person.
     */
    private void joinTranslationVariants(State s, List<Integer> full) {
        Map<String, List<Integer>> byDoc = new TreeMap<>();
        for (int i : full) byDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        FullNameDocs fullDocs = FullNameDocs.of(s, full);
        for (var d : byDoc.entrySet()) {
            String doc = d.getKey();
            List<Integer> inDoc = d.getValue();
            for (int x = 0; x < inDoc.size(); x++) {
                for (int y = x + 1; y < inDoc.size(); y++) {
                    int a = inDoc.get(x), b = inDoc.get(y);
                    if (s.uf.same(a, b) || !shareWord(s.key[a], s.key[b]) || endsOtherName(s.c.get(a).name(), s.c.get(b).name())) continue;
                    if (fullDocs.toldApartElsewhere(s, a, b, doc)) continue;
                    if (rolesSimilar(rolesOf(s, a, inDoc), rolesOf(s, b, inDoc))) fullDocs.join(s, a, b, 0.8);
                }
            }
            for (int r : inDoc) {
                // "his widow Yumiko Tanabe" after "Governor Hiroshi Tanabe": a relative, not a variant of his name.
                if (!rolesOf(s, r, inDoc).isEmpty() || relatives.contains(s.c.get(r))) continue;
                Set<Integer> targets = new HashSet<>();
                for (int q : inDoc) {
                    if (s.uf.same(q, r) || !shareWord(s.key[q], s.key[r]) || endsOtherName(s.c.get(q).name(), s.c.get(r).name())) continue;
                    if (fullDocs.toldApartElsewhere(s, q, r, doc)) continue;
                    if (!rolesOf(s, q, inDoc).isEmpty() && s.c.get(q).start() < s.c.get(r).start()) targets.add(s.uf.find(q));
                }
                if (targets.size() == 1) fullDocs.join(s, r, targets.iterator().next(), 0.6);
            }
        }
    }

    /**
     * The documents in which each cluster names its person in full, kept up to date as clusters join. Two clusters
     * both named in full in one article are two people that article tells apart ("Basil X" and "Mahinda X" side by
     * side): a translation glitch in another article does not make them one.
     */
    private record FullNameDocs(Map<Integer, Set<String>> byRoot) {
        static FullNameDocs of(State s, List<Integer> full) {
            Map<Integer, Set<String>> out = new HashMap<>();
            for (int i : full) out.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(s.c.get(i).doc());
            return new FullNameDocs(out);
        }

        boolean toldApartElsewhere(State s, int a, int b, String doc) {
            Set<String> da = byRoot.getOrDefault(s.uf.find(a), Set.of()), db = byRoot.getOrDefault(s.uf.find(b), Set.of());
            for (String d : da) if (!d.equals(doc) && db.contains(d)) return true;
            return false;
        }

        void join(State s, int a, int b, double conf) {
            Set<String> docs = new HashSet<>(byRoot.getOrDefault(s.uf.find(a), Set.of()));
            docs.addAll(byRoot.getOrDefault(s.uf.find(b), Set.of()));
            byRoot.remove(s.uf.find(a));
            byRoot.remove(s.uf.find(b));
            s.join(a, b, conf);
            byRoot.put(s.uf.find(a), docs);
        }
    }

    /** Roles of the cluster of {@code i} among the candidates of one document. */
    private static List<Candidate> rolesOf(State s, int i, List<Integer> inDoc) {
        List<Candidate> out = new ArrayList<>();
        for (int j : inDoc) if (s.uf.same(i, j) && s.c.get(j).role() != null) out.add(s.c.get(j));
        return out;
    }

    static boolean rolesSimilar(List<Candidate> a, List<Candidate> b) {
        for (Candidate x : a) {
            for (Candidate y : b) {
                for (String ax : x.affiliations()) {
                    for (String by : y.affiliations()) {
                        if (Similarity.sameOrganisation(Names.contentStems(ax), Names.contentStems(by))) return true;
                    }
                }
                Set<String> rx = new HashSet<>(Names.contentStems(x.role())), ry = new HashSet<>(Names.contentStems(y.role()));
                Set<String> inter = new HashSet<>(rx);
                inter.retainAll(ry);
                if (inter.size() >= 3 && Similarity.jaccard(rx, ry) >= 0.5) return true;
            }
        }
        return false;
    }

    private static boolean shareWord(String keyA, String keyB) {
        Set<String> a = new HashSet<>(List.of(keyA.split(" ")));
        // Particles ("al", "bin", "van") are shared by unrelated names.
        for (String w : keyB.split(" ")) if (w.length() >= 2 && !Names.PARTICLES.contains(w) && a.contains(w)) return true;
        return false;
    }

    /**
     * A surname alone ("Kishida", "Mr Stoltenbeg") joins the full name in the same article that contains it
     * (the nearest one before it if several), allowing a typo; failing that, the only full name in the corpus
     * that contains it. Otherwise it stays an entity of its own.
     */
    private void attachSingleNames(State s, List<Integer> full, List<Integer> single) {
        Map<String, List<Integer>> fullByDoc = new HashMap<>();
        for (int i : full) fullByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        FullWords fullWords = FullWords.of(s, full);
        Map<String, Set<Integer>> fullByWord = fullWords.byWord();
        Map<String, Integer> personWords = personWordCounts(s);
        // Blends per distinct spelling of a full name, and only once a surname needs them.
        Map<String, List<Integer>> byBlend = new HashMap<>();
        boolean[] blendsBuilt = {false};
        java.util.function.Supplier<Map<String, List<Integer>>> blends = () -> {
            if (!blendsBuilt[0]) {
                Map<String, List<Integer>> bySpelling = new java.util.LinkedHashMap<>();
                for (int i : full) bySpelling.computeIfAbsent(s.c.get(i).name(), k -> new ArrayList<>()).add(i);
                bySpelling.forEach((name, is) -> {
                    for (String b : Names.blends(name)) byBlend.computeIfAbsent(b, k -> new ArrayList<>()).addAll(is);
                });
                blendsBuilt[0] = true;
            }
            return byBlend;
        };
        // Full names by the transliteration keys of their surnames, built once a surname needs them.
        Map<String, List<Integer>> surnameKeys = new HashMap<>();
        java.util.function.Supplier<Map<String, List<Integer>>> bySurnameKey = () -> {
            if (surnameKeys.isEmpty()) {
                for (int x : full) {
                    List<String> fw = Names.wordsWithoutParticles(s.c.get(x).name());
                    if (fw.isEmpty()) continue;
                    for (String k : Transliteration.keys(fw.get(fw.size() - 1))) surnameKeys.computeIfAbsent(k, q -> new ArrayList<>()).add(x);
                }
            }
            return surnameKeys;
        };
        List<Integer> leftovers = new ArrayList<>();
        Map<String, Integer> singleCounts = new HashMap<>();
        for (int i : single) {
            List<String> bare = Names.wordsWithoutParticles(s.c.get(i).name());
            if (!bare.isEmpty()) singleCounts.merge(bare.get(bare.size() - 1), 1, Integer::sum);
        }
        People people = People.of(s, full, gender);
        // "Mr Rajapaksa" twice in one article is one person, the one its first use named, even where a brother
        // is named in full between the two: a writer keeps one titled handle for one person.
        Map<String, Integer> firstTitled = new HashMap<>();
        for (int i : single) {
            Candidate c = s.c.get(i);
            if (c.honorific() == null) continue;
            firstTitled.merge(titledKey(s, i), i, (a, b) -> s.c.get(a).start() <= s.c.get(b).start() ? a : b);
        }
        List<Integer> laterTitled = new ArrayList<>();
        for (int i : single) {
            Candidate c = s.c.get(i);
            if (c.honorific() != null && firstTitled.get(titledKey(s, i)) != i) {
                laterTitled.add(i);
                continue;
            }
            List<String> bare = Names.wordsWithoutParticles(c.name());
            String w = bare.isEmpty() ? s.key[i] : bare.get(bare.size() - 1);
            boolean arabic = Names.hasArabicParticle(c.name());
            List<Integer> inDoc = fullByDoc.getOrDefault(c.doc(), List.of());
            Integer target;
            Shared shared = sharedSurname(s, c, w, inDoc, fullByWord.getOrDefault(w, Set.of()), people);
            if (shared.blocked()) {
                leftovers.add(i);
                continue;
            }
            target = shared.target() != null ? shared.target() : nearest(s, c, inDoc, x -> List.of(s.key[x].split(" ")).contains(w));
            double conf = 1.0;
            if (target == null) {
                // "Yoom" once for "Yoon": a slip of the finger onto the next key, in a spelling no full name has.
                boolean slip = singleCounts.getOrDefault(w, 0) == 1 && !fullByWord.containsKey(w);
                target = nearest(s, c, inDoc, x -> {
                    // "Mr. Al-Hamid" for "Rashid al-Hamed": transliterations of an Arabic name vary in their vowels.
                    boolean translit = arabic || Names.hasArabicParticle(s.c.get(x).name());
                    for (String fw : s.key[x].split(" ")) {
                        if (Similarity.sameWord(w, fw) || Similarity.sameTransliteration(w, fw) || Transliteration.same(w, fw)
                                || translit && Similarity.transliterationVariant(w, fw) || slip && Similarity.keyboardSlip(w, fw)) {
                            return true;
                        }
                    }
                    return false;
                });
                conf = 0.85;
            }
            if (target == null) {
                Set<Integer> roots = new HashSet<>();
                for (int x : fullByWord.getOrDefault(w, Set.of())) roots.add(s.uf.find(x));
                if (roots.size() == 1) {
                    target = roots.iterator().next();
                    conf = 0.9;
                }
            }
            if (target == null && !fullByWord.containsKey(w)) {
                // "Poutine" where the corpus names only "Vladimir Putin": the one person whose surname it romanises.
                // A surname some full name spells exactly has had its answer above.
                Set<Integer> holders = new java.util.TreeSet<>();
                for (String k : Transliteration.keys(w)) holders.addAll(bySurnameKey.get().getOrDefault(k, List.of()));
                if (holders.size() <= MAX_BLOCK) target = onlyRoot(s, new ArrayList<>(holders), x -> true);
                conf = 0.8;
            }
            if (target == null && !Names.fullGivenNames(w).isEmpty()) {
                // "Vlad" for Vladimir: a short form of a given name, first in its article, else the only such person.
                target = nearest(s, c, inDoc, x -> fullNameHasGivenName(s.c.get(x).name(), w));
                if (target == null) target = onlyRoot(s, full, x -> fullNameHasGivenName(s.c.get(x).name(), w));
                conf = 0.75;
            }
            if (target == null && Names.fold(c.name()).length() >= 4 && blends.get().containsKey(Names.fold(c.name()))) {
                // "Jokowi" for Joko Widodo: a clipped nickname of the one full name it can be cut from.
                List<Integer> owners = blends.get().get(Names.fold(c.name()));
                target = nearest(s, c, owners.stream().filter(x -> s.c.get(x).doc().equals(c.doc())).toList(), x -> true);
                if (target == null) target = onlyRoot(s, owners, x -> true);
                conf = 0.7;
            }
            if (target == null) {
                target = misspeltSurname(s, fullWords, w, personWords);
                String fixed = target == null ? misspeltWord(fullWords, w, personWords) : null;
                if (fixed != null) {
                    // "Bazuom" for a surname two people share: decided as the surname spelled right would be.
                    Shared fixedShared = sharedSurname(s, c, fixed, inDoc, fullByWord.getOrDefault(fixed, Set.of()), people);
                    if (!fixedShared.blocked()) target = fixedShared.target();
                }
                conf = 0.75;
            }
            if (target != null) s.join(i, target, conf);
            else leftovers.add(i);
        }
        for (int i : laterTitled) {
            int first = firstTitled.get(titledKey(s, i));
            if (leftovers.contains(first)) leftovers.add(i);
            else s.join(i, first, 1.0);
        }
        // Surnames that stand for no full name are one person across articles ("Mr. Schuster", "Schuster").
        Map<String, Integer> firstSingle = new HashMap<>(), firstLetters = new HashMap<>();
        Map<String, List<Integer>> fullLetters = new HashMap<>();
        for (int x : full) fullLetters.computeIfAbsent(letters(s.c.get(x).name()), k -> new ArrayList<>()).add(x);
        for (int i : leftovers) {
            Integer f = firstSingle.putIfAbsent(s.key[i], i);
            if (f != null) s.join(f, i, 1.0);
            // "Adi-Ul-Karim" and "Adiulkarim": one compound name written with and without its hyphens.
            String letters = letters(s.c.get(i).name());
            if (letters.length() < 6) continue;
            Integer g = firstLetters.putIfAbsent(letters, i);
            if (g != null) s.join(g, i, 0.95);
            Integer owner = onlyRoot(s, fullLetters.getOrDefault(letters, List.of()), x -> true);
            if (owner != null) s.join(i, owner, 0.95);
        }
        joinMisspelledSingles(s, leftovers);
    }

    /**
     * The full-name clusters of people as they stand before surnames alone are attached (attaching a surname never
     * merges two of them): for each full-name candidate its cluster, and per cluster its summed gender evidence,
     * its number of documents and its number of full-name mentions.
     */
    private record People(Map<Integer, Integer> cluster, Map<Integer, Integer> gender, Map<Integer, Integer> docs,
                          Map<Integer, Integer> mentions) {
        static People of(State s, List<Integer> full, Map<Candidate, Integer> evidence) {
            Map<Integer, Integer> cluster = new HashMap<>(), gender = new HashMap<>(), docs = new HashMap<>(), mentions = new HashMap<>();
            Map<Integer, Set<String>> docSets = new HashMap<>();
            for (int i : full) {
                int r = s.uf.find(i);
                cluster.put(i, r);
                gender.merge(r, evidence.getOrDefault(s.c.get(i), 0), Integer::sum);
                mentions.merge(r, 1, Integer::sum);
                docSets.computeIfAbsent(r, k -> new HashSet<>()).add(s.c.get(i).doc());
            }
            docSets.forEach((r, d) -> docs.put(r, d.size()));
            return new People(cluster, gender, docs, mentions);
        }

        int genderOf(int fullCandidate) {
            return Integer.signum(gender.getOrDefault(cluster.get(fullCandidate), 0));
        }

        /** Whether cluster a is clearly the one the corpus is about, against b: in more articles, or named twice as often. */
        boolean dominates(int a, int b) {
            int da = docs.get(a), db = docs.get(b);
            return da > db || da == db && mentions.get(a) >= 2 * mentions.get(b);
        }
    }

    /** The person a surname alone shared by several full names stands for; blocked when none of them fits. */
    private record Shared(Integer target, boolean blocked) {}

    /**
     * A surname alone that two people of the corpus share ("Mrs Abe", "Abe" where Shinzo Abe and Akie Abe are both
     * named): a gendered courtesy title picks the person of that gender, in the article first, else the one such
     * person in the corpus, and is left alone when there is none (it never forces a merge); a bare surname, or a
     * title that leaves several, goes to the person the corpus is clearly about ({@link People#dominates}), else
     * to the nearest (no decision here). Surnames with one owner are not touched.
     */
    private Shared sharedSurname(State s, Candidate c, String w, List<Integer> inDoc, Set<Integer> corpusOwners, People people) {
        int g = GenderEvidence.ofHonorific(c.honorific());
        List<Integer> owners = inDoc.stream().filter(x -> List.of(s.key[x].split(" ")).contains(w)).toList();
        Set<Integer> ownerClusters = new java.util.TreeSet<>();
        for (int x : corpusOwners) if (people.cluster().containsKey(x)) ownerClusters.add(people.cluster().get(x));
        if (ownerClusters.size() == 1 && g != 0) {
            // "Mrs Kishida" where only Fumio Kishida, clearly a man, is named: his wife, not him.
            int sum = people.gender().getOrDefault(ownerClusters.iterator().next(), 0);
            return new Shared(null, sum * g <= -GenderEvidence.STRONG);
        }
        if (ownerClusters.size() < 2) return new Shared(null, false);
        // No owner in the article: the person of the corpus the title fits, or the one the corpus is about.
        if (owners.isEmpty() && g == 0) return new Shared(corpusChoice(corpusOwners, g, people), false);
        if (g != 0) {
            // A person of that gender named in the article; else the one such person of the corpus ("Mrs Abe" in
            // an article that names only Shinzo Abe, where another names his widow Akie Abe).
            // A man's title beside an owner whose gender the text never shows may name that owner ("Mr Prigozhin"
            // where only "his son Pavel" is marked male): news names far more men than it marks as men, so an
            // unread gender is no evidence against a man, and gender then only rules out. A woman's title still
            // goes to the one owner shown to be a woman.
            List<Integer> known = owners.stream().filter(x -> people.genderOf(x) * g > 0).toList();
            boolean allKnown = g < 0 || owners.stream().noneMatch(x -> people.genderOf(x) == 0);
            if (clusterCount(people, known) == 1 && allKnown) return new Shared(nearest(s, c, known, x -> true), false);
            if (known.isEmpty()) {
                List<Integer> elsewhere = corpusOwners.stream().filter(x -> people.genderOf(x) * g > 0).sorted().toList();
                boolean allKnownElsewhere = g < 0 || corpusOwners.stream().noneMatch(x -> people.genderOf(x) == 0);
                if (clusterCount(people, elsewhere) == 1 && allKnownElsewhere) return new Shared(elsewhere.get(0), false);
                Integer choice = owners.isEmpty() ? corpusChoice(corpusOwners, g, people) : null;
                if (choice != null) return new Shared(choice, false);
            }
        }
        List<Integer> fitting = g == 0 ? owners : owners.stream().filter(x -> people.genderOf(x) * g >= 0).toList();
        // Only people of the other gender: the title names someone the tagger did not find in full; no merge.
        if (fitting.isEmpty()) return new Shared(null, g != 0);
        Set<Integer> clusters = new java.util.TreeSet<>();
        for (int x : fitting) clusters.add(people.cluster().get(x));
        // "Mr Rahman" after an article has named three men of that surname with their given names: a courtesy
        // title is the writer's handle for the one just named, whoever the rest of the corpus is about; only a bare
        // surname, the handle of the main subject, goes to the person the corpus is about.
        if (clusters.size() >= 2 && g == 0) {
            for (int a : clusters) {
                boolean dominant = clusters.stream().allMatch(b -> b == a || people.dominates(a, b));
                if (dominant) {
                    int cluster = a;
                    return new Shared(nearest(s, c, fitting.stream().filter(x -> people.cluster().get(x) == cluster).toList(), x -> true), false);
                }
            }
        }
        return new Shared(nearest(s, c, fitting, x -> true), false);
    }

    /**
     * For a surname whose owners the article does not name in full: among the corpus's owners not ruled out by the
     * title's gender, the one person left, or else the one the corpus is clearly about; null when that is not clear.
     */
    private static Integer corpusChoice(Set<Integer> corpusOwners, int g, People people) {
        Map<Integer, Integer> firstOf = new TreeMap<>();
        for (int x : new java.util.TreeSet<>(corpusOwners)) {
            if (!people.cluster().containsKey(x) || people.genderOf(x) * g < 0) continue;
            firstOf.putIfAbsent(people.cluster().get(x), x);
        }
        if (firstOf.size() == 1) return firstOf.values().iterator().next();
        for (int a : firstOf.keySet()) {
            if (firstOf.keySet().stream().allMatch(b -> b == a || people.dominates(a, b))) return firstOf.get(a);
        }
        return null;
    }

    private static int clusterCount(People people, List<Integer> fullCandidates) {
        Set<Integer> out = new HashSet<>();
        for (int x : fullCandidates) out.add(people.cluster().get(x));
        return out.size();
    }

    /** A titled name alone within its article: its document, its folded title and its key. */
    private static String titledKey(State s, int i) {
        Candidate c = s.c.get(i);
        return c.doc() + "|" + Names.fold(c.honorific()) + "|" + s.key[i];
    }

    /** The letters and digits of a name, folded, without the spaces and hyphens between its parts. */
    private static String letters(String name) {
        return Names.fold(name).replace(" ", "");
    }

    /** How often each folded word occurs in the names of people, over the whole corpus. */
    private static Map<String, Integer> personWordCounts(State s) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PERSON) continue;
            for (String w : Names.words(s.c.get(i).name())) out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    /** Whether a full name's first word is the given name a short form stands for. */
    private static boolean fullNameHasGivenName(String fullName, String shortForm) {
        List<String> w = Names.words(fullName);
        return w.size() >= 2 && Names.fullGivenNames(shortForm).contains(w.get(0));
    }

    /** The one cluster among {@code pool} whose members satisfy {@code test}, else null. */
    private static Integer onlyRoot(State s, List<Integer> pool, java.util.function.IntPredicate test) {
        Set<Integer> roots = new HashSet<>();
        Integer any = null;
        for (int x : pool) {
            if (!test.test(x)) continue;
            roots.add(s.uf.find(x));
            any = x;
        }
        return roots.size() == 1 ? any : null;
    }

    /**
     * A rare misspelling of a surname ("Okonkow" once, where "Okonkwo" is used throughout): the one person whose
     * name has a word within a typo of it, when that spelling is clearly the common one. Words under six letters,
     * and spellings as frequent as the other, are left alone: they may be another person's name.
     */
    private static Integer misspeltSurname(State s, FullWords words, String w, Map<String, Integer> personWords) {
        Set<Integer> roots = new HashSet<>();
        Integer any = null;
        for (String fw : misspeltWords(words, w, personWords)) {
            for (int x : words.byWord().get(fw)) {
                roots.add(s.uf.find(x));
                any = x;
            }
        }
        return roots.size() == 1 ? any : null;
    }

    /** The one common word of full names a rare word is a typo of ({@link #misspeltSurname}), else null. */
    private static String misspeltWord(FullWords words, String w, Map<String, Integer> personWords) {
        List<String> fixes = misspeltWords(words, w, personWords);
        return fixes.size() == 1 ? fixes.get(0) : null;
    }

    private static List<String> misspeltWords(FullWords words, String w, Map<String, Integer> personWords) {
        if (w.length() < 6) return List.of();
        int own = personWords.getOrDefault(w, 0);
        if (own > 2) return List.of();
        List<String> out = new ArrayList<>();
        // Only words that can be within a typo of w: same first letter, length within two (Similarity.sameWord).
        for (int len = w.length() - 2; len <= w.length() + 2; len++) {
            for (String fw : words.byShape().getOrDefault(shape(w.charAt(0), len), List.of())) {
                if (fw.equals(w) || personWords.getOrDefault(fw, 0) < 2 * Math.max(own, 1) + 1 || !Similarity.sameWord(w, fw)) continue;
                out.add(fw);
            }
        }
        out.sort(null);
        return out;
    }

    private static String shape(char first, int length) {
        return first + ":" + length;
    }

    /** The words of full names, each with the names that hold it, and grouped by first letter and length. */
    private record FullWords(Map<String, Set<Integer>> byWord, Map<String, List<String>> byShape) {
        static FullWords of(State s, List<Integer> full) {
            Map<String, Set<Integer>> byWord = new HashMap<>();
            for (int i : full) for (String w : s.key[i].split(" ")) byWord.computeIfAbsent(w, k -> new HashSet<>()).add(i);
            Map<String, List<String>> byShape = new HashMap<>();
            for (String fw : byWord.keySet()) {
                if (!fw.isEmpty()) byShape.computeIfAbsent(shape(fw.charAt(0), fw.length()), k -> new ArrayList<>()).add(fw);
            }
            return new FullWords(byWord, byShape);
        }
    }

    /** The candidate among {@code pool} satisfying {@code test} nearest before {@code c}, else nearest after. */
    private static Integer nearest(State s, Candidate c, List<Integer> pool, java.util.function.IntPredicate test) {
        Integer before = null, after = null;
        Set<Integer> roots = new LinkedHashSet<>();
        for (int x : pool) {
            if (!test.test(x)) continue;
            roots.add(s.uf.find(x));
            Candidate o = s.c.get(x);
            if (o.start() < c.start()) {
                if (before == null || s.c.get(before).start() < o.start()) before = x;
            } else if (after == null || o.start() < s.c.get(after).start()) {
                after = x;
            }
        }
        if (roots.isEmpty()) return null;
        return before != null ? before : after;
    }

    private static void joinMisspelledSingles(State s, List<Integer> singles) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : singles) {
            count.merge(s.key[i], 1, Integer::sum);
            rep.putIfAbsent(s.key[i], i);
        }
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String k : rep.keySet()) for (String b : Similarity.blockKeys(k)) blocks.computeIfAbsent(b, x -> new ArrayList<>()).add(k);
        for (List<String> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    String a = block.get(x), b = block.get(y);
                    if (a.equals(b) || s.uf.same(rep.get(a), rep.get(b))) continue;
                    if (Math.min(a.length(), b.length()) >= 6 && Similarity.sameWord(a, b)
                            && Math.min(count.get(a), count.get(b)) <= 2) {
                        s.join(rep.get(a), rep.get(b), 0.8);
                    }
                }
            }
        }
    }

    /**
     * The tagger sometimes labels one name differently in different sentences ("Asia" as a city, "Kishida" as an
     * organisation). Non-person labels of one spelling are merged; a person label and another label of one
     * spelling are merged only when one clearly dominates.
     */
    private static void joinAcrossFamilies(State s) {
        Map<String, Map<Family, List<Integer>>> bySpelling = new TreeMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.c.get(i).metonymOf() != null || s.family[i] == Family.NORP) continue;
            bySpelling.computeIfAbsent(nameKey(s.c.get(i).name()), k -> new TreeMap<>())
                    .computeIfAbsent(s.family[i], k -> new ArrayList<>()).add(i);
        }
        for (Map<Family, List<Integer>> fams : bySpelling.values()) {
            if (fams.size() < 2) continue;
            List<Integer> persons = fams.getOrDefault(Family.PERSON, List.of());
            int others = 0;
            Integer otherRep = null;
            for (var e : fams.entrySet()) {
                if (e.getKey() == Family.PERSON) continue;
                others += e.getValue().size();
                for (int i : e.getValue()) {
                    if (otherRep == null) otherRep = i;
                    else s.join(otherRep, i, 0.9);
                }
            }
            // The words around a name ("in X", "X's government", "(X) —") beat the tagger's guess for bare names.
            boolean contextSaysNotPerson = fams.entrySet().stream().filter(e -> e.getKey() != Family.PERSON)
                    .flatMap(e -> e.getValue().stream()).anyMatch(i -> "GPE".equals(s.c.get(i).ner()) || "MEDIA".equals(s.c.get(i).ner()));
            boolean barePersons = persons.stream().allMatch(i -> s.c.get(i).honorific() == null && s.c.get(i).title() == null
                    && s.c.get(i).wordCount() == 1);
            // The words of a company ("X, the firm that ...") beat a person label with no title or role.
            boolean contextSaysOrg = fams.getOrDefault(Family.ORG, List.of()).stream().anyMatch(i -> "ORG".equals(s.c.get(i).ner()))
                    && persons.stream().allMatch(i -> unadorned(s.c.get(i)));
            // MISC is the tagger's "some name": beside a person label of one spelling it says nothing against it.
            boolean onlyMisc = fams.keySet().stream().allMatch(f -> f == Family.PERSON || f == Family.MISC);
            if (!persons.isEmpty() && otherRep != null
                    && (persons.size() * 3 <= others || others * 3 <= persons.size() || contextSaysNotPerson && barePersons
                    || contextSaysOrg
                    || onlyMisc && persons.size() >= others)) {
                s.join(persons.get(0), otherRep, 0.8);
            }
        }
    }

    /** A mention with no courtesy title, job title or role: nothing in it says it is a person. */
    private static boolean unadorned(Candidate c) {
        return c.honorific() == null && c.title() == null && c.role() == null;
    }

    /** Labels the words around a name gave it, over the tagger's ("in X", "(X) —", "X, the company that"). */
    static boolean isContextLabel(String ner) {
        return "GPE".equals(ner) || "MEDIA".equals(ner) || "ORG".equals(ner);
    }

    static Comparator<Candidate> byPosition() {
        return Comparator.comparing(Candidate::doc).thenComparingInt(Candidate::start);
    }
}
