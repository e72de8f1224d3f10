package dev.storygraph;

import java.util.List;
import java.util.Optional;

/**
 * The merged result of many articles on one story: one entity per referent, one fact per event.
 *
 * @param articles every article given, failed ones included, in the order given
 * @param entities entities resolved across articles
 * @param roles    roles, naming entities of {@link #entities()}
 * @param facts    facts with their support, naming entities of {@link #entities()}
 * @param dates    the date expressions of every article
 */
public record Story(List<ArticleSummary> articles, List<Entity> entities, List<Role> roles, List<Fact> facts,
    List<DateExpression> dates) {
  public Story {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    roles = List.copyOf(roles);
    facts = List.copyOf(facts);
    dates = List.copyOf(dates);
  }

  /** The entity with the given id. Looks through {@link #entities()}: build a map for many lookups. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The name of the entity with the given id, so that a fact prints without a hand-built map:
   * {@code story.name(f.subject()) + " " + f.predicate() + " " + f.object().map(story::name).orElse("-")}.
   *
   * @throws IllegalArgumentException when no entity of this story has that id
   */
  public String name(String id) {
    return entity(id).map(Entity::name)
        .orElseThrow(() -> new IllegalArgumentException("no entity with id '" + id + "' in this story"));
  }

  /** The article with the given id. */
  public Optional<ArticleSummary> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
