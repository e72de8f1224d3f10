package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where in an article a role or fact is stated.
 *
 * @param article the article id
 * @param begin   character offset of the sentence's first character in the article's original text
 * @param end     character offset one past its last character
 * @param text    the sentence
 */
public record Evidence(String article, int begin, int end, String text) {
  public Evidence {
    requireNonNull(article, "article");
    requireNonNull(text, "text");
    checkArgument(begin >= 0 && begin <= end, "bad evidence span: begin=%s, end=%s", begin, end);
  }
}
