package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GalleryShapesTest {
  private static List<String> none(int n) {
    return new ArrayList<>(Arrays.asList(new String[n]));
  }

  @Test
  void gallery_numberedCaptionsAndTheirTitle() {
    List<String> lines = List.of(
        "The ferry sank in calm water, the coast guard said.",
        "",
        "Island Life in Pictures",
        "",
        "1/3 A fisherman mends his nets at dawn. (Harbor, May 2, 2009) Jo Fenn",
        "",
        "2/3 Children play on the pier. (Harbor, June 4, 2010) Jo Fenn",
        "",
        "3/3 A market opens in the old square. (Harbor, July 9, 2011) Jo Fenn",
        "",
        "Rescuers searched for survivors through the night.");
    assertThat(GalleryShapes.gallery(lines, none(lines.size()))).containsExactlyInAnyOrder(2, 4, 6, 8);
  }

  @Test
  void gallery_runOfCaptionsClosedByTheSameCredit() {
    List<String> lines = List.of(
        "A fisherman mends his nets at dawn. Jo Fenn",
        "Children play on the pier. Jo Fenn",
        "A market opens in the old square. Jo Fenn",
        "Rescuers searched for survivors through the night.");
    List<String> credits = none(lines.size());
    credits.set(0, "Jo Fenn");
    credits.set(1, "Jo Fenn");
    credits.set(2, "Jo Fenn");
    assertThat(GalleryShapes.gallery(lines, credits)).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void gallery_oneCreditedCaptionOfTheArticle_stays() {
    List<String> lines = List.of(
        "The minister visits the flooded village on Monday. Jo Fenn",
        "Rescuers searched for survivors through the night.",
        "The number 3/4 of the budget was spent, officials said.");
    List<String> credits = none(lines.size());
    credits.set(0, "Jo Fenn");
    assertThat(GalleryShapes.gallery(lines, credits)).isEmpty();
  }
}
