package dev.storygraph;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one article yields. A failed or skipped article has its status, the reason in {@link #error()} and
 * empty lists; it is never left out of a batch. An ok article may carry a warning in {@link #error()}: what
 * was changed in its input before extraction (text cut at the size limit, markup removed, bytes replaced).
 *
 * @param articleId           the article's id
 * @param status              ok, failed or skipped
 * @param error               why it failed or was skipped; for an ok article, a warning, if any
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

  /** A skipped article: its id, what it is, and nothing else. */
  public static ArticleResult skipped(String articleId, String reason) {
    return new ArticleResult(articleId, Status.SKIPPED, Optional.of(requireNonNull(reason, "reason")),
        Optional.empty(), ReferenceDateSource.NONE, 0, List.of(), List.of(), List.of(), List.of());
  }

  /** This result with a warning about its input added to {@link #error()}. */
  public ArticleResult withWarning(String warning) {
    requireNonNull(warning, "warning");
    String all = error.map(e -> e + "; " + warning).orElse(warning);
    return new ArticleResult(articleId, status, Optional.of(all), referenceDate, referenceDateSource, tokens, entities,
        roles, dates, facts);
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
