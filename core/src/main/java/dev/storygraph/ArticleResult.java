package dev.storygraph;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one article yields. A failed article has {@link Status#FAILED}, the reason in {@link #error()} and
 * empty lists; it is never left out of a batch.
 *
 * @param articleId           the article's id
 * @param status              ok or failed
 * @param error               why it failed
 * @param referenceDate       the day relative dates were resolved against, if known
 * @param referenceDateSource where that day came from
 * @param tokens              number of tokens annotated
 * @param entities            the article's entities, ids local to this result
 * @param roles               roles, naming entities of {@link #entities()}
 * @param dates               date expressions with their values
 * @param facts               facts, naming entities of {@link #entities()}
 */
public record ArticleResult(
    String articleId,
    Status status,
    Optional<String> error,
    Optional<LocalDate> referenceDate,
    ReferenceDateSource referenceDateSource,
    int tokens,
    List<Entity> entities,
    List<Role> roles,
    List<DateExpression> dates,
    List<Fact> facts) {

  public ArticleResult {
    requireNonNull(articleId, "articleId");
    requireNonNull(status, "status");
    requireNonNull(error, "error");
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(referenceDateSource, "referenceDateSource");
    entities = List.copyOf(entities);
    roles = List.copyOf(roles);
    dates = List.copyOf(dates);
    facts = List.copyOf(facts);
  }

  /** A failed article: its id, why, and nothing else. */
  public static ArticleResult failed(String articleId, String error) {
    return new ArticleResult(articleId, Status.FAILED, Optional.of(requireNonNull(error, "error")),
        Optional.empty(), ReferenceDateSource.NONE, 0, List.of(), List.of(), List.of(), List.of());
  }

  /** This result with its reference date taken from the story. */
  public ArticleResult fromStoryDate() {
    return new ArticleResult(articleId, status, error, referenceDate, ReferenceDateSource.STORY, tokens, entities, roles,
        dates, facts);
  }

  /** The entity with the given id. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
