package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.NerMention;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the name occurrences of one document for resolution. Starts from the tagger's mentions and repairs what
 * the tagger is known to get wrong: names split in two ("People's" + "Republic of China"), multi-word names it
 * misses ("Individually Tailored Partnership Program"), acronyms defined in parentheses, honorifics, and the
 * roles and affiliations stated around a person's name.
 */
final class MentionFinder {

    static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "RELIGION", "IDEOLOGY");

    /** Last words that make a capitalised phrase a name of a programme, event, organisation or place. */
    static final Set<String> PROGRAM_HEADS = Set.of("program", "programme", "plan", "initiative", "strategy",
            "concept", "treaty", "convention", "agreement", "act", "accord", "pact", "partnership", "declaration",
            "communique", "communiqué", "doctrine", "framework", "charter", "protocol", "roadmap", "policy", "statute");
    static final Set<String> EVENT_HEADS = Set.of("summit", "conference", "forum", "dialogue", "games",
            "olympics", "championship", "war", "election", "elections", "talks", "meeting", "congress", "expo",
            "festival", "crisis", "revolution", "uprising", "invasion");
    static final Set<String> ORG_HEADS = Set.of("institute", "institution", "foundation", "ministry", "agency",
            "force", "forces", "command", "council", "committee", "commission", "center", "centre", "university",
            "party", "department", "office", "bureau", "organization", "organisation", "association", "union",
            "corporation", "company", "bank", "fund", "court", "parliament", "assembly", "senate", "congress",
            "army", "navy", "guard", "service", "authority", "group", "network", "society", "academy", "school",
            "mission", "alliance", "federation", "cabinet", "secretariat", "administration");
    static final Set<String> PLACE_HEADS = Set.of("strait", "straits", "sea", "ocean", "gulf", "peninsula",
            "island", "islands", "bay", "river", "mountains", "region", "valley", "desert", "coast", "basin");

    /** Words that make a phrase a role ("spokesman", "chairman") even when the tagger does not mark a TITLE. */
    static final Set<String> ROLE_NOUNS = Set.of("president", "minister", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "chair", "ceo", "director", "head", "chief", "envoy",
            "ambassador", "advisor", "adviser", "expert", "researcher", "analyst", "professor", "leader",
            "commander", "general", "admiral", "official", "diplomat", "correspondent", "editor", "founder",
            "governor", "mayor", "senator", "lawmaker", "premier", "chancellor", "king", "queen", "emperor",
            "deputy", "vice", "member", "fellow", "scholar", "economist", "executive", "manager", "officer",
            "representative", "delegate", "coordinator", "lecturer", "dean", "judge", "prosecutor", "attorney",
            "reporter", "journalist", "columnist", "author", "writer", "consultant", "strategist", "colonel",
            "captain", "lieutenant", "sergeant", "pm", "lawyer", "commissioner", "sherpa", "negotiator");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de", "du", "des", "&");
    private static final Set<String> LITERAL_PREPOSITIONS = Set.of("in", "at", "to", "into", "near", "around",
            "outside", "inside", "across", "via", "through", "toward", "towards", "within", "throughout", "over");
    private static final Set<String> METONYM_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent",
            "nsubj:xsubj", "obj", "iobj");

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A token span with a label, before it becomes a candidate. */
    private record Span(int first, int end, String type) {}

    List<Candidate> find(String doc, String text, AnnotatedText at) {
        List<Token> toks = at.tokens();
        List<Span> spans = new ArrayList<>();
        for (NerMention m : at.mentions()) {
            if (!NAME_TYPES.contains(m.type()) || m.endToken() <= m.firstToken()) continue;
            if (isPronoun(toks, m.firstToken(), m.endToken())) continue;
            spans.add(new Span(m.firstToken(), m.endToken(), m.type()));
        }
        spans = splitAtInnerArticle(spans, toks);
        spans = addChunks(spans, at, text);
        spans = addKnownAcronyms(spans, at);
        spans = addCapitalisedRuns(spans, at);
        spans = addHyphenCompounds(spans, toks);
        spans = mergeAdjacent(spans, toks, text);
        spans = withGivenNames(spans, toks);
        spans = withCapitalisedArticle(spans, toks);
        spans = withNamePrefixes(spans, toks);
        spans = withLowerCaseHeads(spans, toks);
        List<Candidate> out = new ArrayList<>();
        for (Span s : spans) {
            if (isAdjectiveMisc(toks, s)) continue;
            if (isTitledName(text, toks, s)) s = new Span(s.first(), s.end(), "PERSON");
            Candidate c = candidate(doc, text, toks, s);
            if (c != null) for (Candidate part : splitConjunction(c, toks)) out.addAll(splitCompound(part));
        }
        out.addAll(acronymDefinitions(doc, text, toks, spans));
        out.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        return alternativeNames(text, toks, TranslatedPlaceNames.apply(text, toks, GroupNames.apply(text, toks, dedupe(out))));
    }

    private static final java.util.regex.Pattern ALTERNATIVE = java.util.regex.Pattern.compile(
            ",?\\s+(?:or|(?:also\\s+)?known\\s+as|also\\s+called)\\s+");

    /**
     * "the Treaty on the Free Zone of the South or Bangkok Treaty": a name followed by "or" / "also known as" and a
     * second name without an article, both of one kind and with the same head word, is one thing under two names;
     * the second is linked to the first (as an acronym is to its long form). "the Kyoto Protocol or the Paris
     * Agreement" names two things.
     */
    private static List<Candidate> alternativeNames(String text, List<Token> toks, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        for (int k = 0; k + 1 < out.size(); k++) {
            Candidate a = out.get(k), b = out.get(k + 1);
            if (a.isPerson() || b.isPerson() || a.sentence() != b.sentence() || b.longForm() != null || a.metonymOf() != null
                    || !a.ner().equals(b.ner()) || a.end() >= b.start() || a.wordCount() < 2 || b.wordCount() < 2) {
                continue;
            }
            if (!ALTERNATIVE.matcher(text.substring(a.end(), b.start())).matches()) continue;
            String head = typeOfPhrase(toks, b.firstToken(), b.endToken()) == null ? null
                    : Names.fold(toks.get(b.endToken() - 1).word());
            if (head == null || !Names.words(a.name()).contains(head) || Names.fold(a.name()).equals(Names.fold(b.name()))) continue;
            out.set(k + 1, new Candidate(b.doc(), b.start(), b.end(), b.text(), b.name(), b.ner(), b.sentence(), b.firstToken(),
                    b.endToken(), b.honorific(), b.title(), b.role(), b.affiliations(), a.name(), b.metonymOf()));
        }
        return out;
    }

    /**
     * "told the Gazette the Northern Union ...", tagged as one organisation: a "the" right after a capitalised word
     * inside a tagged name (not after "of", "for" ...) starts a second name. People's names are left alone.
     */
    private static List<Span> splitAtInnerArticle(List<Span> spans, List<Token> toks) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int cut = -1;
            if (!s.type().equals("PERSON")) {
                for (int k = s.first() + 1; k + 1 < s.end() && cut < 0; k++) {
                    if (toks.get(k).word().equals("the") && startsUpper(toks.get(k - 1)) && startsUpper(toks.get(k + 1))) cut = k;
                }
            }
            if (cut < 0) {
                out.add(s);
                continue;
            }
            out.add(new Span(s.first(), cut, s.type()));
            out.add(new Span(cut + 1, s.end(), s.type()));
        }
        return out;
    }

    /** Acronyms the tagger leaves untagged ("G7") that the gazetteer knows or the document defines in parentheses. */
    private List<Span> addKnownAcronyms(List<Span> spans, AnnotatedText at) {
        List<Token> toks = at.tokens();
        java.util.BitSet covered = new java.util.BitSet();
        for (Span s : spans) covered.set(s.first(), s.end());
        Set<String> defined = new java.util.HashSet<>();
        for (int i = 1; i + 1 < toks.size(); i++) {
            if (toks.get(i - 1).word().equals("(") && Names.isAcronym(toks.get(i).word())) defined.add(toks.get(i).word());
        }
        // An acronym of three letters or more used twice in running text is a name even undefined ("JASMO").
        java.util.Map<String, Integer> uses = new java.util.HashMap<>();
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s) || isShouted(toks, s)) continue;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String w = toks.get(i).word();
                if (isAcronymLike(w) && w.chars().filter(Character::isLetter).count() >= 3) uses.merge(w, 1, Integer::sum);
            }
        }
        uses.forEach((w, n) -> {
            if (n >= 2) defined.add(w);
        });
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (covered.get(i) || !isAcronymLike(t.word()) || !t.word().chars().anyMatch(Character::isLetter)) continue;
            if (i > 0 && toks.get(i - 1).word().equals("(")) continue;
            var e = gazetteer.lookup(t.word());
            if (e.isEmpty() && !defined.contains(t.word())) continue;
            String type = e.map(x -> switch (x.type()) {
                case "GPE" -> "COUNTRY";
                case "LOC" -> "LOCATION";
                default -> "ORGANIZATION";
            }).orElse("ORGANIZATION");
            out.add(new Span(i, i + 1, type));
        }
        out.sort(Comparator.comparingInt(Span::first));
        return out;
    }

    /**
     * What the first pass over the corpus learnt: the names found (surface form → the tagger's label) and how
     * often each folded word is used in people's names; {@code lowercase} holds the folded words the corpus also
     * writes in lower case (ordinary words, whatever their capitals at a sentence start).
     */
    record Lexicon(java.util.Map<String, String> names, java.util.Map<String, Integer> personWords, Set<String> lowercase,
                   Set<String> acronyms, Set<String> surnamesFirst, Set<String> placeHeads, Set<String> blends) {

        static Lexicon of(java.util.Collection<Candidate> found, java.util.Collection<AnnotatedText> texts) {
            Set<String> lower = new java.util.HashSet<>();
            for (AnnotatedText at : texts) {
                for (Token t : at.tokens()) {
                    String w = t.word();
                    if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lower.add(Names.fold(w));
                }
            }
            java.util.Map<String, java.util.Map<String, Integer>> votes = new java.util.HashMap<>();
            java.util.Map<String, Integer> personWords = new java.util.HashMap<>();
            for (Candidate c : found) {
                if (c.metonymOf() != null || c.ner().equals("NATIONALITY") || c.ner().equals("RELIGION")
                        || c.ner().equals("IDEOLOGY")) {
                    continue;
                }
                if (c.isPerson()) for (String w : Names.words(c.name())) personWords.merge(w, 1, Integer::sum);
                String n = c.name();
                if (n.length() < 2) continue;
                if (c.wordCount() == 1 && (lower.contains(Names.fold(n)) || n.length() < 3 && !Names.isAcronym(n))) continue;
                votes.computeIfAbsent(n, k -> new java.util.TreeMap<>()).merge(c.ner(), 1, Integer::sum);
            }
            java.util.Map<String, String> names = new java.util.HashMap<>();
            votes.forEach((n, v) -> names.put(n, v.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey()));
            // The acronyms the corpus's organisation names of three words or more would have, if only one has it.
            java.util.Map<String, Set<String>> acronyms = new java.util.HashMap<>();
            for (Candidate c : found) {
                // "AU" for the "African Union": two letters only for a name of exactly two words.
                if (c.ner().equals("ORGANIZATION") && c.wordCount() == 2) {
                    String two = Names.initials(c.name()).toUpperCase(Locale.ROOT);
                    if (two.length() == 2 && !lower.contains(Names.fold(two))) {
                        acronyms.computeIfAbsent(two, k -> new java.util.HashSet<>()).add(Names.fold(c.name()));
                    }
                }
                if (!c.ner().equals("ORGANIZATION") || c.wordCount() < 3) continue;
                String letters = Names.initials(c.name()).toUpperCase(Locale.ROOT);
                if (letters.length() >= 3) acronyms.computeIfAbsent(letters, k -> new java.util.HashSet<>()).add(Names.fold(c.name()));
            }
            Set<String> unique = new java.util.HashSet<>();
            acronyms.forEach((a, ns) -> {
                if (ns.size() == 1) unique.add(a);
            });
            // "Xi Jinping": an East Asian name puts the surname first, and the surname alone names the person.
            Set<String> surnamesFirst = new java.util.HashSet<>();
            for (Candidate c : found) {
                List<String> w = Names.words(c.name());
                if (c.isPerson() && (w.size() == 2 || w.size() == 3) && Names.isSurnameFirst(w.get(0))) surnamesFirst.add(w.get(0));
            }
            // "Rio de Janeiro": the word before the particle of a place name is used alone for the place ("Rio").
            Set<String> placeHeads = new java.util.HashSet<>();
            for (Candidate c : found) {
                String[] w = c.name().strip().split(" ");
                if (w.length >= 3 && Resolver.familyOf(c.ner()) == Resolver.Family.PLACE && isPlaceParticle(w[1])
                        && w[0].length() >= 3 && !lower.contains(Names.fold(w[0]))) {
                    placeHeads.add(w[0]);
                }
                String[] h = c.name().strip().split("-");
                if (Resolver.familyOf(c.ner()) == Resolver.Family.PLACE && Resolver.hyphenHead(c.name(), Names.fold(h[0]))
                        && !lower.contains(Names.fold(h[0]))) {
                    placeHeads.add(h[0]);
                }
            }
            // "Jokowi" for Joko Widodo: clipped nicknames of exactly one full name, not words of the corpus.
            java.util.Map<String, Set<String>> blendOwners = new java.util.HashMap<>();
            for (Candidate c : found) {
                if (!c.isPerson() || c.metonymOf() != null) continue;
                for (String b : Names.blends(c.name())) blendOwners.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(Names.fold(c.name()));
            }
            Set<String> blends = new java.util.HashSet<>();
            blendOwners.forEach((b, owners) -> {
                if (owners.size() == 1 && !lower.contains(b) && !personWords.containsKey(b)) blends.add(b);
            });
            return new Lexicon(names, personWords, lower, unique, surnamesFirst, placeHeads, blends);
        }
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
                out.add(metonymy(c.withNer("CITY"), at.tokens()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "President Rashid Al Noor", where the tagger took the given name "Rashid" for a title: a word the corpus
     * also uses alone as a person's name after a courtesy title ("Dr Rashid") is a given name, not a title, and
     * joins the name after it. Candidates inside the widened name are dropped.
     */
    static List<Candidate> givenNamesTakenForTitles(List<Candidate> all, java.util.Map<String, String> texts,
                                                    java.util.Map<String, AnnotatedText> ats) {
        Set<String> given = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (!c.isPerson() || c.wordCount() != 1 || c.honorific() == null) continue;
            String w = Names.fold(c.name());
            if (!ROLE_NOUNS.contains(w) && !Names.isHonorific(w) && !ROLE_MODIFIERS.contains(w)) given.add(w);
        }
        if (given.isEmpty()) return all;
        List<Candidate> widened = new ArrayList<>();
        java.util.Map<Candidate, Candidate> replace = new java.util.IdentityHashMap<>();
        for (Candidate c : all) {
            if (!c.isPerson() || c.honorific() != null || c.metonymOf() != null) continue;
            AnnotatedText at = ats.get(c.doc());
            String text = texts.get(c.doc());
            if (at == null || text == null || c.firstToken() < 1) continue;
            List<Token> toks = at.tokens();
            Token t = toks.get(c.firstToken() - 1);
            if (t.sentence() != c.sentence() || !startsUpper(t) || !given.contains(Names.fold(t.word()))
                    || Names.words(c.name()).contains(Names.fold(t.word()))) {
                continue;
            }
            int first = c.firstToken() - 1, spanFirst = first;
            String honorific = null;
            int h = first - 1;
            if (h >= 0 && toks.get(h).word().equals(".")) h--;
            if (h >= 0 && toks.get(h).sentence() == c.sentence() && Names.isHonorific(toks.get(h).word())) {
                honorific = toks.get(h).word();
                spanFirst = h;
            }
            int startChar = toks.get(spanFirst).start();
            String name = Names.stripPossessive(text.substring(t.start(), c.end()));
            Role r = roleBefore(text, toks, spanFirst);
            String role = r != null ? r.text() : c.role() != null && !c.role().endsWith(t.word()) ? c.role() : null;
            List<String> affiliations = r != null ? r.affiliations() : role != null ? c.affiliations() : List.of();
            Candidate w = new Candidate(c.doc(), startChar, c.end(), text.substring(startChar, c.end()), name, c.ner(),
                    c.sentence(), spanFirst, c.endToken(), honorific, titleBefore(text, toks, spanFirst), role,
                    affiliations, null, null);
            replace.put(c, w);
            widened.add(w);
        }
        if (replace.isEmpty()) return all;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            Candidate w = replace.get(c);
            if (w != null) {
                out.add(w);
                continue;
            }
            boolean inside = false;
            for (Candidate x : widened) {
                if (x.doc().equals(c.doc()) && x.start() <= c.start() && c.end() <= x.end()) inside = true;
            }
            if (!inside) out.add(c);
        }
        return out;
    }

    private static final int LONGEST_NAME = 7;

    /**
     * The second pass: occurrences of names the corpus already knows that the tagger missed in this document
     * (case-sensitive, whole words, not part of a longer capitalised name), and rare capitalised words within a
     * typo of a frequent surname ("Okonkow" where "Okonkwo" is used throughout), which become person names.
     */
    List<Candidate> propagate(String doc, String text, AnnotatedText at, List<Candidate> found, Lexicon lex) {
        List<Token> toks = at.tokens();
        java.util.BitSet covered = new java.util.BitSet();
        for (Candidate c : found) covered.set(c.firstToken(), c.endToken());
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s) || isShouted(toks, s)) continue;
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (covered.get(i) || !startsUpper(toks.get(i))) {
                    i++;
                    continue;
                }
                boolean before = i > s.firstToken() && startsUpper(toks.get(i - 1)) && !covered.get(i - 1);
                int matched = -1;
                for (int j = Math.min(s.endToken(), i + LONGEST_NAME); j > i && matched < 0; j--) {
                    if (covered.nextSetBit(i) < j && covered.nextSetBit(i) >= 0) continue;
                    String surface = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                    String ner = lex.names().get(surface);
                    if (ner == null) continue;
                    boolean after = j < s.endToken() && startsUpper(toks.get(j)) && !covered.get(j);
                    if (!before && !after) matched = j;
                    Candidate c = matched < 0 ? null : candidate(doc, text, toks, new Span(i, j, ner));
                    if (c != null) out.add(c);
                }
                if (matched < 0 && !before && lex.acronyms().contains(toks.get(i).word())) {
                    // "RMN" once, where the corpus names the "Royal Marovian Navy": the acronym of a known name.
                    Candidate c = candidate(doc, text, toks, new Span(i, i + 1, "ORGANIZATION"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && lex.placeHeads().contains(toks.get(i).word())
                        && !(i + 1 < s.endToken() && (startsUpper(toks.get(i + 1)) || isPlaceParticle(toks.get(i + 1).word())))) {
                    Candidate c = candidate(doc, text, toks, new Span(i, i + 1, "CITY"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && lex.surnamesFirst().contains(Names.fold(toks.get(i).word()))
                        && !(i + 1 < s.endToken() && startsUpper(toks.get(i + 1)))) {
                    Candidate c = candidate(doc, text, toks, new Span(i, i + 1, "PERSON"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before) {
                    // "COP27" once, untagged, where the corpus names "COP28": another numbered edition of a name.
                    String ner = otherEdition(toks.get(i).word(), lex);
                    boolean after = i + 1 < s.endToken() && startsUpper(toks.get(i + 1)) && !covered.get(i + 1);
                    Candidate c = ner == null || after ? null : candidate(doc, text, toks, new Span(i, i + 1, ner));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && lex.blends().contains(Names.fold(toks.get(i).word()))
                        && toks.get(i).word().chars().allMatch(Character::isLetter)
                        && !(i + 1 < s.endToken() && startsUpper(toks.get(i + 1)))) {
                    Candidate c = candidate(doc, text, toks, new Span(i, i + 1, "PERSON"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before) {
                    Candidate c = misspeltSurname(doc, text, toks, s, i, lex);
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                i = matched > i ? matched : i + 1;
            }
        }
        return out;
    }

    private Candidate misspeltSurname(String doc, String text, List<Token> toks, Sentence s, int i, Lexicon lex) {
        String w = toks.get(i).word();
        String f = Names.fold(w);
        if (f.length() < 6 || !w.chars().allMatch(Character::isLetter) || lex.lowercase().contains(f)) return null;
        if (i + 1 < s.endToken() && startsUpper(toks.get(i + 1))) return null;
        if (lex.personWords().getOrDefault(f, 0) > 0) return null;
        String match = null;
        for (var e : lex.personWords().entrySet()) {
            if (e.getValue() < 3 || !Similarity.sameWord(f, e.getKey())) continue;
            if (match != null) return null;
            match = e.getKey();
        }
        return match == null ? null : candidate(doc, text, toks, new Span(i, i + 1, "PERSON"));
    }

    /**
     * "Tarun Veliyath said": the tagger sometimes labels only the surname of a full name whose given name is also
     * an English word. A lone capitalised word right before a one-word person name, untagged, neither a title nor
     * a determiner nor another kind of word, is its given name.
     */
    private static List<Span> withGivenNames(List<Span> spans, List<Token> toks) {
        List<Span> out = new ArrayList<>();
        int prevEnd = 0;
        for (Span s : spans) {
            int g = s.first() - 1;
            if (s.type().equals("PERSON") && s.end() - s.first() == 1 && g >= prevEnd && g >= 0
                    && toks.get(g).sentence() == toks.get(s.first()).sentence() && givenNameLike(toks.get(g))
                    && (g == 0 || toks.get(g - 1).sentence() != toks.get(g).sentence() || !startsUpper(toks.get(g - 1)))) {
                s = new Span(g, s.end(), s.type());
            }
            out.add(s);
            prevEnd = s.end();
        }
        return out;
    }

    /**
     * "told The Gulf Dispatch": an article capitalised inside a sentence belongs to the name after it, as in the
     * titles of newspapers ("The Morning Ledger"). Not for people or demonyms.
     */
    private static List<Span> withCapitalisedArticle(List<Span> spans, List<Token> toks) {
        List<Span> out = new ArrayList<>(spans.size());
        int prevEnd = 0;
        for (Span s : spans) {
            int a = s.first() - 1;
            if (a >= prevEnd && isNamePartArticle(toks, a) && toks.get(a).sentence() == toks.get(s.first()).sentence()
                    && !s.type().equals("PERSON") && !s.type().equals("NATIONALITY")) {
                s = new Span(a, s.end(), s.type());
            }
            out.add(s);
            prevEnd = s.end();
        }
        return out;
    }

    /** Lower-case head nouns that make a name before them the name of an office or a site ("COP40 presidency"). */
    private static final java.util.Map<String, String> LOWER_CASE_HEADS = java.util.Map.of("ministry", "ORGANIZATION",
            "presidency", "ORGANIZATION", "embassy", "ORGANIZATION", "temple", "LOCATION", "mosque", "LOCATION",
            "cathedral", "LOCATION", "stadium", "LOCATION");
    /** Lower-case words between a demonym and "ministry" ("Ruritanian foreign ministry"). */
    private static final Set<String> MINISTRY_PORTFOLIOS = Set.of("foreign", "defence", "defense", "finance", "trade",
            "commerce", "interior", "justice", "health", "economy", "energy", "environment", "education", "agriculture");

    /**
     * "the Ruritanian foreign ministry", "the Akshar temple", "the COP40 presidency": a one-word name or demonym
     * followed by a lower-case head noun of an office or a site is that office or site, written the way the text
     * writes it. Only the heads of {@link #LOWER_CASE_HEADS}, and for a ministry at most one portfolio word between.
     */
    private static List<Span> withLowerCaseHeads(List<Span> spans, List<Token> toks) {
        List<Span> out = new ArrayList<>(spans.size());
        java.util.BitSet covered = new java.util.BitSet();
        for (Span s : spans) covered.set(s.first(), s.end());
        for (Span s : spans) {
            int h = s.end();
            if (s.end() - s.first() == 1 && !s.type().equals("PERSON") && h < toks.size()) {
                if (h + 1 < toks.size() && MINISTRY_PORTFOLIOS.contains(toks.get(h).word()) && toks.get(h + 1).word().equals("ministry")) h++;
                Token head = toks.get(h);
                String type = LOWER_CASE_HEADS.get(head.word());
                boolean nextIsName = h + 1 < toks.size() && startsUpper(toks.get(h + 1)) && toks.get(h + 1).sentence() == head.sentence();
                if (type != null && !covered.get(h) && head.sentence() == toks.get(s.first()).sentence() && !nextIsName
                        && (h == s.end() || head.word().equals("ministry"))) {
                    s = new Span(s.first(), h + 1, type);
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Ship prefixes: "USS Halford" is a ship, not the place or person its name also is. */
    private static final Set<String> SHIP_PREFIXES = Set.of("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS");

    /**
     * Words that belong in front of the name after them: a ship prefix ("USS Halford", a MISC name), and a
     * capitalised pronoun read as a surname before a tagged given name ("He Yadong, a spokesman, said": no English
     * sentence puts a pronoun right before a name).
     */
    private static List<Span> withNamePrefixes(List<Span> spans, List<Token> toks) {
        List<Span> out = new ArrayList<>(spans.size());
        java.util.BitSet covered = new java.util.BitSet();
        for (Span s : spans) covered.set(s.first(), s.end());
        for (Span s : spans) {
            int p = s.first() - 1;
            if (p >= 0 && !covered.get(p) && attachedBySpace(toks, p, s.first()) && toks.get(p).sentence() == toks.get(s.first()).sentence()) {
                Token t = toks.get(p);
                if (SHIP_PREFIXES.contains(t.word())) {
                    s = new Span(p, s.end(), "MISC");
                } else if (s.type().equals("PERSON") && t.isPronoun() && t.word().equals("He") && s.end() - s.first() == 1
                        && (p == 0 || toks.get(p - 1).sentence() != t.sentence()) && s.end() < toks.size()
                        && toks.get(s.end()).word().equals(",")) {
                    s = new Span(p, s.end(), "PERSON");
                }
            }
            out.add(s);
        }
        // A ship prefix before an untagged capitalised word: "the submarine USS Halford".
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!SHIP_PREFIXES.contains(toks.get(i).word()) || covered.get(i) || covered.get(i + 1)) continue;
            if (startsUpper(toks.get(i + 1)) && toks.get(i + 1).sentence() == toks.get(i).sentence()) out.add(new Span(i, i + 2, "MISC"));
        }
        out.sort(Comparator.comparingInt(Span::first));
        return out;
    }

    private static boolean attachedBySpace(List<Token> toks, int a, int b) {
        return toks.get(b).start() - toks.get(a).end() == 1;
    }

    /** A capitalised "The" after a word of the same sentence (not at its start, not after a quotation mark or colon). */
    private static boolean isNamePartArticle(List<Token> toks, int i) {
        if (i <= 0 || !toks.get(i).word().equals("The")) return false;
        Token prev = toks.get(i - 1);
        return prev.sentence() == toks.get(i).sentence() && prev.word().chars().allMatch(Character::isLetterOrDigit)
                && !prev.word().isEmpty();
    }

    private static boolean givenNameLike(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        String w = t.word();
        return "O".equals(t.ner()) && (pos.equals("NNP") || pos.equals("JJ")) && w.length() >= 2
                && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter) && !isRoleWord(t)
                && !Names.isHonorific(w) && !ROLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * A two- or three-word name the tagger took for a place or a thing, right after a job title ("Prime Minister
     * of Ruritania Anna Vell"): a person. Names with a head word of a place or an organisation, and known names,
     * are not.
     */
    private boolean isTitledName(String text, List<Token> toks, Span s) {
        int n = s.end() - s.first();
        if (n < 2 || n > 3 || !Set.of("LOCATION", "CITY", "MISC", "STATE_OR_PROVINCE").contains(s.type())) return false;
        for (int k = s.first(); k < s.end(); k++) if (!"NNP".equals(toks.get(k).pos())) return false;
        if (typeOfPhrase(toks, s.first(), s.end()) != null) return false;
        String name = text.substring(toks.get(s.first()).start(), toks.get(s.end() - 1).end());
        if (gazetteer.lookup(name).isPresent() || s.first() == 0) return false;
        String before = toks.get(s.first() - 1).word().toLowerCase(Locale.ROOT);
        if (before.equals("of") || before.equals("the") || before.equals("in") || before.equals("for")) return false;
        return roleBefore(text, toks, s.first()) != null;
    }

    /** An acronym, or acronyms joined by hyphens ("SSN-AUKUS"). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("([A-Z]{2,})-?(\\d{1,3})");

    /** The label of a known name that is {@code word} with another number ("COP28" for "COP27"), else null. */
    static String otherEdition(String word, Lexicon lex) {
        var m = NUMBERED.matcher(word);
        if (!m.matches()) return null;
        for (var e : lex.names().entrySet()) {
            var k = NUMBERED.matcher(e.getKey());
            if (k.matches() && k.group(1).equals(m.group(1)) && !k.group(2).equals(m.group(2))) return e.getValue();
        }
        return null;
    }

    static boolean isAcronymLike(String w) {
        if (Names.isAcronym(w)) return true;
        if (!w.contains("-") || w.startsWith("-") || w.endsWith("-")) return false;
        for (String part : w.split("-")) if (!Names.isAcronym(part) && !part.chars().allMatch(Character::isDigit)) return false;
        return true;
    }

    /** A sentence in capitals ("TALKS COLLAPSE AS ..."): its capitals are type, not acronyms. */
    private static boolean isShouted(List<Token> toks, Sentence s) {
        int caps = 0, words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).word();
            if (w.length() < 2 || !w.chars().anyMatch(Character::isLetter)) continue;
            words++;
            if (w.equals(w.toUpperCase(Locale.ROOT))) caps++;
        }
        return words >= 3 && caps * 2 > words;
    }

    /**
     * A run of two or more capitalised words inside a sentence that the tagger left unlabelled ("the Marlow
     * Reading Rooms", "the State of the Union"): a name. Runs at the start of a sentence or a quotation, in
     * headings, with a job title or a date in them, or touching a tagged name are left alone.
     */
    private List<Span> addCapitalisedRuns(List<Span> spans, AnnotatedText at) {
        List<Token> toks = at.tokens();
        java.util.BitSet covered = new java.util.BitSet();
        for (Span s : spans) covered.set(s.first(), s.end());
        List<Span> out = new ArrayList<>(spans);
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s) || isShouted(toks, s)) continue;
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (!runWord(toks.get(i)) || i == s.firstToken() || !toks.get(i - 1).word().chars().anyMatch(Character::isLetterOrDigit)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.endToken()) {
                    if (runWord(toks.get(j))) {
                        j++;
                    } else if (toks.get(j).word().equals("of") && j + 1 < s.endToken() && runWord(toks.get(j + 1))) {
                        j++;
                    } else if (toks.get(j).word().equals("of") && j + 2 < s.endToken() && toks.get(j + 1).word().equals("the")
                            && runWord(toks.get(j + 2))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j - i >= 2 && (covered.nextSetBit(Math.max(0, i - 1)) < 0 || covered.nextSetBit(Math.max(0, i - 1)) > j)) {
                    String type = typeOfPhrase(toks, i, j);
                    out.add(new Span(i, j, type == null ? "MISC" : type));
                }
                i = j;
            }
        }
        out.sort(Comparator.comparingInt(Span::first));
        return out;
    }

    /** Lower-case words that join the parts of a hyphenated place name ("Barrow-in-Furness", "Stratford-upon-Avon"). */
    static final Set<String> HYPHEN_PARTICLES = Set.of("in", "on", "upon", "under", "by", "le", "la", "les", "sur",
            "sous", "de", "du", "des", "en", "am", "an", "im", "del", "di", "da", "y");

    /**
     * Names written as one hyphenated word that the tokenizer cut up and the tagger left unlabelled: a place whose
     * capitalised parts are joined by particles ("Barrow-in-Furness"), or a capitalised name with a number
     * ("Chandrayaan-3"). Tagged pieces inside the compound give way to it.
     */
    private static List<Span> addHyphenCompounds(List<Span> spans, List<Token> toks) {
        List<Span> compounds = new ArrayList<>();
        for (int i = 0; i + 2 < toks.size(); i++) {
            Token first = toks.get(i);
            String w = first.word();
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                    || !w.chars().allMatch(Character::isLetter) || (i > 0 && attached(toks, i - 1, i))) {
                continue;
            }
            int j = i + 1;
            boolean particles = false;
            while (j + 1 < toks.size() && toks.get(j).word().equals("-") && attached(toks, j - 1, j) && attached(toks, j, j + 1)
                    && HYPHEN_PARTICLES.contains(toks.get(j + 1).word())) {
                particles = true;
                j += 2;
            }
            if (j + 1 >= toks.size() || !toks.get(j).word().equals("-") || !attached(toks, j - 1, j) || !attached(toks, j, j + 1)) continue;
            String last = toks.get(j + 1).word();
            boolean place = particles && Character.isUpperCase(last.charAt(0)) && last.chars().allMatch(Character::isLetter);
            boolean numbered = !particles && last.matches("\\d{1,3}");
            int end = j + 2;
            if (!(place || numbered) || (end < toks.size() && attached(toks, end - 1, end) && !isPossessiveMark(toks.get(end)))) continue;
            String type = place ? "CITY" : "MISC";
            for (Span sp : spans) if (sp.first() == i && sp.end() == i + 1 && numbered) type = sp.type();
            compounds.add(new Span(i, end, type));
            i = end - 1;
        }
        // A tagged name reaching beyond the compound ("Chandrayaan-3 Mission") keeps its own span.
        compounds.removeIf(c -> spans.stream().anyMatch(sp -> sp.first() < c.end() && c.first() < sp.end()
                && !(c.first() <= sp.first() && sp.end() <= c.end())));
        if (compounds.isEmpty()) return spans;
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            if (compounds.stream().noneMatch(c -> c.first() <= sp.first() && sp.end() <= c.end())) out.add(sp);
        }
        out.addAll(compounds);
        out.sort(Comparator.comparingInt(Span::first));
        return out;
    }

    /** Whether two neighbouring tokens were written with nothing between them. */
    private static boolean attached(List<Token> toks, int a, int b) {
        return toks.get(a).end() == toks.get(b).start();
    }

    private static boolean runWord(Token t) {
        if (!startsUpper(t) || isRoleWord(t) || isTemporal(t) || Names.isHonorific(t.word())) return false;
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("NNP") || pos.startsWith("NN") || pos.equals("CD") || pos.startsWith("JJ");
    }

    /**
     * A one-word MISC label on an ordinary adjective ("Free") or on an adjectival compound ("Western-sponsored")
     * is a tagger error, not a name.
     */
    private static boolean isAdjectiveMisc(List<Token> toks, Span s) {
        if (!s.type().equals("MISC")) return false;
        String last = toks.get(s.end() - 1).word();
        int dash = last.lastIndexOf('-');
        if (dash > 0 && dash + 1 < last.length() && Character.isLowerCase(last.charAt(dash + 1))) return true;
        if (s.end() - s.first() != 1) return false;
        String pos = toks.get(s.first()).pos();
        return pos == null || !pos.startsWith("NNP");
    }

    /**
     * A hyphenated compound of known names ("Japan-China", "U.S.-led", "Russian-Ukrainian") mentions each named
     * part; it is not a name of its own unless the whole is known ("Indo-Pacific").
     */
    private List<Candidate> splitCompound(Candidate c) {
        if (c.isPerson() || !c.name().contains("-") || gazetteer.lookup(c.name()).isPresent()) return List.of(c);
        String[] parts = c.name().split("-");
        List<Candidate> out = new ArrayList<>();
        int offset = c.start();
        int pos = 0;
        boolean known = false;
        for (String part : parts) {
            int at = c.name().indexOf(part, pos);
            pos = at + part.length();
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) continue;
            var entry = gazetteer.lookup(part);
            var demonym = gazetteer.demonymOf(part);
            if (entry.isEmpty() && demonym.isEmpty()) return List.of(c);
            known = true;
            String ner = entry.isPresent() ? (entry.get().type().equals("ORG") ? "ORGANIZATION"
                    : entry.get().type().equals("MEDIA") ? "ORGANIZATION" : "COUNTRY") : "NATIONALITY";
            out.add(new Candidate(c.doc(), offset + at, offset + at + part.length(), part, part, ner, c.sentence(),
                    c.firstToken(), c.endToken(), null, null, null, List.of(), null, null));
        }
        return known ? out : List.of(c);
    }

    /**
     * "Ruritanian Bank and the Northern Monetary Office": a span joined by "and the", or by "and" between two names
     * the gazetteer knows, names two things; it is one name only when the whole is known.
     */
    private List<Candidate> splitConjunction(Candidate c, List<Token> toks) {
        if (c.isPerson() || c.honorific() != null || gazetteer.lookup(c.name()).isPresent()) return List.of(c);
        for (int k = c.firstToken() + 1; k < c.endToken() - 1; k++) {
            if (!toks.get(k).word().equalsIgnoreCase("and")) continue;
            boolean article = toks.get(k + 1).word().equals("the");
            int second = article ? k + 2 : k + 1;
            if (second >= c.endToken() || !startsUpper(toks.get(second)) || !startsUpper(toks.get(k - 1))) continue;
            int firstStart = Math.max(c.start(), toks.get(c.firstToken()).start());
            String left = c.text().substring(firstStart - c.start(), toks.get(k - 1).end() - c.start()).strip();
            String right = Names.stripPossessive(c.text().substring(toks.get(second).start() - c.start()).strip());
            boolean leftKnown = known(left), rightKnown = known(right);
            if (!(leftKnown && rightKnown) && !(article && (leftKnown || right.contains(" ") && left.contains(" ")))) continue;
            Candidate a = new Candidate(c.doc(), firstStart, toks.get(k - 1).end(), left, left, c.ner(), c.sentence(),
                    c.firstToken(), k, null, null, null, List.of(), null, null);
            Candidate b = new Candidate(c.doc(), toks.get(second).start(), toks.get(second).start() + right.length(), right,
                    right, c.ner(), c.sentence(), second, c.endToken(), null, null, null, List.of(), null, null);
            List<Candidate> out = new ArrayList<>(splitConjunction(a, toks));
            out.addAll(splitConjunction(b, toks));
            return out;
        }
        return List.of(c);
    }

    /** A lower-case particle inside a place name ("Rio de Janeiro", "Santiago del Estero"). */
    static boolean isPlaceParticle(String word) {
        return Set.of("de", "do", "da", "del", "di", "dos", "das").contains(word);
    }

    private boolean known(String name) {
        return gazetteer.lookup(name).isPresent() || gazetteer.seatOf(name).isPresent();
    }

    private static boolean isPronoun(List<Token> toks, int first, int end) {
        for (int i = first; i < end; i++) if (!toks.get(i).isPronoun()) return false;
        return true;
    }

    /** Capitalised phrases ending in a head word ("... Partnership Program", "Taiwan Strait") the tagger missed. */
    private List<Span> addChunks(List<Span> spans, AnnotatedText at, String text) {
        List<Token> toks = at.tokens();
        List<Span> chunks = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s)) continue;
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token ti = toks.get(i);
                boolean initial = i == s.firstToken();
                if (!(initial ? isCapitalised(ti) : startsUpper(ti)) || isDeterminer(ti) || isRoleWord(ti)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.endToken()) {
                    Token t = toks.get(j);
                    if (isTemporal(t)) break;
                    if (startsUpper(t) || t.word().equals("-") || t.word().equals("–")) {
                        j++;
                    } else if (t.word().equalsIgnoreCase("of") && j + 1 < s.endToken() && j > i
                            && toks.get(j + 1).word().matches("\\d{1,3}") && "CD".equals(toks.get(j + 1).pos())) {
                        j += 2; // "Group of 77"
                        break;
                    } else if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && !t.word().equalsIgnoreCase("the")
                            && j + 1 < s.endToken() && startsUpper(toks.get(j + 1)) && !isTemporal(toks.get(j + 1))) {
                        // "the" joins names only after another connector ("Bank of the North"): "told the Herald the
                        // African Union ..." is two names.
                        j++;
                    } else if (isPluralPossessive(toks, j) && j + 1 < s.endToken() && startsUpper(toks.get(j + 1))) {
                        j++; // "Leaders' Declaration", "Ministers' Meeting"
                    } else if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && j + 2 < s.endToken()
                            && toks.get(j + 1).word().equals("the") && startsUpper(toks.get(j + 2)) && !isTemporal(toks.get(j + 2))) {
                        j += 2; // "Treaty on the Non-Proliferation ..."
                    } else {
                        break;
                    }
                }
                int end = beforeTrailingPerson(spans, toks, i, j);
                String type = typeOfPhrase(toks, i, end);
                if (type != null && end - i >= 2 && !isOrganiserAndEventNoun(spans, i, end, type)) chunks.add(new Span(i, end, type));
                i = end > i && end < j ? end : j;
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean covered = false;
            for (Span c : chunks) if (c.first() <= s.first() && s.end() <= c.end()) covered = true;
            if (!covered) out.add(s);
        }
        for (Span c : chunks) {
            boolean cuts = false;
            for (Span s : spans) {
                boolean overlap = s.first() < c.end() && c.first() < s.end();
                boolean inside = c.first() <= s.first() && s.end() <= c.end();
                if (overlap && !inside) cuts = true;
            }
            if (!cuts) out.add(c);
        }
        out.sort(Comparator.comparingInt(Span::first));
        return out;
    }

    /**
     * The apostrophe of a plural possessive inside a name ("the Farmers' Union", "the Leaders’ Declaration"): after
     * a capitalised plural common noun, not after a place or other name the gazetteer knows ("the Philippines'").
     */
    private boolean isPluralPossessive(List<Token> toks, int j) {
        String w = toks.get(j).word();
        if (!(w.equals("'") || w.equals("’")) || j == 0) return false;
        Token before = toks.get(j - 1);
        String pos = before.pos() == null ? "" : before.pos();
        return before.end() == toks.get(j).start() && startsUpper(before) && before.word().endsWith("s")
                && (pos.equals("NNS") || pos.equals("NNPS")) && gazetteer.lookup(before.word()).isEmpty();
    }

    /**
     * "Head of the Foreign Ministry Anna Vell": a capitalised run that ends in a tagged person name is a title
     * followed by the name; the run stops before the person.
     */
    private static int beforeTrailingPerson(List<Span> spans, List<Token> toks, int first, int end) {
        for (Span s : spans) {
            if (!s.type().equals("PERSON") || s.end() != end || s.first() <= first) continue;
            int cut = s.first();
            while (cut > first && isHonorificToken(toks.get(cut - 1))) cut--;
            return cut;
        }
        return end;
    }

    private static boolean isHonorificToken(Token t) {
        return Names.isHonorific(t.word()) || t.word().equals(".");
    }

    /** "NATO Summit" is a tagged organiser plus an event noun: an event reference, left to the event finder. */
    private static boolean isOrganiserAndEventNoun(List<Span> spans, int first, int end, String type) {
        if (!type.equals("EVENT")) return false;
        // Only a named organiser or host makes this an event reference; "Cold" (MISC) + "War" is one name.
        for (Span s : spans) if (s.first() == first && s.end() == end - 1 && !s.type().equals("MISC")) return true;
        return false;
    }

    private static boolean isTemporal(Token t) {
        String n = t.ner();
        return "DATE".equals(n) || "TIME".equals(n) || "DURATION".equals(n) || "SET".equals(n);
    }

    private static boolean startsUpper(Token t) {
        String w = t.word();
        if (w.isEmpty() || t.isPronoun()) return false;
        char c = w.charAt(0);
        return Character.isUpperCase(c) || (Character.isDigit(c) && w.chars().anyMatch(Character::isLetter));
    }

    /**
     * The kind of name a capitalised phrase is, from its head: the word before its first "of"/"for" if it has
     * one ("Institute" in "Japan Institute for Security Strategy"), else its last word; null if not a name kind.
     */
    static String typeOfPhrase(List<Token> toks, int first, int end) {
        int head = end - 1;
        for (int k = first + 1; k < end - 1; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("of") || w.equals("for") || w.equals("on")) {
                head = k - 1;
                break;
            }
        }
        // "Rotational Force-West", "Task Force-2": a suffix after a hyphen leaves the head before it.
        if (head == end - 1 && head - 2 >= first && toks.get(head - 1).word().equals("-")
                && typeOfWord(toks.get(head).word()) == null) {
            head -= 2;
        }
        return typeOfWord(toks.get(head).word());
    }

    private static String typeOfWord(String word) {
        String h = word.toLowerCase(Locale.ROOT);
        if (PROGRAM_HEADS.contains(h)) return "PROGRAM";
        if (EVENT_HEADS.contains(h)) return "EVENT";
        if (ORG_HEADS.contains(h)) return "ORGANIZATION";
        if (PLACE_HEADS.contains(h)) return "LOCATION";
        return null;
    }

    /** A section heading: short, no closing punctuation, mostly capitalised words. Its capitals say nothing. */
    private static boolean isHeading(List<Token> toks, Sentence s) {
        int n = s.endToken() - s.firstToken();
        if (n == 0 || n > 12) return false;
        String last = toks.get(s.endToken() - 1).word();
        if (last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\"") || last.equals("”")) return false;
        int caps = 0, words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).word();
            if (!Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return words >= 2 && caps * 2 >= words;
    }

    private static boolean isRoleWord(Token t) {
        return "TITLE".equals(t.ner()) || ROLE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalised(Token t) {
        String w = t.word();
        if (w.isEmpty()) return false;
        char c = w.charAt(0);
        if (!Character.isUpperCase(c) && !(Character.isDigit(c) && w.chars().anyMatch(Character::isLetter))) return false;
        String pos = t.pos();
        return pos == null || !(pos.equals("PRP") || pos.equals("DT") || pos.equals("IN") || pos.equals("CC")
                || pos.startsWith("W") || pos.equals("MD") || pos.startsWith("VB") || pos.startsWith("RB")
                || pos.equals("PRP$") || pos.equals("EX") || pos.equals("TO"));
    }

    private static boolean isDeterminer(Token t) {
        return "DT".equals(t.pos()) || "PRP$".equals(t.pos());
    }

    /** Joins names the tagger split: "People's" + "Republic of China", "Japan" + "Defense Research Institute". */
    private static List<Span> mergeAdjacent(List<Span> spans, List<Token> toks, String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (prev.end() <= s.first() && toks.get(prev.end() - 1).sentence() == toks.get(s.first()).sentence()) {
                    String gap = text.substring(toks.get(prev.end() - 1).end(), toks.get(s.first()).start());
                    // "SSN-AUKUS" tokenised as three tokens is one name.
                    boolean hyphened = s.first() == prev.end() + 1 && toks.get(prev.end()).word().equals("-")
                            && toks.get(prev.end()).start() == toks.get(prev.end() - 1).end()
                            && toks.get(s.first()).start() == toks.get(prev.end()).end()
                            && !prev.type().equals("PERSON") && !s.type().equals("PERSON");
                    boolean adjacent = s.first() == prev.end() && gap.isBlank() || hyphened;
                    boolean personBoundary = prev.type().equals("PERSON") != s.type().equals("PERSON");
                    boolean orgOfPlace = s.first() == prev.end() + 1
                            && toks.get(prev.end()).word().equals("of")
                            && prev.type().equals("ORGANIZATION")
                            && (s.type().equals("COUNTRY") || s.type().equals("CITY"));
                    // "Prime Minister of Ruritania Anna Vell": a country, then a name with no head word of a place.
                    boolean countryThenName = prev.type().equals("COUNTRY") && s.end() - s.first() >= 2
                            && !s.type().equals("ORGANIZATION") && typeOfPhrase(toks, s.first(), s.end()) == null;
                    if ((adjacent && !personBoundary && !countryThenName) || orgOfPlace) {
                        String type = orgOfPlace ? "ORGANIZATION" : s.type();
                        out.set(out.size() - 1, new Span(prev.first(), s.end(), type));
                        continue;
                    }
                }
            }
            out.add(s);
        }
        return out;
    }

    private Candidate candidate(String doc, String text, List<Token> toks, Span s) {
        int first = s.first(), end = s.end();
        while (end > first && isPossessiveMark(toks.get(end - 1))) end--;
        while (first < end && (isDeterminer(toks.get(first)) && !isNamePartArticle(toks, first) || toks.get(first).word().equals("-"))) first++;
        if (first >= end) return null;
        String honorific = null;
        int spanFirst = first;
        if (s.type().equals("PERSON")) {
            if (end - first > 1 && Names.isHonorific(toks.get(first).word())) {
                honorific = toks.get(first).word();
                first++;
                if (first < end && toks.get(first).word().equals(".")) first++;
            } else {
                int h = first - 1;
                if (h >= 0 && toks.get(h).word().equals(".")) h--;
                if (h >= 0 && toks.get(h).sentence() == toks.get(first).sentence()
                        && Names.isHonorific(toks.get(h).word())) {
                    honorific = toks.get(h).word();
                    spanFirst = h;
                }
            }
        }
        int startChar = toks.get(spanFirst).start();
        int endChar = toks.get(end - 1).end();
        String name = Names.stripPossessive(text.substring(toks.get(first).start(), endChar));
        if (name.isBlank() || !name.chars().anyMatch(Character::isLetter)) return null;
        String type = s.type();
        String title = null, role = null;
        List<String> affiliations = List.of();
        if (type.equals("PERSON")) {
            Role r = roleBefore(text, toks, spanFirst);
            if (r == null) r = apposition(text, toks, end);
            if (r != null) {
                role = r.text();
                affiliations = r.affiliations();
            }
            title = titleBefore(text, toks, spanFirst);
        }
        // "the oil company of Port Ellen" tagged a person: a name of several words that is a known capital or
        // country, with no courtesy title, job title or role, is the place.
        if (type.equals("PERSON") && end - first > 1 && honorific == null && title == null && role == null) {
            var place = gazetteer.lookup(name);
            if (place.isPresent() && (place.get().type().equals("GPE") || place.get().type().equals("LOC"))) {
                type = place.get().type().equals("GPE") ? "COUNTRY" : "LOCATION";
            } else if (place.isEmpty() && gazetteer.seatOf(name).isPresent()) {
                type = "CITY";
            }
        }
        if (end - first == 1 && honorific == null && title == null && !type.equals("NATIONALITY")) {
            String hinted = contextType(text, toks, first, end);
            if (hinted != null) type = hinted;
        }
        Candidate c = new Candidate(doc, startChar, endChar, text.substring(startChar, endChar), name, type,
                toks.get(first).sentence(), spanFirst, end, honorific, title, role, affiliations, null, null);
        return metonymy(c, toks);
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "across", "throughout", "near");
    private static final Set<String> STATE_NOUNS = Set.of("government", "regime", "leader", "leaders", "president",
            "parliament", "capital", "economy", "navy", "army", "authorities", "taxpayers", "citizens", "coast",
            "waters", "borders", "foreign", "prime", "embassy", "ministry", "military", "territory", "people");
    private static final Set<String> STATE_TITLES = Set.of("president", "minister", "king", "queen", "ambassador",
            "embassy", "ministry", "government", "parliament", "people");

    /**
     * What the words around a one-word name say it is, overriding the tagger's label for names it does not know:
     * "in X", "X's government", "the X regime", "Prime Minister … of X" make a place (a state); "(X) —" and
     * "told X" make a news outlet. Null when the context says nothing.
     */
    private static String contextType(String text, List<Token> toks, int first, int end) {
        Token t = toks.get(first);
        int sentence = t.sentence();
        Token prev = first > 0 && toks.get(first - 1).sentence() == sentence ? toks.get(first - 1) : null;
        Token prev2 = first > 1 && toks.get(first - 2).sentence() == sentence ? toks.get(first - 2) : null;
        Token next = end < toks.size() && toks.get(end).sentence() == sentence ? toks.get(end) : null;
        Token next2 = end + 1 < toks.size() && toks.get(end + 1).sentence() == sentence ? toks.get(end + 1) : null;
        String p = prev == null ? "" : prev.word().toLowerCase(Locale.ROOT);
        String n = next == null ? "" : next.word().toLowerCase(Locale.ROOT);
        if (p.equals("(") && n.equals(")") && end + 1 < toks.size()) {
            String after = text.substring(toks.get(end).end(), Math.min(text.length(), toks.get(end).end() + 3)).strip();
            if (after.startsWith("—") || after.startsWith("–") || after.startsWith("-")) return "MEDIA";
        }
        // "told the Herald", but not "told the Senate": a word that heads organisation names is not an outlet.
        if ((p.equals("told") || p.equals("the") && prev2 != null && prev2.word().equals("told") && typeOfWord(t.word()) == null)
                && !"PERSON".equals(t.ner())) {
            return "MEDIA";
        }
        if (PLACE_PREPOSITIONS.contains(p)) return "GPE";
        if (next != null && isPossessiveMark(next) && next2 != null && STATE_NOUNS.contains(next2.word().toLowerCase(Locale.ROOT))) return "GPE";
        if (STATE_NOUNS.contains(n) && prev != null && "DT".equals(prev.pos())) return "GPE";
        if (p.equals("of") && prev2 != null && (STATE_TITLES.contains(prev2.word().toLowerCase(Locale.ROOT))
                || "PERSON".equals(prev2.ner()) && !"PERSON".equals(t.ner()))) {
            return "GPE";
        }
        return null;
    }

    private static boolean isPossessiveMark(Token t) {
        String w = t.word();
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || "POS".equals(t.pos());
    }

    /** A role stated with a title before the name: "NATO Secretary General Jens Stoltenberg". */
    record Role(String text, List<String> affiliations) {}

    private static Role roleBefore(String text, List<Token> toks, int nameFirst) {
        int i = nameFirst - 1;
        int sentence = nameFirst < toks.size() ? toks.get(nameFirst).sentence() : -1;
        boolean comma = false;
        if (i >= 0 && toks.get(i).word().equals(",") && i - 1 >= 0 && isRoleWord(toks.get(i - 1))) {
            comma = true; // "Japan's Prime Minister, Fumio Kishida"
            i--;
        } else if (i >= 0 && toks.get(i).word().equals(",")) {
            Role described = describedBefore(text, toks, i);
            if (described != null) return described;
        }
        int end = i + 1;
        while (i >= 0 && toks.get(i).sentence() == sentence) {
            Token t = toks.get(i);
            String lw = t.word().toLowerCase(Locale.ROOT);
            String pos = t.pos() == null ? "" : t.pos();
            boolean properName = (pos.startsWith("NNP") || pos.startsWith("JJ")) && startsUpper(t);
            boolean part = isRoleWord(t) || properName || isPossessiveMark(t) || t.word().equals("-")
                    || "NATIONALITY".equals(t.ner()) || "ORGANIZATION".equals(t.ner()) || "COUNTRY".equals(t.ner())
                    || ROLE_MODIFIERS.contains(lw) || lw.equals("of") || lw.equals("for") || roleCompound(toks, i, end)
                    || (lw.equals("the") && i + 1 < end && i - 1 >= 0
                    && (toks.get(i - 1).word().equals("of") || toks.get(i - 1).word().equals("for")));
            if (!part) break;
            i--;
        }
        int start = i + 1;
        // "climate envoy John Kerry", "its spokesman Omar Hale": a lower-case role starts at its first noun.
        while (start < end && !startsUpper(toks.get(start)) && !ROLE_MODIFIERS.contains(toks.get(start).word().toLowerCase(Locale.ROOT))
                && !isRoleWord(toks.get(start)) && !roleCompound(toks, start, end)) {
            start++;
        }
        if (start >= end) return null;
        int firstRole = -1, lastRole = -1;
        boolean ofAfterRole = false;
        for (int k = start; k < end; k++) {
            if (isRoleWord(toks.get(k))) {
                if (firstRole < 0) firstRole = k;
                lastRole = k;
            }
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (firstRole >= 0 && (w.equals("of") || w.equals("for"))) ofAfterRole = true;
        }
        // "Japan PM Kishida" or "Chair of the Valmora Port Authority Ines Kovar"; not "NATO Kishida".
        if (firstRole < 0 || (lastRole != end - 1 && !ofAfterRole)) return null;
        String role = text.substring(toks.get(start).start(), toks.get(end - 1).end());
        if (comma && role.split("\\s+").length > 8) return null;
        return new Role(role, affiliationsIn(text, toks, start, end));
    }

    /**
     * "Her deputy at the ministry, Daniel Okonkwo": a short noun phrase ending at the comma before the name,
     * starting at a determiner or possessive, with a role noun in it.
     */
    private static Role describedBefore(String text, List<Token> toks, int comma) {
        int sentence = toks.get(comma).sentence();
        boolean role = false;
        for (int k = comma - 1; k >= 0 && comma - k <= 8 && toks.get(k).sentence() == sentence; k--) {
            Token t = toks.get(k);
            if (t.isVerb() || t.word().equals(",")) return null;
            role |= isRoleWord(t);
            if (role && ("DT".equals(t.pos()) || "PRP$".equals(t.pos()) || k == 0 || toks.get(k - 1).sentence() != sentence)) {
                int start = "DT".equals(t.pos()) ? k + 1 : k;
                return new Role(text.substring(toks.get(start).start(), toks.get(comma - 1).end()), affiliationsIn(text, toks, start, comma));
            }
        }
        return null;
    }

    /** A lower-case noun in front of a role noun, making one role with it ("climate envoy", "ecology minister"). */
    private static boolean roleCompound(List<Token> toks, int i, int end) {
        Token t = toks.get(i);
        return i + 1 < end && t.pos() != null && t.pos().startsWith("NN") && !startsUpper(t) && isRoleWord(toks.get(i + 1))
                && t.sentence() == toks.get(i + 1).sentence();
    }

    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "acting", "foreign", "defense", "defence",
            "prime", "chief", "deputy", "vice", "senior", "general", "national", "security", "executive", "top");

    /** A role in an apposition after the name: "Susumu Takai, chairman of the Japan Institute ..., said". */
    private static Role apposition(String text, List<Token> toks, int nameEnd) {
        if (nameEnd >= toks.size() || !toks.get(nameEnd).word().equals(",")) return null;
        int sentence = toks.get(nameEnd).sentence();
        int i = nameEnd + 1;
        if (i >= toks.size()) return null;
        String firstWord = toks.get(i).word().toLowerCase(Locale.ROOT);
        if (firstWord.equals("who") || firstWord.equals("which") || firstWord.equals("whose") || firstWord.equals("and")) {
            return null;
        }
        boolean roleWord = false;
        int j = i;
        while (j < toks.size() && toks.get(j).sentence() == sentence && j - i < 30) {
            Token t = toks.get(j);
            String w = t.word();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals("(") || w.equals(":")) break;
            // "a trade lawyer who is ...": the role ends where the relative clause starts.
            if ((w.equalsIgnoreCase("who") || w.equalsIgnoreCase("which") || w.equalsIgnoreCase("whose")) && j > i) {
                return roleWord ? new Role(text.substring(toks.get(i).start(), toks.get(j - 1).end()), affiliationsIn(text, toks, i, j)) : null;
            }
            if (t.isVerb() && !"VBN".equals(t.pos()) && !"VBG".equals(t.pos())) return null;
            roleWord |= "TITLE".equals(t.ner()) || ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT));
            j++;
        }
        if (!roleWord || j == i || j >= toks.size()) return null;
        String end = toks.get(j).word();
        if (!end.equals(",") && !end.equals(".") && !end.equals(")") && !end.equals(";") && !end.equals("(")) return null;
        return new Role(text.substring(toks.get(i).start(), toks.get(j - 1).end()), affiliationsIn(text, toks, i, j));
    }

    /** Capitalised multi-word stretches inside a role: the organisations a person is affiliated with. */
    private static List<String> affiliationsIn(String text, List<Token> toks, int start, int end) {
        List<String> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            Token t = toks.get(i);
            boolean named = "ORGANIZATION".equals(t.ner()) || (isCapitalised(t) && !"TITLE".equals(t.ner()));
            if (!named) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (isCapitalised(toks.get(j)) || "ORGANIZATION".equals(toks.get(j).ner())
                    || (CONNECTORS.contains(toks.get(j).word().toLowerCase(Locale.ROOT)) && j + 1 < end
                    && isCapitalised(toks.get(j + 1))))) {
                j++;
            }
            if (Names.contentStems(text.substring(t.start(), toks.get(j - 1).end())).size() >= 2) {
                out.add(text.substring(t.start(), toks.get(j - 1).end()));
            }
            i = j;
        }
        return out;
    }

    /** The job title right before a person's name ("President" in "President Yoon"), or null. */
    private static String titleBefore(String text, List<Token> toks, int nameFirst) {
        int i = nameFirst - 1;
        int end = i;
        while (i >= 0 && "TITLE".equals(toks.get(i).ner()) && toks.get(i).sentence() == toks.get(nameFirst).sentence()) i--;
        // "PM Kaur": a capitalised role noun the tagger left unlabelled still titles the name right after it.
        if (i == end && i >= 0 && toks.get(i).sentence() == toks.get(nameFirst).sentence() && startsUpper(toks.get(i))
                && ROLE_NOUNS.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) {
            i--;
        }
        if (i == end) return null;
        return text.substring(toks.get(i + 1).start(), toks.get(end).end());
    }

    /** "Name (ACR)" defines an acronym: a candidate for the acronym, linked to the name. */
    private List<Candidate> acronymDefinitions(String doc, String text, List<Token> toks, List<Span> spans) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") && !toks.get(i).word().equals("-LRB-")) continue;
            Token acr = toks.get(i + 1);
            int close = i + 2;
            if (close < toks.size() && isPossessiveMark(toks.get(close))) close++;
            if (close >= toks.size() || !(toks.get(close).word().equals(")") || toks.get(close).word().equals("-RRB-"))) continue;
            if (!Names.isAcronym(acr.word())) continue;
            int nameEnd = i;
            while (nameEnd > 0 && isPossessiveMark(toks.get(nameEnd - 1))) nameEnd--;
            Span longSpan = null;
            for (Span s : spans) if (s.end() == nameEnd || (s.end() == nameEnd - 1 && isPossessiveMark(toks.get(s.end())))) longSpan = s;
            String letters = acr.word().replace(".", "").toLowerCase(Locale.ROOT);
            if (longSpan != null && !letters.equals(Names.acronymLetters(text.substring(toks.get(longSpan.first()).start(),
                    toks.get(longSpan.end() - 1).end())))) {
                // "the Chamber of Commerce to the EU (CCCEU)": the tagged name before the bracket is only the end of it.
                int wider = spelledOutFrom(text, toks, nameEnd, letters, acr.sentence());
                if (wider >= 0 && wider < longSpan.first()) longSpan = null;
            }
            int first;
            String type;
            if (longSpan != null) {
                first = longSpan.first();
                type = longSpan.type();
            } else {
                first = nameEnd;
                while (first - 1 >= 0 && toks.get(first - 1).sentence() == acr.sentence()
                        && (isCapitalised(toks.get(first - 1)) || toks.get(first - 1).word().equals("-")
                        || (CONNECTORS.contains(toks.get(first - 1).word().toLowerCase(Locale.ROOT))
                        && first - 2 >= 0 && isCapitalised(toks.get(first - 2))))) {
                    first--;
                }
                while (first < nameEnd && (CONNECTORS.contains(toks.get(first).word().toLowerCase(Locale.ROOT))
                        || toks.get(first).word().matches("\\d+"))) {
                    first++;
                }
                int spelled = spelledOutFrom(text, toks, nameEnd, letters, acr.sentence());
                if (spelled >= 0 && spelled < first) first = spelled;
                if (nameEnd - first < 2) continue;
                type = typeOfHead(toks.get(nameEnd - 1).word());
                Candidate longForm = candidate(doc, text, toks, new Span(first, nameEnd, type));
                if (longForm != null) out.add(longForm);
            }
            String longName = Names.stripPossessive(text.substring(toks.get(first).start(), toks.get(nameEnd - 1).end()));
            while (longName.toLowerCase(Locale.ROOT).startsWith("the ")) longName = longName.substring(4);
            // "the oil company of Abu Dhabi (ADNOC)": a name that cannot spell the acronym is not its long form.
            if (!Names.canAbbreviate(letters, longName)) longName = null;
            out.add(new Candidate(doc, acr.start(), acr.end(), acr.word(), acr.word(), type, acr.sentence(), i + 1,
                    i + 2, null, null, null, List.of(), longName, null));
        }
        return out;
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
            String spelled = Names.acronymLetters(text.substring(toks.get(k).start(), toks.get(end - 1).end()));
            if (spelled.equals(letters)) return k;
            if (spelled.length() > letters.length()) return -1;
        }
        return -1;
    }

    private static String typeOfHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (PROGRAM_HEADS.contains(w)) return "PROGRAM";
        if (EVENT_HEADS.contains(w)) return "EVENT";
        if (PLACE_HEADS.contains(w)) return "LOCATION";
        return "ORGANIZATION";
    }

    /**
     * A capital used as the subject, agent or possessor ("Beijing says", "Beijing's position", "objections from
     * Beijing") stands for its government; one governed by a locative preposition ("in Beijing") is the city.
     */
    private Candidate metonymy(Candidate c, List<Token> toks) {
        if (!(c.ner().equals("CITY") || c.ner().equals("LOCATION") || c.ner().equals("STATE_OR_PROVINCE")
                || c.ner().equals("COUNTRY"))) {
            return c;
        }
        var seat = gazetteer.seatOf(c.name());
        if (seat.isEmpty() || gazetteer.lookup(c.name()).isPresent()) return c;
        return metonymic(toks, toks.get(c.endToken() - 1), 0) ? c.withMetonymOf(seat.get().name()) : c;
    }

    private static boolean metonymic(List<Token> toks, Token head, int depth) {
        String rel = head.deprel() == null ? "" : head.deprel();
        if (rel.equals("conj") && head.head() >= 0 && depth < 3) return metonymic(toks, toks.get(head.head()), depth + 1);
        String prep = null;
        for (int k = Math.max(0, head.index() - 4); k < head.index(); k++) {
            Token t = toks.get(k);
            if (t.head() == head.index() && "case".equals(t.deprel())) prep = t.word().toLowerCase(Locale.ROOT);
        }
        if (prep != null) {
            Token gov = head.head() >= 0 ? toks.get(head.head()) : null;
            // "objections from Beijing", and "acceptable to Moscow", "vague enough for Moscow": a noun or adjective.
            boolean nounGovernor = gov != null && gov.pos() != null && (gov.pos().startsWith("NN") || gov.pos().startsWith("JJ"));
            return !LITERAL_PREPOSITIONS.contains(prep) && (nounGovernor || prep.equals("between") || prep.equals("by"));
        }
        return METONYM_RELATIONS.contains(rel) || isPossessiveAfter(toks, head.index() + 1);
    }

    private static boolean isPossessiveAfter(List<Token> toks, int end) {
        return end < toks.size() && isPossessiveMark(toks.get(end));
    }

    /** Keeps one candidate per span and drops candidates inside a longer one ("Group of" in "Group of Seven"). */
    private static List<Candidate> dedupe(List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>();
        int coveredTo = -1;
        for (Candidate c : sorted) {
            if (!out.isEmpty()) {
                Candidate p = out.get(out.size() - 1);
                if (p.start() == c.start() && p.end() == c.end()) {
                    if (p.longForm() == null && c.longForm() != null) out.set(out.size() - 1, c);
                    continue;
                }
            }
            if (c.end() <= coveredTo) continue;
            out.add(c);
            coveredTo = Math.max(coveredTo, c.end());
        }
        return out;
    }

}
