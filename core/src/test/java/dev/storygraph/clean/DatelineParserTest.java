package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

final class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser();

  @Test
  void find_publishedLine_isStrong() {
    assertThat(parser.find("Author:\nPublished Mar 4, 2025 • 3 minute read\nText."))
        .contains(new DatelineParser.Found(LocalDate.of(2025, 3, 4), DatelineParser.Strength.PUBLISHED));
  }

  @Test
  void find_bareHeaderDate_isWeak() {
    assertThat(parser.find("Tuesday, June 3, 2025\nHeadline here\nBody."))
        .contains(new DatelineParser.Found(LocalDate.of(2025, 6, 3), DatelineParser.Strength.HEADER));
  }

  @Test
  void find_publishedWinsOverHeader() {
    assertThat(parser.find("June 3, 2025\nPublished: 2025-05-30\nBody.").map(DatelineParser.Found::date))
        .contains(LocalDate.of(2025, 5, 30));
  }

  @Test
  void find_dateInsideASentence_isNotADateline() {
    assertThat(parser.find("The treaty was signed on June 3, 2025 in Geneva.")).isEmpty();
  }

  @Test
  void parse_commonNewsFormats() {
    assertThat(parser.parse("March 01, 2008")).contains(LocalDate.of(2008, 3, 1));
    assertThat(parser.parse("Sept. 17, 2023")).contains(LocalDate.of(2023, 9, 17));
    assertThat(parser.parse("17 September 2023")).contains(LocalDate.of(2023, 9, 17));
    assertThat(parser.parse("not a date")).isEmpty();
  }

  @Test
  void find_wireDatelineWithCityDateAndAgency_isTheDateOfTheStory() {
    String text = "Fishing talks stall\nVARDEN, Norland, April 9, 2024 (Wire) - The two fleets met on Monday.\n";
    assertThat(parser.find(text))
        .contains(new DatelineParser.Found(LocalDate.of(2024, 4, 9), DatelineParser.Strength.DATELINE));
    assertThat(parser.yearless(text)).isEmpty();
  }

  @Test
  void find_printedDateWithClockTime_isADate() {
    assertThat(parser.find("Ferry strike ends\nOct 12, 2021, 7:05 AM ET\nThe ferries sailed again on Tuesday."))
        .map(DatelineParser.Found::date).contains(LocalDate.of(2021, 10, 12));
    assertThat(parser.isDateline("Oct 12, 2021, 7:05 AM ET")).isTrue();
  }

  @Test
  void yearless_wireDatelineWithoutYear_givesMonthAndDayOnly() {
    String text = "Sept. 21 (Wire) - The mayor of Tallbrook resigned on Friday.\n";
    assertThat(parser.find(text)).isEmpty();
    assertThat(parser.yearless(text)).contains(MonthDay.of(9, 21));
  }

  @Test
  void find_cityAndAgencyWithoutDate_givesNoDate() {
    String text = "MILLBANK (Wire) — The council met on Monday.\n";
    assertThat(parser.find(text)).isEmpty();
    assertThat(parser.yearless(text)).isEmpty();
  }

  @Test
  void find_monthAndDayAtTheStartOfAPlainSentence_isNoDateline() {
    assertThat(parser.yearless("May 4 - a date to remember, the mayor said.\n")).isEmpty();
  }
}
