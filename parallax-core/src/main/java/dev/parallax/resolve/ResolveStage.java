package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The resolve stage: every name occurrence of every document is assigned to one entity, with its canonical name,
 * type, aliases, descriptions, roles and mentions.
 */
public final class ResolveStage implements Stage {

    private static final Pattern OUTLET_NAME = Pattern.compile(
            "(?i).*\\b(times|post|news|journal|shimbun|herald|tribune|gazette|daily|press|broadcasting|tv|radio"
                    + "|magazine|weekly|chronicle|telegraph|observer|review|wire|network|media|dispatch|ledger|sentinel|courier"
                    + "|beacon|clarion|mirror|express|monitor|bulletin|inquirer|examiner|globe|mail|guardian)$");

    private final Gazetteer gazetteer;

    public ResolveStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ResolveStage() {
        this(Gazetteer.standard());
    }

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        return corpus.withEntities(resolve(corpus));
    }

    /** Pairs of candidates the text states are one organisation's or one person's two names. */
    private static List<int[]> statedNames(List<Candidate> all, Map<String, String> texts) {
        List<int[]> out = new ArrayList<>(RenamedNames.links(all, texts));
        out.addAll(PersonAliases.links(all, texts));
        return out;
    }

    List<Entity> resolve(Corpus corpus) {
        MentionFinder finder = new MentionFinder(gazetteer);
        Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
        List<AnnotatedText> texts = new ArrayList<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            texts.add(at);
            byDoc.put(d.id(), finder.find(d.id(), d.text(), at));
        }
        // Second pass: names the tagger found somewhere are names wherever else they occur.
        Lexicon lexicon = Lexicon.of(byDoc.values().stream().flatMap(List::stream).toList(), texts);
        Propagation propagation = new Propagation(finder.maker());
        List<Candidate> all = new ArrayList<>();
        for (Document d : corpus.documents()) {
            List<Candidate> found = byDoc.get(d.id());
            if (found == null) continue;
            all.addAll(found);
            all.addAll(propagation.propagate(d.id(), d.text(), corpus.annotation(d.id()), found, lexicon));
        }
        Map<String, String> textsById = new HashMap<>();
        Map<String, AnnotatedText> annotations = new HashMap<>();
        for (Document d : corpus.documents()) {
            if (corpus.annotation(d.id()) == null) continue;
            textsById.put(d.id(), d.text());
            annotations.put(d.id(), corpus.annotation(d.id()));
        }
        all = GivenNamesTakenForTitles.givenNamesTakenForTitles(all, textsById, annotations);
        all = TitlesBeforeKnownNames.apply(all, textsById, annotations);
        all = SlavicCaseEndings.apply(all, textsById);
        all = new CapitalsTakenForPeople(gazetteer, finder.maker()).capitalsTakenForPeople(all, annotations);
        all = HonorificSuffixes.apply(all, annotations);
        all = NounClassPrefixes.apply(all, annotations);
        all = ownOutlets(all, corpus.documents());
        all = affiliatedBodies(all);
        if (System.getenv("PDEBUG") != null) for (Candidate c : all) if (c.text().contains(System.getenv("PDEBUG"))) System.err.println("DBG " + c);
        List<Resolver.Cluster> clusters = new Resolver(gazetteer).resolve(all, GenderEvidence.of(all, annotations),
                GenderEvidence.relatives(all, annotations), statedNames(all, textsById));
        List<List<DescriptionFinder.Description>> descriptions = descriptions(corpus, clusters);
        List<Entity> entities = new ArrayList<>();
        Set<String> editions = editions(clusters);
        // Surnames used bare ("Lange") by a person's cluster: another cluster's "Ms Lange" does not take that alias.
        Map<String, Integer> bareOwners = new HashMap<>();
        for (Resolver.Cluster cl : clusters) {
            if (cl.family() != Resolver.Family.PERSON) continue;
            Set<String> bare = new java.util.HashSet<>();
            for (Candidate c : cl.members()) {
                if (usedBare(c)) bare.add(Names.fold(c.name()));
            }
            for (String b : bare) bareOwners.merge(b, 1, Integer::sum);
        }
        for (int k = 0; k < clusters.size(); k++) {
            if (isNamedEvent(clusters.get(k))) continue;
            Set<String> bareElsewhere = new java.util.HashSet<>(bareOwners.keySet());
            for (Candidate c : clusters.get(k).members()) {
                if (usedBare(c)) bareElsewhere.remove(Names.fold(c.name()));
            }
            Entity e = entity(clusters.get(k), descriptions.get(k), bareElsewhere, textsById, editions);
            if (e != null) entities.add(e);
        }
        entities.addAll(events(corpus, clusters));
        return withPronouns(corpus, withIds(entities));
    }

    /** Adds the pronouns that refer to each person, document by document. */
    private static List<Entity> withPronouns(Corpus corpus, List<Entity> entities) {
        List<Entity> people = entities.stream().filter(e -> e.type().equals("PERSON")).toList();
        Map<String, List<EntityMention>> extra = new HashMap<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            PronounLinker.link(d.id(), d.text(), at, people).forEach((id, ms) -> extra.computeIfAbsent(id, k -> new ArrayList<>()).addAll(ms));
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<EntityMention> add = extra.get(e.id());
            if (add == null) {
                out.add(e);
                continue;
            }
            List<EntityMention> all = new ArrayList<>(e.mentions());
            all.addAll(add);
            all.sort(null);
            out.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), e.descriptions(), e.roles(), all, e.confidence(), e.wikidata()));
        }
        return out;
    }

    /** A cluster of names the tagger or the chunker marked as an event ("African Development Conference"). */
    private static boolean isNamedEvent(Resolver.Cluster cl) {
        if (cl.entry() != null || cl.family() == Resolver.Family.PERSON) return false;
        long events = cl.members().stream().filter(c -> "EVENT".equals(c.ner())).count();
        return events * 2 > cl.members().size();
    }

    /** Event entities found next to the resolved names of organisers and places. */
    private List<Entity> events(Corpus corpus, List<Resolver.Cluster> clusters) {
        EventFinder finder = new EventFinder(gazetteer);
        Map<String, List<EventFinder.NamedSpan>> spans = new HashMap<>();
        List<String> clusterNames = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            Resolver.Cluster cl = clusters.get(k);
            clusterNames.add(cl.entry() != null ? cl.entry().name() : cl.members().get(0).name());
            for (Candidate c : cl.members()) {
                // A place the gazetteer does not know stands for itself: "Busan" and "Gdańsk" are still two places.
                String country = cl.family() == Resolver.Family.PLACE
                        ? java.util.Objects.requireNonNullElse(finder.countryOf(c.name(), cl.entry()), clusterNames.get(k)) : null;
                if (c.metonymOf() != null) continue;
                spans.computeIfAbsent(c.doc(), x -> new ArrayList<>()).add(new EventFinder.NamedSpan(
                        c.firstToken(), c.endToken(), k, c.name(), cl.family(), country));
            }
        }
        List<EventFinder.EventRef> refs = new ArrayList<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            List<EventFinder.NamedSpan> inDoc = spans.getOrDefault(d.id(), List.of());
            refs.addAll(finder.find(d.id(), d.text(), at, inDoc));
            for (int k = 0; k < clusters.size(); k++) {
                if (!isNamedEvent(clusters.get(k))) continue;
                List<int[]> tokens = new ArrayList<>();
                for (Candidate c : clusters.get(k).members()) if (c.doc().equals(d.id())) tokens.add(new int[] {c.firstToken(), c.endToken()});
                if (tokens.isEmpty()) continue;
                String name = canonicalName(clusters.get(k), clusters.get(k).members());
                List<String> words = Names.words(name);
                refs.addAll(finder.namedRefs(d.id(), d.text(), at, inDoc, k, name, words.get(words.size() - 1), tokens));
            }
        }
        List<Entity> out = new ArrayList<>();
        for (List<EventFinder.EventRef> group : EventFinder.group(refs)) {
            Map<String, Integer> organizers = new TreeMap<>();
            Map<String, Integer> places = new TreeMap<>();
            Set<String> aliases = new TreeSet<>();
            Set<String> descs = new LinkedHashSet<>();
            List<EntityMention> mentions = new ArrayList<>();
            for (EventFinder.EventRef r : group) {
                if (r.organizerName() != null) organizers.merge(r.organizerName(), 1, Integer::sum);
                if (r.placeName() != null) places.merge(r.placeName(), 1, Integer::sum);
                EntityMention.Kind kind = r.definiteOnly() ? EntityMention.Kind.description : EntityMention.Kind.name;
                if (r.definiteOnly()) descs.add(r.text());
                else aliases.add(r.text());
                mentions.add(new EntityMention(r.doc(), r.start(), r.end(), r.text(), kind));
            }
            if (aliases.isEmpty()) continue;
            String noun = group.get(0).noun();
            String organizer = mostFrequentShortest(organizers);
            String place = mostFrequentShortest(places);
            boolean named = organizer != null && Names.words(organizer).contains(noun);
            String name = named ? organizer + (place == null ? "" : " in " + place)
                    : (organizer == null ? "" : organizer + " ") + noun + (place == null ? "" : " in " + place);
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            mentions = new ArrayList<>(new TreeSet<>(mentions));
            out.add(new Entity("", name, "EVENT", List.copyOf(aliases), List.copyOf(descs), List.of(), mentions,
                    place == null ? 0.7 : 0.9, null));
        }
        return out;
    }

    private static String mostFrequentShortest(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private List<List<DescriptionFinder.Description>> descriptions(Corpus corpus, List<Resolver.Cluster> clusters) {
        Map<String, List<DescriptionFinder.Anchor>> anchors = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        Set<Integer> kingdoms = new java.util.HashSet<>();
        for (int k = 0; k < clusters.size(); k++) {
            Resolver.Cluster cl = clusters.get(k);
            if (cl.entry() != null && "country".equals(cl.entry().kind())) {
                countries.put(cl.entry().name(), k);
                // A monarchy: its formal name or its name says "Kingdom" ("Kingdom of Ruritania").
                if ((cl.entry().name() + "|" + String.join("|", cl.entry().aliases())).contains("Kingdom")) kingdoms.add(k);
            }
        }
        for (int k = 0; k < clusters.size(); k++) {
            Resolver.Cluster cl = clusters.get(k);
            String kind = cl.entry() != null ? cl.entry().kind() : bodyKind(cl);
            for (Candidate c : cl.members()) {
                if (c.metonymOf() != null || cl.family() == Resolver.Family.PERSON) continue;
                if (cl.family() == Resolver.Family.NORP) {
                    // "Saudi officials say the kingdom ...": a demonym brings its country into the article.
                    var country = gazetteer.demonymOf(c.name()).map(e -> countries.get(e.name()));
                    if (country.isPresent()) {
                        anchors.computeIfAbsent(c.doc(), x -> new ArrayList<>())
                                .add(new DescriptionFinder.Anchor(c.start(), country.get(), "country", c.name(), null));
                    }
                    continue;
                }
                anchors.computeIfAbsent(c.doc(), x -> new ArrayList<>()).add(new DescriptionFinder.Anchor(c.start(), k,
                        kind == null ? "" : kind, c.name(), DescriptionFinder.headWord(c.name()), cl.entry() != null, c.end()));
            }
        }
        List<DescriptionFinder.Holder> holders = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            Resolver.Cluster cl = clusters.get(k);
            if (cl.family() != Resolver.Family.PERSON) continue;
            List<Set<String>> roles = new ArrayList<>();
            Set<String> docs = new java.util.HashSet<>();
            Map<String, List<Integer>> starts = new HashMap<>();
            Map<String, List<DescriptionFinder.StatedRole>> rolesIn = new TreeMap<>();
            for (Candidate c : cl.members()) {
                docs.add(c.doc());
                starts.computeIfAbsent(c.doc(), x -> new ArrayList<>()).add(c.start());
                List<DescriptionFinder.StatedRole> here = rolesIn.computeIfAbsent(c.doc(), x -> new ArrayList<>());
                if (c.role() != null) here.add(new DescriptionFinder.StatedRole(c.start(), DescriptionFinder.roleStems(DescriptionFinder.ownRole(c.role()))));
                if (c.title() != null) here.add(new DescriptionFinder.StatedRole(c.start(), DescriptionFinder.roleStems(c.title())));
            }
            rolesIn.values().forEach(l -> l.forEach(r -> roles.add(r.stems())));
            if (!roles.isEmpty()) holders.add(new DescriptionFinder.Holder(k, roles, docs, starts, Undergone.verbs(cl.members(), corpus), rolesIn));
        }
        List<List<DescriptionFinder.Description>> out = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) out.add(new ArrayList<>());
        DescriptionFinder finder = new DescriptionFinder(gazetteer);
        anchors.values().forEach(l -> l.sort(Comparator.comparingInt(DescriptionFinder.Anchor::start)));
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            List<DescriptionFinder.Anchor> as = anchors.getOrDefault(d.id(), List.of());
            // A description set before the name it describes says itself what it describes.
            Set<Integer> preposed = new java.util.HashSet<>();
            for (DescriptionFinder.Description desc : DescriptionFinder.preposed(d.id(), d.text(), at.tokens(), as)) {
                out.get(desc.cluster()).add(desc);
                preposed.add(desc.start());
            }
            for (DescriptionFinder.Description desc : finder.find(d.id(), d.text(), at, as, countries, kingdoms)) {
                if (!preposed.contains(desc.start())) out.get(desc.cluster()).add(desc);
            }
        }
        // What each body is called and described as: "the spokesman of the Council" meets "the junta's spokesman".
        Map<Integer, Set<String>> bodyWords = new HashMap<>();
        Map<Integer, List<Set<String>>> bodyNames = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            Resolver.Cluster cl = clusters.get(k);
            if (cl.family() == Resolver.Family.PERSON) continue;
            Set<String> words = new java.util.HashSet<>();
            for (Candidate c : cl.members()) words.addAll(DescriptionFinder.roleStems(c.name()));
            for (DescriptionFinder.Description d : out.get(k)) words.addAll(DescriptionFinder.roleStems(d.text()));
            bodyWords.put(k, words);
            List<Set<String>> names = new ArrayList<>();
            for (Candidate c : cl.members()) {
                Set<String> n = DescriptionFinder.roleStems(c.name());
                if (!n.isEmpty() && !names.contains(n)) names.add(n);
            }
            // Only organisations: "the German chancellor" names a country, which the leader nouns read.
            if (cl.family() == Resolver.Family.ORG) bodyNames.put(k, names);
        }
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            for (DescriptionFinder.Description desc : finder.findRoles(d.id(), d.text(), at, holders,
                    anchors.getOrDefault(d.id(), List.of()), bodyWords, bodyNames)) {
                out.get(desc.cluster()).add(desc);
            }
        }
        Map<String, Document> docsById = new HashMap<>();
        for (Document d : corpus.documents()) docsById.put(d.id(), d);
        // People: descriptions set before their names, and ages ("the 67-year-old") bound to whom the texts give them.
        Map<String, List<PersonDescriptions.Span>> personSpans = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            if (clusters.get(k).family() != Resolver.Family.PERSON) continue;
            for (Candidate c : clusters.get(k).members()) {
                AnnotatedText at = corpus.annotation(c.doc());
                if (c.metonymOf() != null || at == null || c.endToken() > at.tokens().size() || c.firstToken() >= c.endToken()) continue;
                var head = at.tokens().get(c.endToken() - 1);
                // "her deputy, Tor Berg, has become ...": a name in apposition to a subject is one too.
                boolean subject = head.deprel() != null && (head.deprel().startsWith("nsubj") || head.deprel().equals("appos")
                        && head.head() >= 0 && at.tokens().get(head.head()).deprel() != null
                        && at.tokens().get(head.head()).deprel().startsWith("nsubj"))
                        || opensSentence(at.tokens(), c.firstToken(), c.endToken());
                personSpans.computeIfAbsent(c.doc(), x -> new ArrayList<>()).add(new PersonDescriptions.Span(k, c.firstToken(),
                        c.endToken(), c.start(), head.sentence(), subject));
            }
        }
        personSpans.values().forEach(l -> l.sort(Comparator.comparingInt(PersonDescriptions.Span::start)));
        Map<Integer, Set<Integer>> ages = new TreeMap<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at != null) PersonDescriptions.ages(d.text(), at, personSpans.getOrDefault(d.id(), List.of()), ages);
        }
        Map<String, Set<Integer>> bound = new TreeMap<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            for (var desc : PersonDescriptions.find(d.id(), d.text(), at, personSpans.getOrDefault(d.id(), List.of()), ages, Map.of(), true)) {
                bound.computeIfAbsent(desc.text().toLowerCase(Locale.ROOT), x -> new TreeSet<>()).add(desc.cluster());
                bound.computeIfAbsent(d.id() + "\t" + desc.text().toLowerCase(Locale.ROOT), x -> new TreeSet<>()).add(desc.cluster());
            }
        }
        // The role stems of the people each article names: a role no one there holds may be said of its speaker.
        Map<String, Set<String>> held = new HashMap<>();
        for (DescriptionFinder.Holder h : holders) {
            for (String doc : h.docs()) for (Set<String> r : h.roles()) held.computeIfAbsent(doc, x -> new java.util.HashSet<>()).addAll(r);
        }
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            List<PersonDescriptions.Span> spans = personSpans.getOrDefault(d.id(), List.of());
            for (DescriptionFinder.Description desc : PersonDescriptions.find(d.id(), d.text(), at, spans, ages, bound, false,
                    stems -> holders.stream().anyMatch(h -> h.roles().stream().anyMatch(r -> r.containsAll(stems))))) {
                out.get(desc.cluster()).add(desc);
            }
            for (DescriptionFinder.Description desc : PersonDescriptions.speakers(d.id(), d.text(), at, spans,
                    held.getOrDefault(d.id(), Set.of()))) {
                out.get(desc.cluster()).add(desc);
            }
        }
        for (int k = 0; k < clusters.size(); k++) {
            if (clusters.get(k).family() == Resolver.Family.NORP) continue;
            for (Candidate c : clusters.get(k).members()) {
                AnnotatedText at = corpus.annotation(c.doc());
                if (c.metonymOf() != null || at == null) continue;
                // A person's indefinite apposition ("Ana Ruiz, a lawyer,") is a role, which the roles read.
                var desc = DescriptionFinder.apposition(c.doc(), docsById.get(c.doc()).text(), at.tokens(), c.endToken(), k,
                        clusters.get(k).family() != Resolver.Family.PERSON);
                if (desc == null) continue;
                out.get(k).add(desc);
                // "Scott, the 39-year-old mayor,": the age alone describes the person too.
                var shortForm = clusters.get(k).family() == Resolver.Family.PERSON ? PersonDescriptions.shortAge(desc) : null;
                if (shortForm != null) out.get(k).add(shortForm);
            }
        }
        return out;
    }

    /**
     * Whether a name opens its sentence and is no possessor ("Ana Lim, who ..., declared"): its subject, even where
     * the parser lost the clause.
     */
    private static boolean opensSentence(List<dev.parallax.corpus.Token> toks, int first, int end) {
        if (first > 0 && toks.get(first - 1).sentence() == toks.get(first).sentence()) return false;
        return end >= toks.size() || !"POS".equals(toks.get(end).pos()) && toks.get(end).sentence() == toks.get(first).sentence();
    }

    /**
     * The title before a name as the text writes it: "Acting President" when a capitalised modifier of the role
     * ("Acting", "Deputy", "Vice") stands before the title word, else the title word alone.
     */
    static String titleAsWritten(Candidate c) {
        String title = c.title(), role = c.role();
        if (role == null || !role.endsWith(" " + title)) return title;
        List<String> words = List.of(role.substring(0, role.length() - title.length()).strip().split("\\s+"));
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !NameWords.ROLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) return title;
        }
        return role;
    }

    /**
     * The kind of body an organisation the gazetteer lacks is, by the last word of its names ("community" for the
     * Economic Community of ..., also for its acronym): what "the bloc" or "the junta" can describe; null if none.
     */
    private static String bodyKind(Resolver.Cluster cl) {
        if (cl.family() != Resolver.Family.ORG) return null;
        Map<String, Integer> heads = new TreeMap<>();
        for (Candidate c : cl.members()) {
            // "the BRICS group" is BRICS named with a generic word, not a body of its own kind.
            if (Names.words(c.name()).size() < 3) continue;
            String h = DescriptionFinder.headWord(c.name());
            if (h != null && DescriptionFinder.BODY_KINDS.contains(h)) heads.merge(h, 1, Integer::sum);
            // "the agency" of the National Transportation Safety Board: a public body named by its office.
            else if (h != null && DescriptionFinder.AGENCY_NAME_HEADS.contains(h)) heads.merge("agency", 1, Integer::sum);
        }
        return heads.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<Entity> withIds(List<Entity> entities) {
        entities.sort(Comparator.comparingLong(Entity::documentCount).reversed()
                .thenComparing(Comparator.comparingLong(Entity::nameMentionCount).reversed())
                .thenComparing(Entity::name).thenComparing(Entity::type));
        Map<String, Integer> used = new HashMap<>();
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            String base = e.type().toLowerCase(Locale.ROOT) + ":" + slug(e.name());
            int n = used.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            out.add(new Entity(id, e.name(), e.type(), e.aliases(), e.descriptions(), e.roles(), e.mentions(),
                    e.confidence(), e.wikidata()));
        }
        return out;
    }

    /**
     * "the Ruritanian leader Anna Vell", "The president of Ruritania, Anna Vell": a role stated before the name with
     * a definite article is also a description of the person, article included; null otherwise.
     */
    static String definiteRole(String text, Candidate c) {
        if (text == null || c.role() == null) return null;
        int at = text.lastIndexOf(c.role(), c.start());
        // A title may stand between the role and the name: "the coup leader, Gen. Ana Vell".
        int gap = 2 + (c.title() == null ? 0 : c.title().length() + 1);
        if (at < 4 || c.start() - (at + c.role().length()) > gap) return null;
        String before = text.substring(at - 4, at);
        if (!before.equalsIgnoreCase("the ")) return null;
        return text.substring(at - 4, at + c.role().length());
    }

    /**
     * A one-word name the text uses alone ("Chan said"), not only after a courtesy title or a job title ("Ms Chan",
     * "Justice Chan"), whose bare surname may belong to someone else.
     */
    private static boolean usedBare(Candidate c) {
        return c.wordCount() == 1 && c.title() == null && (c.honorific() == null || c.text().equals(c.name()));
    }

    private Entity entity(Resolver.Cluster cl, List<DescriptionFinder.Description> descs, Set<String> bareElsewhere,
                          Map<String, String> texts, Set<String> editions) {
        List<Candidate> named = cl.members().stream().filter(c -> c.metonymOf() == null).toList();
        List<Candidate> metonyms = cl.members().stream().filter(c -> c.metonymOf() != null).toList();
        if (named.isEmpty() && cl.entry() == null) return null;
        String name = canonicalName(cl, named);
        String type = type(cl, named, editions);
        Set<String> aliases = new TreeSet<>();
        Set<String> titledOnly = new TreeSet<>();
        for (Candidate c : named) {
            // "Ms Lange" names its person by that form: a bare surname is an alias only where the text uses it.
            boolean titled = c.honorific() != null && !c.text().equals(c.name());
            if (titled) aliases.add(c.text());
            // "Justice Chan" likewise: a job title before a surname alone keeps the bare surname to the rule below.
            if (!titled && c.title() == null || c.wordCount() >= 2) aliases.add(c.name());
            else titledOnly.add(c.name());
            if (c.title() != null && c.wordCount() == 1) aliases.add(titleAsWritten(c) + " " + c.name());
            if (SlavicCaseEndings.inflected(c)) aliases.add(c.text());
        }
        titledOnly.removeAll(aliases);
        if (cl.family() == Resolver.Family.PERSON) {
            // The bare surname of "Mr Hale" is an alias too, unless the text uses it bare for someone else.
            for (String t : titledOnly) if (!bareElsewhere.contains(Names.fold(t))) aliases.add(t);
        } else {
            aliases.addAll(titledOnly);
        }
        Set<String> descriptionTexts = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        for (Candidate c : sorted(cl.members())) {
            if (c.metonymOf() != null) descriptionTexts.add(c.name());
            if (c.role() != null) roles.add(c.role());
            // "the coup leader, Gen. Ana Vell": the rank is a role as well as the role around it.
            if (c.role() != null && c.title() != null && !c.role().toLowerCase(Locale.ROOT).contains(c.title().toLowerCase(Locale.ROOT))
                    && !Names.isHonorific(c.title())) {
                roles.add(c.title());
            }
            String definite = cl.family() == Resolver.Family.PERSON ? definiteRole(texts.get(c.doc()), c) : null;
            if (definite != null) descriptionTexts.add(definite);
        }
        for (DescriptionFinder.Description d : descs) descriptionTexts.add(d.text());
        descriptionTexts.addAll(roles);
        if (cl.family() == Resolver.Family.PERSON) {
            // "said Lind, the 44-year-old mayor.": "the 44-year-old" alone describes her as well.
            for (String d : List.copyOf(descriptionTexts)) {
                String shortForm = PersonDescriptions.shortAgeText(d);
                if (shortForm != null) descriptionTexts.add(shortForm);
            }
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (Candidate c : cl.members()) {
            mentions.add(new EntityMention(c.doc(), c.start(), c.end(), c.text(),
                    c.metonymOf() != null ? EntityMention.Kind.description : EntityMention.Kind.name));
        }
        for (DescriptionFinder.Description d : descs) {
            mentions.add(new EntityMention(d.doc(), d.start(), d.end(), d.text(), EntityMention.Kind.description));
        }
        mentions = new ArrayList<>(new TreeSet<>(mentions));
        double confidence = Math.round(cl.confidence() * 100) / 100.0;
        return new Entity("", name, type, List.copyOf(aliases), List.copyOf(descriptionTexts), List.copyOf(roles),
                mentions, confidence, cl.entry() == null ? null : cl.entry().wikidata());
    }

    private static List<Candidate> sorted(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        out.sort(Resolver.byPosition());
        return out;
    }

    /** The fullest correct form: the gazetteer name, else the most frequent spelling of the most frequent key. */
    private static String canonicalName(Resolver.Cluster cl, List<Candidate> named) {
        if (cl.entry() != null) return cl.entry().name();
        boolean person = cl.family() == Resolver.Family.PERSON;
        if (cl.family() == Resolver.Family.PLACE) named = withoutDivisionWords(named);
        Map<String, Integer> keyCount = new TreeMap<>();
        Map<String, Map<String, Integer>> forms = new TreeMap<>();
        int maxWords = named.stream().mapToInt(Candidate::wordCount).max().orElse(1);
        for (Candidate c : named) {
            boolean acronym = c.wordCount() == 1 && Names.isAcronym(c.name()) && maxWords > 1;
            if (acronym || (maxWords > 1 && c.wordCount() == 1)) continue;
            String key = person ? Resolver.personKey(c.name()) : Resolver.nameKey(c.name());
            keyCount.merge(key, 1, Integer::sum);
            forms.computeIfAbsent(key, x -> new TreeMap<>()).merge(Names.stripPossessive(c.name()), 1, Integer::sum);
        }
        if (keyCount.isEmpty()) return named.get(0).name();
        String bestKey = keyCount.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        return forms.get(bestKey).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().startsWith("the ") ? 0 : 1)
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    /**
     * "Ishikawa Prefecture" and "Ishikawa" in one cluster: the place is called by its bare name, so the names with a
     * division word count as the bare name when the cluster has it.
     */
    private static List<Candidate> withoutDivisionWords(List<Candidate> named) {
        Set<String> bare = new TreeSet<>();
        for (Candidate c : named) if (AdministrativeSuffixes.stem(c.name()) == null) bare.add(PlaceSpellings.placeFold(c.name()));
        List<Candidate> out = new ArrayList<>(named.size());
        for (Candidate c : named) {
            String stem = AdministrativeSuffixes.division(c.name()) ? AdministrativeSuffixes.stem(c.name()) : null;
            boolean known = stem != null && bare.contains(PlaceSpellings.placeFold(stem));
            out.add(known ? c.withName(stem) : c);
        }
        return out;
    }

    /**
     * A name the corpus's own page furniture gives as an article's publisher ("© Sahel Courier 2023") is a news
     * outlet wherever the text names it ("joined by Sahel Courier"), though the tagger takes it for a person.
     */
    static List<Candidate> ownOutlets(List<Candidate> all, List<Document> documents) {
        Set<String> outlets = new TreeSet<>(), shortNames = new TreeSet<>();
        for (Document d : documents) {
            String name = dev.parallax.compare.Outlets.ownName(d);
            // A byline's "our correspondent at Colombo" may come first: the copyright line names the outlet for sure.
            for (var r : d.removed()) {
                String copyright = r.reason().equals("copyright") ? dev.parallax.compare.Outlets.fromFurniture(r.text()) : null;
                if (copyright != null && (name == null || Names.words(name).size() < 2)) name = copyright;
            }
            // One word says too little: "© Reuters" is in the gazetteer anyway, "© Smith" may be a photographer.
            if (name == null || Names.words(name).size() < 2) continue;
            outlets.add(Resolver.nameKey(name));
            // "L'Écho" in the article of "© L'Écho de l'Océan Indien": the outlet's name cut before its place.
            String[] w = name.strip().split("\\s+");
            for (int k = 1; k < w.length; k++) {
                if (!OUTLET_CONNECTIVES.contains(w[k].toLowerCase(java.util.Locale.ROOT))) continue;
                shortNames.add(d.id() + "|" + Resolver.nameKey(String.join(" ", java.util.Arrays.copyOfRange(w, 0, k))));
                break;
            }
        }
        if (outlets.isEmpty()) return all;
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            boolean outlet = c.longForm() == null && c.metonymOf() == null && c.honorific() == null && c.title() == null
                    && (outlets.contains(Resolver.nameKey(c.name())) || shortNames.contains(c.doc() + "|" + Resolver.nameKey(c.name())));
            out.add(outlet ? c.withNer("MEDIA") : c);
        }
        return out;
    }

    /** Words that join an outlet's name to the place it serves ("L'Écho de l'Océan Indien", "The Voice of the Coast"). */
    private static final Set<String> OUTLET_CONNECTIVES = Set.of("de", "du", "des", "of", "for", "del", "di", "da");

    /** Heads of names that may be a standing body as well as a meeting ("Policy Forum", "Security Conference"). */
    private static final Set<String> BODY_OR_MEETING_HEADS = Set.of("forum", "dialogue", "congress", "conference");

    /**
     * "a senior fellow at the Abuja Policy Forum": a name a person's role ties the person to is a body the person
     * belongs to, not a meeting, when its head word can name either; its other mentions in the article follow.
     */
    static List<Candidate> affiliatedBodies(List<Candidate> all) {
        Set<String> affiliated = new TreeSet<>();
        for (Candidate c : all) {
            if (!c.isPerson()) continue;
            for (String a : c.affiliations()) affiliated.add(c.doc() + "|" + Resolver.nameKey(a));
        }
        if (affiliated.isEmpty()) return all;
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            // "a fellow at the Bay of Bengal Strategy Forum": a place's name inside it misleads the tagger too.
            boolean mislabelled = "EVENT".equals(c.ner()) || "LOCATION".equals(c.ner()) && c.wordCount() >= 3;
            boolean body = mislabelled && BODY_OR_MEETING_HEADS.contains(lastWord(c.name()))
                    && affiliated.contains(c.doc() + "|" + Resolver.nameKey(c.name()));
            out.add(body ? c.withNer("ORGANIZATION") : c);
        }
        return out;
    }

    private static String type(Resolver.Cluster cl, List<Candidate> named, Set<String> editions) {
        Gazetteer.Entry e = cl.entry();
        if (e != null) return e.type();
        if (cl.family() == Resolver.Family.PERSON) return "PERSON";
        Map<String, Integer> votes = new TreeMap<>();
        for (Candidate c : named) {
            String t = switch (c.ner()) {
                case "ORGANIZATION", "ORG" -> "ORG";
                case "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE" -> "GPE";
                case "LOCATION" -> "LOC";
                case "NATIONALITY", "RELIGION", "IDEOLOGY" -> "NORP";
                case "EVENT", "PROGRAM", "MEDIA", "MISC" -> c.ner();
                default -> null;
            };
            // "Mie Prefecture", "Shika Town" tagged a location: a name with a division word names a political unit.
            if (cl.family() == Resolver.Family.PLACE && AdministrativeSuffixes.division(c.name())) t = "GPE";
            // Only labels that fit the family the resolver settled on vote: a place tagged PERSON once is still a place.
            if (t != null && fits(t, cl.family())) votes.merge(t, 1, Integer::sum);
        }
        String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(switch (cl.family()) {
                    // A square or a park is a location, not a political unit.
                    case PLACE -> named.stream().anyMatch(c -> PlaceFeatures.openSpace(c.name())) ? "LOC" : "GPE";
                    case ORG -> "ORG";
                    case NORP -> "NORP";
                    default -> "MISC";
                });
        // "The Harbour Sentinel" tagged an organisation or some other name: its last word makes it a news outlet.
        if ((best.equals("ORG") || best.equals("MISC")) && named.stream().anyMatch(c -> OUTLET_NAME.matcher(c.name()).matches())) {
            return "MEDIA";
        }
        if (best.equals("MISC")) {
            String head = lastWord(named.get(0).name());
            if (NameWords.EVENT_HEADS.contains(head)) return "EVENT";
            if (NameWords.PROGRAM_HEADS.contains(head)) best = "PROGRAM";
        }
        return byHead(best, named, editions);
    }

    /** Heads that make a name a document rather than a programme: treaties and declarations are things (MISC). */
    private static final Set<String> DOCUMENT_HEADS = Set.of("treaty", "convention", "agreement", "accord", "pact",
            "declaration", "communique", "communiqué", "charter", "protocol", "statute");
    /** Heads of names that are only ever events ("Paris Motor Show"), whatever the tagger called them. */
    private static final Set<String> EVENT_ONLY_HEADS = Set.of("summit", "show", "fair", "exhibition", "expo",
            "festival", "games", "olympics");
    /** Heads of buildings and sites: places (LOC), not organisations. */
    private static final Set<String> FACILITY_HEADS = Set.of("buildings", "building", "palace", "stadium", "airport",
            "square", "temple", "mosque", "cathedral", "memorial", "arena");
    private static final Set<String> VENUE_WORDS = Set.of("convention", "conference", "exhibition", "congress", "trade");

    /**
     * The type the head word of the name asks for, over the tagger's vote: documents are MISC, events EVENT,
     * buildings and venues ("Harbour Convention Centre") LOC, and a numbered name of which the corpus has other
     * numbers ("ZEF11", "ZEF12") is an edition of an event series.
     */
    private static String byHead(String best, List<Candidate> named, Set<String> editions) {
        if (named.isEmpty()) return best;
        String name = named.get(0).name();
        List<String> words = Names.words(name);
        String head = DescriptionFinder.headWord(name);
        if (best.equals("PROGRAM") && head != null && DOCUMENT_HEADS.contains(head)) return "MISC";
        if ((best.equals("ORG") || best.equals("MISC")) && head != null && EVENT_ONLY_HEADS.contains(head)) return "EVENT";
        int at = head == null ? -1 : words.indexOf(head);
        boolean venue = (head != null && (head.equals("centre") || head.equals("center"))) && at > 0
                && VENUE_WORDS.contains(words.get(at - 1));
        if ((best.equals("ORG") || best.equals("MISC") || best.equals("GPE")) && head != null
                && (FACILITY_HEADS.contains(head) || venue)) {
            return "LOC";
        }
        var m = EDITION.matcher(name.strip());
        if ((best.equals("ORG") || best.equals("MISC")) && m.matches() && editions.contains(m.group(1))) return "EVENT";
        return best;
    }

    private static final Pattern EDITION = Pattern.compile("([A-Z]{2,})-?(\\d{1,3})");

    /** Letter prefixes of numbered names the corpus uses with two numbers or more, outside the gazetteer. */
    private Set<String> editions(List<Resolver.Cluster> clusters) {
        Map<String, Set<String>> numbers = new HashMap<>();
        for (Resolver.Cluster cl : clusters) {
            if (cl.entry() != null) continue;
            for (Candidate c : cl.members()) {
                var m = EDITION.matcher(c.name().strip());
                if (m.matches()) numbers.computeIfAbsent(m.group(1), k -> new java.util.HashSet<>()).add(m.group(2));
            }
        }
        Set<String> out = new java.util.HashSet<>();
        numbers.forEach((p, ns) -> {
            if (ns.size() >= 2) out.add(p);
        });
        return out;
    }

    private static boolean fits(String type, Resolver.Family family) {
        return switch (family) {
            case PLACE -> type.equals("GPE") || type.equals("LOC");
            case ORG -> type.equals("ORG") || type.equals("MEDIA");
            case NORP -> type.equals("NORP");
            default -> true;
        };
    }

    private static String lastWord(String s) {
        List<String> w = Names.words(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    static String slug(String name) {
        String f = Names.fold(name).replace(' ', '-');
        return f.isEmpty() ? "x" : f;
    }

    /** Which entity each (document, start offset) of a mention belongs to: for later stages' lookups. */
    public static Map<String, Map<Integer, String>> mentionIndex(List<Entity> entities) {
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) out.computeIfAbsent(m.doc(), k -> new TreeMap<>()).put(m.start(), e.id());
        }
        return out;
    }
}
