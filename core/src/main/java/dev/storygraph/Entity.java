package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person, place or organization, with every surface form and mention that refers to it.
 *
 * @param id       identifier, unique within its {@link ArticleResult} or {@link Story} ("E1")
 * @param name     the canonical name: the most complete, most frequent form
 * @param type     person, place or organization
 * @param aliases  the other surface forms, canonical name excluded
 * @param mentions every occurrence, in article and text order
 * @param partOf   for a place, the id of the place of the same result that contains it ("Porto" in "Portugal")
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions,
    java.util.Optional<String> partOf) {
  public Entity {
    requireNonNull(partOf, "partOf");
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    checkArgument(!name.isBlank(), "entity %s has a blank name", id);
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }

  /** An entity with no known container. */
  public Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
    this(id, name, type, aliases, mentions, java.util.Optional.empty());
  }

  /** The ids of the articles that mention this entity, sorted. */
  public Set<String> articles() {
    Set<String> ids = new TreeSet<>();
    mentions.forEach(m -> ids.add(m.article()));
    return ids;
  }
}
