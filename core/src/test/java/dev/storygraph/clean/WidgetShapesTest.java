package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class WidgetShapesTest {
  private final WidgetShapes widgets = new WidgetShapes(BoilerplateCues.get());

  @Test
  void isReaderBlurb_denseReaderAddressOfAnyLength() {
    String blurb = "Morning Digest Sign Up Get the day's top stories in your inbox. Enter your email address. "
        + "You can unsubscribe at any time. By signing up you agree to our terms. Thanks for subscribing. "
        + "Something went wrong, please try again in a few minutes or contact our help desk for assistance.";
    int words = blurb.split("\\s+").length;
    assertThat(words).isGreaterThan(40);
    assertThat(WidgetShapes.isReaderBlurb(WidgetShapes.readerHits(blurb), words)).isTrue();
  }

  @Test
  void isReaderBlurb_longProseWithAFewYousAndQuotes_isNot() {
    String prose = "The update lets you search every file at once, and you can save a search as a folder. "
        + "Reviewers praised the speed of the new release and its tools for developers, which arrive a month "
        + "after the previous version and a year after the company promised them to its customers. "
        + "\"You will love it, your files will thank you,\" the company's head of software said.";
    assertThat(WidgetShapes.readerHits(prose)).isEqualTo(2);
    assertThat(WidgetShapes.isReaderBlurb(WidgetShapes.readerHits(prose), prose.split("\\s+").length)).isFalse();
  }

  @Test
  void isSocial_handleInAShortLine() {
    assertThat(WidgetShapes.isSocial("Follow our science editor on social media: @ravi_lens")).isTrue();
    assertThat(WidgetShapes.isSocial("Send tips to desk@example.org for our team.")).isFalse();
  }

  @Test
  void relatedLinks_knownLabelOrRepeatedLabel() {
    List<String> lines = List.of(
        "The regulator approved the sale on Tuesday.",
        "More: Airline shares climb after strong summer",
        "Elsewhere: Rail strike ends after pay deal",
        "Elsewhere: Port reopens as storm passes",
        "Analysis: why the deal matters",
        "Officials said: the deal will close in June.");
    assertThat(widgets.relatedLinks(lines)).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void isPlayer_controlWordGluedToSummaryWithCredit() {
    assertThat(WidgetShapes.isPlayer("REPLAY The mayor explains the new budget plan to residents.", true)).isTrue();
    assertThat(WidgetShapes.isPlayer("REPLAY The mayor explains the new budget plan to residents.", false)).isFalse();
    assertThat(WidgetShapes.isPlayer("NATO Secretary General spoke on Monday.", true)).isFalse();
  }
}
