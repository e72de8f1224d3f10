package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.TimeSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which time a merged fact keeps when its sources date it differently. */
class FactMergeTimeTest {
  private static Fact dated(String time, Modality modality, String article) {
    return new Fact("E1", "meet", Optional.of("E2"), Optional.empty(), TimeSpan.parse(time), modality, "met", "036",
        0.8, List.of(new Evidence(article, 0, 10, "text")), List.of());
  }

  @Test
  void merge_planDatedOtherwiseThanTheEvent_keepsTheTimeOfTheEventWithoutConflict() {
    Fact merged = FactMerge.merge(List.of(dated("2025-03-05", Modality.PLANNED, "a1"),
        dated("2025-03-01/2025-03-02", Modality.ASSERTED, "a2")));
    assertThat(merged.time()).map(TimeSpan::value).contains("2025-03-01/2025-03-02");
    assertThat(merged.conflicts()).isEmpty();
  }

  @Test
  void merge_onlyPlansWithATime_keepTheirTime() {
    Fact merged = FactMerge.merge(List.of(dated("2025-03-05", Modality.PLANNED, "a1"),
        new Fact("E1", "meet", Optional.of("E2"), Optional.empty(), Optional.empty(), Modality.ASSERTED, "met",
            "036", 0.8, List.of(new Evidence("a2", 0, 10, "text")), List.of())));
    assertThat(merged.time()).map(TimeSpan::value).contains("2025-03-05");
  }

  @Test
  void merge_assertedSourcesThatDisagree_stillConflict() {
    Fact merged = FactMerge.merge(List.of(dated("2025-03-05", Modality.ASSERTED, "a1"),
        dated("2025-03-01", Modality.ASSERTED, "a2"), dated("2025-03-05", Modality.REPORTED, "a3")));
    assertThat(merged.time()).map(TimeSpan::value).contains("2025-03-05");
    assertThat(merged.conflicts()).extracting(Fact.Conflict::field).containsExactly("time");
  }

  @Test
  void merge_timeCarriedFromElsewhereInAnArticle_yieldsToAStatedOneWithoutConflict() {
    Fact carried = dated("2025-03-03", Modality.ASSERTED, "a1");
    Fact stated = dated("2025-02-26", Modality.ASSERTED, "a2");
    Fact merged = FactMerge.merge(List.of(carried, stated), (a, b) -> false, p -> false, f -> f == stated);
    assertThat(merged.time()).map(TimeSpan::value).contains("2025-02-26");
    assertThat(merged.conflicts()).isEmpty();
    // two carried times still conflict: neither is stated
    Fact other = dated("2025-02-27", Modality.ASSERTED, "a3");
    assertThat(FactMerge.merge(List.of(carried, other), (a, b) -> false, p -> false, f -> false).conflicts())
        .extracting(Fact.Conflict::field).containsExactly("time");
  }
}
