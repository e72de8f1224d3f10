package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class TimeMlFormsTest {
  private static final LocalDate MONDAY = LocalDate.of(2021, 3, 15);

  @Test
  void value_yearsAgo_isAYear() {
    assertThat(TimeMlForms.value("three years ago", "2018-03-15", MONDAY)).contains("2018");
  }

  @Test
  void value_weeksAgo_isAnIsoWeek() {
    // 2021-03-01 is the Monday of ISO week 9
    assertThat(TimeMlForms.value("two weeks ago", "2021-03-01", MONDAY)).contains("2021-W09");
  }

  @Test
  void value_monthsAgoAndDaysAgo_keepTheirUnit() {
    assertThat(TimeMlForms.value("four months ago", "2020-11-15", MONDAY)).contains("2020-11");
    assertThat(TimeMlForms.value("five days ago", "2021-03-10", MONDAY)).contains("2021-03-10");
  }

  @Test
  void value_decadeAndCentury_areIntervals() {
    assertThat(TimeMlForms.value("the 1960s", "196X", MONDAY)).contains("1960/1969");
    assertThat(TimeMlForms.value("the 1800s", "18XX", MONDAY)).contains("1800/1899");
  }

  @Test
  void value_consecutiveYears_areOneInterval() {
    assertThat(TimeMlForms.value("2011-12", "2011-12", MONDAY)).contains("2011/2012");
    assertThat(TimeMlForms.value("1998-1999", "", MONDAY)).contains("1998/1999");
    assertThat(TimeMlForms.value("2011-14", "", MONDAY)).isEmpty();
  }

  @Test
  void value_presentRef_isTheArticlesDay() {
    assertThat(TimeMlForms.value("now", "PRESENT_REF", MONDAY)).contains("2021-03-15");
    assertThat(TimeMlForms.value("now", "PRESENT_REF", null)).isEmpty();
  }

  @Test
  void value_plainDates_keepSutimesValue() {
    assertThat(TimeMlForms.value("on March 2", "2021-03-02", MONDAY)).isEmpty();
    assertThat(TimeMlForms.value("last week", "2021-W10", MONDAY)).isEmpty();
  }

  @Test
  void find_formsSutimeDrops() {
    String text = "The 2016-17 budget grew, and output should peak by mid-2023, up from the 2015-16 level.";
    assertThat(TimeMlForms.find(text)).extracting(TimeMlForms.Found::value)
        .containsExactly("2016/2017", "2015/2016", "2023");
    TimeMlForms.Found first = TimeMlForms.find(text).get(0);
    assertThat(text.substring(first.begin(), first.end())).isEqualTo("2016-17");
    assertThat(TimeMlForms.find("Call 2016-1799 or see page 2016-18.")).isEmpty();
  }
}
