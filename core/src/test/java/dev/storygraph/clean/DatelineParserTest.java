package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
