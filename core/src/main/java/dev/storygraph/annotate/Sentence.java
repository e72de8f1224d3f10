package dev.storygraph.annotate;

/**
 * A sentence: its token range and character span.
 *
 * @param index      position in the document, from 0
 * @param firstToken document index of its first token
 * @param endToken   document index one past its last token
 * @param begin      character offset in the original text
 * @param end        one past the last character
 */
public record Sentence(int index, int firstToken, int endToken, int begin, int end) {
  public int size() {
    return endToken - firstToken;
  }
}
