package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ProgressTest {
  @Test
  void line_saysDoneRateAndTimeLeft() {
    assertThat(Progress.line(12, 40, 4.0)).isEqualTo("storygraph: 12/40 articles  3.0 articles/s  0:09 left");
    assertThat(Progress.line(1, 1, 2.0)).isEqualTo("storygraph: 1/1 article  0.5 articles/s  0:00 left");
    assertThat(Progress.line(0, 5000, 0)).endsWith("- left");
    assertThat(Progress.line(10, 100_000, 1.0)).endsWith("2:46:39 left");
  }

  @Test
  void done_countsEachArticleOnce_andFinishEndsTheLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);
    p.done("a");
    p.done("a"); // extracted again against the story's date
    p.done("b");
    p.finish();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("2/2 articles").doesNotContain("3/2").endsWith(System.lineSeparator());
  }
}
