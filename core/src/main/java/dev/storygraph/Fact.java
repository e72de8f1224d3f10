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
