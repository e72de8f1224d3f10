package dev.storygraph;

/**
 * Whether an article was extracted. A failed or skipped article keeps its place in every batch result and takes
 * no part in the merge.
 */
public enum Status {
  /** Extracted. */
  OK,
  /** Could not be processed: the error says why (CoreNLP failed, the time limit ran out, ...). */
  FAILED,
  /** Read, but not English news prose: the error says what it is (another language, a table, no sentences). */
  SKIPPED;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
