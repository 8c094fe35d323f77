package dev.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Duplicate;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.InputError;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Removal;
import dev.parallax.corpus.SourceProfile;
import dev.parallax.corpus.SummarySentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a corpus as the dossier JSON documented in {@code docs/dossier-schema.md} ({@value #SCHEMA}). Fields
 * are written in a fixed order and nothing depends on time or hashing order, so one input gives identical bytes.
 */
public final class DossierJson {

    /** The schema identifier written into every dossier. */
    public static final String SCHEMA = "parallax.dossier/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DossierJson() {}

    public static byte[] bytes(Corpus corpus) {
        try {
            return (MAPPER.writeValueAsString(tree(corpus)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(Corpus c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode gen = root.putObject("generator");
        gen.put("name", "parallax");
        gen.put("version", Version.get());
        ObjectNode stats = root.putObject("stats");
        stats.put("documents", c.documents().size());
        stats.put("errors", c.errors().size());
        stats.put("entities", c.entities().size());
        stats.put("quotes", c.quotes().size());
        stats.put("claims", c.claims().size());
        ArrayNode docs = root.putArray("documents");
        for (Document d : c.documents()) docs.add(document(d));
        ArrayNode dups = root.putArray("duplicates");
        for (Duplicate d : c.duplicates()) {
            ObjectNode o = dups.addObject();
            o.put("kind", d.kind().name());
            o.put("similarity", round(d.similarity()));
            evidence(o, d.evidence());
        }
        ArrayNode ents = root.putArray("entities");
        for (Entity e : c.entities()) ents.add(entity(e));
        ArrayNode temporal = root.putArray("temporal");
        for (TemporalExpression t : c.temporal()) {
            ObjectNode o = temporal.addObject();
            o.put("doc", t.doc());
            o.put("start", t.start());
            o.put("end", t.end());
            o.put("text", t.text());
            o.put("type", t.type());
            o.put("value", t.value());
            o.put("timex", t.timex());
            o.put("reason", t.reason());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEvent t : c.timeline()) {
            ObjectNode o = timeline.addObject();
            o.put("id", t.id());
            o.put("date", t.date());
            o.put("until", t.until());
            o.put("title", t.title());
            o.put("trigger", t.trigger());
            strings(o.putArray("entities"), t.entities());
            o.put("place", t.place());
            o.put("sources", t.sources());
            evidence(o, t.evidence());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : c.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("id", q.id());
            o.put("doc", q.doc());
            o.put("start", q.start());
            o.put("end", q.end());
            o.put("text", q.text());
            o.put("kind", q.kind().name());
            o.put("speaker", q.speaker());
            o.put("speakerText", q.speakerText());
            o.put("speakerStart", q.speakerStart());
            o.put("speakerEnd", q.speakerEnd());
            o.put("cue", q.cue());
            evidence(o, List.of(q.evidence()));
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim cl : c.claims()) claims.add(claim(cl));
        ArrayNode sources = root.putArray("sources");
        for (SourceProfile s : c.sources()) sources.add(source(s));
        ArrayNode summary = root.putArray("summary");
        for (SummarySentence s : c.summary()) {
            ObjectNode o = summary.addObject();
            o.put("text", s.text());
            evidence(o, s.evidence());
        }
        ArrayNode errors = root.putArray("errors");
        for (InputError e : c.errors()) {
            ObjectNode o = errors.addObject();
            o.put("source", e.source());
            o.put("reason", e.reason());
        }
        return root;
    }

    private static ObjectNode document(Document d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", d.id());
        o.put("source", d.source());
        o.put("url", d.url());
        o.put("title", d.title());
        o.put("author", d.author());
        o.put("outlet", d.outlet());
        o.put("language", d.language());
        ObjectNode p = o.putObject("published");
        p.put("value", d.published().value());
        p.put("earliest", d.published().earliest());
        p.put("latest", d.published().latest());
        p.put("basis", d.published().basis().name());
        evidence(p, d.published().evidence());
        o.put("text", d.text());
        ArrayNode removed = o.putArray("removed");
        for (Removal r : d.removed()) {
            ObjectNode x = removed.addObject();
            x.put("text", r.text());
            x.put("reason", r.reason());
            x.put("rawStart", r.rawStart());
            x.put("rawEnd", r.rawEnd());
        }
        return o;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        strings(o.putArray("aliases"), e.aliases());
        strings(o.putArray("descriptions"), e.descriptions());
        strings(o.putArray("roles"), e.roles());
        o.put("confidence", round(e.confidence()));
        o.put("wikidata", e.wikidata());
        o.put("documents", e.documentCount());
        ArrayNode ms = o.putArray("mentions");
        for (EntityMention m : e.mentions()) {
            ObjectNode x = ms.addObject();
            x.put("doc", m.doc());
            x.put("start", m.start());
            x.put("end", m.end());
            x.put("text", m.text());
            x.put("kind", m.kind().name());
        }
        return o;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("text", c.text());
        o.put("normalized", c.normalized());
        if (c.fact() != null) o.put("fact", c.fact());
        o.put("status", c.status().name());
        strings(o.putArray("entities"), c.entities());
        ArrayNode a = o.putArray("assertedBy");
        for (Evidence e : c.assertedBy()) span(a.addObject(), e);
        strings(o.putArray("omittedBy"), c.omittedBy());
        ArrayNode x = o.putArray("contradictedBy");
        for (Claim.Contradiction k : c.contradictedBy()) {
            ObjectNode n = x.addObject();
            span(n, k.evidence());
            n.put("aspect", k.aspect());
            n.put("detail", k.detail());
        }
        evidence(o, c.assertedBy());
        return o;
    }

    private static ObjectNode source(SourceProfile s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", s.doc());
        o.put("outlet", s.outlet());
        ArrayNode ents = o.putArray("entities");
        for (SourceProfile.Coverage c : s.entities()) {
            ObjectNode x = ents.addObject();
            x.put("entity", c.entity());
            x.put("mentions", c.mentions());
        }
        ArrayNode quoted = o.putArray("quoted");
        for (SourceProfile.Voice v : s.quoted()) {
            ObjectNode x = quoted.addObject();
            x.put("speaker", v.speaker());
            x.put("name", v.name());
            x.put("quotes", v.quotes());
            x.put("words", v.words());
            x.put("share", round(v.share()));
        }
        strings(o.putArray("exclusiveClaims"), s.exclusiveClaims());
        strings(o.putArray("omittedClaims"), s.omittedClaims());
        ObjectNode f = o.putObject("framing");
        ArrayNode terms = f.putArray("loadedTerms");
        for (SourceProfile.Term t : s.framing().loadedTerms()) {
            ObjectNode x = terms.addObject();
            x.put("term", t.term());
            x.put("category", t.category());
            x.put("count", t.count());
            evidence(x, t.evidence());
        }
        ArrayNode tone = f.putArray("tone");
        for (SourceProfile.Tone t : s.framing().tone()) {
            ObjectNode x = tone.addObject();
            x.put("entity", t.entity());
            x.put("score", round(t.score()));
            x.put("sentences", t.sentences());
        }
        f.put("quotedShare", round(s.framing().quotedShare()));
        evidence(o, s.evidence());
        return o;
    }

    private static void evidence(ObjectNode o, List<Evidence> evidence) {
        ArrayNode a = o.putArray("evidence");
        for (Evidence e : evidence) span(a.addObject(), e);
    }

    private static void span(ObjectNode o, Evidence e) {
        o.put("doc", e.doc());
        o.put("start", e.start());
        o.put("end", e.end());
    }

    private static void strings(ArrayNode a, List<String> values) {
        for (String v : values) a.add(v);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
