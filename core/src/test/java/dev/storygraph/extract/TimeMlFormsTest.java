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
    assertThat(TimeMlForms.value("2011-14", "", MONDAY)).contains("2011/2014");
    assertThat(TimeMlForms.value("1950-53", "1950", MONDAY)).contains("1950/1953");
    assertThat(TimeMlForms.value("1999-01", "", MONDAY)).contains("1999/2001");
    assertThat(TimeMlForms.value("1901-1999", "", MONDAY)).as("wider than a range of years").isEmpty();
  }

  @Test
  void value_quartersAndHalves_areTimeMlValues() {
    // MONDAY is 2021-03-15, in the first quarter and the first half
    assertThat(TimeMlForms.value("the fourth quarter of 2019", "2019", MONDAY)).contains("2019-Q4");
    assertThat(TimeMlForms.value("the first half of last year", "2020", MONDAY)).contains("2020-H1");
    assertThat(TimeMlForms.value("the last quarter of 2019", "2019", MONDAY)).contains("2019-Q4");
    assertThat(TimeMlForms.value("the last quarter", "2021-Q1", MONDAY)).contains("2020-Q4");
    assertThat(TimeMlForms.value("this quarter", "", MONDAY)).contains("2021-Q1");
    assertThat(TimeMlForms.value("next quarter", "", MONDAY)).contains("2021-Q2");
    assertThat(TimeMlForms.value("The first quarter", "2022-Q1", MONDAY)).contains("2021-Q1");
    assertThat(TimeMlForms.value("the third quarter", "", MONDAY)).contains("2020-Q3");
    assertThat(TimeMlForms.value("second-half", "", MONDAY)).contains("2020-H2");
    assertThat(TimeMlForms.value("the third quarter", "", null)).isEmpty();
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
    assertThat(TimeMlForms.find(text, MONDAY)).extracting(TimeMlForms.Found::value)
        .containsExactly("2016/2017", "2015/2016", "2023");
    TimeMlForms.Found first = TimeMlForms.find(text, MONDAY).get(0);
    assertThat(text.substring(first.begin(), first.end())).isEqualTo("2016-17");
    assertThat(TimeMlForms.find("Call 2016-1799 or room 2016-2090.", MONDAY)).isEmpty();
    String q = "Profit fell in the fourth quarter of 2019 and rose in the first half.";
    assertThat(TimeMlForms.find(q, MONDAY)).extracting(f -> q.substring(f.begin(), f.end()) + "=" + f.value())
        .containsExactly("the fourth quarter of 2019=2019-Q4", "the first half=2021-H1");
  }
}
