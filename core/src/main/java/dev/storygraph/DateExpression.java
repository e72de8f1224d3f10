package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A date expression in an article and its normalized value.
 *
 * @param article the article id
 * @param text    the expression as written ("over the weekend")
 * @param value   its ISO 8601 value, resolved against the article's reference date; when the expression
 *                cannot be placed on the calendar, the value CoreNLP's SUTime gives ("XXXX-09-17", "PAST_REF")
 * @param begin   character offset in the article's original text
 * @param end     one past the last character
 */
public record DateExpression(String article, String text, String value, int begin, int end) {
  public DateExpression {
    requireNonNull(article, "article");
    requireNonNull(text, "text");
    requireNonNull(value, "value");
    checkArgument(begin >= 0 && begin <= end, "bad date span: begin=%s, end=%s", begin, end);
  }

  /** The calendar span of the value, if it is one. */
  public java.util.Optional<TimeSpan> span() {
    return TimeSpan.parse(value);
  }
}
