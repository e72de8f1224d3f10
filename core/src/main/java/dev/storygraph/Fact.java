package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An n-ary fact: subject – predicate – object – place – time.
 *
 * @param subject    id of the entity that acts
 * @param predicate  a predicate of the closed vocabulary ("meet", "travel", ...)
 * @param object     id of the entity acted on or with, if any
 * @param place      id of the place where it happened, if known
 * @param time       when it happened, if known
 * @param modality   how the text presents it
 * @param raw        the words of the text that gave the predicate ("held talks with")
 * @param cameo      the CAMEO event code of the predicate
 * @param confidence in [0, 1]: in a {@link Story}, calibrated: the precision that facts like it have on the
 *                   development golds ({@code merge.Calibration}); in an {@link ArticleResult}, the article's own
 *                   reading score (named arguments, explicit place and time rank higher), not calibrated
 * @param evidence   the sentences that state it
 * @param conflicts  values the sources disagree on; empty when they agree
 */
public record Fact(
    String subject,
    String predicate,
    Optional<String> object,
    Optional<String> place,
    Optional<TimeSpan> time,
    Modality modality,
    String raw,
    String cameo,
    double confidence,
    List<Evidence> evidence,
    List<Conflict> conflicts) {

  public Fact {
    requireNonNull(subject, "subject");
    requireNonNull(predicate, "predicate");
    requireNonNull(object, "object");
    requireNonNull(place, "place");
    requireNonNull(time, "time");
    requireNonNull(modality, "modality");
    requireNonNull(raw, "raw");
    requireNonNull(cameo, "cameo");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence out of [0,1]: %s", confidence);
    evidence = List.copyOf(evidence);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * A builder of a fact that starts from its subject and predicate; the other fields start empty (no object, place,
   * time, evidence or conflicts), asserted, with no raw words or CAMEO code and confidence 0.
   */
  public static Builder builder(String subject, String predicate) {
    return new Builder(subject, predicate);
  }

  /** A builder that starts from this fact's fields, for a copy that differs in some of them. */
  public Builder toBuilder() {
    return new Builder(subject, predicate).object(object).place(place).time(time).modality(modality).raw(raw)
        .cameo(cameo).confidence(confidence).evidence(evidence).conflicts(conflicts);
  }

  /**
   * Builds a {@link Fact}: each setter replaces one field, {@link #build()} checks them as the record does. Not
   * thread-safe: one builder belongs to one thread.
   */
  public static final class Builder {
    private String subject;
    private String predicate;
    private Optional<String> object = Optional.empty();
    private Optional<String> place = Optional.empty();
    private Optional<TimeSpan> time = Optional.empty();
    private Modality modality = Modality.ASSERTED;
    private String raw = "";
    private String cameo = "";
    private double confidence;
    private List<Evidence> evidence = List.of();
    private List<Conflict> conflicts = List.of();

    private Builder(String subject, String predicate) {
      this.subject = subject;
      this.predicate = predicate;
    }

    /** The id of the entity that acts. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** The predicate of the closed vocabulary. */
    public Builder predicate(String predicate) {
      this.predicate = predicate;
      return this;
    }

    /** The id of the entity acted on or with, if any. */
    public Builder object(Optional<String> object) {
      this.object = object;
      return this;
    }

    /** The id of the place where it happened, if known. */
    public Builder place(Optional<String> place) {
      this.place = place;
      return this;
    }

    /** When it happened, if known. */
    public Builder time(Optional<TimeSpan> time) {
      this.time = time;
      return this;
    }

    /** How the text presents it. */
    public Builder modality(Modality modality) {
      this.modality = modality;
      return this;
    }

    /** The words of the text that gave the predicate. */
    public Builder raw(String raw) {
      this.raw = raw;
      return this;
    }

    /** The CAMEO event code of the predicate. */
    public Builder cameo(String cameo) {
      this.cameo = cameo;
      return this;
    }

    /** The confidence, in [0, 1]. */
    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    /** The sentences that state it. */
    public Builder evidence(List<Evidence> evidence) {
      this.evidence = evidence;
      return this;
    }

    /** The values the sources disagree on. */
    public Builder conflicts(List<Conflict> conflicts) {
      this.conflicts = conflicts;
      return this;
    }

    /**
     * The fact.
     *
     * @throws NullPointerException     when a field is null
     * @throws IllegalArgumentException when the confidence is outside [0, 1]
     */
    public Fact build() {
      return new Fact(subject, predicate, object, place, time, modality, raw, cameo, confidence, evidence, conflicts);
    }
  }

  /** The ids of the articles that state this fact, sorted. */
  public Set<String> articles() {
    Set<String> ids = new TreeSet<>();
    evidence.forEach(e -> ids.add(e.article()));
    return ids;
  }

  /** The number of distinct articles that state this fact. */
  public int support() {
    return articles().size();
  }

  /**
   * Values of one field that the sources of a merged fact disagree on.
   *
   * @param field  "place" or "time"
   * @param values each value with the articles that give it
   */
  public record Conflict(String field, List<ConflictValue> values) {
    public Conflict {
      requireNonNull(field, "field");
      values = List.copyOf(values);
    }
  }

  /**
   * One of the disputed values.
   *
   * @param value    an entity id (place) or an ISO value (time)
   * @param articles the articles that give it
   */
  public record ConflictValue(String value, List<String> articles) {
    public ConflictValue {
      requireNonNull(value, "value");
      articles = List.copyOf(articles);
    }
  }
}
