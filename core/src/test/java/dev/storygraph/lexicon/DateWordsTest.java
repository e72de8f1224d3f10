package dev.storygraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class DateWordsTest {
  private static final DateWords WORDS = DateWords.STANDARD;

  @Test
  void standard_givesNumbersUnitsAndParts() {
    assertThat(WORDS.number("count-word", "Seven")).contains(7);
    assertThat(WORDS.number("count-word", "eight")).isEmpty();
    assertThat(WORDS.unit("ago-unit", "decade")).contains(ChronoUnit.DECADES);
    assertThat(WORDS.part("Quarter")).contains("Q4");
    assertThat(WORDS.number("part-place", "final")).contains(-1);
    assertThat(WORDS.has("final-with-year", "last")).isTrue();
    assertThat(WORDS.weekday("Thursday")).contains(java.time.DayOfWeek.THURSDAY);
    assertThat(WORDS.month("Sept")).contains(java.time.Month.SEPTEMBER);
    assertThat(WORDS.month("Octo")).isEmpty();
  }

  @Test
  void contains_findsAWordOfTheValueAnywhereInTheText() {
    assertThat(WORDS.contains("last weekend", "weekend-shift", -1)).isTrue();
    assertThat(WORDS.contains("last weekend", "weekend-shift", 1)).isFalse();
    assertThat(WORDS.contains("the weekend", "weekend-word", null)).isTrue();
  }

  @Test
  void alternation_keepsFileOrderAndQuotes() {
    assertThat(WORDS.alternation("span-back")).isEqualTo("\\Qpast\\E|\\Qlast\\E|\\Qprevious\\E");
    assertThat(Pattern.compile("(?i)(" + WORDS.alternation("part-place", "part-shift") + ")").matcher("The Final")
        .find()).isTrue();
  }

  @Test
  void parse_badRow_namesFileLineAndValue() {
    assertThatThrownBy(() -> DateWords.parse(List.of("# head", "count-word\ttwo\tdeux"), "d.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d.tsv line 2").hasMessageContaining("deux");
    assertThatThrownBy(() -> DateWords.parse(List.of("span-unit\tday\tDAY"), "d.tsv"))
        .hasMessageContaining("d.tsv line 1");
    assertThatThrownBy(() -> DateWords.parse(List.of("weekday\tmonday"), "d.tsv")).hasMessageContaining("weekday");
    assertThatThrownBy(() -> DateWords.parse(List.of("month-name\tjan\tJAN"), "d.tsv")).hasMessageContaining("JAN");
    assertThatThrownBy(() -> WORDS.has("weekday", "monday")).isInstanceOf(IllegalArgumentException.class);
  }
}
