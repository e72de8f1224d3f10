package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One input read by {@link Articles}: an article, or why a file could not be one. A batch reports every input it
 * was given: an input with an {@link #error} becomes a failed article ({@link ArticleResult#failed}).
 *
 * @param id      the article id, unique in one read (see {@link Articles})
 * @param article the article, when the input could be read
 * @param error   why not, otherwise ("empty file: ...", "not text: ...")
 * @param warning what was wrong with an input that could still be read (the encoding it was decoded from,
 *                bytes that are not UTF-8)
 */
public record ArticleInput(String id, Optional<Article> article, Optional<String> error, Optional<String> warning) {

  public ArticleInput {
    requireNonNull(id, "id");
    requireNonNull(article, "article");
    requireNonNull(error, "error");
    requireNonNull(warning, "warning");
    checkArgument(article.isPresent() != error.isPresent(),
        "an input has either an article or an error: id=%s, article=%s, error=%s", id, article.isPresent(), error);
  }

  /** An input that could not be read, and why. */
  public static ArticleInput failed(String id, String error) {
    return new ArticleInput(id, Optional.empty(), Optional.of(requireNonNull(error, "error")), Optional.empty());
  }
}
