package dev.parallax.compare;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Token;
import dev.parallax.text.SentenceEmbeddings;
import dev.parallax.text.SentenceVectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds checkable statements in every article and clusters them across sources by meaning: TF-IDF similarity of
 * the sentences (with names replaced by resolved entity ids, so spelling variants agree) combined with the overlap
 * of the specific entities they involve. Each cluster is a claim with the sources that assert it, those that cover
 * the story but leave it out, and those whose version disagrees on a number, a date or the polarity.
 */
public final class ClaimFinder {

    static final double MIN_SIMILARITY = 0.2;
    /** How close on average the members of two groups must be to merge into one claim. */
    static final double COHESION = 0.3;
    /** Wording alone this close (cosine over lemmas, names aside) relates two sentences that name no rival participants. */
    private static final double WORDING = 1.0 / 3;
    private static final int FAR_APART_DAYS = 180;
    /** Sentences naming no participant are one fact only when this close in meaning. */
    static final double ANONYMOUS_MEANING = 0.7;
    /** How close in meaning, on average and to each member, a statement must be to join a claim it was left out of. */
    static final double ATTACH = 0.5;
    static final double ATTACH_MIN = 0.4;
    /** The median closeness of two sentences of different sources in the stories the thresholds were set on. */
    private static final double TYPICAL_BASELINE = 0.15;
    /** Sentence embeddings this close tell one fact when the two sentences share a participant. */
    static final double MEANING = 0.5;
    /** Below this closeness, sentences sharing a participant are one fact only if they give the same figures, or one none. */
    private static final double SURE_MEANING = 0.55;
    /** Sentence embeddings this close, with this much wording shared, tell one fact whoever they name. */
    static final double RETOLD = 0.55;
    private static final double RETOLD_WORDING = 0.15;
    /** A link by meaning alone ranks below one by shared words and participants of the same strength. */
    private static final double MEANING_DISCOUNT = 0.3;
    private static final Set<String> CLAIM_TYPES = Set.of("PERSON", "ORG", "GPE", "LOC", "EVENT", "PROGRAM", "MEDIA", "MISC");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");

    /** A sentence that states something checkable. */
    public record Statement(String doc, int start, int end, String text, SentenceVectors.Vector vector, Set<String> entities,
                     Set<String> events, Map<String, String> numbers, Set<String> dates, boolean negated, boolean mixed, long order,
                     LocalDate published, Set<Frames.Frame> frames, boolean quoted, Set<Long> phrases,
                     List<Quantities.Quantity> quantities, Set<String> figures, float[] meaning,
                     Set<String> stages, Set<String> predicate, Set<String> when, boolean stageUnsaid, LocalDate written,
                     boolean running, Map<String, String> dateVerbs, Set<String> tellers, Set<String> rules) {
        /** A statement given on no one's account, all of whose figures are values found. */
        public Statement(String doc, int start, int end, String text, SentenceVectors.Vector vector, Set<String> entities,
                         Set<String> events, Map<String, String> numbers, Set<String> dates, boolean negated, boolean mixed, long order,
                         LocalDate published, Set<Frames.Frame> frames, boolean quoted, Set<Long> phrases,
                         List<Quantities.Quantity> quantities, Set<String> figures, float[] meaning,
                         Set<String> stages, Set<String> predicate, Set<String> when, boolean stageUnsaid, LocalDate written,
                         boolean running, Map<String, String> dateVerbs) {
            this(doc, start, end, text, vector, entities, events, numbers, dates, negated, mixed, order, published, frames, quoted,
                    phrases, quantities, figures, meaning, stages, predicate, when, stageUnsaid, written, running, dateVerbs, Set.of(), Set.of());
        }

        Evidence evidence() {
            return new Evidence(doc, start, end);
        }
    }

    private ClaimFinder() {}

    /** Statements told alike by several sources; {@code fact} names the one figure they share, null for whole sentences. */
    private record Cluster(List<Statement> members, Quantities.Quantity fact) {}

    static List<Claim> find(Corpus corpus, MentionIndex index, dev.parallax.resolve.Gazetteer gazetteer) {
        Set<String> ubiquitous = ubiquitous(corpus, index);
        List<Statement> statements = statements(corpus, index, ubiquitous, seats(corpus, index, gazetteer),
                demonyms(corpus, gazetteer));
        List<Cluster> clusters = new ArrayList<>();
        Neighbours near = new Neighbours(statements);
        for (List<Statement> c : cluster(statements, ubiquitous, near)) clusters.add(new Cluster(attach(c, statements, near, ubiquitous), null));
        clusters.addAll(factClusters(statements, clusters));
        List<Claim> out = new ArrayList<>();
        List<String> allDocs = corpus.documents().stream().map(Document::id).toList();
        clusters.sort(Comparator.comparingInt((Cluster c) -> -docs(c.members()).size())
                .thenComparingLong(c -> c.members().get(0).order())
                .thenComparing(c -> c.fact() == null ? "" : c.fact().key() + "=" + c.fact().value()));
        int n = 0;
        Set<Evidence> reportedAgainst = new HashSet<>();
        List<List<Statement>> kept = new ArrayList<>();
        for (Cluster cluster : clusters) {
            List<Statement> c = cluster.members();
            // A sentence and a clause of it are two statements: they may pair with the same statements of other
            // sources twice over. The same sources telling the same stretch of text once is one claim.
            if (cluster.fact() == null && kept.stream().anyMatch(k -> sameStretches(k, c))) continue;
            kept.add(c);
            Statement rep = representative(c);
            Set<String> asserting = docs(c);
            List<Claim.Contradiction> contradictions = new ArrayList<>();
            if (cluster.fact() != null) {
                contradictions.addAll(factContradictions(cluster.fact(), c, statements, asserting, ubiquitous));
            } else {
                contradictions.addAll(contradictions(rep, c, ubiquitous));
                // A source may give other figures for the claim's subject in a sentence that clustered elsewhere.
                // That source may also be one that asserts the claim (an article giving both the official and another figure).
                for (Statement other : statements) {
                    if (c.contains(other) || other.doc().equals(rep.doc()) || revised(other) || revised(rep)) continue;
                    // One source's figure, given for a place the other sentence does not name, is that place's
                    // ("65 percent among the voters abroad in Lyon").
                    if (asserting.size() < 2 && !samePlaces(rep, other, ubiquitous)) continue;
                    // A figure for a place no member names ("at least seven died in Ayacucho") is that place's.
                    if (namesAnotherPlace(other, c, ubiquitous)) continue;
                    if (!asserting.contains(other.doc()) && similarity(rep, other, ubiquitous, null) >= MIN_SIMILARITY) {
                        contradictions.addAll(contradictions(rep, List.of(rep, other), ubiquitous));
                    } else if (!figuresOfOtherScope(rep, other) && disagreeOnFigure(rep, other, x -> x.vector().weights().keySet(), ubiquitous)) {
                        contradictions.add(new Claim.Contradiction(other.evidence(), "number", figureDetail(rep, other)));
                    }
                }
                // The figures the whole cluster gives for one entity are facts of their own; a source's other figure
                // for that entity contradicts the cluster as it would contradict that fact.
                for (Quantities.Quantity q : rep.quantities()) {
                    if (q.whole() != null) {
                        for (Claim.Contradiction x : partContradictions(q, c, statements, asserting)) {
                            if (contradictions.stream().noneMatch(y -> y.evidence().equals(x.evidence()))) contradictions.add(x);
                        }
                    }
                    if (q.anchor() == null) continue;
                    for (Claim.Contradiction x : factContradictions(q, c, statements, asserting, ubiquitous)) {
                        if (contradictions.stream().noneMatch(y -> y.evidence().equals(x.evidence()))) contradictions.add(x);
                    }
                }
            }
            // One source's statement that a claim of several sources already reports as contradicting it is the
            // same disagreement seen from the other side: reported once, on the claim more sources make.
            if (asserting.size() < 2 && c.stream().allMatch(m -> reportedAgainst.contains(m.evidence()))) {
                contradictions.clear();
            }
            if (cluster.fact() != null && asserting.size() < 2 && contradictions.isEmpty()) continue;
            for (Claim.Contradiction x : contradictions) reportedAgainst.add(x.evidence());
            Set<String> contradicting = new HashSet<>();
            for (Claim.Contradiction x : contradictions) contradicting.add(x.evidence().doc());
            contradicting.removeAll(asserting);
            // Every article of the corpus covers the story; those that neither state nor contradict a claim omit it.
            List<String> omitted = allDocs.stream().filter(d -> !asserting.contains(d) && !contradicting.contains(d)).toList();
            Set<Evidence> disagreeing = new HashSet<>();
            for (Claim.Contradiction x : contradictions) disagreeing.add(x.evidence());
            List<Evidence> asserted = c.stream().map(Statement::evidence).filter(e -> !disagreeing.contains(e)).distinct().sorted().toList();
            Claim.Status status = !contradictions.isEmpty() ? Claim.Status.contested
                    : asserting.size() > 1 ? Claim.Status.corroborated : Claim.Status.single_source;
            List<String> entities = new ArrayList<>(new TreeSet<>(rep.entities()));
            String fact = cluster.fact() == null ? null : factLabel(corpus, index, rep, cluster.fact());
            out.add(new Claim("c" + (++n), rep.text(), normalized(corpus, index, rep), fact, entities, asserted, omitted,
                    contradictions, status));
        }
        return out;
    }

    /**
     * A source missing from a claim of several sources joins it with its statement closest in meaning to every
     * member, when that statement is close to all of them and shares a participant with each: the sentence may
     * already belong to another claim, since one sentence often tells two facts.
     */
    static List<Statement> attach(List<Statement> members, List<Statement> statements, Neighbours near,
                                          Set<String> ubiquitous) {
        if (docs(members).size() < 2) return members;
        Set<String> present = docs(members);
        Map<String, Statement> best = new java.util.TreeMap<>();
        Map<String, Double> bestScore = new HashMap<>();
        for (Statement s : statements) {
            if (present.contains(s.doc())) continue;
            double min = 1, sum = 0;
            int nearest = 0;
            for (Statement m : members) {
                if (apart(s, m, ubiquitous)) min = -1;
                double close = SentenceEmbeddings.cosine(s.meaning(), m.meaning());
                if (java.util.Collections.disjoint(s.entities(), m.entities()) && close < near.above(ANONYMOUS_MEANING)) close = 0;
                min = Math.min(min, close);
                sum += close;
                if (near.nearestTo(m, s)) nearest++;
            }
            double mean = sum / members.size();
            // The source's closest statement to every member, not merely one close to all: in a story every
            // sentence is somewhat close to every other.
            if (nearest == members.size() && min >= near.above(ATTACH_MIN) && mean >= near.above(ATTACH)
                    && mean > bestScore.getOrDefault(s.doc(), 0.0)) {
                best.put(s.doc(), s);
                bestScore.put(s.doc(), mean);
            }
        }
        if (best.isEmpty()) return members;
        List<Statement> out = new ArrayList<>(members);
        out.addAll(best.values());
        return out;
    }

    /** Whether two groups of statements come from the same documents and overlap in each. */
    private static boolean sameStretches(List<Statement> a, List<Statement> b) {
        if (!docs(a).equals(docs(b))) return false;
        for (Statement x : b) {
            boolean overlaps = false;
            for (Statement y : a) overlaps |= x.doc().equals(y.doc()) && x.start() < y.end() && y.start() < x.end();
            if (!overlaps) return false;
        }
        return true;
    }

    /**
     * Claims of single figures: sentences of several sources that state the same figure for the same entity ("17%
     * for BYD"), whatever else each sentence lists. A figure that belongs to no named entity ("for five years") joins
     * only sentences that also share wording, an entity or another figure. Groups that repeat a sentence cluster
     * exactly add nothing and are dropped.
     */
    private static List<Cluster> factClusters(List<Statement> statements, List<Cluster> sentenceClusters) {
        Map<String, List<Statement>> byFact = new java.util.TreeMap<>();
        Map<String, Quantities.Quantity> sample = new HashMap<>();
        for (Statement s : statements) {
            for (Quantities.Quantity q : s.quantities()) {
                String k = q.key() + "=" + q.value();
                List<Statement> g = byFact.computeIfAbsent(k, x -> new ArrayList<>());
                if (!g.contains(s)) g.add(s);
                sample.putIfAbsent(k, q);
            }
        }
        mergeConversions(statements, byFact);
        Set<Set<Statement>> seen = new HashSet<>();
        for (Cluster c : sentenceClusters) seen.add(new HashSet<>(c.members()));
        List<Cluster> out = new ArrayList<>();
        // A figure one source ties to an entity and another gives nobody in particular is still one figure ("9.9
        // percent" / "the Saudis had bought 9.9 percent"): the statements tying it join the group of the bare figure,
        // when related to it as the group's members must be.
        Map<String, List<Statement>> owned = new HashMap<>();
        for (Statement s : statements) {
            for (Quantities.Quantity q : s.quantities()) {
                if (q.anchor() == null) continue;
                List<Statement> g = owned.computeIfAbsent(q.unit() + "@=" + q.value(), x -> new ArrayList<>());
                if (!g.contains(s)) g.add(s);
            }
        }
        for (var e : byFact.entrySet()) {
            Quantities.Quantity q = sample.get(e.getKey());
            List<Statement> members = e.getValue();
            // Only when the figure is tied to one entity: "17% for A" and "17% for B" are two facts a bare "17%" cannot join.
            if (q.anchor() == null && owned.containsKey(e.getKey()) && holders(owned.get(e.getKey()), q).size() == 1) {
                members = new ArrayList<>(members);
                for (Statement s : owned.get(e.getKey())) if (!members.contains(s)) members.add(s);
            }
            if (q.bound() == '=' && !q.value().contains("..")) members = withHedged(members, q, statements);
            List<List<Statement>> groups = q.anchor() != null ? List.of(members) : linked(members, e.getKey());
            for (List<Statement> g : groups) {
                // A group of tied figures alone is the tied figure's own group.
                if (q.anchor() == null && g.stream().noneMatch(e.getValue()::contains)) continue;
                if (docs(g).size() < 2 && q.anchor() == null) continue;
                if (seen.add(new HashSet<>(g))) out.add(new Cluster(g, q));
            }
        }
        return out;
    }

