package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Full names sharing a word in one article, given one role: machine translation's variants of one person. */
final class TranslationVariants implements JoinRule {

    /**
     * Machine translation writes one person with different given names ("Shin Takai", "Susumu Takai"): two full
     * names sharing a word in one article are one person when the article gives them the same role or
     * affiliation; a later full name with that word and no role of its own refers back to the only such person.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, List<Integer>> byDoc = new TreeMap<>();
        for (int i : full) byDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        FullNameDocs fullDocs = FullNameDocs.of(s, full);
        for (var d : byDoc.entrySet()) {
            String doc = d.getKey();
            List<Integer> inDoc = d.getValue();
            for (int x = 0; x < inDoc.size(); x++) {
                for (int y = x + 1; y < inDoc.size(); y++) {
                    int a = inDoc.get(x), b = inDoc.get(y);
                    if (s.uf.same(a, b) || !shareEnd(s.c.get(a).name(), s.c.get(b).name()) || endsOtherName(s.c.get(a).name(), s.c.get(b).name())) continue;
                    if (fullDocs.toldApartElsewhere(s, a, b, doc)) continue;
                    if (rolesSimilar(rolesOf(s, a, inDoc), rolesOf(s, b, inDoc))) fullDocs.join(s, a, b, 0.8);
                }
            }
            for (int r : inDoc) {
                // "his widow Yumiko Tanabe" after "Governor Hiroshi Tanabe": a relative, not a variant of his name.
                if (!rolesOf(s, r, inDoc).isEmpty() || s.relatives.contains(s.c.get(r))) continue;
                Set<Integer> targets = new HashSet<>();
                for (int q : inDoc) {
                    if (s.uf.same(q, r) || !shareEnd(s.c.get(q).name(), s.c.get(r).name()) || endsOtherName(s.c.get(q).name(), s.c.get(r).name())) continue;
                    if (fullDocs.toldApartElsewhere(s, q, r, doc) || !mayBeOnePerson(s, q, r)) continue;
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
        static FullNameDocs of(Merges s, List<Integer> full) {
            Map<Integer, Set<String>> out = new HashMap<>();
            for (int i : full) out.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(s.c.get(i).doc());
            return new FullNameDocs(out);
        }

        boolean toldApartElsewhere(Merges s, int a, int b, String doc) {
            Set<String> da = byRoot.getOrDefault(s.uf.find(a), Set.of()), db = byRoot.getOrDefault(s.uf.find(b), Set.of());
            for (String d : da) if (!d.equals(doc) && db.contains(d)) return true;
            return false;
        }

        void join(Merges s, int a, int b, double conf) {
            Set<String> docs = new HashSet<>(byRoot.getOrDefault(s.uf.find(a), Set.of()));
            docs.addAll(byRoot.getOrDefault(s.uf.find(b), Set.of()));
            byRoot.remove(s.uf.find(a));
            byRoot.remove(s.uf.find(b));
            s.join(a, b, conf);
            byRoot.put(s.uf.find(a), docs);
        }
    }

    /** Roles of the cluster of {@code i} among the candidates of one document. */
    private static List<Candidate> rolesOf(Merges s, int i, List<Integer> inDoc) {
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

    /**
     * Whether the later name {@code r} may write the person of the cluster of {@code q} without a role to say so.
     * A name order turned round ("Takai Jin" after "Shin Takai") is a rendering in another naming custom; an
     * initial ("S. Varga" after "Sandor Varga"), a short form of the given name, a slip of the keys, or a courtesy
     * title written after the name ("Kemal Bey") is the same person, and so is a span with an acronym for a given
     * name ("NATO Larsen"). Two names in one order with different given
     * names ("Ana Ruiz", later "Eva Ruiz") are two people, often kin, unless the text gives them one role.
     */
    static boolean mayBeOnePerson(Merges s, int q, int r) {
        List<String> wr = Names.wordsWithoutParticles(s.c.get(r).name());
        if (wr.size() < 2) return false;
        // "BRICS Putin", a tagger's span with an acronym before the surname: an acronym is no given name.
        Set<String> acronyms = new HashSet<>();
        for (String w : s.c.get(r).name().split("[\\s-]+")) if (Names.isAcronym(w)) acronyms.add(Names.fold(w));
        boolean flipped = true;
        for (int j = 0; j < s.c.size(); j++) {
            if (!s.uf.same(j, q)) continue;
            List<String> wq = Names.wordsWithoutParticles(s.c.get(j).name());
            if (wq.size() < 2) continue;
            boolean sameFirst = wq.get(0).equals(wr.get(0)), sameLast = wq.get(wq.size() - 1).equals(wr.get(wr.size() - 1));
            if (!sameFirst && !sameLast) continue;
            flipped = false;
            List<String> onlyR = new ArrayList<>(wr), onlyQ = new ArrayList<>(wq);
            onlyR.removeAll(wq);
            onlyQ.removeAll(wr);
            if (onlyR.stream().allMatch(w -> HonorificSuffixes.SPACED.contains(w) || acronyms.contains(w) || onlyQ.stream().anyMatch(o -> compatible(w, o)))) {
                return true;
            }
        }
        return flipped;
    }

    /** Two given names of one person: an initial and the name it begins, a short form, or a slip of the keys. */
    private static boolean compatible(String a, String b) {
        if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0);
        return Names.sameGivenName(a, b) || Similarity.sameWord(a, b);
    }

    /**
     * Whether two full names share a word that ends both, first or last (a surname, written last or first: "Takai
     * Jin" and "Susumu Takai"). A word shared elsewhere is no variant's: "Ann Reed" and "Tom Reed Hall" are a mayor
     * and the man a hall is named after, "Ana Ruiz" and "Luis Ruiz Soto" two people, one with a double surname.
     */
    private static boolean shareEnd(String a, String b) {
        Set<String> ea = ends(a);
        // Particles ("al", "bin", "van") are shared by unrelated names.
        for (String w : ends(b)) if (w.length() >= 2 && ea.contains(w)) return true;
        return false;
    }

    private static Set<String> ends(String name) {
        List<String> w = Names.wordsWithoutParticles(name);
        return w.isEmpty() ? Set.of() : new HashSet<>(List.of(w.get(0), w.get(w.size() - 1)));
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
}
