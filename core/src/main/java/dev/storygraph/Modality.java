package dev.storygraph;

/** How the text presents a fact. Only {@link #ASSERTED} facts are stated as having happened. */
public enum Modality {
  /** Stated as having happened or as happening. */
  ASSERTED,
  /** Announced or scheduled: "will", "is set to", "is expected to". */
  PLANNED,
  /** Hypothetical: "possible", "may", "could". */
  POSSIBLE,
  /** Stated as not having happened: "were not released". */
  NEGATED,
  /** Attributed to a source: what someone said, claimed or accused. */
  REPORTED;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
