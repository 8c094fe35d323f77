package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The immutable state that flows through the pipeline: the documents and every annotation layer added so far.
 * Each stage returns a new corpus with one more layer; nothing is mutated in place.
 */
public record Corpus(
        List<Document> documents,
        List<InputError> errors,
        Map<String, AnnotatedText> annotations,
        List<Duplicate> duplicates,
        List<Entity> entities,
        List<TemporalExpression> temporal,
        List<TimelineEvent> timeline,
        List<Quote> quotes,
        List<Claim> claims,
        List<SourceProfile> sources,
        List<SummarySentence> summary) {

    public Corpus {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        annotations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        duplicates = List.copyOf(duplicates);
        entities = List.copyOf(entities);
        temporal = List.copyOf(temporal);
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        summary = List.copyOf(summary);
    }

    /** A corpus of read documents (sorted by id, so every later order is stable) and input errors. */
    public static Corpus of(List<Document> documents, List<InputError> errors) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::id));
        List<InputError> sortedErrors = new ArrayList<>(errors);
        sortedErrors.sort(Comparator.comparing(InputError::source).thenComparing(InputError::reason));
        return new Corpus(sorted, sortedErrors, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public AnnotatedText annotation(String docId) {
        return annotations.get(docId);
    }

    public Corpus withDocuments(List<Document> v) {
        return new Corpus(v, errors, annotations, duplicates, entities, temporal, timeline, quotes, claims, sources, summary);
    }

    public Corpus mapDocuments(UnaryOperator<Document> f) {
        return withDocuments(documents.stream().map(f).toList());
    }

    public Corpus withErrors(List<InputError> v) {
        return new Corpus(documents, v, annotations, duplicates, entities, temporal, timeline, quotes, claims, sources, summary);
    }

    public Corpus withAnnotations(Map<String, AnnotatedText> v) {
        return new Corpus(documents, errors, v, duplicates, entities, temporal, timeline, quotes, claims, sources, summary);
    }

    public Corpus withDuplicates(List<Duplicate> v) {
        return new Corpus(documents, errors, annotations, v, entities, temporal, timeline, quotes, claims, sources, summary);
    }

    public Corpus withEntities(List<Entity> v) {
        return new Corpus(documents, errors, annotations, duplicates, v, temporal, timeline, quotes, claims, sources, summary);
    }

    public Corpus withTemporal(List<TemporalExpression> v) {
        return new Corpus(documents, errors, annotations, duplicates, entities, v, timeline, quotes, claims, sources, summary);
    }

    public Corpus withTimeline(List<TimelineEvent> v) {
        return new Corpus(documents, errors, annotations, duplicates, entities, temporal, v, quotes, claims, sources, summary);
    }

    public Corpus withQuotes(List<Quote> v) {
        return new Corpus(documents, errors, annotations, duplicates, entities, temporal, timeline, v, claims, sources, summary);
    }

    public Corpus withClaims(List<Claim> v) {
        return new Corpus(documents, errors, annotations, duplicates, entities, temporal, timeline, quotes, v, sources, summary);
    }

    public Corpus withSources(List<SourceProfile> v) {
        return new Corpus(documents, errors, annotations, duplicates, entities, temporal, timeline, quotes, claims, v, summary);
    }

    public Corpus withSummary(List<SummarySentence> v) {
        return new Corpus(documents, errors, annotations, duplicates, entities, temporal, timeline, quotes, claims, sources, v);
    }
}
