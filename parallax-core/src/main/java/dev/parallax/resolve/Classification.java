package dev.parallax.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** Gives each candidate its family, comparison key and gazetteer entry before any rule joins names. */
record Classification(Gazetteer gazetteer) {

    void classify(Merges s) {
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
    private static void retypeAcronymsInTitleCase(Merges s) {
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
        if (w.size() >= 3 && countryAcronymFirst(gazetteer, name)) {
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

    /** Whether a name opens with a country's short form written as an acronym ("U.S. Bureau of Statistics"). */
    static boolean countryAcronymFirst(Gazetteer gazetteer, String name) {
        String first = name.strip().split("\\s+")[0];
        return Names.isAcronym(first) && gazetteer.lookup(first).filter(x -> "country".equals(x.kind())).isPresent();
    }
}
