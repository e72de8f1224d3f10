package dev.storygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import dev.storygraph.write.JsonStoryWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CalibrateTest {
  @Test
  void fact_fromTheStoryJson_isTheFactTheRuntimeCalibrates() {
    Fact f = new Fact("E1", "meet", Optional.of("E2"), Optional.of("E3"),
        Optional.of(new TimeSpan("2025-03", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))), Modality.PLANNED,
        "held talks with", "040", 0, List.of(new Evidence("a1", 0, 30, "Two envoys held talks in Lyon."),
            new Evidence("a2", 120, 160, "The envoys met in Lyon.")),
        List.of(new Fact.Conflict("time", List.of(new Fact.ConflictValue("2025-03", List.of("a1")),
            new Fact.ConflictValue("2025-04", List.of("a2"))))));
    List<Entity> entities = List.of(
        new Entity("E1", "Ysolde Marrack", EntityType.PERSON, List.of(), List.of()),
        new Entity("E2", "Priya Stenmark", EntityType.PERSON, List.of(), List.of()),
        new Entity("E3", "Lyon", EntityType.PLACE, List.of(), List.of()));
    JsonNode json = new JsonStoryWriter().tree(new Story(List.of(), entities, List.of(), List.of(f), List.of()));
    assertThat(Calibrate.fact(json.get("facts").get(0))).isEqualTo(f);
    assertThat(Calibrate.typeOf(json).apply("E3")).contains(EntityType.PLACE);
    assertThat(Calibrate.typeOf(json).apply("E9")).isEmpty();
  }

  @Test
  void withSection_replacesItsOwnSectionOnly() {
    String readme = "# Bench\n\nintro\n\n## Confidence calibration (old)\n\nold table\n\n## Later\n\nkept\n";
    String out = Calibrate.withSection(readme, "## Confidence calibration (new)\n\nnew table\n");
    assertThat(out).isEqualTo("# Bench\n\nintro\n\n## Confidence calibration (new)\n\nnew table\n\n## Later\n\nkept\n");
    assertThat(Calibrate.withSection("# Bench\n", "## Confidence calibration (new)\n"))
        .isEqualTo("# Bench\n\n## Confidence calibration (new)\n");
  }

  @Test
  void reliability_binsAndError() {
    List<double[]> pooled = List.of(new double[] {0.9, 1}, new double[] {0.9, 0}, new double[] {0.1, 0},
        new double[] {1.0, 1});
    List<Calibrate.Bin> bins = Calibrate.reliability(pooled);
    assertThat(bins).hasSize(Calibrate.BINS);
    assertThat(bins.get(0).count()).isEqualTo(1);
    assertThat(bins.get(4).count()).isEqualTo(3);
    assertThat(bins.get(4).observed()).isEqualTo(2 / 3.0);
    // bin 0: |0.1 - 0| = 0.1 for 1 fact; bin 4: |0.9333 - 0.6667| for 3 facts
    assertThat(Calibrate.ece(bins, 4)).isCloseTo((0.1 + 3 * (2.8 / 3 - 2 / 3.0)) / 4,
        org.assertj.core.api.Assertions.within(1e-9));
  }
}
