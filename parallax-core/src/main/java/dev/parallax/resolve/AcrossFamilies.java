package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** One spelling the tagger labelled differently in different sentences: one entity when the labels say so. */
final class AcrossFamilies implements JoinRule {

    /**
     * The tagger sometimes labels one name differently in different sentences ("Asia" as a city, "Kishida" as an
     * organisation). Non-person labels of one spelling are merged; a person label and another label of one
     * spelling are merged only when one clearly dominates.
     */
    @Override
    public void join(Merges s) {
        Map<String, Map<Family, List<Integer>>> bySpelling = new TreeMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.c.get(i).metonymOf() != null || s.family[i] == Family.NORP) continue;
            bySpelling.computeIfAbsent(nameKey(s.c.get(i).name()), k -> new TreeMap<>())
                    .computeIfAbsent(s.family[i], k -> new ArrayList<>()).add(i);
        }
        // Clusters of people a title or a role shows to be people ("Adviser Nahid", "Nahid Islam, a student leader").
        Set<Integer> adorned = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) if (s.family[i] == Family.PERSON && !unadorned(s.c.get(i))) adorned.add(s.uf.find(i));
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
                    || onlyMisc && persons.size() >= others || voteForPerson(s, fams, adorned))) {
                s.join(persons.get(0), otherRep, 0.8);
            }
        }
    }

    /**
     * "Nahid Islam" labelled an organisation in some articles and a person in as many others: the tagger's labels tie,
     * and the articles decide. A name of two words or more is a person's when articles give that person a title or a
     * role, the person labels cover as many articles as the others, and nothing says organisation in the other
     * mentions (the words around them, a head word such as "Party", a known body).
     */
    private static boolean voteForPerson(Merges s, Map<Family, List<Integer>> fams, Set<Integer> adorned) {
        List<Integer> persons = fams.get(Family.PERSON);
        if (s.c.get(persons.get(0)).wordCount() < 2 || persons.stream().noneMatch(i -> adorned.contains(s.uf.find(i)))) return false;
        Set<String> personDocs = new HashSet<>(), otherDocs = new HashSet<>();
        for (int i : persons) personDocs.add(s.c.get(i).doc());
        for (var e : fams.entrySet()) {
            if (e.getKey() == Family.PERSON) continue;
            for (int i : e.getValue()) {
                Candidate c = s.c.get(i);
                if (isContextLabel(c.ner()) || s.entry[i] != null || NameSplits.headed(c.name())) return false;
                otherDocs.add(c.doc());
            }
        }
        return personDocs.size() >= otherDocs.size();
    }
}
