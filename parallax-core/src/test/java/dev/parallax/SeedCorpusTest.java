package dev.parallax;

import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Removal;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;
import dev.parallax.report.DossierJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five real seed articles (read from ../shared/corpus/seeds, skipped when absent) through the whole pipeline:
 * the outcomes a reader of the dossier relies on.
 */
class SeedCorpusTest extends SeedTest {

    private static Entity entity(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity with alias " + alias));
    }

    @Test
    void allFiveArticlesAreReadWithoutErrors() {
        assertThat(corpus.documents()).hasSize(5);
        assertThat(corpus.errors()).isEmpty();
        assertThat(corpus.documents()).extracting(Document::id).allMatch(id -> id.matches("\\d{3}_[0-9a-f]{16}"));
    }

    @Test
    void noWebBoilerplateIsLeftAndEveryRemovalIsRecorded() {
        Pattern junk = Pattern.compile("(?im)^(advertisement|leave a comment|you may also like|see also|privacy & cookies policy)\\b"
                + "|uses cookies|logged in to post|akismet|more stories like this|©\\d{4}|\\(courtesy of|photo courtesy"
                + "|read his other articles|^home »|^by admin$");
        for (Document d : corpus.documents()) {
            assertThat(junk.matcher(d.text()).find()).as("boilerplate left in " + d.id()).isFalse();
            for (Removal r : d.removed()) {
                assertThat(r.reason()).isNotBlank();
                assertThat(d.rawText().substring(r.rawStart(), r.rawEnd())).isEqualTo(r.text());
            }
        }
        Set<String> reasons = new HashSet<>();
        corpus.documents().forEach(d -> d.removed().forEach(r -> reasons.add(r.reason())));
        assertThat(reasons).contains("cookie-notice", "comment-prompt", "advertisement", "caption", "copyright",
                "related-links", "breadcrumb", "byline", "author-bio", "duplicate");
    }

    @Test
    void noParagraphIsRepeatedInACleanedText() {
        for (Document d : corpus.documents()) {
            List<String> paragraphs = List.of(d.text().split("\n\n"));
            Set<String> seen = new HashSet<>();
            for (String p : paragraphs) {
                String norm = p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                if (norm.split(" ").length < 8) continue;
                assertThat(seen.add(norm)).as("repeated paragraph in " + d.id()).isTrue();
                for (String other : seen) {
                    if (!other.equals(norm)) assertThat(norm.endsWith(" " + other)).as("prefixed repeat in " + d.id()).isFalse();
                }
            }
        }
    }

    @Test
    void kishidaIsOneEntityInAllForms() {
        Entity k = entity("Fumio Kishida");
        assertThat(k.type()).isEqualTo("PERSON");
        assertThat(k.aliases()).contains("Kishida", "Mr. Kishida");
        assertThat(k.documentCount()).isEqualTo(5);
    }

    @Test
    void misspellingsTranslationVariantsAndAcronymsAreJoined() {
        Entity stoltenberg = entity("Jens Stoltenberg");
        assertThat(stoltenberg.aliases()).contains("Stoltenbeg", "Stotenberg");
        Entity takai = entity("Shin Takai");
        assertThat(takai.aliases()).contains("Susumu Takai", "Nobuyoshi Takai", "Takai Jin");
        Entity nato = entity("NATO");
        assertThat(nato.aliases()).contains("North Atlantic Treaty Organization");
        assertThat(nato.descriptions()).contains("the alliance", "the 31-nation bloc");
        Entity china = entity("China");
        assertThat(china.aliases()).contains("PRC", "People's Republic of China").doesNotContain("Beijing");
        assertThat(china.descriptions()).contains("Beijing");
        assertThat(entity("CCP").aliases()).contains("Chinese Communist Party");
        assertThat(entity("Yoon Suk-Yeol").aliases()).contains("Yoon Suk Yeol", "Yoon");
        // Different people are not merged.
        assertThat(entity("Xie Wensheng").id()).isNotEqualTo(takai.id());
        assertThat(entity("Jens Stoltenberg").id()).isNotEqualTo(entity("Fumio Kishida").id());
    }

    @Test
    void everyOffsetPointsAtItsText() {
        for (Entity e : corpus.entities()) {
            for (EntityMention m : e.mentions()) {
                assertThat(text(m.doc()).substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        for (TemporalExpression t : corpus.temporal()) assertThat(text(t.doc()).substring(t.start(), t.end())).isEqualTo(t.text());
        for (Quote q : corpus.quotes()) assertThat(text(q.doc()).substring(q.start(), q.end())).isEqualTo(q.text());
    }

    private static String text(String doc) {
        return corpus.document(doc).orElseThrow().text();
    }

    @Test
    void theTwoSummitsAreDatedToTheirYearsAndKeptApart() {
        for (TemporalExpression t : corpus.temporal()) {
            if (t.text().startsWith("July 11") || t.text().startsWith("July 12")) {
                assertThat(t.value()).as(t.text() + " in " + t.doc()).startsWith("2023-07-1");
            }
            if (t.text().startsWith("June 29")) assertThat(t.value()).isEqualTo("2022-06-29/2022-06-30");
        }
        List<TimelineEvent> summits = corpus.timeline().stream().filter(e -> e.title().contains("NATO summit")).toList();
        assertThat(summits).anySatisfy(e -> {
            assertThat(e.date()).startsWith("2023-07-11");
            assertThat(e.sources()).isGreaterThanOrEqualTo(3);
        });
        assertThat(summits).anySatisfy(e -> assertThat(e.date()).startsWith("2022-06"));
    }

    @Test
    void eachArticlesInferredDateWindowFitsItsText() {
        for (Document d : corpus.documents()) {
            PublicationDate p = d.published();
            assertThat(p.basis()).as(d.id()).isEqualTo(PublicationDate.Basis.inferred);
            LocalDate from = LocalDate.parse(p.earliest()), to = LocalDate.parse(p.latest());
            assertThat(from).isBeforeOrEqualTo(to);
            boolean about2022 = d.text().contains("June 29 to 30");
            if (about2022) {
                assertThat(from.getYear()).isEqualTo(2022);
                assertThat(to).isBefore(LocalDate.of(2022, 6, 29));
            } else {
                assertThat(from.getYear()).isEqualTo(2023);
                assertThat(to).isBefore(LocalDate.of(2023, 8, 31));
            }
        }
    }

    @Test
    void heSaidQuotesGoToTheLastNamedSpeaker() {
        List<Quote> heSaid = corpus.quotes().stream()
                .filter(q -> q.kind() == Quote.Kind.direct && "He".equals(q.speakerText()) && q.doc().startsWith("003")).toList();
        assertThat(heSaid).hasSizeGreaterThanOrEqualTo(4);
        Set<String> speakers = new HashSet<>();
        for (Quote q : heSaid) speakers.add(q.speaker());
        assertThat(speakers).containsExactlyInAnyOrder(entity("Xie Wensheng").id(), entity("Shin Takai").id());
    }

    @Test
    void macronsOppositionIsAClaimSharedBySeveralSources() {
        Entity macron = entity("Emmanuel Macron");
        List<Claim> withMacron = corpus.claims().stream().filter(c -> c.entities().contains(macron.id())).toList();
        assertThat(withMacron).anySatisfy(c -> assertThat(c.assertingDocs()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void theDossierIsByteIdenticalWhenTheStagesRunAgain() {
        Corpus again = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(new dev.parallax.ingest.Ingestor().read(List.of(TestData.seeds())));
        assertThat(DossierJson.bytes(again)).isEqualTo(DossierJson.bytes(corpus));
    }
}
