package dev.storygraph.clean;

/**
 * Bounds the work of the tagger and the parser before they run: a run of more than {@code maxWords} tokens with
 * no sentence end in it (a run-on sentence, a list, a table flattened into one line) is broken into lines of at
 * most that many tokens, after a comma or semicolon where there is one, and a "word" longer than
 * {@link #MAX_WORD_CHARS} characters (encoded data, a flattened table row) is blanked. Only white space is
 * replaced, so the text keeps its length and every offset. The annotator treats every line break as a sentence
 * break, so no sentence it sees has more than about {@code maxWords} tokens. Tokens are counted as the
 * tokenizer will roughly see them: a word and each punctuation mark in it ("1,2,3" is five).
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceCap {
  /** Longer runs of characters without white space are not words of prose. */
  public static final int MAX_WORD_CHARS = 100;

  private SentenceCap() {}

  /**
   * The text with its over-long sentences broken and its over-long words blanked.
   *
   * @param maxWords the most tokens a sentence may have; at least 2
   */
  public static String cap(String text, int maxWords) {
    char[] out = text.toCharArray();
    int words = 0;
    int clause = -1; // the last white space after a comma or semicolon in the current run
    int clauseWords = 0;
    int i = 0;
    while (i < out.length) {
      char c = out[i];
      if (c == '\n') {
        words = 0;
        clause = -1;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < out.length && !Character.isWhitespace(out[i])) {
        i++;
      }
      if (i - start > MAX_WORD_CHARS) {
        for (int k = start; k < i; k++) {
          out[k] = ' ';
        }
        continue;
      }
      words++;
      for (int k = start; k < i; k++) {
        if (!Character.isLetterOrDigit(out[k])) {
          words++;
        }
      }
      char last = out[i - 1];
      if (last == '.' || last == '!' || last == '?' || last == '…') {
        words = 0;
        clause = -1;
        continue;
      }
      if (words >= maxWords && i < out.length && out[i] != '\n') {
        boolean atClause = clause >= 0 && clauseWords >= maxWords / 2;
        int at = atClause ? clause : i;
        out[at] = '\n';
        words = atClause ? words - clauseWords : 0;
        clause = -1;
        continue;
      }
      if ((last == ',' || last == ';') && i < out.length) {
        clause = i;
        clauseWords = words;
      }
    }
    return new String(out);
  }
}
