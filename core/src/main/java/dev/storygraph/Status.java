package dev.storygraph;

/** Whether an article was extracted. A failed article keeps its place in every batch result. */
public enum Status {
  OK,
  FAILED;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
