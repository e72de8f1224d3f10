package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of the command line: the terminal's width, and {@code --evidence}. */
final class StoryGraphCliTableTest {
  @TempDir
  Path dir;

  @Test
  void tableWidth_fromColumns_else100_neverUnderTheMinimum() {
    assertThat(StoryGraphCli.tableWidth("132")).isEqualTo(132);
    assertThat(StoryGraphCli.tableWidth(" 90\n")).isEqualTo(90);
    assertThat(StoryGraphCli.tableWidth(null)).isEqualTo(100);
    assertThat(StoryGraphCli.tableWidth("wide")).isEqualTo(100);
    assertThat(StoryGraphCli.tableWidth("12")).isEqualTo(40);
  }

  @Test
  void run_evidence_addsEachFactsSentence_andTheTableFitsTheWidth() throws IOException {
    String sentence = "Finnish Trade Minister Aino Laine met Chilean Trade Minister Rosa Vidal in Oslo on Tuesday.";
    Path in = Files.writeString(dir.resolve("trade-talks.txt"), sentence + "\n");
    Path plain = dir.resolve("plain.txt");
    Path withEvidence = dir.resolve("evidence.txt");
    assertThat(StoryGraphCli.run("--date", "2025-03-03", "--quiet", "--out", plain.toString(), in.toString()))
        .isZero();
    assertThat(StoryGraphCli.run("--date", "2025-03-03", "--quiet", "--evidence", "--out", withEvidence.toString(),
        in.toString())).isZero();
    String table = Files.readString(withEvidence);
    assertThat(table).contains("FACT").contains("meet");
    assertThat(table.replaceAll("\\s+", " ")).contains("[trade-talks] " + sentence);
    assertThat(Files.readString(plain)).doesNotContain("Rosa Vidal in Oslo on Tuesday");
    int width = StoryGraphCli.tableWidth(System.getenv("COLUMNS"));
    assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
  }
}
