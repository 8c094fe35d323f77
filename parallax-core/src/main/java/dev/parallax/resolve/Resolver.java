package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final Classification classification;
    /**
     * The join rules in the order they run: organisations before places before people (a surname alone is attached
     * to full names only once those are joined across spellings), and the tagger's conflicting labels last.
     */
    private final List<JoinRule> rules;

    Resolver(Gazetteer gazetteer) {
        this.classification = new Classification(gazetteer);
        this.rules = List.of(
                new StatedRenamings(),
                new GroupWords(),
                new SameKeys(),
                new AcronymJoins(),
                new OrganisationVariants(),
                new OrganisationSpellings(gazetteer),
                new LegalForms(),
                new OrganisationHeads(),
                new OrganisationShortForms(),
                new TranslatedBodies(),
                new NamedWithHead(),
                new NamesWithoutHead(),
                new PartyMembers(),
                new QualifiedNames(),
                new FormalCountryNames(),
                new CompoundGlosses(),
                new PlaceSuffixes(gazetteer),
                new AdministrativeSuffixes(gazetteer),
                new PlaceTails(gazetteer),
                new PlaceFeatures(),
                new PlaceSpellings(gazetteer),
                new PlaceTranslations(),
                new MisspelledFullNames(),
                new TransliteratedFullNames(),
                new MiddleNames(),
                new DoubleSurnames(),
                new NicknamedSurnames(),
                new LeadingNames(),
                new TranslationVariants(),
                new RomanisedFullNames(),
                new ArabicRomanisedNames(),
                new ChineseRomanisedNames(),
                new SingleNames(),
                new PersonInitials(),
                new Epithets(),
                new MistaggedSurnames(),
                new ClippedGivenNames(),
                new AcrossFamilies());
    }

    /** Resolves with the gender evidence of the candidates, which keeps people sharing a surname apart. */
    List<Cluster> resolve(List<Candidate> candidates, Map<Candidate, Integer> genderEvidence, Set<Candidate> relativeNames,
                          List<int[]> renamedPairs) {
        Merges s = new Merges(candidates, genderEvidence, relativeNames, renamedPairs);
        classification.classify(s);
        for (JoinRule rule : rules) {
            s.rule = rule.getClass().getSimpleName();
            rule.join(s);
        }
        return clusters(s);
    }

    List<Cluster> resolve(List<Candidate> candidates) {
        return resolve(candidates, Map.of(), Set.of(), List.of());
    }

    /** The clusters the rules left, each typed by its members' families and gazetteer entry. */
    private static List<Cluster> clusters(Merges s) {
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
                    && !Merges.unadorned(s.c.get(i)))) {
                votes.remove(Family.PERSON);
            }
            Family f = votes.entrySet().stream()
                    .max(Map.Entry.<Family, Integer>comparingByValue().thenComparing(x -> -x.getKey().ordinal()))
                    .orElseThrow().getKey();
            // "Oran Bay Private Limited": a legal form only a company has makes the cluster a company's.
            if (f != Family.ORG && f != Family.PERSON && members.stream().anyMatch(i -> LegalForms.companyName(s.c.get(i).name()))) {
                f = Family.ORG;
            }
            // "Galle Face", tagged an organisation, is also "Galle Face Green": a name for an open space is a place's.
            if (f == Family.ORG && e == null && members.stream().anyMatch(i -> PlaceFeatures.openSpace(s.c.get(i).name()))) {
                f = Family.PLACE;
            }
            out.add(new Cluster(cs, f, e, s.confidence[s.uf.find(members.get(0))]));
        }
        return out;
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

    static Comparator<Candidate> byPosition() {
        return Comparator.comparing(Candidate::doc).thenComparingInt(Candidate::start);
    }
}
