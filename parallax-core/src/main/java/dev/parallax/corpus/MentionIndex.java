package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Looks up which resolved entities are mentioned where: by document span, or by entity id. */
public final class MentionIndex {

    /** A mention with the entity it belongs to. */
    public record Hit(Entity entity, EntityMention mention) {}

    private final Map<String, List<Hit>> byDoc = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private final List<Entity> entities;

    public MentionIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            byId.put(e.id(), e);
            byName.putIfAbsent(e.name(), e);
            for (EntityMention m : e.mentions()) byDoc.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(new Hit(e, m));
        }
        for (List<Hit> hits : byDoc.values()) {
            hits.sort(Comparator.comparingInt((Hit h) -> h.mention().start()).thenComparingInt(h -> -h.mention().end())
                    .thenComparing(h -> h.entity().id()));
        }
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    /** Every entity, in the order given. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity with this canonical name, or null. */
    public Entity byName(String name) {
        return byName.get(name);
    }

    /** Mentions lying wholly inside [start, end) of a document, in text order. */
    public List<Hit> within(String doc, int start, int end) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : byDoc.getOrDefault(doc, List.of())) {
            if (h.mention().start() >= end) break;
            if (h.mention().start() >= start && h.mention().end() <= end) out.add(h);
        }
        return out;
    }

    /** Mentions overlapping [start, end) of a document, in text order. */
    public List<Hit> overlapping(String doc, int start, int end) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : byDoc.getOrDefault(doc, List.of())) {
            if (h.mention().start() >= end) break;
            if (h.mention().end() > start) out.add(h);
        }
        return out;
    }

    /** All mentions of a document in text order. */
    public List<Hit> of(String doc) {
        return byDoc.getOrDefault(doc, List.of());
    }
}
