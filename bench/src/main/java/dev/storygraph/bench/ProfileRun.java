package dev.storygraph.bench;

import dev.storygraph.Article;
import dev.storygraph.ArticleResult;
import dev.storygraph.StoryExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code bin/bench profile} runs under Java Flight Recorder: {@code build()}, the first seed article alone (the
 * cold path a command-line run pays), then passes over the five seeds on one thread, each pass timed. The stage
 * costs of bench/README.md come from the recording ({@code bench/profile-stages.py}).
 */
final class ProfileRun {
  private ProfileRun() {}

  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared").toAbsolutePath().normalize();
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    List<Article> seeds = Corpus.seeds(shared);
    long t0 = System.nanoTime();
    StoryExtractor x = StoryExtractor.builder().threads(1).build();
    long t1 = System.nanoTime();
    x.extract(seeds.get(0));
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "PROFILE build_s=%.2f first_article_s=%.2f%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "PROFILE load_cpu_s=%.2f%n", os.getProcessCpuTime() / 1e9);
    for (int p = 0; p < passes; p++) {
      long cpu = os.getProcessCpuTime();
      long s = System.nanoTime();
      List<ArticleResult> results = x.extractAll(seeds);
      for (ArticleResult r : results) {
        if (r.status() != dev.storygraph.Status.OK) {
          throw new IllegalStateException("article failed: " + r.error());
        }
      }
      long m = System.nanoTime();
      x.merge(results);
      System.out.printf(Locale.ROOT, "PROFILE pass=%d extract_s=%.2f merge_s=%.3f process_cpu_s=%.2f%n", p,
          (m - s) / 1e9, (System.nanoTime() - m) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
    }
  }
}
