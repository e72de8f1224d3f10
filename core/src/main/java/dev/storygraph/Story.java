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

  /** The entity with the given id. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
