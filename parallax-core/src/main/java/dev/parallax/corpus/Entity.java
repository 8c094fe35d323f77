package dev.parallax.corpus;

import java.util.List;

/**
 * A real-world person, organisation, place, event, programme or outlet, resolved across all documents:
 * canonical name, every surface form seen ({@code aliases}), descriptive references, roles and mentions.
 */
public record Entity(String id, String name, String type, List<String> aliases, List<String> descriptions,
                     List<String> roles, List<EntityMention> mentions, double confidence, String wikidata) {

    public Entity {
        aliases = List.copyOf(aliases);
        descriptions = List.copyOf(descriptions);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    public long documentCount() {
        return mentions.stream().map(EntityMention::doc).distinct().count();
    }

    public long nameMentionCount() {
        return mentions.stream().filter(m -> m.kind() == EntityMention.Kind.name).count();
    }
}
