package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ArticleTest {
  @Test
  void of_blankId_isRejectedWithTheValue() {
    assertThatThrownBy(() -> Article.of(" ", "text")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article id is blank");
  }

  @Test
  void withReferenceDate_keepsTextAndId() {
    Article a = Article.of("a1", "Some text.").withReferenceDate(LocalDate.of(2023, 9, 18));
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.referenceDate()).contains(LocalDate.of(2023, 9, 18));
  }

  @Test
  void entity_copiesItsLists() {
    List<String> aliases = new java.util.ArrayList<>(List.of("Wang"));
    Entity e = new Entity("E1", "Wang Yi", EntityType.PERSON, aliases, List.of());
    aliases.add("changed");
    assertThat(e.aliases()).containsExactly("Wang");
    assertThatThrownBy(() -> e.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void timeSpan_parsesDaysMonthsWeeksAndIntervals() {
    assertThat(TimeSpan.parse("2023-09-16/2023-09-17")).get()
        .satisfies(t -> assertThat(t.days()).isEqualTo(2));
    assertThat(TimeSpan.parse("2023-08").get().end()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(TimeSpan.parse("2023-W37").get().begin()).isEqualTo(LocalDate.of(2023, 9, 11));
    assertThat(TimeSpan.parse("PAST_REF")).isEmpty();
    assertThat(TimeSpan.parse("2023-02-30")).isEmpty();
  }

  @Test
  void timeSpan_endBeforeBegin_isRejected() {
    assertThatThrownBy(() -> new TimeSpan("x", LocalDate.of(2023, 9, 2), LocalDate.of(2023, 9, 1)))
        .hasMessageContaining("begin=2023-09-02, end=2023-09-01");
  }

  @Test
  void fact_confidenceOutOfRange_isRejected() {
    assertThatThrownBy(() -> new Fact("E1", "meet", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), Modality.ASSERTED, "met", "040", 1.5, List.of(), List.of()))
        .hasMessageContaining("1.5");
  }
}
