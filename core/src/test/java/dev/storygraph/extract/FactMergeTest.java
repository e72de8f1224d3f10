package dev.storygraph.extract;

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

  private static Fact placed(String object, String place, String time, String article) {
    return new Fact("E1", "attack", Optional.ofNullable(object), Optional.ofNullable(place),
        Optional.ofNullable(time).flatMap(dev.storygraph.TimeSpan::parse), Modality.ASSERTED, "attack", "180", 0.8,
        List.of(new Evidence(article, 0, 10, "text")), List.of());
  }

  @Test
  void withKnownObjects_objectlessFactInAnotherPlace_isAnotherEventAndKeepsNoObject() {
    // E5 lies within E6; E7 is elsewhere
    java.util.function.BiPredicate<String, String> within = (a, b) -> a.equals("E5") && b.equals("E6");
    List<Fact> out = FactMerge.withKnownObjects(List.of(
        placed("E2", "E5", "2025-03-07", "a1"),
        placed(null, "E7", null, "a2"),
        placed(null, "E6", null, "a3"),
        placed(null, null, "2025-02-24/2025-03-02", "a4")), within);
    assertThat(out).extracting(f -> f.object().orElse("-")).containsExactly("E2", "-", "E2", "E2");
  }

  @Test
  void merge_placesOfEqualSupportThatNestNowhere_theNarrowerThanACountryWins() {
    Fact merged = FactMerge.merge(List.of(placed("E2", "E6", null, "a1"), placed("E2", "E7", null, "a2")),
        (a, b) -> false, p -> p.equals("E6"));
    assertThat(merged.place()).contains("E7");
    assertThat(merged.conflicts()).extracting(Fact.Conflict::field).containsExactly("place");
  }

  private static Fact met(String time, String article, String sentence) {
    return new Fact("E1", "meet", Optional.of("E2"), Optional.empty(),
        Optional.ofNullable(time).flatMap(dev.storygraph.TimeSpan::parse), Modality.ASSERTED, "met", "040", 0.8,
        List.of(new Evidence(article, 0, sentence.length(), sentence)), List.of());
  }

  private static boolean again(Fact f) {
    return f.evidence().get(0).text().contains("again");
  }

  @Test
  void occurrences_aTellingMarkedAsAnotherOnItsOwnDay_isASecondEvent() {
    Fact monday = met("2025-03-03", "a1", "Ruiz met Costa on Monday.");
    Fact tuesday = met("2025-03-04", "a2", "Ruiz met Costa on Tuesday.");
    Fact friday = met("2025-03-07", "a1", "They met again on Friday, this time in Porto.");
    List<List<Fact>> out = FactMerge.occurrences(List.of(monday, tuesday, friday), FactMergeTest::again);
    // the unmarked tellings disagree on the day: one event and a conflict; the marked one is another event
    assertThat(out).containsExactly(List.of(monday, tuesday), List.of(friday));
  }

  @Test
  void occurrences_unmarkedOrSameDay_isOneEvent() {
    Fact monday = met("2025-03-03", "a1", "Ruiz met Costa on Monday.");
    Fact friday = met("2025-03-07", "a2", "Ruiz met Costa on Friday.");
    assertThat(FactMerge.occurrences(List.of(monday, friday), FactMergeTest::again)).hasSize(1);
    Fact sameDay = met("2025-03-03", "a2", "Ruiz met Costa again on Monday, after lunch.");
    assertThat(FactMerge.occurrences(List.of(monday, sameDay), FactMergeTest::again)).hasSize(1);
    Fact undated = met(null, "a2", "Ruiz met Costa again.");
    assertThat(FactMerge.occurrences(List.of(monday, undated), FactMergeTest::again)).hasSize(1);
    // a month is too vague to tell another meeting from a misdated telling of this one
    Fact month = met("2025-02", "a2", "It was the second time Ruiz met Costa since February.");
    assertThat(FactMerge.occurrences(List.of(monday, month), f -> f == month)).hasSize(1);
  }
}