    /**
     * The group of an exact figure with the statements that give it hedged ("almost 15 per cent" beside "14.58%"): of
     * the same holder, or of no one when the exact figure is the only one of its unit and size any holder has.
     */
    private static List<Statement> withHedged(List<Statement> members, Quantities.Quantity exact, List<Statement> statements) {
        List<Statement> out = members;
        for (Statement s : statements) {
            if (out.contains(s)) continue;
            for (Quantities.Quantity x : s.quantities()) {
                if (!x.unit().equals(exact.unit()) || !hedgedAlike(x.qualified(), exact.qualified())) continue;
                boolean sameHolder = java.util.Objects.equals(x.anchor(), exact.anchor());
                boolean bareOfSoleHolder = x.anchor() == null && exact.anchor() != null
                        && soleHolderOfAlike(statements, x) != null && soleHolderOfAlike(statements, x).equals(exact.anchor());
                if (sameHolder || bareOfSoleHolder) {
                    if (out == members) out = new ArrayList<>(members);
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /** The one entity any statement ties a figure the hedged one admits to, or null when none or several. */
    private static String soleHolderOfAlike(List<Statement> statements, Quantities.Quantity hedged) {
        Set<String> holders = new TreeSet<>();
        for (Statement s : statements) {
            for (Quantities.Quantity q : s.quantities()) {
                if (q.anchor() != null && q.unit().equals(hedged.unit()) && hedgedAlike(hedged.qualified(), q.qualified())) holders.add(q.anchor());
            }
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile(
            "\\s*(?:,\\s*or|or|\\(|,|—|–)\\s*(?:about|some|around|roughly|nearly|almost|approximately)?\\s*");

    /**
     * A sum given in two currencies ("16 billion francs, or $17 billion", "CHF 50 billion ($54 billion)") is one sum:
     * a source giving it in either currency states the same fact, so the groups of the two figures become one
     * (filed under the first figure's key).
     */
    private static void mergeConversions(List<Statement> statements, Map<String, List<Statement>> byFact) {
        Map<String, String> into = new HashMap<>();
        for (Statement s : statements) {
            int offset = s.text().length() - (s.end() - s.start());
            List<Quantities.Quantity> money = s.quantities().stream().filter(q -> q.unit().startsWith("money:")).toList();
            for (int i = 0; i + 1 < money.size(); i++) {
                Quantities.Quantity a = money.get(i), b = money.get(i + 1);
                int from = a.end() - s.start() + offset, to = b.start() - s.start() + offset;
                if (a.unit().equals(b.unit()) || from < 0 || to > s.text().length() || from > to
                        || !CONVERSION.matcher(s.text().substring(from, to)).matches()) continue;
                String ka = root(into, a.key() + "=" + a.value()), kb = root(into, b.key() + "=" + b.value());
                // "2.93 trillion yuan, about $330bn" beside another source's "2.39 trillion yuan (about $330
                // billion)": one conversion does not make two sums of one currency one sum.
                if (!ka.equals(kb) && byFact.containsKey(ka) && byFact.containsKey(kb) && !clash(into, ka, kb)) into.put(kb, ka);
            }
        }
        for (String k : new TreeSet<>(into.keySet())) {
            String r = root(into, k);
            List<Statement> target = byFact.get(r), merged = byFact.remove(k);
            if (target == null || merged == null) continue;
            for (Statement m : merged) if (!target.contains(m)) target.add(m);
        }
    }

    /** Whether the groups of two roots hold two different figures of one key (one currency, one holder). */
    static boolean clash(Map<String, String> into, String ka, String kb) {
        Map<String, String> figures = new HashMap<>();
        List<String> all = new ArrayList<>(List.of(ka, kb));
        for (String k : into.keySet()) {
            String r = root(into, k);
            if (r.equals(ka) || r.equals(kb)) all.add(k);
        }
        for (String k : all) {
            int eq = k.lastIndexOf('=');
            String had = figures.putIfAbsent(k.substring(0, eq), k.substring(eq + 1));
            if (had != null && !had.equals(k.substring(eq + 1))) return true;
        }
        return false;
    }

    private static String root(Map<String, String> into, String k) {
        while (into.containsKey(k)) k = into.get(k);
        return k;
    }

    /** The entities the statements tie the figure's unit and value to. */
    private static Set<String> holders(List<Statement> statements, Quantities.Quantity bare) {
        Set<String> out = new TreeSet<>();
        for (Statement s : statements) {
            for (Quantities.Quantity q : s.quantities()) {
                if (q.anchor() != null && q.unit().equals(bare.unit()) && q.value().equals(bare.value())) out.add(q.anchor());
            }
        }
        return out;
    }

    /** Single-link groups of statements sharing an unanchored figure that also share wording, an entity or a second figure. */
    private static List<List<Statement>> linked(List<Statement> group, String factKey) {
        UnionFindInts uf = new UnionFindInts(group.size());
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Statement a = group.get(i), b = group.get(j);
                if (a.doc().equals(b.doc())) continue;
                boolean related = a.vector().cosine(b.vector()) >= 0.1 || !java.util.Collections.disjoint(a.entities(), b.entities())
                        || sharesAnotherFigure(a, b, factKey);
                if (related) uf.union(i, j);
            }
        }
        Map<Integer, List<Statement>> out = new java.util.TreeMap<>();
        for (int i = 0; i < group.size(); i++) out.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(group.get(i));
        return new ArrayList<>(out.values());
    }

    private static boolean sharesAnotherFigure(Statement a, Statement b, String except) {
        Set<String> mine = new HashSet<>();
        for (Quantities.Quantity q : a.quantities()) mine.add(q.key() + "=" + q.value());
        for (Quantities.Quantity q : b.quantities()) {
            String k = q.key() + "=" + q.value();
            if (!k.equals(except) && mine.contains(k)) return true;
        }
        return false;
    }

    /**
     * Sentences of sources that give the same entity's figure another value ("17.4 percent for BYD" against "17% for
     * BYD"), when the two sentences are plainly about the same thing: they share another figure or much wording.
     * Unanchored figures ("up to 35%") are never contradicted this way: nothing says two of them measure one thing.
     */
    private static List<Claim.Contradiction> factContradictions(Quantities.Quantity fact, List<Statement> members,
                                                                List<Statement> statements, Set<String> asserting,
                                                                Set<String> ubiquitous) {
        List<Claim.Contradiction> out = new ArrayList<>();
        Set<String> forms = forms(fact, members);
        if (fact.anchor() == null) {
            out.addAll(priceContradictions(fact, members, statements, asserting, ubiquitous));
            out.addAll(sameDoingContradictions(fact, members, statements, asserting, ubiquitous));
            out.addAll(partContradictions(fact, members, statements, asserting));
            return out;
        }
        out.addAll(partContradictions(fact, members, statements, asserting));
        for (Statement other : statements) {
            if (members.contains(other) || asserting.contains(other.doc()) || revised(other)) continue;
            // A figure for another round of a contest or another day than every member's, or for another place
            // ("among the voters in Lyon"), is another figure.
            if (members.stream().allMatch(m -> figuresOfOtherScope(m, other) || otherAccounts(m, other, fact.key()))
                    || namesAnotherPlace(other, members, ubiquitous)
                    // One source's figure, given for a place the other sentence does not name, is that place's.
                    || docs(members).size() < 2 && members.stream().allMatch(m -> !samePlaces(m, other, ubiquitous))) continue;
            // A sentence that also gives the fact's own figure for that entity lists two counts ("more than 40
            // showed interest, 23 applied"), and a count of what did something else is another count.
            if (other.quantities().stream().anyMatch(q -> q.key().equals(fact.key()) && admits(forms, q.qualified()))) continue;
            for (Quantities.Quantity q : other.quantities()) {
                if (!q.key().equals(fact.key()) || admits(forms, q.qualified()) || givenAsRule(other, q.key())
                        || fact.unit().startsWith("count:") && !oneMagnitude(q.value(), fact.value())) continue;
                if (q.predicate() != null && fact.predicate() != null && !q.predicate().equals(fact.predicate())) continue;
                // "482 votes" for a candidate and "81 abstained": a side of a vote is compared with that side only,
                // and within one vote.
                if (fact.unit().equals(Quantities.VOTES) && (!java.util.Objects.equals(q.predicate(), fact.predicate())
                        || members.stream().allMatch(m -> otherVotes(m, other, fact.unit())))) continue;
                // "1.5 million citizens living here" and "3.4 million citizens registered abroad": counts narrowed
                // otherwise are of two groups.
                if (!java.util.Objects.equals(q.narrowed(), fact.narrowed())) continue;
                // A count of the same things held by the same party, in a sentence naming nothing the claim's
                // sentences do not name ("Velmar has 2,000 soldiers there"), counts the same things: a count given
                // for another place or scope names it ("in the whole region").
                boolean parallel = fact.unit().startsWith("count:") && !distributive(other)
                        && sameScope(other, members, ubiquitous, fact.anchor())
                        // A person has one age however a sentence words it ("the 42-year-old" / "Ito, 41,").
                        || fact.unit().equals("age");
                // Two ages each tied to their owner by coreference alone ("The 73-year-old" / "the 46-year-old
                // president") are two guesses at who is meant: only a sentence naming the person can show one age
                // given twice.
                if (fact.unit().equals("age") && q.inferred() && members.stream().allMatch(m -> m.quantities().stream()
                        .noneMatch(x -> x.key().equals(fact.key()) && x.value().equals(fact.value()) && !x.inferred()))) continue;
                // A person ages between two articles written months apart: "36" in May and "37" in September agree.
                if (fact.unit().equals("age") && members.stream().allMatch(m -> agedBetween(m, fact.value(), other, q.value()))) continue;
                if (members.stream().allMatch(m -> grownSince(fact.key(), m, fact.qualified(), other, q.qualified()))) continue;
                for (Statement m : members) {
                    // Only a member stating the fact, of the same time and stage, can show the two measure one thing.
                    if (figuresOfOtherScope(m, other) || m.quantities().stream()
                            .noneMatch(x -> x.key().equals(fact.key()) && Quantities.compatible(x.qualified(), fact.value()))) continue;
                    // Or both give it for the same stage of a contest ("in the first round"): one measure of one holder.
                    if (sharesAnotherFigure(m, other, fact.key() + "=" + fact.value()) || m.vector().cosine(other.vector()) >= 0.3
                            || !m.stages().isEmpty() && m.stages().equals(other.stages())) {
                        parallel = true;
                        break;
                    }
                }
                if (parallel) {
                    out.add(new Claim.Contradiction(other.evidence(), "number",
                            fact.unit() + ": " + fact.value() + " vs " + q.value()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The fact's figure as each member words it, hedge and all ("just over 40 percent" is ">40"): a group of one
     * figure gathers "40%" and "just over 40%" alike, and another source's "40.18%" disagrees with neither hedge.
     */
    private static Set<String> forms(Quantities.Quantity fact, List<Statement> members) {
        Set<String> out = new TreeSet<>(List.of(fact.value(), fact.qualified()));
        for (Statement m : members) {
            for (Quantities.Quantity x : m.quantities()) {
                if (x.key().equals(fact.key()) && x.value().equals(fact.value())) out.add(x.qualified());
            }
        }
        return out;
    }

    /**
     * Whether a figure can be true alongside the fact's value, or alongside a hedged form of it that lies close to
     * the figure: "up to 3 billion" does not admit 2 billion as the same figure, "just over 40" admits 40.18.
     */
    private static boolean admits(Set<String> forms, String figure) {
        for (String f : forms) {
            if (lowerBounds(figure, f)) return true;
            if (!Quantities.compatible(figure, f)) continue;
            char k = f.isEmpty() ? '=' : f.charAt(0);
            if ("<>".indexOf(k) < 0) return true;
            double x = Quantities.stated(f), y = Quantities.stated(figure);
            if (Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y))) return true;
        }
        return false;
    }

    /**
     * Sentences of other sources that give another price paid by the same buyer ("X paid 2 billion francs for Y"
     * against "X agreed to buy Y for 3 billion francs"): a buyer pays one price for one purchase, however differently
     * the sentences are worded. The other sentence must name nothing the claim's sentences do not name (another
     * thing bought), and must be of the same time.
     */
    private static List<Claim.Contradiction> priceContradictions(Quantities.Quantity fact, List<Statement> members,
                                                                 List<Statement> statements, Set<String> asserting,
                                                                 Set<String> ubiquitous) {
        List<Claim.Contradiction> out = new ArrayList<>();
        Set<String> payers = new TreeSet<>();
        for (Statement m : members) {
            for (Quantities.Quantity q : m.quantities()) {
                if (q.payer() != null && q.key().equals(fact.key()) && Quantities.compatible(q.qualified(), fact.value())) payers.add(q.payer());
            }
        }
        if (payers.isEmpty()) return out;
        for (Statement other : statements) {
            if (members.contains(other) || asserting.contains(other.doc()) || revised(other)) continue;
            if (members.stream().allMatch(m -> figuresOfOtherScope(m, other))) continue;
            for (Quantities.Quantity q : other.quantities()) {
                if (q.payer() == null || !payers.contains(q.payer()) || !q.key().equals(fact.key()) || givenAsRule(other, q.key())
                        || admits(forms(fact, members), q.qualified()) || !sameScope(other, members, ubiquitous, q.payer())) continue;
                out.add(new Claim.Contradiction(other.evidence(), "number",
                        "price paid by " + q.payer() + ": " + fact.value() + " vs " + q.value()));
                break;
            }
        }
        return out;
    }

    /**
     * Sentences of other sources that count the same things done by the same verb with another figure ("Congress
     * removed him by 101 votes" in two sources against "had removed him by 111 votes", "asked to cap their liability
     * at $52.4 million" against "to cap what they owe at $54.2 million"): a count or sum that belongs to no one is
     * still one measure when several sources hang it on one doing, and a source hanging another figure of that unit
     * on the same doing, of the same day and naming no other participant, gives another value for it.
     */
    private static List<Claim.Contradiction> sameDoingContradictions(Quantities.Quantity fact, List<Statement> members,
                                                                     List<Statement> statements, Set<String> asserting,
                                                                     Set<String> ubiquitous) {
        List<Claim.Contradiction> out = new ArrayList<>();
        boolean money = isMoney(fact.unit());
        // A length of time hung on one doing ("suspended him for 90 days") is one measure like a count.
        boolean duration = fact.unit().equals("duration");
        if (!fact.unit().startsWith("count:") && !money && !duration || docs(members).size() < 2) return out;
        for (Statement other : statements) {
            if (members.contains(other) || asserting.contains(other.doc()) || revised(other) || distributive(other)
                    || namesAnotherPlace(other, members, ubiquitous) || !sameScope(other, members, ubiquitous, null)) continue;
            // A sentence listing several figures of the unit ("ten voted for, five against") says nothing of which
            // is the fact's.
            if (figuresOf(other, fact) != 1) continue;
            for (Quantities.Quantity q : other.quantities()) {
                if (!q.unit().equals(fact.unit()) || q.verbs().isEmpty() || q.value().contains("..") || givenAsRule(other, q.key())
                        || admits(forms(fact, members), q.qualified()) || !sameOrder(q.value(), fact.value())) continue;
                Statement match = null;
                for (Statement m : members) {
                    // The other may tie its figure to a participant the member names ("dismissed him by 77 votes"
                    // read as his): on one doing, still the same measure.
                    if (q.anchor() != null && !m.entities().contains(q.anchor())) continue;
                    // "The motion passed by 204 votes" names no one: it may be any motion's tally.
                    if (java.util.Collections.disjoint(m.entities(), other.entities()) || figuresOf(m, fact) != 1) continue;
                    if (m.doc().equals(other.doc()) || figuresOfOtherScope(m, other) || otherDay(m, other) || otherAccounts(m, other, fact.key())
                            || fact.predicate() != null && otherVotes(m, other, fact.unit())
                            || money && sumsOfOtherThings(m, other)
                            || grownSince(fact.key(), m, fact.qualified(), other, q.qualified())) continue;
                    for (Quantities.Quantity x : m.quantities()) {
                        if (x.key().equals(fact.key()) && Quantities.compatible(x.qualified(), fact.value()) && oneDoing(q, x)
                                && (x.predicate() == null || q.predicate() == null || x.predicate().equals(q.predicate()))) match = m;
                    }
                    if (match != null) break;
                }
                if (match != null) {
                    out.add(new Claim.Contradiction(other.evidence(), "number", fact.unit() + " (" + q.verbs().get(0) + "): "
                            + fact.value() + " vs " + q.value()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Sentences of other sources that give another part of the same whole for the same kind of doing ("5 of the 6
     * crew died" in two sources against "four of the six crew were killed"): a count of one whole that befell the same
     * thing is one measure, whoever each sentence ties it to.
     */
    private static List<Claim.Contradiction> partContradictions(Quantities.Quantity fact, List<Statement> members,
                                                                List<Statement> statements, Set<String> asserting) {
        List<Claim.Contradiction> out = new ArrayList<>();
        if (!fact.unit().startsWith("count:") || fact.whole() == null || docs(members).size() < 2) return out;
        Set<String> doings = new TreeSet<>();
        for (Statement m : members) {
            for (Quantities.Quantity x : m.quantities()) {
                if (x.unit().equals(fact.unit()) && fact.whole().equals(x.whole()) && Quantities.compatible(x.qualified(), fact.value())
                        && !x.verbs().isEmpty()) doings.add(Frames.classOf(x.verbs().get(0)));
            }
        }
        Set<String> forms = forms(fact, members);
        for (Statement other : statements) {
            if (members.contains(other) || asserting.contains(other.doc()) || revised(other)) continue;
            if (members.stream().allMatch(m -> figuresOfOtherScope(m, other) || otherDay(m, other))) continue;
            if (other.quantities().stream().anyMatch(q -> q.unit().equals(fact.unit()) && admits(forms, q.qualified()))) continue;
            for (Quantities.Quantity q : other.quantities()) {
                if (!q.unit().equals(fact.unit()) || !fact.whole().equals(q.whole()) || q.verbs().isEmpty()
                        || !doings.contains(Frames.classOf(q.verbs().get(0))) || givenAsRule(other, q.key())) continue;
                out.add(new Claim.Contradiction(other.evidence(), "number",
                        fact.unit() + " of " + fact.whole() + ": " + fact.value() + " vs " + q.value()));
                break;
            }
        }
        return out;
    }

    private static long figuresOf(Statement s, String unit) {
        return s.quantities().stream().filter(q -> q.unit().equals(unit)).count();
    }

    /**
     * How many figures of the fact's unit a statement gives, counting only those of the fact's side for the sides of
     * a vote: "250 backed her, 310 voted against" says which figure is the votes against.
     */
    private static long figuresOf(Statement s, Quantities.Quantity fact) {
        if (!fact.unit().equals(Quantities.VOTES) || fact.predicate() == null) return figuresOf(s, fact.unit());
        return s.quantities().stream().filter(q -> q.unit().equals(fact.unit()) && fact.predicate().equals(q.predicate())).count();
    }

    /**
     * Whether two figures are within a factor of three of each other: one measure misreported is off by a digit or
     * two, while a figure several times another is most often a part or a total of it ("100 killed on one day" and
     * "650 killed in a month", "0.76 franc a share" and "3 billion francs").
     */
    static boolean sameOrder(String a, String b) {
        double x = Quantities.magnitude(a), y = Quantities.magnitude(b);
        if (Double.isNaN(x) || Double.isNaN(y) || x <= 0 || y <= 0) return false;
        return Math.max(x, y) <= 3 * Math.min(x, y);
    }

    /** Whether the verb one figure hangs on is the other's or one above it ("cap what they owe at" / "cap ... at"). */
    static boolean oneDoing(Quantities.Quantity a, Quantities.Quantity b) {
        return !a.verbs().isEmpty() && !b.verbs().isEmpty()
                && (b.verbs().contains(a.verbs().get(0)) || a.verbs().contains(b.verbs().get(0)));
    }

    /** Whether both statements give days and none of one is a day of the other. */
    private static boolean otherDay(Statement a, Statement b) {
        Set<String> x = new TreeSet<>(), y = new TreeSet<>();
        for (String d : a.dates()) if (d.length() == 10) x.add(d);
        for (String d : b.dates()) if (d.length() == 10) y.add(d);
        return !x.isEmpty() && !y.isEmpty() && disjoint(x, y);
    }

    /** A full ISO date as a day, else null ("2023-09" or no date at all). */
    private static LocalDate day(String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** How far from every dated article of the story an undated article's guessed date may lie and still be believed. */
    private static final long STORY_SPAN_DAYS = 366;

    /**
     * When an article was written: its date, given or inferred (a month's precision is enough to age a person); null
     * when unknown, or when only guessed and more than a year from every article of the story that gives its date
     * (days and months named without a year, read in the wrong year).
     */
    private static LocalDate writtenOn(Document d, List<LocalDate> given) {
        LocalDate day = day(d.published().value());
        if (day == null || d.published().basis() == dev.parallax.corpus.PublicationDate.Basis.given || given.isEmpty()) return day;
        for (LocalDate g : given) {
            if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(g, day)) <= STORY_SPAN_DAYS) return day;
        }
        return null;
    }

    /** The fewest days between two articles for a person's age to have changed in between (a birthday). */
    private static final long AGEING_DAYS = 30;

    /**
     * Whether a person's age {@code ageA} in statement {@code a} and {@code ageB} in {@code b} both hold, given when
     * each article was written: the later one may give the age grown by the whole years between, or one more (a
     * birthday fell in between). Articles days apart give one age, and a mismatch there stays a contradiction.
     */
    static boolean agedBetween(Statement a, String ageA, Statement b, String ageB) {
        // An article of unknown date beside a dated one may be from either side of a birthday: one year apart agrees.
        if (a.written() == null && b.written() != null || a.written() != null && b.written() == null) return oneYearApart(ageA, ageB);
        if (a.written() == null || b.written() == null) return false;
        long days = java.time.temporal.ChronoUnit.DAYS.between(a.written(), b.written());
        if (Math.abs(days) < AGEING_DAYS) return false;
        int first, second;
        try {
            first = Integer.parseInt(days > 0 ? ageA : ageB);
            second = Integer.parseInt(days > 0 ? ageB : ageA);
        } catch (NumberFormatException e) {
            return false;
        }
        long years = Math.abs(days) * 100 / 36525;
        return second - first >= years && second - first <= years + 1;
    }

    /** Whether two ages of one person's key both hold, the articles written far enough apart ({@link #agedBetween}). */
    static boolean agedSince(String key, Statement a, String va, Statement b, String vb) {
        return key.startsWith("age@") && agedBetween(a, va, b, vb);
    }

    private static boolean oneYearApart(String a, String b) {
        try {
            return Math.abs(Integer.parseInt(a) - Integer.parseInt(b)) == 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern SO_FAR = java.util.regex.Pattern.compile(
            "(?i)\\b(so far|thus far|to date|until now|up to now|as of|since|until)\\b");

    /**
     * Whether a statement tells a tally so far, which may grow after the article is written: a present perfect ("at
     * least 18 people have been killed") or a count up to some time ("until yesterday", "since the protests began").
     */
    static boolean running(List<Token> tokens, String text) {
        if (SO_FAR.matcher(text).find()) return true;
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if ((w.equals("has") || w.equals("have") || w.equals("'ve")) && t.deprel() != null && t.deprel().startsWith("aux")) return true;
        }
        return false;
    }

    /**
     * Whether two counts are one tally reported at two times: the earlier article gives it as a tally so far and the
     * later one gives as many or more ("18 have died" on Monday, "at least 22 have died" on Thursday). A death toll
     * that rises between articles is an update, not a contradiction.
     */
    static boolean grownSince(String key, Statement a, String va, Statement b, String vb) {
        if (!key.startsWith("count:") || a.written() == null || b.written() == null || a.written().equals(b.written())) return false;
        boolean aFirst = a.written().isBefore(b.written());
        if (!(aFirst ? a : b).running()) return false;
        double earlier = Quantities.stated(aFirst ? va : vb), later = Quantities.stated(aFirst ? vb : va);
        return !Double.isNaN(earlier) && !Double.isNaN(later) && later >= earlier;
    }

    /**
     * Whether either statement also gives the other's figure, for whatever it says it is: a sentence listing two
     * figures of one unit ("seven days' detention at first, 18 months a week later") agrees with one giving either
     * ("held for seven days"), whatever verb or owner each figure was keyed by.
     */
    static boolean listsTheOther(String key, Statement a, String va, Statement b, String vb) {
        return statesFigure(a, key, vb) || statesFigure(b, key, va);
    }

    /** Whether a statement states a single figure's number anywhere, with a unit or bare ("the 289 needed"). */
    private static boolean statesNumber(Statement s, String value) {
        if (value.contains("|") || value.contains("..")) return false;
        double v = Quantities.stated(value);
        return !Double.isNaN(v) && s.figures().stream().anyMatch(f -> Quantities.stated(f) == v);
    }

    private static boolean statesFigure(Statement s, String key, String value) {
        String unit = key.substring(0, key.indexOf('@'));
        if (unit.startsWith("duration:")) unit = "duration";
        for (Quantities.Quantity q : s.quantities()) {
            if (q.unit().equals(unit) && Quantities.compatible(q.qualified(), value)) return true;
        }
        return false;
    }

    /**
     * Whether a statement dates what it tells after the other's article was written: the other source cannot be
     * telling of that day ("they fly out this Wednesday" a fortnight after "he called on Wednesday").
     */
    static boolean datedAfterOthersWriting(Statement a, Statement b) {
        LocalDate written = b.published() != null ? b.published() : b.written();
        if (written == null || a.dates().isEmpty()) return false;
        for (String d : a.dates()) {
            var i = dev.parallax.time.Interval.parse(d);
            if (i == null || !i.start().isAfter(written)) return false;
        }
        return true;
    }

    /** Whether a statement gives the new value of a changed figure ("lowered its claim to $550 million"). */
    private static boolean revised(Statement s) {
        return s.quantities().stream().anyMatch(q -> Quantities.REVISED.equals(q.predicate()));
    }

    /** Whether two statements name the same places, the story's aside. */
    private static boolean samePlaces(Statement a, Statement b, Set<String> ubiquitous) {
        return places(a, ubiquitous).equals(places(b, ubiquitous));
    }

    private static Set<String> places(Statement s, Set<String> ubiquitous) {
        Set<String> out = new TreeSet<>();
        for (String e : s.entities()) if ((e.startsWith("gpe:") || e.startsWith("loc:")) && !ubiquitous.contains(e)) out.add(e);
        return out;
    }

    /** Whether a statement names a place, not the story's, that none of the members names. */
    private static boolean namesAnotherPlace(Statement other, List<Statement> members, Set<String> ubiquitous) {
        for (String e : places(other, ubiquitous)) {
            if (members.stream().noneMatch(m -> m.entities().contains(e))) return true;
        }
        return false;
    }

    /** Whether a statement names no entity, besides the story's and the figure's owner, that the members do not name. */
    private static boolean sameScope(Statement other, List<Statement> members, Set<String> ubiquitous, String owner) {
        Set<String> named = new HashSet<>();
        for (Statement m : members) named.addAll(m.entities());
        for (String e : other.entities()) {
            if (!e.equals(owner) && !ubiquitous.contains(e) && !named.contains(e)) return false;
        }
        return true;
    }

    /** "BYD: 17%": the figure as the representative sentence writes it, after the canonical name of its entity. */
    private static String factLabel(Corpus corpus, MentionIndex index, Statement rep, Quantities.Quantity fact) {
        String text = corpus.document(rep.doc()).orElseThrow().text();
        String figure = null;
        for (Quantities.Quantity q : rep.quantities()) {
            if (q.key().equals(fact.key()) && q.value().equals(fact.value())) {
                figure = text.substring(q.start(), q.end());
                break;
            }
        }
        if (figure == null) figure = fact.value();
        if (fact.anchor() == null) return figure;
        var e = index.entity(fact.anchor());
        return (e == null ? fact.anchor() : e.name()) + ": " + figure;
    }

    /** A minimal union-find over indices, for grouping a handful of statements. */
    private static final class UnionFindInts {
        private final int[] parent;

        UnionFindInts(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        void union(int a, int b) {
            int x = find(a), y = find(b);
            if (x != y) parent[Math.max(x, y)] = Math.min(x, y);
        }
    }

    /**
     * The claim's sentence with every name in its canonical form ("Mr Stoltenbeg" → "Jens Stoltenberg") and every
     * date followed by its absolute value ("on Friday (2023-07-07)"), so claims read the same whichever source
     * states them.
     */
    static String normalized(Corpus corpus, MentionIndex index, Statement s) {
        String text = corpus.document(s.doc()).orElseThrow().text();
        java.util.TreeMap<Integer, int[]> spans = new java.util.TreeMap<>();
        java.util.Map<Integer, String> replacement = new java.util.HashMap<>();
        for (MentionIndex.Hit h : index.within(s.doc(), s.start(), s.end())) {
            var m = h.mention();
            // Only variant spellings are rewritten: an acronym or a name already canonical reads fine as it is.
            if (m.kind() != dev.parallax.corpus.EntityMention.Kind.name || h.entity().type().equals("EVENT")
                    || h.entity().type().equals("NORP") || dev.parallax.resolve.Names.isAcronym(m.text())
                    || m.text().equals(h.entity().name())) {
                continue;
            }
            var before = spans.floorEntry(m.start());
            if (before != null && before.getValue()[1] > m.start()) continue;
            spans.put(m.start(), new int[] {m.start(), m.end()});
            replacement.put(m.start(), h.entity().name());
        }
        java.util.Map<Integer, String> dates = new java.util.HashMap<>();
        for (var t : corpus.temporal()) {
            if (t.doc().equals(s.doc()) && t.start() >= s.start() && t.end() <= s.end() && t.value() != null
                    && !"DURATION".equals(t.type()) && !t.value().equals(t.text())) {
                dates.put(t.end(), t.value());
            }
        }
        StringBuilder b = new StringBuilder();
        int at = s.start();
        for (int i = s.start(); i <= s.end(); i++) {
            int[] span = spans.get(i);
            if (span != null && i >= at) {
                b.append(text, at, i).append(replacement.get(i));
                at = span[1];
            }
            String date = dates.get(i);
            if (date != null && i >= at) {
                b.append(text, at, i).append(" (").append(date).append(')');
                at = i;
            }
        }
        b.append(text, Math.min(at, s.end()), s.end());
        // A relative clause's text starts with the noun it describes, which lies outside its span.
        String prefix = s.text().substring(0, Math.max(0, s.text().length() - (s.end() - s.start())));
        return prefix + b;
    }

    /** Entities named by (nearly) every article: they say what the story is, not which claim a sentence makes. */
    public static Set<String> ubiquitous(Corpus corpus, MentionIndex index) {
        int docs = corpus.documents().size();
        Map<String, Integer> df = new HashMap<>();
        for (Document d : corpus.documents()) {
            Set<String> seen = new HashSet<>();
            for (MentionIndex.Hit h : index.of(d.id())) seen.add(h.entity().id());
            for (String e : seen) df.merge(e, 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        if (docs < 3) return out;
        for (var e : df.entrySet()) if (e.getValue() >= Math.ceil(docs * 0.8)) out.add(e.getKey());
        return out;
    }

    /**
     * The story's protagonists: entities every article names (in a corpus of four or more: in fewer, sharing every
     * article is chance) that take at least a twentieth of all entity mentions ("the EU", "China"). A figure in a sentence about them is the story's figure,
     * not theirs; a company that four of five sources name in passing still owns its figures.
     */
    static Set<String> protagonists(Corpus corpus, MentionIndex index) {
        int docs = corpus.documents().size();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        int total = 0;
        for (Document d : corpus.documents()) {
            Set<String> seen = new HashSet<>();
            for (MentionIndex.Hit h : index.of(d.id())) {
                seen.add(h.entity().id());
                mentions.merge(h.entity().id(), 1, Integer::sum);
                total++;
            }
            for (String e : seen) df.merge(e, 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        if (docs < 4) return out;
        for (var e : df.entrySet()) {
            if (e.getValue() == docs && mentions.get(e.getKey()) * 20 >= total) out.add(e.getKey());
        }
        return out;
    }

    /** A statement before its vector is made (vectors need every statement's terms counted first). */
    private record Pending(String doc, int start, int end, String text, String meaningText, List<String> terms,
                           Set<String> entities, Set<String> events, Map<String, String> numbers, Set<String> dates,
                           boolean negated, boolean mixed, long order, LocalDate published, Set<Frames.Frame> frames, boolean quoted,
                           Set<Long> phrases, List<Quantities.Quantity> quantities, Set<String> figures,
                           Set<String> stages, Set<String> predicate, Set<String> when, LocalDate written, boolean running,
                           Map<String, String> dateVerbs, Set<String> tellers, Set<String> rules) {}

    /**
     * Capitals standing for their governments as actors ("Canberra will acquire …" → Australia): entity id of the
     * capital → entity id of its country, when the corpus names the country too.
     */
    static Map<String, String> seats(Corpus corpus, MentionIndex index, dev.parallax.resolve.Gazetteer gazetteer) {
        Map<String, String> out = new HashMap<>();
        for (var e : corpus.entities()) {
            if (!e.type().equals("GPE") && !e.type().equals("LOC")) continue;
            gazetteer.seatOf(e.name()).map(c -> index.byName(c.name())).filter(c -> !c.id().equals(e.id()))
                    .ifPresent(c -> out.put(e.id(), c.id()));
        }
        return out;
    }

    /** Lower-cased nationality words ("french") → the entity of their country, for the countries the corpus names. */
    static Map<String, String> demonyms(Corpus corpus, dev.parallax.resolve.Gazetteer gazetteer) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (var e : corpus.entities()) {
            if (!e.type().equals("GPE")) continue;
            gazetteer.lookup(e.name()).filter(g -> g.type().equals("GPE")).ifPresent(g -> {
                for (String d : g.demonyms()) out.putIfAbsent(d.toLowerCase(Locale.ROOT), e.id());
            });
        }
        return out;
    }

    /**
     * The checkable statements of the corpus: one per clause that states a fact of its own (see {@link Clauses}),
     * so that a sentence telling two facts can join two claims.
     */
    public static List<Statement> statements(Corpus corpus, MentionIndex index, Set<String> ubiquitous,
                                             Map<String, String> seats, Map<String, String> demonyms) {
        SentenceVectors vectors = new SentenceVectors();
        List<Pending> pending = new ArrayList<>();
        Set<String> protagonists = protagonists(corpus, index);
        Map<String, String> namesakes = namesakes(corpus);
        List<LocalDate> given = corpus.documents().stream()
                .filter(d -> d.published().basis() == dev.parallax.corpus.PublicationDate.Basis.given)
                .map(d -> day(d.published().value())).filter(java.util.Objects::nonNull).toList();
        long order = 0;
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            LocalDate written = writtenOn(d, given);
            List<TemporalExpression> temporal = corpus.temporal().stream().filter(t -> t.doc().equals(d.id())).toList();
            List<dev.parallax.corpus.Quote> docQuotes = corpus.quotes().stream()
                    .filter(q -> q.doc().equals(d.id()) && q.kind() != dev.parallax.corpus.Quote.Kind.indirect).toList();
            // The dates the paragraph last named: a sentence naming none tells of that time ("… on May 28? He won 47.8%").
            Set<String> told = Set.of();
            int previousEnd = 0;
            for (Sentence s : at.sentences()) {
                order++;
                if (d.text().substring(Math.min(previousEnd, s.start()), s.start()).contains("\n")) told = Set.of();
                previousEnd = s.end();
                Set<String> own = dates(corpus, d.id(), s.start(), s.end());
                Set<String> when = own.isEmpty() ? told : own;
                told = when;
                if (!isStatement(d.text(), at, s)) continue;
                List<MentionIndex.Hit> hits = index.within(d.id(), s.start(), s.end());
                List<Quantities.Quantity> sentenceQuantities = byOneName(Quantities.of(at, s, d.text(), index, d.id(), CLAIM_TYPES,
                        protagonists, temporal, demonyms), namesakes);
                Set<String> tellers = Reporting.tellers(at, s, index, d.id());
                // The whole sentence is one statement, and each clause of its own that it embeds another: the
                // sentence can then join one claim and its relative or coordinated clause a second.
                List<Clauses.Clause> clauses = new ArrayList<>();
                clauses.add(null);
                for (Clauses.Clause c : Clauses.of(at, s)) if (c.head() != null) clauses.add(c);
                for (Clauses.Clause clause : clauses) {
                    boolean whole = clause == null;
                    Set<String> entities = new LinkedHashSet<>();
                    Set<String> events = new TreeSet<>();
                    List<String> terms = new ArrayList<>();
                    Set<Integer> inMention = new HashSet<>();
                    // A relative clause is about the noun it describes: "which has 55 members" counts the union's members.
                    String described = whole || clause.described() == null ? null : entityAt(index, d.id(), clause.described());
                    if (described != null) entities.add(seats.getOrDefault(described, described));
                    for (MentionIndex.Hit h : hits) {
                        if (!CLAIM_TYPES.contains(h.entity().type())) continue;
                        if (!whole && !clause.covers(h.mention().start())) continue;
                        if (h.entity().type().equals("EVENT")) events.add(h.entity().id());
                        entities.add(seats.getOrDefault(h.entity().id(), h.entity().id()));
                        for (Token t : at.tokensIn(h.mention().start(), h.mention().end())) inMention.add(t.index());
                    }
                    List<Quantities.Quantity> quantities = whole ? sentenceQuantities
                            : sentenceQuantities.stream().filter(q -> clause.covers(q.start())).toList();
                    for (Token t : whole ? at.tokensOf(s) : clause.tokens()) {
                        // Names and job titles say who, not what: the wording compared is the rest.
                        String term = inMention.contains(t.index()) || "TITLE".equals(t.ner()) ? null : SentenceVectors.term(t);
                        if (term != null) terms.add(SentenceVectors.stem(term));
                    }
                    // A list of participants needs fewer other words to say something ("A, B and C voted no"); a
                    // sentence naming nobody and stating no figure needs more ("the fund opened on the first day").
                    // A count of something a named party has needs nothing more: "Velmar has some 900 soldiers there."
                    boolean count = quantities.stream().anyMatch(q -> q.unit().startsWith("count:"));
                    // A short sentence of its own is whole however few its words ("The hearing was adjourned
                    // again."): only a clause cut from a longer one needs the words to stand alone.
                    int needed = entities.size() >= 3 ? 2 : entities.isEmpty() && quantities.isEmpty() ? (whole ? 3 : 6)
                            : count && !entities.isEmpty() ? 1 : !entities.isEmpty() ? 2 : 3;
                    if (terms.size() < needed) continue;
                    vectors.observe(terms);
                    // Only a date the source gives keeps far-apart articles apart: an inferred one is the engine's guess.
                    LocalDate published = d.published().value() == null || d.published().basis() != dev.parallax.corpus.PublicationDate.Basis.given
                            ? null : LocalDate.parse(d.published().value());
                    int start = whole ? s.start() : clause.start(), end = whole ? s.end() : clause.end();
                    String meaningText = whole ? d.text().substring(s.start(), s.end()) : words(clause, at, d.text());
                    // A relative clause reads as a claim after the noun it describes ("The paragraphs, which ...").
                    int[] np = whole ? null : Clauses.describedPhrase(at, s, clause);
                    String text = np == null ? d.text().substring(start, end)
                            : d.text().substring(np[0], np[1]) + ", " + d.text().substring(start, end);
                    boolean negated = negated(at, s, clause, docQuotes);
                    // "X, who has never agreed to go, is held": the sentence affirms one thing and denies another.
                    boolean mixed = whole && clauses.stream().skip(1).anyMatch(c -> negated(at, s, c, docQuotes) != negated);
                    pending.add(new Pending(d.id(), start, end, text, meaningText, terms,
                            entities, events, Quantities.byKey(quantities), dates(corpus, d.id(), start, end),
                            negated, mixed, order, published,
                            Frames.of(at, s, index, d.id(), CLAIM_TYPES, seats, whole ? null : clause.indices()),
                            quoted(at, start, end), phrases(whole ? at.tokensOf(s) : clause.tokens()), quantities,
                            figures(whole ? at.tokensOf(s) : clause.tokens()), stages(d.text().substring(start, end)),
                            predicate(at, s, clause), when,
                            written, running(whole ? at.tokensOf(s) : clause.tokens(),
                                    d.text().substring(start, end)), dateVerbs(corpus, at, d.id(), start, end),
                            tellers, rules(at, s, quantities)));
                }
            }
        }
        // A story telling of several stages of a contest ("first round", "run-off"): a figure whose sentence names no
        // stage may be of either.
        Set<String> named = new TreeSet<>();
        for (Pending p : pending) named.addAll(p.stages());
        boolean staged = named.size() > 1;
        List<Statement> out = new ArrayList<>();
        for (Pending p : pending) {
            out.add(new Statement(p.doc(), p.start(), p.end(), p.text(), vectors.vector(p.terms()),
                    p.entities(), p.events(), p.numbers(), p.dates(), p.negated(), p.mixed(), p.order(), p.published(), p.frames(),
                    p.quoted(), p.phrases(), p.quantities(), p.figures(), SentenceEmbeddings.embed(p.meaningText()),
                    p.stages(), p.predicate(), p.when(), staged && p.stages().isEmpty(), p.written(), p.running(), p.dateVerbs(),
                    p.tellers(), p.rules()));
        }
        return out;
    }

    /**
     * Entities of one name the tagger typed differently in different sentences or sources ("the Abu Mansour dam" a
     * place, "the dam of Abu Mansour" a person) → the one of them figures are filed under (the first by id): a
     * figure's holder is known by its name, and two sources giving the same name's figure give one holder's.
     */
    static Map<String, String> namesakes(Corpus corpus) {
        Map<String, String> first = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (var e : corpus.entities()) if (CLAIM_TYPES.contains(e.type())) ids.add(e.id());
        java.util.Collections.sort(ids);
        Map<String, String> out = new HashMap<>();
        for (String id : ids) {
            String name = id.substring(id.indexOf(':') + 1);
            String kept = first.putIfAbsent(name, id);
            if (kept != null) out.put(id, kept);
        }
        return out;
    }

    private static List<Quantities.Quantity> byOneName(List<Quantities.Quantity> quantities, Map<String, String> namesakes) {
        if (namesakes.isEmpty()) return quantities;
        List<Quantities.Quantity> out = new ArrayList<>(quantities.size());
        for (Quantities.Quantity q : quantities) {
            String kept = q.anchor() == null ? null : namesakes.get(q.anchor());
            out.add(kept == null ? q : q.withAnchor(kept));
        }
        return out;
    }

    /** The keys of the figures a statement gives only as a rule, a condition or a possibility, every time it gives them. */
    private static Set<String> rules(AnnotatedText at, Sentence s, List<Quantities.Quantity> quantities) {
        Set<String> found = new TreeSet<>(), rules = new TreeSet<>();
        for (Quantities.Quantity q : quantities) {
            if (Reporting.hypothetical(at, s, q.start(), q.end())) rules.add(q.key());
            else found.add(q.key());
        }
        rules.removeAll(found);
        return rules;
    }

    /** A clause's own words (clauses nested in it left out), after the noun a relative clause describes. */
    private static String words(Clauses.Clause clause, AnnotatedText at, String text) {
        StringBuilder b = new StringBuilder();
        if (clause.described() != null) b.append(text, clause.described().start(), clause.described().end());
        for (Token t : clause.tokens()) {
            if (b.length() > 0) b.append(' ');
            b.append(text, t.start(), t.end());
        }
        return b.toString();
    }

    private static String entityAt(MentionIndex index, String doc, Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc, t.start(), t.end())) {
            if (CLAIM_TYPES.contains(h.entity().type())) return h.entity().id();
        }
        return null;
    }

    /** Every number a sentence states, dates and years aside, as canonical values ("ten" and "10" alike). */
    private static Set<String> figures(List<Token> tokens) {
        Set<String> out = new TreeSet<>();
        for (Token t : tokens) {
            if ("DATE".equals(t.ner()) || "TIME".equals(t.ner())) continue;
            java.math.BigDecimal v = Quantities.number(t);
            if (v != null) out.add(Quantities.canonical(v));
        }
        return out;
    }

    private static final int PHRASE = 4;

    /** Hashes of the runs of four words of a sentence with at least three content words among them. */
    private static Set<Long> phrases(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        List<Boolean> content = new ArrayList<>();
        for (Token t : tokens) {
            if (t.word().isEmpty() || !Character.isLetterOrDigit(t.word().codePointAt(0))) continue;
            words.add(t.word().toLowerCase(Locale.ROOT));
            content.add(SentenceVectors.term(t) != null);
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + PHRASE <= words.size(); i++) {
            int c = 0;
            long h = 1125899906842597L;
            for (int k = i; k < i + PHRASE; k++) {
                if (content.get(k)) c++;
                h = 31 * h + words.get(k).hashCode();
            }
            if (c >= 3) out.add(h);
        }
        return out;
    }

    /** Whether most of a sentence is inside quotation marks: someone's words, not the source's own assertion. */
    private static boolean quoted(AnnotatedText at, int start, int end) {
        int inside = 0;
        for (var q : at.quoteSpans()) {
            int from = Math.max(q.start(), start), to = Math.min(q.end(), end);
            if (to > from) inside += to - from;
        }
        return inside * 2 >= end - start;
    }

    /** Prose that asserts something: ends like a sentence, long enough, with a finite verb. */
    private static boolean isStatement(String text, AnnotatedText at, Sentence s) {
        String t = text.substring(s.start(), s.end()).strip();
        // Short sentences count only when they state a figure ("The levies apply for four years.").
        boolean figure = false;
        for (Token tok : at.tokensOf(s)) figure |= "CD".equals(tok.pos()) && !"DATE".equals(tok.ner());
        if (t.length() < (figure ? 25 : 30) || t.endsWith("?")) return false;
        char last = t.charAt(t.length() - 1);
        if (".!\"”’)".indexOf(last) < 0) return false;
        List<Token> tokens = at.tokensOf(s);
        for (Token tok : tokens) if (tok.isVerb()) return true;
        // "Niger hosts 1,100 troops." is often tagged as a plural noun after a name, heading the sentence: a verb misread.
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if ("root".equals(tok.deprel()) && "NNS".equals(tok.pos()) && "NNP".equals(tokens.get(i - 1).pos())
                    && tokens.get(i - 1).head() == tok.index()) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile(
            "(?i)\\b(first|second|third|fourth|fifth|final|last|1st|2nd|3rd|4th|5th)[\\s-]+(round|ballot|leg|stage|phase|reading|vote|poll)s?\\b"
                    + "|\\b(run-?offs?)\\b");
    private static final Map<String, String> STAGE_ORDINALS = Map.of("first", "1", "1st", "1", "second", "2", "2nd", "2",
            "third", "3", "3rd", "3", "fourth", "4", "4th", "4");

    /**
     * The stages of a contest a statement names ("the first round" → 1, "the run-off" → 2, "the final vote" →
     * final): results of two stages are two facts, however alike the sentences reporting them.
     */
    static Set<String> stages(String text) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = STAGE.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) out.add("2");
            else out.add(STAGE_ORDINALS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1).toLowerCase(Locale.ROOT)
                    .matches("final|last") ? "final" : m.group(1).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** Whether two statements name stages of a contest and none of one can be one of the other's. */
    static boolean otherStage(Statement a, Statement b) {
        if (a.stages().isEmpty() || b.stages().isEmpty()) return false;
        for (String x : a.stages()) {
            for (String y : b.stages()) {
                if (x.equals(y) || x.equals("final") && !y.equals("1") || y.equals("final") && !x.equals("1")) return false;
            }
        }
        return true;
    }

    /**
     * Whether two statements tell of different times or stages: another stage of a contest, or a date later than
     * the other source's publication when that source dates nothing (it cannot report what had not happened yet).
     */
    static boolean otherScope(Statement a, Statement b) {
        return otherStage(a, b) || datedAfter(a, b) || datedAfter(b, a);
    }

    private static boolean datedAfter(Statement a, Statement b) {
        if (a.when().isEmpty() || !b.dates().isEmpty() || b.published() == null) return false;
        for (String d : a.when()) {
            var i = dev.parallax.time.Interval.parse(d);
            if (i == null || !i.start().isAfter(b.published())) return false;
        }
        return true;
    }

    /**
     * Whether two statements give their figures for different days or stages, or one names the stage of a contest
     * of several and the other leaves it unsaid: the figures need not measure one thing.
     */
    static boolean figuresOfOtherScope(Statement a, Statement b) {
        if (otherScope(a, b) || a.stageUnsaid() != b.stageUnsaid()) return true;
        return a.dates().size() == 1 && b.dates().size() == 1 && disjoint(a.dates(), b.dates()) && datesOfOneDoing(a, b);
    }

    /**
     * The stems of the predicate a statement asserts or denies and of its verbal complements ("has so far refused to
     * resign" → refus, resign): a denial contradicts only a statement that affirms that predicate.
     */
    private static Set<String> predicate(AnnotatedText at, Sentence s, Clauses.Clause clause) {
        Token head = clause != null ? clause.head() : Reporting.reported(at, s);
        Set<String> out = new TreeSet<>();
        if (head == null) return out;
        String own = SentenceVectors.term(head);
        if (own != null) out.add(SentenceVectors.stem(own));
        for (Token t : at.tokensOf(s)) {
            if (t.head() != head.index() || t.deprel() == null) continue;
            // Only what is done is denied: "does not accept the results" denies no sentence that merely names results.
            if (t.deprel().equals("xcomp") || t.deprel().equals("ccomp")) {
                String term = SentenceVectors.term(t);
                if (term != null) out.add(SentenceVectors.stem(term));
            }
        }
        return out;
    }

    /**
     * Whether the statement that denies something denies what the other affirms as its own predicate: "has not
     * published the results" is not gainsaid by "failed to pass a resolution calling on it to publish them", which
     * names publishing only inside what was asked.
     */
    static boolean deniesWhatOtherAffirms(Statement a, Statement b) {
        Statement no = a.negated() ? a : b, yes = a.negated() ? b : a;
        for (String d : no.predicate()) if (yes.predicate().contains(d)) return true;
        return false;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b\\d{4}\\b");
    private static final Set<String> DEICTIC = Set.of("now", "currently", "at present", "presently", "nowadays", "recently",
            "so far", "to date", "right now", "at the moment");

    /** The dates a span of a document states, "now" and its like and dates known only approximately aside. */
    static Set<String> dates(Corpus corpus, String doc, int start, int end) {
        Set<String> out = new TreeSet<>();
        for (TemporalExpression t : stated(corpus, doc, start, end)) out.add(t.value());
        return out;
    }

    /**
     * The lemma of the verb each date of a span hangs on ("a law passed in 1851" → pass, "asked on Monday" → ask):
     * two dates of different doings say nothing about whether two sentences tell of one occasion.
     */
    static Map<String, String> dateVerbs(Corpus corpus, AnnotatedText at, String doc, int start, int end) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (TemporalExpression t : stated(corpus, doc, start, end)) {
            List<Token> tokens = at.tokensIn(t.start(), t.end());
            if (tokens.isEmpty()) continue;
            Token x = tokens.get(tokens.size() - 1);
            for (int depth = 0; depth < 4 && x.head() >= 0; depth++) {
                x = at.tokens().get(x.head());
                if (x.isVerb() && x.lemma() != null) {
                    out.putIfAbsent(t.value(), x.lemma().toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the two statements' dates hang on one doing, or either's doing is unknown. */
    static boolean datesOfOneDoing(Statement a, Statement b) {
        Set<String> x = new TreeSet<>(), y = new TreeSet<>();
        for (String d : a.dates()) {
            String v = a.dateVerbs().get(d);
            if (v == null) return true;
            x.add(v);
        }
        for (String d : b.dates()) {
            String v = b.dateVerbs().get(d);
            if (v == null) return true;
            y.add(v);
        }
        return !java.util.Collections.disjoint(x, y);
    }

    private static List<TemporalExpression> stated(Corpus corpus, String doc, int start, int end) {
        List<TemporalExpression> out = new ArrayList<>();
        boolean given = corpus.document(doc).map(d -> d.published().basis() == dev.parallax.corpus.PublicationDate.Basis.given)
                .orElse(true);
        for (TemporalExpression t : corpus.temporal()) {
            if (!t.doc().equals(doc) || t.value() == null || !"DATE".equals(t.type())) continue;
            // "now", "currently": the article's own day, not a date the sentence claims.
            if (DEICTIC.contains(t.text().toLowerCase(Locale.ROOT))) continue;
            // A date worked out from a guessed publication date ("yesterday" in an undated article) is the engine's
            // inference, not what the source says: two sources cannot disagree on it.
            if (t.reason() != null && t.reason().startsWith("approximate")) continue;
            // "May 14" takes its year from the article's date: a guessed date makes the year a guess too.
            if (!given && !YEAR.matcher(t.text()).find()) continue;
            if (t.start() >= start && t.start() < end) out.add(t);
        }
        return out;
    }

    /** Whether the clause's own predicate is denied ("did not attend"); the main clause's is the sentence's root. */
    private static boolean negated(AnnotatedText at, Sentence s, Clauses.Clause clause, List<dev.parallax.corpus.Quote> quotes) {
        // "refused to step down" says the same as "never agreed to step down": a verb that denies its complement
        // counts as a negation, and a negated one ("did not refuse to") as none.
        return denied(at, s, clause, quotes) != deniesComplement(at, s, clause);
    }

    /** Verbs whose complement did not happen: "refused to resign", "failed to agree", "declined to comment". */
    private static final Set<String> NEGATIVE_VERBS = Set.of("refuse", "decline", "fail", "reject", "deny");

    private static boolean deniesComplement(AnnotatedText at, Sentence s, Clauses.Clause clause) {
        Token head = clause != null ? clause.head() : Reporting.reported(at, s);
        if (head == null || head.lemma() == null || !NEGATIVE_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) return false;
        for (Token t : at.tokensOf(s)) if (t.head() == head.index() && "xcomp".equals(t.deprel())) return true;
        return false;
    }

    private static boolean denied(AnnotatedText at, Sentence s, Clauses.Clause clause, List<dev.parallax.corpus.Quote> quotes) {
        for (Token t : clause == null ? at.tokensOf(s) : clause.tokens()) {
            if (!NEGATIONS.contains(t.word().toLowerCase(Locale.ROOT)) || !"advmod".equals(t.deprel()) || t.head() < 0) continue;
            // A denial inside quotation marks is the speaker's, not the source's own ("« It will not move », he said").
            if (insideQuotation(at, quotes, t)) continue;
            Token head = at.tokens().get(t.head());
            // "The ministry said it would not comment": what a sentence of telling reports is its complement, and a
            // denial there is the sentence's polarity, as "has not commented" is.
            if (clause != null ? head.index() == clause.head().index()
                    : "root".equals(head.deprel()) || head.index() == reportedIndex(at, s)) return true;
        }
        return false;
    }

    private static int reportedIndex(AnnotatedText at, Sentence s) {
        Token t = Reporting.reported(at, s);
        return t == null ? -1 : t.index();
    }

    /**
     * Best-first clustering: pairs of statements from different sources are joined from the most similar down, and two
     * groups merge only when no source has a statement in both (a cluster holds one sentence per source). Taking the
     * surest pairs first keeps a sentence from being claimed by a weaker match that happened to come earlier.
     */
    static List<List<Statement>> cluster(List<Statement> statements, Set<String> ubiquitous, Neighbours near) {
        record Pair(int a, int b, double score) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i), b = statements.get(j);
                if (a.doc().equals(b.doc())) continue;
                double score = similarity(a, b, ubiquitous, near);
                if (score > MIN_SIMILARITY) pairs.add(new Pair(i, j, score));
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        int[] group = new int[statements.size()];
        List<Set<String>> groupDocs = new ArrayList<>();
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
            groupDocs.add(new HashSet<>(Set.of(statements.get(i).doc())));
        }
        Map<Long, Double> scores = new HashMap<>();
        for (Pair p : pairs) scores.put((long) p.a() * statements.size() + p.b(), p.score());
        for (Pair p : pairs) {
            int x = group[p.a()], y = group[p.b()];
            if (x == y || !java.util.Collections.disjoint(groupDocs.get(x), groupDocs.get(y))) continue;
            if (groupDocs.get(x).size() + groupDocs.get(y).size() > 2
                    && cohesion(statements, group, x, y, scores) < near.above(COHESION)) continue;
            int keep = Math.min(x, y), drop = Math.max(x, y);
            for (int i = 0; i < group.length; i++) if (group[i] == drop) group[i] = keep;
            groupDocs.get(keep).addAll(groupDocs.get(drop));
        }
        Map<Integer, List<Statement>> out = new java.util.TreeMap<>();
        for (int i = 0; i < group.length; i++) out.computeIfAbsent(group[i], k -> new ArrayList<>()).add(statements.get(i));
        List<List<Statement>> clusters = new ArrayList<>(out.values());
        // A sentence that tells two facts ("A said X, and B urged Y") is claimed by the cluster of one of them; a
        // statement left alone whose closest match is such a sentence pairs with it as a second claim.
        Map<Integer, Pair> bestPartner = new HashMap<>();
        for (Pair p : pairs) {
            bestPartner.putIfAbsent(p.a(), p);
            bestPartner.putIfAbsent(p.b(), p);
        }
        Set<Set<Statement>> seen = new HashSet<>();
        for (List<Statement> c : clusters) seen.add(new HashSet<>(c));
        for (int i = 0; i < group.length; i++) {
            Pair p = bestPartner.get(i);
            if (p == null || out.get(group[i]).size() > 1) continue;
            int other = p.a() == i ? p.b() : p.a();
            List<Statement> pair = new ArrayList<>(List.of(statements.get(Math.min(i, other)), statements.get(Math.max(i, other))));
            if (seen.add(new HashSet<>(pair))) clusters.add(pair);
        }
        return clusters;
    }

    /**
     * How closely the members of two groups tell one fact, on average over every pair across them: closeness in
     * meaning, or the pair's score when wording and participants relate them more surely. One link between two
     * groups is not enough: a sentence telling two facts ("the jet hit the plane, killing five of its crew") would
     * chain the sources telling the one fact to those telling the other.
     */
    private static double cohesion(List<Statement> statements, int[] group, int x, int y, Map<Long, Double> scores) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < group.length; i++) {
            if (group[i] != x && group[i] != y) continue;
            for (int j = i + 1; j < group.length; j++) {
                if (group[j] == group[i] || group[j] != x && group[j] != y) continue;
                double close = SentenceEmbeddings.cosine(statements.get(i).meaning(), statements.get(j).meaning());
                sum += Math.max(close, scores.getOrDefault((long) i * statements.size() + j, 0.0));
                n++;
            }
        }
        return n == 0 ? 1 : sum / n;
    }

    /**
     * Sentence similarity blended with the overlap of the specific entities (those not in every article). Two
     * statements about different events ("the summit in Madrid" and "the summit in Vilnius") are never one claim,
     * and articles written far apart must agree closely to be merged.
     */
    /**
     * For each statement, its closest statement in meaning in every other source. Every sentence of one story is
     * somewhat close to every other, and how close depends on the story: two statements telling one fact are each
     * other's closest in their sources, which a fixed threshold alone cannot tell.
     */
    static final class Neighbours {
        private final Map<Statement, Map<String, Statement>> nearest = new java.util.IdentityHashMap<>();
        /** The median closeness of two statements of different sources. */
        private final double baseline;

        /** A closeness threshold measured on corpora of median closeness 0.15, moved with this corpus's median. */
        double above(double threshold) {
            return Math.max(threshold, threshold + baseline - TYPICAL_BASELINE);
        }

        Neighbours(List<Statement> statements) {
            // How close two sentences of one story are depends on how narrow the story is (every sentence of a
            // story about one meeting is close to every other): closeness counts from the corpus's median pair.
            List<Double> sample = new ArrayList<>();
            List<Map<String, Statement>> best = new ArrayList<>();
            List<Map<String, Double>> score = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                best.add(new HashMap<>());
                score.add(new HashMap<>());
            }
            // Each pair once; every statement still meets its candidates in list order, so ties keep the first.
            for (int i = 0; i < statements.size(); i++) {
                for (int j = i + 1; j < statements.size(); j++) {
                    Statement x = statements.get(i), y = statements.get(j);
                    if (x.doc().equals(y.doc())) continue;
                    double c = SentenceEmbeddings.cosine(x.meaning(), y.meaning());
                    sample.add(c);
                    if (c > score.get(i).getOrDefault(y.doc(), -2.0)) {
                        score.get(i).put(y.doc(), c);
                        best.get(i).put(y.doc(), y);
                    }
                    if (c > score.get(j).getOrDefault(x.doc(), -2.0)) {
                        score.get(j).put(x.doc(), c);
                        best.get(j).put(x.doc(), x);
                    }
                }
            }
            java.util.Collections.sort(sample);
            baseline = sample.isEmpty() ? 0 : sample.get(sample.size() / 2);
            for (int i = 0; i < statements.size(); i++) nearest.put(statements.get(i), best.get(i));
        }

        /** Whether each of the two is the other's closest statement in meaning in its source. */
        boolean mutual(Statement a, Statement b) {
            return nearest.get(a).get(b.doc()) == b && nearest.get(b).get(a.doc()) == a;
        }

        /** Whether {@code b} is the closest statement in meaning to {@code a} in b's source. */
        boolean nearestTo(Statement a, Statement b) {
            return nearest.get(a).get(b.doc()) == b;
        }
    }

    static double similarity(Statement a, Statement b, Set<String> ubiquitous, Neighbours near) {
        if (apart(a, b, ubiquitous)) return 0;
        // Entities every article names weigh less: they say what the story is, not which claim is made.
        double shared = 0, union = 0;
        int sharedSpecific = 0;
        Set<String> all = new HashSet<>(a.entities());
        all.addAll(b.entities());
        for (String e : all) {
            double w = ubiquitous.contains(e) ? 0.3 : 1.0;
            union += w;
            if (a.entities().contains(e) && b.entities().contains(e)) {
                shared += w;
                if (!ubiquitous.contains(e)) sharedSpecific++;
            }
        }
        // The wording (entity names aside) must overlap: the same people doing different things are two claims.
        double content = a.vector().cosine(b.vector());
        boolean figure = sameFigure(a, b);
        boolean related = sharedSpecific > 0 && content >= 0.15 || shared > 0 && content >= 0.2 || figure && content >= 0.2;
        // The same four words in a row, most of them content words ("the worst deal in all history"), are one
        // fact or one quotation retold, however different the rest of the two sentences.
        // Two or more of the same numbers ("more than 40 countries … 23 applied") are one set of facts retold.
        int sharedFigures = 0;
        for (String f : a.figures()) if (b.figures().contains(f)) sharedFigures++;
        double figures = sharedFigures >= 2 ? 0.45 : 0;
        double frames = Math.max(Math.max(frameAgreement(a, b), figures),
                java.util.Collections.disjoint(a.phrases(), b.phrases()) ? 0 : 0.45);
        // Much the same wording about no one in particular, or with named participants on one side only, is one
        // statement told twice ("pledges reached $700 million" with and without the summit named); specific
        // participants on both sides that differ are two facts told alike ("Germany pledged" / "Japan pledged").
        Set<String> specificA = new HashSet<>(a.entities()), specificB = new HashSet<>(b.entities());
        specificA.removeAll(ubiquitous);
        specificB.removeAll(ubiquitous);
        boolean wording = content >= WORDING && (specificA.isEmpty() || specificB.isEmpty());
        // The same fact retold in other words ("his plane broke down" / "a breakdown of his aircraft") shares few
        // lemmas but lies close in meaning; it must still be about someone both name.
        double close = near != null && near.mutual(a, b) ? SentenceEmbeddings.cosine(a.meaning(), b.meaning()) : 0;
        boolean paraphrase = close > 0 && (close >= near.above(MEANING) && shared > 0 && (close >= near.above(SURE_MEANING)
                        || a.figures().isEmpty() || b.figures().isEmpty() || a.figures().equals(b.figures()))
                || close >= near.above(ANONYMOUS_MEANING) && (a.entities().isEmpty() || b.entities().isEmpty()));
        // Sources that name the participants differently (a pronoun, a translated or misspelt name) still tell one
        // fact when the two sentences are each other's closest in meaning, very close, and share some wording, as
        // long as neither gives a figure the other lacks or denies what the other affirms.
        boolean retold = close > 0 && !paraphrase && close >= near.above(RETOLD) && content >= RETOLD_WORDING
                && a.negated() == b.negated() && (a.figures().isEmpty() || b.figures().isEmpty()
                        || !java.util.Collections.disjoint(a.figures(), b.figures()));
        paraphrase |= retold;
        if (!related && frames == 0 && !wording && !paraphrase) return 0;
        // The same figure counts like one more shared participant.
        double agree = figure ? 1 : 0;
        double blended = related ? 0.5 * content + 0.5 * (shared + agree) / (union + agree) : 0;
        if (wording) blended = Math.max(blended, content - 0.1);
        if (paraphrase) blended = Math.max(blended, close - near.above(MEANING) + MEANING - MEANING_DISCOUNT);
        return Math.max(blended, frames == 0 ? 0 : frames + 0.3 * content);
    }

    /**
     * Two statements about different events ("the summit in Madrid" and "the summit in Vilnius") are never one
     * claim, and articles written far apart must agree closely to be.
     */
    static boolean apart(Statement a, Statement b, Set<String> ubiquitous) {
        if (otherScope(a, b)) return true;
        if (!a.events().isEmpty() && !b.events().isEmpty() && java.util.Collections.disjoint(a.events(), b.events())) return true;
        return a.published() != null && b.published() != null
                && Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) > FAR_APART_DAYS
                && a.vector().cosine(b.vector()) < 0.5
                // unless they also state the same figure, share a run of words or a participant few articles name:
                // one fact retold months later.
                && !(a.vector().cosine(b.vector()) >= 0.3 && (sameFigure(a, b)
                     || !java.util.Collections.disjoint(a.phrases(), b.phrases()) || sharesSpecific(a, b, ubiquitous)));
    }

    private static boolean sharesSpecific(Statement a, Statement b, Set<String> ubiquitous) {
        for (String e : a.entities()) if (!ubiquitous.contains(e) && b.entities().contains(e)) return true;
        return false;
    }

    /**
     * How surely two statements tell the same action: 0.45 when the same actor does the same kind of thing to the
     * same entity, 0.3 when the same actor does the same kind of thing and at most one of them says to what (two
     * different targets are two facts: "X met Y" is not "X met Z"), else 0.
     */
    static double frameAgreement(Statement a, Statement b) {
        double best = 0;
        for (Frames.Frame f : a.frames()) {
            if (f.target() != null && b.frames().contains(f)) return 0.45;
            if (f.target() != null || !b.frames().contains(f)) continue;
            boolean bothTargeted = hasTarget(a, f) && hasTarget(b, f);
            if (!bothTargeted) best = 0.3;
        }
        return best;
    }

    private static boolean hasTarget(Statement s, Frames.Frame bare) {
        for (Frames.Frame f : s.frames()) {
            if (f.target() != null && f.actor().equals(bare.actor()) && f.predicate().equals(bare.predicate())) return true;
        }
        return false;
    }

    /**
     * Whether two differing figures can contradict: figures that belong to no entity are compared only when each
     * sentence gives one such figure (or one range), since a list of unattributed figures says nothing about which
     * is which.
     */
    static boolean comparable(String key, String a, String b) {
        if (key.startsWith("count:") && !oneMagnitude(a, b) || lowerBounds(a, b)) return false;
        boolean owned = !key.endsWith("@") && !key.contains("@~");
        return owned || a.split("\\|").length == 1 && b.split("\\|").length == 1;
    }

    /**
     * Whether both figures are lower bounds ("at least 22", "more than 24"): both hold of any figure above the
     * larger, so two of them never contradict each other, whoever counts.
     */
    static boolean lowerBounds(String a, String b) {
        return a != null && b != null && !a.contains("|") && !b.contains("|") && a.startsWith(">") && b.startsWith(">");
    }

    /**
     * Whether two statements give a count or a share on the accounts of different bodies ("according to Amnesty" /
     * "the rights commission said", "the opposition says its copies show 67%" / "the council declared him the winner
     * with 44%"): two bodies counting apart give two accounts, a dispute the sources report, not one source against
     * another. A sum two bodies put apart (a cost the government and the auditors differ on) stays a disagreement.
     */
    static boolean otherAccounts(Statement a, Statement b, String key) {
        return !isMoney(key) && !a.tellers().isEmpty() && !b.tellers().isEmpty() && java.util.Collections.disjoint(a.tellers(), b.tellers());
    }

    /**
     * Whether a statement gives the figure of {@code key} only as a rule, a condition or a possibility ("a candidate
     * needs 12.5% of registered voters to go through"): no report of a value, it contradicts no value reported.
     */
    static boolean givenAsRule(Statement s, String key) {
        if (s.rules().isEmpty()) return false;
        int at = key.indexOf('@');
        String unit = key.substring(0, Math.max(at, 0));
        if (unit.startsWith("duration:")) unit = "duration";
        int doing = key.indexOf('~', Math.max(at, 0));
        String base = unit + (at < 0 ? "@" : key.substring(at, doing < 0 ? key.length() : doing));
        return s.rules().contains(base);
    }

    /**
     * Whether two statements give the sides of two different votes: one vote told twice agrees on some side's count
     * ("207 backed him ... 116 abstained" in both), so tallies of a vote that share no side's count are of two votes
     * ("13 supported him, 182 against, 199 abstained" and "165 against him, 81 abstained"). Other figures are left
     * to the other checks.
     */
    static boolean otherVotes(Statement a, Statement b, String unit) {
        if (!unit.equals(Quantities.VOTES) || sides(a) == 0 || sides(b) == 0) return false;
        for (Quantities.Quantity x : a.quantities()) {
            if (!x.unit().equals(unit) || x.predicate() == null || !Quantities.SIDES.contains(x.predicate())) continue;
            for (Quantities.Quantity y : b.quantities()) {
                if (y.unit().equals(unit) && x.predicate().equals(y.predicate()) && Quantities.compatible(x.qualified(), y.qualified())) return false;
            }
        }
        return true;
    }

    private static long sides(Statement s) {
        return s.quantities().stream().filter(q -> q.unit().equals(Quantities.VOTES) && q.predicate() != null && Quantities.SIDES.contains(q.predicate())).count();
    }

    private static String unitOf(String key) {
        int at = key.indexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    /** How many times another a count may be and still be a misreport of it. */
    private static final double MISREPORT_FACTOR = 10;

    /**
     * Whether two counts may measure one thing: a count more than ten times another is not that count misread (one
     * digit dropped at most) but another quantity, a toll of one aftershock against the toll of the whole
     * disaster, a part against its whole. Lists and figures that are no numbers are left to the other checks.
     */
    static boolean oneMagnitude(String a, String b) {
        // A list ("5,894, or more than 34,000 in all") is of one magnitude with a figure when any of its members is.
        for (String u : a.split("\\|")) {
            for (String v : b.split("\\|")) {
                double x = Quantities.stated(u), y = Quantities.stated(v);
                if (Double.isNaN(x) || Double.isNaN(y) || x <= 0 || y <= 0) return true;
                if (Math.max(x, y) <= MISREPORT_FACTOR * Math.min(x, y)) return true;
            }
        }
        return false;
    }

    /**
     * Whether two figures are the same figure: equal values, qualifiers aside ("up to 35.3%" and "35.3%"), or (for
     * ranges and lists, "a|b") sharing a value. Stricter than {@link Quantities#compatible}: "up to 35.3%" does not
     * contradict "17%", but it is not the same figure either.
     */
    static boolean sameValue(String a, String b) {
        if (a == null || b == null) return false;
        Set<String> left = new HashSet<>();
        for (String x : a.split("\\|")) left.add(bare(x));
        for (String x : b.split("\\|")) if (left.contains(bare(x))) return true;
        return false;
    }

    /**
     * Whether two single figures can be one figure written two ways: a hedge that admits the other ("nearly 22 per
     * cent" and "21.81%", "just over 40 per cent" and "40.18%", a bound lying within a twentieth of it, else "more
     * than 40" would be any larger figure), or the same figure rounded to fewer decimals ("40.1%" and "40.05%").
     */
    static boolean hedgedAlike(String a, String b) {
        if (a == null || b == null || a.contains("|") || b.contains("|") || a.contains("..") || b.contains("..")) return false;
        char qa = a.isEmpty() ? '=' : a.charAt(0), qb = b.isEmpty() ? '=' : b.charAt(0);
        boolean hedgedA = "~<>".indexOf(qa) >= 0, hedgedB = "~<>".indexOf(qb) >= 0;
        if (!Quantities.compatible(a, b)) return false;
        // "40.1 per cent" and "40.05 per cent": the figure with fewer decimals is the other rounded.
        if (!hedgedA && !hedgedB) return !a.equals(b) && decimals(a) > 0 && decimals(b) > 0 && decimals(a) != decimals(b);
        // "up to 3 billion" is a cap, not the figure itself.
        if (hedgedA == hedgedB || qa == '<' || qb == '<') return false;
        double x = Quantities.stated(a), y = Quantities.stated(b);
        return (hedgedA ? qa : qb) == '~' || Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
    }

    private static int decimals(String v) {
        int point = v.indexOf('.');
        return point < 0 ? 0 : v.length() - point - 1;
    }

    private static String bare(String v) {
        return !v.isEmpty() && "~<>".indexOf(v.charAt(0)) >= 0 ? v.substring(1) : v;
    }

    /** Whether both statements say what their sums are of ("debt", "loan") and no thing is the same. */
    private static boolean sumsOfOtherThings(Statement a, Statement b) {
        Set<String> mine = new HashSet<>(), theirs = new HashSet<>();
        for (Quantities.Quantity q : a.quantities()) if (q.unit().startsWith("money:") && q.predicate() != null) mine.add(q.predicate());
        for (Quantities.Quantity q : b.quantities()) if (q.unit().startsWith("money:") && q.predicate() != null) theirs.add(q.predicate());
        return !mine.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs);
    }

    private static boolean isMoney(String key) {
        return key.startsWith("money:");
    }

    /** Both state the same figure for the same thing ("€1.6 billion"): a strong sign they report one fact. */
    private static boolean sameFigure(Statement a, Statement b) {
        for (var e : a.numbers().entrySet()) {
            String theirs = b.numbers().get(e.getKey());
            if (sameValue(e.getValue(), theirs) || hedgedAlike(e.getValue(), theirs)) return true;
            // A figure one source gives nobody in particular and the other ties to an entity: still one count
            // of one thing ("20,000 jobs").
            String unit = e.getKey().substring(0, e.getKey().indexOf('@') + 1);
            for (var f : b.numbers().entrySet()) {
                if (!f.getKey().equals(e.getKey()) && f.getKey().startsWith(unit) && (e.getKey().equals(unit) || f.getKey().equals(unit))
                        && !unit.startsWith("duration") && (sameValue(e.getValue(), f.getValue()) || hedgedAlike(e.getValue(), f.getValue()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> MONEY_WORDS = Set.of("cost", "price", "budget", "worth", "spend", "spending",
            "fund", "funding", "pay", "investment", "bill", "value", "fee", "fine", "loss", "revenue");

    /**
     * Two statements give different figures for one quantity: the same counted noun ("120 passengers" / "95
     * passengers"), or sums of money in sentences about a cost or price, in sentences that share a participant
     * or some wording.
     */
    static boolean disagreeOnFigure(Statement a, Statement b, AnnotatedLemmas lemmas, Set<String> ubiquitous) {
        for (var e : a.numbers().entrySet()) {
            String other = b.numbers().get(e.getKey());
            if (other == null || Quantities.compatible(other, e.getValue()) || !comparable(e.getKey(), other, e.getValue())
                    || otherAccounts(a, b, e.getKey()) || otherVotes(a, b, unitOf(e.getKey()))
                    || givenAsRule(a, e.getKey()) || givenAsRule(b, e.getKey())
                    || otherDoings(a, b, e.getKey()) || grownSince(e.getKey(), a, e.getValue(), b, other)
                    || agedSince(e.getKey(), a, e.getValue(), b, other)
                    || listsTheOther(e.getKey(), a, e.getValue(), b, other)) continue;
            boolean money = isMoney(e.getKey());
            if (money && sumsOfOtherThings(a, b)) continue;
            boolean topical = !money || lemmas.of(a).stream().anyMatch(MONEY_WORDS::contains)
                    && lemmas.of(b).stream().anyMatch(MONEY_WORDS::contains);
            // Sums of money about one cost may be worded very differently; other counts must be told alike.
            // Counts of one noun whose counted did the same ("34 countries applied" / "23 had applied") need only
            // some wording in common.
            boolean related = money ? !java.util.Collections.disjoint(a.entities(), b.entities()) || a.vector().cosine(b.vector()) >= 0.1
                    : Quantities.byDoing(e.getKey()) ? a.vector().cosine(b.vector()) >= 0.25
                    : similarity(a, b, ubiquitous, null) >= MIN_SIMILARITY * 0.75;
            if (topical && related) return true;
        }
        return false;
    }

    /**
     * Whether both statements say what their counted things did and no doing is the same ("13 senators supported
     * him" / "152 senators voted for her"): two counts of different doings, like the counts a sentence keys by
     * their verbs, measure two things however alike their nouns.
     */
    static boolean otherDoings(Statement a, Statement b, String key) {
        Set<String> mine = doings(a, key), theirs = doings(b, key);
        return !mine.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs);
    }

    private static Set<String> doings(Statement s, String key) {
        Set<String> out = new TreeSet<>();
        if (Quantities.byDoing(key)) return out;
        for (String k : s.numbers().keySet()) if (k.startsWith(key + "~")) out.add(k.substring(key.length() + 1));
        return out;
    }

    /** The stems a statement's vector was built from. */
    interface AnnotatedLemmas {
        Set<String> of(Statement s);
    }

    private static Set<String> docs(List<Statement> c) {
        Set<String> out = new TreeSet<>();
        for (Statement s : c) out.add(s.doc());
        return out;
    }

    /**
     * The member most similar to the others (the earliest among equals), among those whose figures the fewest other
     * sources of the cluster dispute: the one source giving another figure is the odd one out, not the claim.
     */
    private static Statement representative(List<Statement> c) {
        int[] disputes = new int[c.size()];
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < c.size(); i++) fewest = Math.min(fewest, disputes[i] = disputing(c.get(i), c));
        Statement best = null;
        double bestScore = -1;
        for (int i = 0; i < c.size(); i++) {
            Statement s = c.get(i);
            if (disputes[i] > fewest) continue;
            double score = 0;
            for (Statement o : c) if (o != s) score += s.vector().cosine(o.vector());
            if (score > bestScore + 1e-9) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /** "count:country@org:x: 55 vs 54" when two other sources give the statement's owned figure another value and none the same. */
    static String outvoted(Statement s, List<Statement> c) {
        for (var e : s.numbers().entrySet()) {
            // A sum is tied to no entity, but a sentence giving one sum of a currency, of the same thing and size as
            // the single sums of the other members ("total liabilities of 2.93 trillion yuan" against "2.39
            // trillion yuan" twice), gives the cluster's sum otherwise.
            boolean sum = isMoney(e.getKey()) && !e.getValue().contains("|") && !e.getValue().contains("..");
            if (e.getKey().endsWith("@") && !sum) continue;
            Set<String> against = new TreeSet<>(), with = new TreeSet<>();
            String value = null;
            for (Statement o : c) {
                if (o.doc().equals(s.doc()) || distributive(o) || figuresOfOtherScope(o, s) || otherAccounts(o, s, e.getKey())
                        || otherVotes(o, s, unitOf(e.getKey()))
                        || givenAsRule(o, e.getKey()) || givenAsRule(s, e.getKey())) continue;
                // "liabilities of 2.39 trillion yuan against assets of 1.74 trillion yuan": of a member listing sums
                // of several things, the sum of the same thing.
                String other = sum ? sumOfSameThing(o, s, e.getKey()) : o.numbers().get(e.getKey());
                if (other == null || grownSince(e.getKey(), o, other, s, e.getValue())) continue;
                if (sum && (sumsOfOtherThings(o, s) || !Quantities.compatible(other, e.getValue())
                        && (other.contains("|") || other.contains("..") || !sameOrder(other, e.getValue())))) continue;
                if (Quantities.compatible(other, e.getValue())) with.add(o.doc());
                else if (comparable(e.getKey(), other, e.getValue())) {
                    against.add(o.doc());
                    value = other;
                }
            }
            if (against.size() >= 2 && with.isEmpty()) return e.getKey() + ": " + value + " vs " + e.getValue();
        }
        return null;
    }

    /**
     * The one sum of {@code key} that {@code o} gives of what {@code s}'s sum of that key is of, qualified; null when
     * {@code s} gives several such sums or {@code o} gives none or several that could be it.
     */
    private static String sumOfSameThing(Statement o, Statement s, String key) {
        List<Quantities.Quantity> mine = s.quantities().stream().filter(q -> q.key().equals(key)).toList();
        if (mine.size() != 1) return null;
        String thing = mine.get(0).predicate();
        List<Quantities.Quantity> theirs = o.quantities().stream().filter(q -> q.key().equals(key)).toList();
        if (theirs.size() > 1 && thing != null) theirs = theirs.stream().filter(q -> thing.equals(q.predicate())).toList();
        return theirs.size() == 1 ? theirs.get(0).qualified() : null;
    }

    /** How many other sources of the cluster give another value for one of the statement's figures. */
    private static int disputing(Statement s, List<Statement> c) {
        Set<String> docs = new HashSet<>();
        for (Statement o : c) {
            if (o.doc().equals(s.doc())) continue;
            for (var e : s.numbers().entrySet()) {
                String other = o.numbers().get(e.getKey());
                if (other != null && !Quantities.compatible(other, e.getValue()) && comparable(e.getKey(), other, e.getValue())
                        && !grownSince(e.getKey(), s, e.getValue(), o, other)) {
                    docs.add(o.doc());
                    break;
                }
            }
        }
        return docs.size();
    }

    private static String figureDetail(Statement a, Statement b) {
        for (var e : a.numbers().entrySet()) {
            String other = b.numbers().get(e.getKey());
            if (other != null && !Quantities.compatible(other, e.getValue()) && comparable(e.getKey(), other, e.getValue())) return e.getKey() + ": " + e.getValue() + " vs " + other;
        }
        return "";
    }

    /** Members that state a different number for the same thing, a non-overlapping date, or the opposite polarity. */
    private static List<Claim.Contradiction> contradictions(Statement rep, List<Statement> c, Set<String> ubiquitous) {
        List<Claim.Contradiction> out = new ArrayList<>();
        for (Statement s : c) {
            if (s == rep || s.doc().equals(rep.doc())) continue;
            // A figure owned by a named entity that two or more other sources of the cluster give otherwise, and
            // none gives alike, is the odd one out, however the sentences are worded.
            String odd = distributive(s) || revised(s) ? null : outvoted(s, c);
            if (odd != null) {
                out.add(new Claim.Contradiction(s.evidence(), "number", odd));
                continue;
            }
            // A member joined for its meaning alone may tell a neighbouring fact with its own figures ("each
            // pledged $100 million" beside "pledges reached $700 million"): only wording shows one figure twice.
            if (similarity(rep, s, ubiquitous, null) < MIN_SIMILARITY) continue;
            boolean alike = s.vector().cosine(rep.vector()) >= 0.3;
            // "$100 million each" counts per member, not the total another source gives; a figure for another round or
            // day measures another thing: no common measure.
            boolean noCommonMeasure = distributive(rep) != distributive(s) || figuresOfOtherScope(rep, s) || revised(rep) || revised(s);
            for (var e : noCommonMeasure ? Map.<String, String>of().entrySet() : s.numbers().entrySet()) {
                String other = rep.numbers().get(e.getKey());
                // One sentence may tie the figure to a participant both sentences name while the other's grammar ties
                // it to no one ("X became the first to evacuate, bringing 157 people" / "X shipped 175 people"):
                // within one cluster, still that participant's figure.
                boolean bridged = other == null && (other = ownerlessTwin(e.getKey(), s, rep)) != null;
                // Members of one cluster tell one fact: a different sum, or another figure for the same entity,
                // disagrees however differently the two sentences are worded. Other figures need close wording.
                boolean specific = isMoney(e.getKey()) || !e.getKey().endsWith("@") || bridged;
                if (!alike && !specific || isMoney(e.getKey()) && sumsOfOtherThings(rep, s)
                        || givenAsRule(s, e.getKey()) || givenAsRule(rep, e.getKey()) || otherAccounts(rep, s, e.getKey())
                        || otherVotes(rep, s, unitOf(e.getKey()))) continue;
                if (other != null && !Quantities.compatible(other, e.getValue()) && comparable(e.getKey(), other, e.getValue())
                        && !otherDoings(rep, s, e.getKey()) && !grownSince(e.getKey(), rep, other, s, e.getValue())
                        && !agedSince(e.getKey(), rep, other, s, e.getValue())
                        && !listsTheOther(e.getKey(), rep, other, s, e.getValue())
                        // "won about 180 seats, short of the 289 needed": a sentence also stating the other's figure,
                        // if only as a bare number, gives its own figure as another quantity.
                        && !(e.getKey().endsWith("@") && (statesNumber(s, other) || statesNumber(rep, e.getValue())))) {
                    out.add(new Claim.Contradiction(s.evidence(), "number",
                            e.getKey() + ": " + other + " vs " + e.getValue()));
                }
            }
            if (!alike) continue;
            // One date each, both given to the day: sentences listing several dates tell several things.
            if (rep.dates().size() == 1 && s.dates().size() == 1 && disjoint(rep.dates(), s.dates())
                    && rep.dates().iterator().next().length() == 10 && s.dates().iterator().next().length() == 10
                    && !datedAfterOthersWriting(rep, s) && !datedAfterOthersWriting(s, rep) && datesOfOneDoing(rep, s)) {
                out.add(new Claim.Contradiction(s.evidence(), "date", rep.dates() + " vs " + s.dates()));
            }
            // Two quoted voices disagreeing is a debate the sources report, not sources contradicting each other.
            // A sentence affirming one thing and denying another has no one polarity to compare.
            if (rep.negated() != s.negated() && !rep.quoted() && !s.quoted() && !rep.mixed() && !s.mixed()
                    && deniesWhatOtherAffirms(rep, s)) {
                out.add(new Claim.Contradiction(s.evidence(), "polarity", rep.negated() ? "affirms what is denied" : "denies what is affirmed"));
            }
        }
        return out;
    }

    /**
     * The other statement's value for a figure of the same unit where exactly one of the two keys names an owner
     * that both sentences name, and neither sentence gives another figure of that unit; null otherwise.
     */
    static String ownerlessTwin(String key, Statement s, Statement other) {
        int at = key.indexOf('@');
        if (at < 0 || key.startsWith("duration") || key.contains("@~") || key.contains("~")) return null;
        String unit = key.substring(0, at + 1);
        if (figuresOfUnit(s, unit) != 1 || figuresOfUnit(other, unit) != 1) return null;
        String owner = key.substring(at + 1);
        for (var f : other.numbers().entrySet()) {
            if (!f.getKey().startsWith(unit) || f.getKey().equals(key) || f.getKey().contains("~") || f.getValue().contains("|")) continue;
            String theirs = f.getKey().substring(at + 1);
            // "... well ahead of Mr. X's party, which is polling at 16%": an untied figure describing an unnamed
            // noun is that noun's, not the named participant's.
            if (heldByUnnamed(owner.isEmpty() ? s : other, unit)) continue;
            String named = owner.isEmpty() ? theirs : theirs.isEmpty() ? owner : null;
            if (named != null && !named.isEmpty() && s.entities().contains(named) && other.entities().contains(named)) return f.getValue();
        }
        return null;
    }

    /** Whether a statement's untied figure of {@code unitAt} ("percent@") describes a noun that names no entity. */
    private static boolean heldByUnnamed(Statement s, String unitAt) {
        return s.quantities().stream().anyMatch(q -> q.anchor() == null && q.key().equals(unitAt) && q.unnamedHolder());
    }

    private static long figuresOfUnit(Statement s, String unit) {
        return s.numbers().keySet().stream().filter(k -> k.startsWith(unit) && !k.contains("~")).count();
    }

    private static boolean insideQuotation(AnnotatedText at, List<dev.parallax.corpus.Quote> quotes, Token t) {
        for (var q : at.quoteSpans()) if (q.start() <= t.start() && t.end() <= q.end()) return true;
        for (var q : quotes) if (q.start() <= t.start() && t.end() <= q.end()) return true;
        return false;
    }

    private static final java.util.regex.Pattern DISTRIBUTIVE = java.util.regex.Pattern.compile("\\b(each|apiece)\\b");

    /** Whether a statement's figures are counted per member ("each pledged $100 million"). */
    private static boolean distributive(Statement s) {
        return DISTRIBUTIVE.matcher(s.text().toLowerCase(Locale.ROOT)).find();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            var ix = dev.parallax.time.Interval.parse(x);
            for (String y : b) {
                var iy = dev.parallax.time.Interval.parse(y);
                if (ix == null || iy == null || ix.intersect(iy) != null) return false;
            }
        }
        return true;
    }
}
