package dev.storygraph;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One article of a story: its status and reference date after merging.
 *
 * @param id                  the article id
 * @param status              ok, failed or skipped
 * @param error               why it failed or was skipped; for an ok article, a warning, if any
 * @param referenceDate       the day its relative dates were resolved against
 * @param referenceDateSource where that day came from
 * @param tokens              number of tokens annotated
 */
public record ArticleSummary(String id, Status status, Optional<String> error, Optional<LocalDate> referenceDate,
    ReferenceDateSource referenceDateSource, int tokens) {
  public ArticleSummary {
    requireNonNull(id, "id");
    requireNonNull(status, "status");
    requireNonNull(error, "error");
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(referenceDateSource, "referenceDateSource");
  }

  /** The summary of an article result. */
  public static ArticleSummary of(ArticleResult r) {
    return new ArticleSummary(r.articleId(), r.status(), r.error(), r.referenceDate(), r.referenceDateSource(),
        r.tokens());
  }
}
