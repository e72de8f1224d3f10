package dev.storygraph;

import static dev.storygraph.Readable.facts;
import static dev.storygraph.Readable.storyFacts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One event or two (DESIGN.md): a meeting told again on another day and marked as another occurrence is a second
 * fact; the same meeting told by two articles is one. Sentences written for the test, through the real pipeline.
 */
final class OneEventOrTwoTest {
  @Test
  void extract_aMeetingMarkedAsAnotherOnItsOwnDay_isASecondFact() {
    assertThat(facts("Chile and Peru met in Lima on Monday. Chile and Peru met again in Quito on Friday."))
        .filteredOn(f -> f.predicate().equals("meet")).hasSize(2);
  }

  @Test
  void extractStory_oneMeetingToldByTwoArticles_isOneFact() {
    assertThat(storyFacts("Chile and Peru met in Lima on Monday.", "Chile and Peru held talks in Lima on Monday."))
        .filteredOn(f -> f.predicate().equals("meet")).hasSize(1);
  }
}
