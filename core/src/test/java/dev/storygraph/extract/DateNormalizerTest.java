package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class DateNormalizerTest {
  private static final LocalDate TUESDAY = LocalDate.of(2019, 4, 9);
  private final DateNormalizer dates = new DateNormalizer();

  @Test
  void value_lateYear_isTheYear_butTheEndOfAYearIsItsDecember() {
    assertThat(dates.value("late 2018", "2018", TUESDAY, Tense.PAST)).isEqualTo("2018");
    assertThat(dates.value("the end of last year", "2018", TUESDAY, Tense.PAST)).isEqualTo("2018-12");
  }

  @Test
  void value_rangeOfYears_isAnInterval() {
    assertThat(dates.value("2020 to 2022", "PT17520H", TUESDAY, Tense.FUTURE)).isEqualTo("2020/2022");
    assertThat(dates.value("2020 to 2022", "PT17520H", null, Tense.FUTURE)).isEqualTo("2020/2022");
  }

  @Test
  void value_weekdayAndDayWithoutYear_takesTheYearTheWeekdayFits() {
    // SUTime may place "Thursday, Jan. 3" in a year where Jan. 3 is not a Thursday; 2019-01-03 is one
    assertThat(dates.value("Thursday, Jan. 3", "2018-01-03", TUESDAY, Tense.PAST)).isEqualTo("2019-01-03");
    assertThat(dates.value("Thursday, Jan. 3", "2019-01-03", TUESDAY, Tense.PAST)).isEqualTo("2019-01-03");
  }

  @Test
  void value_partOfDayWithWeekday_isThatDay() {
    assertThat(dates.value("late Sunday night", "2019-04-07", TUESDAY, Tense.PAST)).isEqualTo("2019-04-07");
  }

  @Test
  void value_monthWithoutSutimeValue_isPlacedByTense() {
    assertThat(dates.value("mid-February", "", TUESDAY, Tense.PAST)).isEqualTo("2019-02");
  }

  @Test
  void value_agoAndDecade_followTimeMl() {
    assertThat(dates.value("two years ago", "2017-04-09", TUESDAY, Tense.PAST)).isEqualTo("2017");
    assertThat(dates.value("the 1990s", "199X", TUESDAY, Tense.PAST)).isEqualTo("1990/1999");
  }
}
