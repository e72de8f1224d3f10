package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article to extract from.
 *
 * @param id            a non-blank identifier, unique within a story (the command line uses the file name
 *                      without its extension)
 * @param text          the article's text, web boilerplate and all; StoryGraph cleans it
 * @param referenceDate the day the article was written, if the caller knows it (a year from
 *                      {@value #MIN_YEAR} to {@value #MAX_YEAR}); otherwise StoryGraph looks for it in the text
 * @param source        where the article came from (a path or URL), for the caller's records
 */
public record Article(String id, String text, Optional<LocalDate> referenceDate, Optional<String> source) {

  public Article {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(source, "source");
    checkArgument(!id.isBlank(), "article id is blank: '%s'", id);
    referenceDate.ifPresent(d -> checkArgument(d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR,
        "reference date of article %s is outside the years %s-%s: %s", id, MIN_YEAR, MAX_YEAR, d));
  }

  /** The earliest year of a reference date: ISO 8601 dates, weeks and ranges have four-digit years. */
  public static final int MIN_YEAR = 1000;
  /** The latest year of a reference date. */
  public static final int MAX_YEAR = 9999;

  /** An article with no known reference date and no source. */
  public static Article of(String id, String text) {
    return new Article(id, text, Optional.empty(), Optional.empty());
  }

  /** This article with the given reference date. */
  public Article withReferenceDate(LocalDate date) {
    return new Article(id, text, Optional.of(requireNonNull(date, "date")), source);
  }

  /** This article with the given source. */
  public Article withSource(String newSource) {
    return new Article(id, text, referenceDate, Optional.of(requireNonNull(newSource, "source")));
  }
}
