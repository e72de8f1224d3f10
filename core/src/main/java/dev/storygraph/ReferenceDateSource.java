package dev.storygraph;

/** Where an article's reference date (the day relative dates are resolved against) came from. */
public enum ReferenceDateSource {
  /** Given by the caller. */
  GIVEN,
  /** Found in the article's own text (a dateline, "Published ..."). */
  TEXT,
  /** Taken from the other articles of the story about the same event. */
  STORY,
  /** None known: relative dates stay unresolved. */
  NONE;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
