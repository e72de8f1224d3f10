package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class BatchTest {

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  private static String work(String item) {
    switch (item) {
      case "deep" -> recurse(0);
      case "throws" -> throw new IllegalStateException("bad input");
      case "forever" -> {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
          Thread.onSpinWait(); // ignores interrupts, as a busy parser does
        }
      }
      default -> { }
    }
    return item + ":ok";
  }

  @Test
  void run_everyItemComesBack_inOrder_whateverItsTaskDoes() {
    List<String> items = List.of("a", "deep", "forever", "b", "throws", "forever", "c");
    long start = System.nanoTime();
    List<String> out = Batch.run(items, BatchTest::work, 2, Duration.ofSeconds(8),
        (item, e) -> item + ":failed " + e.getClass().getSimpleName(), item -> item + ":timed out");
    assertThat(out).containsExactly("a:ok", "deep:failed StackOverflowError", "forever:timed out", "b:ok",
        "throws:failed IllegalStateException", "forever:timed out", "c:ok");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(45.0);
  }

  @Test
  void run_manyItems_onOneThread_keepsOrder() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    assertThat(Batch.run(items, i -> i * 2, 1, Duration.ofSeconds(10), (i, e) -> -1, i -> -2))
        .isEqualTo(items.stream().map(i -> i * 2).toList());
  }

  @Test
  void extract_stackOverflow_isAFailedArticleNamingIt() {
    assertThat(StoryExtractor.describe(new StackOverflowError())).startsWith("StackOverflowError in ");
  }
}
