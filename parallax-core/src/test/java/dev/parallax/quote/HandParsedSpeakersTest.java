package dev.parallax.quote;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.QuoteSpan;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import dev.parallax.pipeline.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaker rules checked on a parse written by hand, for the parser's mistakes a real sentence does not always show. */
class HandParsedSpeakersTest {

    private static final Map<String, String> LEMMAS = Map.of("said", "say", "announced", "announce", "assured", "assure",
            "qualified", "qualify", "told", "tell", "declared", "declare");

    /** One sentence of space-separated words with their tags, heads and relations, run through the quotes stage. */
    private static List<Quote> quotes(String text, String[] pos, String[] ner, int[] heads, String[] rels, Entity... entities) {
        String[] words = text.split(" ");
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], pos[i], LEMMAS.getOrDefault(words[i], words[i].toLowerCase()), ner[i], heads[i], rels[i]));
            at += words[i].length() + 1;
        }
        // The annotator's quotation spans: each « … » pair of the sentence.
        List<QuoteSpan> spans = new ArrayList<>();
        for (int open = text.indexOf('«'); open >= 0 && text.indexOf('»', open) > 0; open = text.indexOf('«', open + 1)) {
            int close = text.indexOf('»', open) + 1;
            spans.add(new QuoteSpan(open, close, text.substring(open, close), 0, 0));
        }
        AnnotatedText annotated = new AnnotatedText("d", List.of(new Sentence(0, 0, text.length(), 0, words.length)), toks,
                List.of(), List.of(), spans);
        Document doc = Document.read("d", "d.txt", null, null, null, null, text);
        Corpus corpus = Corpus.of(List.of(doc), List.of()).withAnnotations(Map.of("d", annotated)).withEntities(List.of(entities));
        return new QuoteStage().apply(corpus, Progress.NONE).quotes();
    }

    @Test
    void anAgeBetweenCommasDoesNotHideTheNameBeforeAnApposition() {
        // "Lee Min, 75, a veteran technocrat, said he would stay .", parsed with the apposition's noun as subject.
        String text = "Lee Min , 75 , a veteran technocrat , said he would stay .";
        String[] pos = {"NNP", "NNP", ",", "CD", ",", "DT", "JJ", "NN", ",", "VBD", "PRP", "MD", "VB", "."};
        String[] ner = {"PERSON", "PERSON", "O", "NUMBER", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"};
        int[] heads = {1, 9, 1, 1, 1, 7, 7, 9, 7, -1, 12, 12, 9, 9};
        String[] rels = {"compound", "dep", "punct", "amod", "punct", "det", "amod", "nsubj", "punct", "root", "nsubj", "aux",
                "ccomp", "punct"};
        Entity lee = new Entity("person:lee-min", "Lee Min", "PERSON", List.of("Lee Min"), List.of(), List.of(),
                List.of(new EntityMention("d", 0, 7, "Lee Min", EntityMention.Kind.name)), 1.0, null);
        List<Quote> qs = quotes(text, pos, ner, heads, rels, lee);
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.text()).startsWith("he would stay");
            assertThat(q.speaker()).isEqualTo("person:lee-min");
        });
    }

    @Test
    void aNameWithItsTitleClosingAReportSpeaksThoughTheParserGaveTheVerbNoSubject() {
        // "Some 800 people were moved to shelters, Minister Ana Lim said.", parsed with the name hung on "shelters"
        // and the speech verb, without a subject, on the report.
        String text = "Some 800 people were moved to shelters , Minister Ana Lim said .";
        String[] pos = {"DT", "CD", "NNS", "VBD", "VBN", "IN", "NNS", ",", "NNP", "NNP", "NNP", "VBD", "."};
        String[] ner = {"O", "NUMBER", "O", "O", "O", "O", "O", "O", "TITLE", "PERSON", "PERSON", "O", "O"};
        int[] heads = {2, 2, 4, 4, -1, 6, 4, 10, 10, 10, 6, 4, 4};
        String[] rels = {"det", "nummod", "nsubj:pass", "aux:pass", "root", "case", "obl", "punct", "compound", "compound",
                "appos", "parataxis", "punct"};
        Entity lim = new Entity("person:ana-lim", "Ana Lim", "PERSON", List.of("Ana Lim"), List.of(), List.of("Minister"),
                List.of(new EntityMention("d", 49, 56, "Ana Lim", EntityMention.Kind.name)), 1.0, null);
        List<Quote> qs = quotes(text, pos, ner, heads, rels, lim);
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.text()).startsWith("Some 800 people");
            assertThat(q.speaker()).isEqualTo("person:ana-lim");
        });
    }

    @Test
    void aTitledSurnameTheRecogniserLeftUnnamedGoesToThePersonHoldingTheTitle() {
        String text = "Lena Park met Jonas Park , and Acting Mayor Park announced that she would wait .";
        String[] pos = {"NNP", "NNP", "VBD", "NNP", "NNP", ",", "CC", "NNP", "NNP", "NNP", "VBD", "IN", "PRP", "MD", "VB", "."};
        String[] ner = {"PERSON", "PERSON", "O", "PERSON", "PERSON", "O", "O", "O", "TITLE", "O", "O", "O", "O", "O", "O", "O"};
        int[] heads = {1, 2, -1, 4, 2, 10, 10, 9, 9, 10, 2, 14, 14, 14, 10, 2};
        String[] rels = {"compound", "nsubj", "root", "compound", "obj", "punct", "cc", "amod", "compound", "nsubj", "conj",
                "mark", "nsubj", "aux", "ccomp", "punct"};
        Entity lena = new Entity("person:lena-park", "Lena Park", "PERSON", List.of("Lena Park"), List.of(), List.of("Acting Mayor"),
                List.of(new EntityMention("d", 0, 9, "Lena Park", EntityMention.Kind.name)), 1.0, null);
        Entity jonas = new Entity("person:jonas-park", "Jonas Park", "PERSON", List.of("Jonas Park"), List.of(), List.of("Council leader"),
                List.of(new EntityMention("d", 14, 24, "Jonas Park", EntityMention.Kind.name)), 1.0, null);
        List<Quote> qs = quotes(text, pos, ner, heads, rels, lena, jonas);
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.text()).startsWith("she would wait");
            assertThat(q.speaker()).isEqualTo("person:lena-park");
        });
        // The only Park of the document is the acting mayor, though no role of hers says so yet.
        Entity untitled = new Entity("person:lena-park", "Lena Park", "PERSON", List.of("Lena Park"), List.of(), List.of(),
                List.of(new EntityMention("d", 0, 9, "Lena Park", EntityMention.Kind.name)), 1.0, null);
        assertThat(quotes(text, pos, ner, heads, rels, untitled)).anySatisfy(q -> {
            assertThat(q.text()).startsWith("she would wait");
            assertThat(q.speaker()).isEqualTo("person:lena-park");
        });
    }

    @Test
    void aWomanTheResolverTypedAnOrganisationIsStillTheSheWhoSpeaks() {
        // "Minister Ana Lim defended the plan: the town had no choice, she said.", with Ana Lim merged into an
        // organisation (as with the party named beside a minister) while the recogniser tagged her name a person's.
        String text = "Minister Ana Lim defended the plan : the town had no choice , she said .";
        String[] pos = {"NNP", "NNP", "NNP", "VBD", "DT", "NN", ":", "DT", "NN", "VBD", "DT", "NN", ",", "PRP", "VBD", "."};
        String[] ner = {"TITLE", "PERSON", "PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"};
        int[] heads = {2, 2, 3, 9, 5, 3, 3, 8, 9, 14, 11, 9, 14, 14, -1, 14};
        String[] rels = {"compound", "compound", "nsubj", "parataxis", "det", "obj", "punct", "det", "nsubj", "ccomp", "det",
                "obj", "punct", "nsubj", "root", "punct"};
        Entity lim = new Entity("org:ana-lim", "Ana Lim", "ORG", List.of("Ana Lim"), List.of(), List.of("Minister"),
                List.of(new EntityMention("d", 9, 16, "Ana Lim", EntityMention.Kind.name)), 1.0, null);
        List<Quote> qs = quotes(text, pos, ner, heads, rels, lim);
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.text()).startsWith("the town had no choice");
            assertThat(q.speaker()).isEqualTo("org:ana-lim");
        });
    }

    @Test
    void aSpeechVerbHungOnAnAppositionTakenForTheRootHasTheRootsSubject() {
        // "His aide Ana Lim, head of the campaign, has assured that the party « will not bargain »", parsed with
        // "head" as the root, the aide as its subject and the speech verb as a loose dependent.
        String text = "His aide Ana Lim , head of the campaign , has assured that the party « will not bargain » .";
        String[] pos = {"PRP$", "NN", "NNP", "NNP", ",", "NN", "IN", "DT", "NN", ",", "VBZ", "VBN", "IN", "DT", "NN", "SYM",
                "MD", "RB", "VB", "NN", "."};
        String[] ner = {"O", "O", "PERSON", "PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O",
                "O", "O"};
        int[] heads = {1, 5, 3, 1, 1, -1, 8, 8, 5, 5, 11, 5, 18, 14, 18, 14, 18, 18, 11, 18, 5};
        String[] rels = {"nmod:poss", "nsubj", "compound", "appos", "punct", "root", "case", "det", "nmod", "punct", "aux", "dep",
                "mark", "det", "nsubj", "dep", "aux", "advmod", "ccomp", "punct", "punct"};
        Entity lim = new Entity("person:ana-lim", "Ana Lim", "PERSON", List.of("Ana Lim"), List.of(), List.of(),
                List.of(new EntityMention("d", 9, 16, "Ana Lim", EntityMention.Kind.name)), 1.0, null);
        assertThat(quotes(text, pos, ner, heads, rels, lim)).filteredOn(q -> q.text().contains("will not bargain"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("person:ana-lim"));
    }

    @Test
    void aRelativeClauseLeftLooseStillStandsForItsAntecedent() {
        // "Ana Lim, 70, who has led the guild since 2009, had qualified him of « a traitor »", with the relative
        // clause and the speech verb both loose dependents.
        String text = "Ana Lim , 70 , who has led the guild since 2009 , had qualified him of « a traitor » .";
        String[] pos = {"NNP", "NNP", ",", "CD", ",", "WP", "VBZ", "VBN", "DT", "NN", "IN", "CD", ",", "VBD", "VBN", "PRP", "IN",
                "SYM", "DT", "NN", "NN", "."};
        String[] ner = {"PERSON", "PERSON", "O", "NUMBER", "O", "O", "O", "O", "O", "O", "O", "DATE", "O", "O", "O", "O", "O",
                "O", "O", "O", "O", "O"};
        int[] heads = {1, -1, 1, 1, 1, 7, 7, 1, 9, 7, 11, 7, 7, 14, 7, 14, 19, 19, 19, 14, 19, 1};
        String[] rels = {"compound", "root", "punct", "appos", "punct", "nsubj", "aux", "dep", "det", "obj", "case", "obl", "punct",
                "aux", "dep", "obj", "case", "dep", "det", "obl", "punct", "punct"};
        Entity lim = new Entity("person:ana-lim", "Ana Lim", "PERSON", List.of("Ana Lim"), List.of(), List.of(),
                List.of(new EntityMention("d", 0, 7, "Ana Lim", EntityMention.Kind.name)), 1.0, null);
        assertThat(quotes(text, pos, ner, heads, rels, lim)).filteredOn(q -> q.text().contains("a traitor"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("person:ana-lim"));
    }

    @Test
    void aNameBetweenTheQuotationAndAVerbWhoseSubjectIsAQuotedWordSpeaks() {
        // "« This is a fight for the coast , » Pia Moss , the union lawyer , told Coast Radio .", parsed with the
        // name hung on the quotation and a quoted noun for the subject of "told".
        String text = "« This is a fight for the coast , » Pia Moss , the union lawyer , told Coast Radio .";
        String[] pos = {"``", "DT", "VBZ", "DT", "NN", "IN", "DT", "NN", ",", "''", "NNP", "NNP", ",", "DT", "NN", "NN", ",",
                "VBD", "NNP", "NNP", "."};
        String[] ner = {"O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "PERSON", "PERSON", "O", "O", "O", "TITLE", "O", "O",
                "O", "O", "O"};
        int[] heads = {4, 4, 4, 4, 17, 7, 7, 4, 4, 4, 11, 4, 11, 15, 15, 11, 4, -1, 19, 17, 17};
        String[] rels = {"punct", "nsubj", "cop", "det", "nsubj", "case", "det", "nmod", "punct", "punct", "compound", "dep",
                "punct", "det", "compound", "appos", "punct", "root", "compound", "obj", "punct"};
        int at = text.indexOf("Pia Moss");
        Entity moss = new Entity("person:pia-moss", "Pia Moss", "PERSON", List.of("Pia Moss"), List.of(), List.of(),
                List.of(new EntityMention("d", at, at + 8, "Pia Moss", EntityMention.Kind.name)), 1.0, null);
        assertThat(quotes(text, pos, ner, heads, rels, moss)).filteredOn(q -> q.text().contains("a fight for the coast"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("person:pia-moss"));
    }

    @Test
    void anAgeEpithetHeadedByItsAdjectiveIsThePersonDescribedAtThatAge() {
        // "Ana Lim left . « We stay » , the 58-year-old said .", with "58-year-old" an adjective heading the subject and
        // the age known only from another report's description of her.
        String text = "Ana Lim left . « We stay » , the 58-year-old said .";
        String[] pos = {"NNP", "NNP", "VBD", ".", "``", "PRP", "VBP", "''", ",", "DT", "JJ", "VBD", "."};
        String[] ner = {"PERSON", "PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "DURATION", "O", "O"};
        int[] heads = {1, 2, 11, 2, 6, 6, 11, 6, 11, 10, 11, -1, 11};
        String[] rels = {"compound", "nsubj", "parataxis", "punct", "punct", "nsubj", "ccomp", "punct", "punct", "det", "nsubj",
                "root", "punct"};
        Entity lim = new Entity("person:ana-lim", "Ana Lim", "PERSON", List.of("Ana Lim"), List.of("The 58-year-old"), List.of(),
                List.of(new EntityMention("d", 0, 7, "Ana Lim", EntityMention.Kind.name)), 1.0, null);
        assertThat(quotes(text, pos, ner, heads, rels, lim)).filteredOn(q -> q.text().contains("We stay"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("person:ana-lim"));
    }

    @Test
    void anAuxiliaryTakenForTheMainVerbLendsItsSubjectToTheParticiple() {
        // "Ana Lim has this week declared that the guild « for peace » joins .", word for word, parsed with "has" as
        // the root and "declared" as its complement.
        String text = "Ana Lim has this week declared that the guild « for peace » joins .";
        String[] pos = {"NNP", "NNP", "VBZ", "DT", "NN", "VBD", "IN", "DT", "NN", "``", "IN", "NN", "''", "VBZ", "."};
        String[] ner = {"PERSON", "PERSON", "O", "O", "DATE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"};
        int[] heads = {1, 2, -1, 4, 5, 2, 13, 8, 13, 11, 11, 13, 11, 5, 2};
        String[] rels = {"compound", "nsubj", "root", "det", "obl:tmod", "ccomp", "mark", "det", "nsubj", "punct", "case", "obl",
                "punct", "ccomp", "punct"};
        Entity lim = new Entity("person:ana-lim", "Ana Lim", "PERSON", List.of("Ana Lim"), List.of(), List.of(),
                List.of(new EntityMention("d", 0, 7, "Ana Lim", EntityMention.Kind.name)), 1.0, null);
        assertThat(quotes(text, pos, ner, heads, rels, lim)).filteredOn(q -> q.text().contains("for peace"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("person:ana-lim"));
    }
}
