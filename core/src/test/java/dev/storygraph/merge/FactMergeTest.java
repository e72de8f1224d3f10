package dev.storygraph.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactMergeTest {
  private static Fact fact(String subject, String predicate, String object, String article) {
    return new Fact(subject, predicate, Optional.ofNullable(object), Optional.empty(), Optional.empty(),
        Modality.ASSERTED, predicate, "-", 0.8, List.of(new Evidence(article, 0, 10, "text")), List.of());
  }

  @Test
  void anObjectlessFactTakesTheOneObjectTheStoryKnowsForItsSubjectAndPredicate() {
    List<Fact> out = FactMerge.withKnownObjects(List.of(
        fact("E1", "offer", "E2", "a1"), fact("E1", "offer", null, "a2"), fact("E3", "offer", null, "a2")));
    assertThat(out).extracting(f -> f.object().orElse("-")).containsExactly("E2", "E2", "-");
    assertThat(FactMerge.key(out.get(1))).isEqualTo(FactMerge.key(out.get(0)));
  }

  @Test
  void withTwoKnownObjectsWhichOneIsMeantIsNotGuessed() {
    List<Fact> out = FactMerge.withKnownObjects(List.of(
        fact("E1", "buy", "E2", "a1"), fact("E1", "buy", "E4", "a1"), fact("E1", "buy", null, "a2")));
    assertThat(out.get(2).object()).isEmpty();
  }
}
