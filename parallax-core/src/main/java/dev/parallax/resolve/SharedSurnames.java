package dev.parallax.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Merges.*;

/** Which of several people sharing a surname a surname alone stands for: by title's gender, article, prominence. */
final class SharedSurnames {

    /**
     * The full-name clusters of people as they stand before surnames alone are attached (attaching a surname never
     * merges two of them): for each full-name candidate its cluster, and per cluster its summed gender evidence,
     * its number of documents and its number of full-name mentions.
     */
    record People(Map<Integer, Integer> cluster, Map<Integer, Integer> gender, Map<Integer, Integer> docs,
                  Map<Integer, Integer> mentions, Set<Integer> relativesOnly) {
        static People of(Merges s, List<Integer> full, Map<Candidate, Integer> evidence) {
            Map<Integer, Integer> cluster = new HashMap<>(), gender = new HashMap<>(), docs = new HashMap<>(), mentions = new HashMap<>();
            Map<Integer, Set<String>> docSets = new HashMap<>();
            Set<Integer> notRelative = new HashSet<>();
            for (int i : full) {
                int r = s.uf.find(i);
                cluster.put(i, r);
                gender.merge(r, evidence.getOrDefault(s.c.get(i), 0), Integer::sum);
                mentions.merge(r, 1, Integer::sum);
                docSets.computeIfAbsent(r, k -> new HashSet<>()).add(s.c.get(i).doc());
                if (!s.relatives.contains(s.c.get(i))) notRelative.add(r);
            }
            docSets.forEach((r, d) -> docs.put(r, d.size()));
            Set<Integer> relativesOnly = new HashSet<>(docSets.keySet());
            relativesOnly.removeAll(notRelative);
            return new People(cluster, gender, docs, mentions, relativesOnly);
        }

        /**
         * Whether full-name candidate x may be what surname alone c stands for, as far as relatives go. A person the
         * corpus names in full only as somebody's relative ("her father, Jean Dupont") is named so to tell them apart
         * from the subject: not what a bare surname in another article stands for, nor what a surname alone stood
         * for earlier in the article that introduces the relative. A gendered courtesy title elsewhere may still
         * name the relative ("Mrs Abe" for the widow introduced in another article). Only a surname alone is held back
         * so; a given name alone is the relative's own.
         */
        boolean mayStandFor(Merges s, Candidate c, int x) {
            Integer r = cluster.get(x);
            if (r == null || !relativesOnly.contains(r)) return true;
            // "his wife Asma" for "his wife, Asma Haddad": a given name alone is no surname a family shares.
            List<String> own = Names.wordsWithoutParticles(c.name()), full = Names.wordsWithoutParticles(s.c.get(x).name());
            if (!own.isEmpty() && !full.isEmpty() && !own.get(own.size() - 1).equals(full.get(full.size() - 1))) return true;
            boolean inDoc = false;
            for (Map.Entry<Integer, Integer> e : cluster.entrySet()) {
                Candidate o = s.c.get(e.getKey());
                if (!e.getValue().equals(r) || !o.doc().equals(c.doc())) continue;
                if (o.start() < c.start()) return true;
                inDoc = true;
            }
            return !inDoc && GenderEvidence.ofHonorific(c.honorific()) != 0;
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
    record Shared(Integer target, boolean blocked) {}

    /**
     * A surname alone that two people of the corpus share ("Mrs Abe", "Abe" where Shinzo Abe and Akie Abe are both
     * named): a gendered courtesy title picks the person of that gender, in the article first, else the one such
     * person in the corpus, and is left alone when there is none (it never forces a merge); a bare surname, or a
     * title that leaves several, goes to the person the corpus is clearly about ({@link People#dominates}), else
     * to the nearest (no decision here). Surnames with one owner are not touched.
     */
    static Shared sharedSurname(Merges s, Candidate c, String w, List<Integer> inDoc, Set<Integer> corpusOwners, People people) {
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
        // "Ayatollah Khamenei" where the corpus names "Ayatollah Ali Khamenei" and his son Mojtaba Khamenei, "Justice
        // Chan" beside the judge Linda Chan and the minister Paul Chan: a job title goes to the one owner whose full
        // name carries it, or whose role has its word.
        List<Integer> titleFit = titleFitting(s, c, owners.isEmpty() ? corpusOwners : owners);
        if (g == 0 && clusterCount(people, titleFit) == 1) return new Shared(nearest(s, c, titleFit, x -> true), false);
        // No owner in the article: the person of the corpus the title fits, or the one the corpus is about.
        if (owners.isEmpty() && g == 0) return new Shared(corpusChoice(corpusOwners, g, people), false);
        if (g != 0) {
            // "Mr Huang said ... Ms Huang said": an owner the article already calls by the other gender's title is
            // not the one this title names, though the full name alone never showed a gender.
            owners = owners.stream().filter(x -> titledInDoc(s, c.doc(), s.uf.find(x)) * g >= 0).toList();
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
            // "Chan said he expected ..." in an article naming both the judge Linda Chan and Marcus Chan: the pronoun
            // right after a bare surname rules out the owner of the other gender, whoever the corpus is about.
            int own = c.honorific() == null ? Integer.signum(s.gender.getOrDefault(c, 0)) : 0;
            List<Integer> ownFit = fitting.stream().filter(x -> people.genderOf(x) * own >= 0).toList();
            if (own != 0 && clusterCount(people, ownFit) == 1) return new Shared(nearest(s, c, ownFit, x -> true), false);
            for (int a : clusters) {
                boolean dominant = clusters.stream().allMatch(b -> b == a || people.dominates(a, b));
                if (dominant) {
                    int cluster = a;
                    return new Shared(nearest(s, c, fitting.stream().filter(x -> people.cluster().get(x) == cluster).toList(), x -> true), false);
                }
            }
            if (c.honorific() == null && c.title() == null) {
                // "Reyes, who took over after his father, Tomas Reyes, died": the relative is named to tell him apart
                // from the subject; the one person named here not as somebody's relative is the one meant.
                List<Integer> subjects = fitting.stream().filter(x -> !s.relatives.contains(s.c.get(x))).toList();
                if (clusterCount(people, subjects) == 1) return new Shared(nearest(s, c, subjects, x -> true), false);
                // "wrote Fernández" after "Alberto Fernández" and before the article introduces "Cristina Fernández de
                // Kirchner": the article's first bare use names the one owner it has named before it, and its later
                // bare uses keep that handle.
                int firstBare = firstBareUse(s, c, w);
                List<Integer> introduced = fitting.stream().filter(x -> s.c.get(x).start() < firstBare).toList();
                if (clusterCount(people, introduced) == 1) return new Shared(nearest(s, c, introduced, x -> true), false);
                // "Reyes did the same in 1990" in an article naming both Tomas Reyes and Lucia Reyes, neither the
                // corpus's main subject: a bare surname says nothing of which; the nearer one is a guess that fuses
                // a father and a daughter, so it stays unattached.
                return new Shared(null, true);
            }
        }
        return new Shared(nearest(s, c, fitting, x -> true), false);
    }

    /**
     * The full names among {@code pool} that contain {@code w}, keeping only those where it follows a given name when
     * there are some: "Scott" alone after "Mayor Ann Scott" and "General Scott Byrd" is the mayor's surname, not the
     * general's given name (a name written surname first still matches when no one carries the word as a surname).
     */
    static List<Integer> asSurname(Merges s, String w, java.util.Collection<Integer> pool) {
        List<Integer> holders = new java.util.ArrayList<>(), surnames = new java.util.ArrayList<>();
        for (int x : new java.util.TreeSet<>(pool)) {
            List<String> words = Names.wordsWithoutParticles(s.c.get(x).name());
            if (!List.of(s.key[x].split(" ")).contains(w)) continue;
            holders.add(x);
            if (words.indexOf(w) != 0) surnames.add(x);
        }
        return surnames.isEmpty() ? holders : surnames;
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

    /** The owners among {@code pool} whose cluster has a full name under the job title of {@code c}, or a role with its word. */
    private static List<Integer> titleFitting(Merges s, Candidate c, java.util.Collection<Integer> pool) {
        if (c.title() == null || pool.isEmpty()) return List.of();
        List<String> words = Names.words(c.title());
        if (words.isEmpty()) return List.of();
        String word = words.get(words.size() - 1);
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate o = s.c.get(i);
            if (s.family[i] != Resolver.Family.PERSON || o.wordCount() < 2) continue;
            boolean titled = o.title() != null && Names.words(o.title()).contains(word);
            if (titled || o.role() != null && Names.words(o.role()).contains(word)) roots.add(s.uf.find(i));
        }
        return new java.util.TreeSet<>(pool).stream().filter(x -> roots.contains(s.uf.find(x))).toList();
    }

    /** Where the article of a bare surname first uses that surname bare, as a person's name. */
    private static int firstBareUse(Merges s, Candidate c, String w) {
        int first = c.start();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate o = s.c.get(i);
            if (o.start() >= first || !o.doc().equals(c.doc()) || s.family[i] != Resolver.Family.PERSON || !unadorned(o)) continue;
            List<String> words = Names.wordsWithoutParticles(o.name());
            if (words.size() == 1 && words.get(0).equals(w)) first = o.start();
        }
        return first;
    }

    /** The sign of the gendered courtesy titles an article gives the members of one cluster so far (0: none or both). */
    private static int titledInDoc(Merges s, String doc, int root) {
        int sum = 0;
        for (int i = 0; i < s.c.size(); i++) {
            Candidate o = s.c.get(i);
            if (o.honorific() != null && o.doc().equals(doc) && s.uf.find(i) == root) sum += GenderEvidence.ofHonorific(o.honorific());
        }
        return Integer.signum(sum);
    }

    private static int clusterCount(People people, List<Integer> fullCandidates) {
        Set<Integer> out = new HashSet<>();
        for (int x : fullCandidates) out.add(people.cluster().get(x));
        return out.size();
    }
}
