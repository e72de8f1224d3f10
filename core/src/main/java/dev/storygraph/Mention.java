package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One occurrence of an entity in an article.
 *
 * @param article the article id
 * @param text    the surface text
 * @param begin   character offset of the first character in the article's original text
 * @param end     character offset one past the last character
 */
public record Mention(String article, String text, int begin, int end) {
  public Mention {
    requireNonNull(article, "article");
    requireNonNull(text, "text");
    checkArgument(begin >= 0 && begin <= end, "bad mention span: begin=%s, end=%s", begin, end);
  }
}
