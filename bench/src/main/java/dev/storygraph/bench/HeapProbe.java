package dev.storygraph.bench;

import dev.storygraph.ArticleResult;
import dev.storygraph.Status;
import dev.storygraph.StoryExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * The smallest {@code -Xmx} with which StoryGraph's default configuration extracts the five seed articles:
 * each size is tried in a fresh JVM, smallest first.
 */
public final class HeapProbe {
  private static final List<String> SIZES = List.of("768m", "1g", "1280m", "1536m", "1792m", "2g", "3g");

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--once")) {
      StoryExtractor x = StoryExtractor.builder().build();
      for (ArticleResult r : x.extractAll(Corpus.seeds(Path.of(args[1])))) {
        if (r.status() != Status.OK) {
          System.exit(3);
        }
      }
      System.out.println("OK");
      return;
    }
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared").toAbsolutePath().normalize();
    String cp = args.length > 1 ? args[1] : System.getProperty("java.class.path");
    String smallest = null;
    for (String size : SIZES) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder("java", "-Xmx" + size, "-cp", cp, HeapProbe.class.getName(), "--once",
          shared.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      int code = p.waitFor();
      System.out.printf("-Xmx%-6s %s (%.1f s)%n", size, code == 0 ? "ok" : "failed, exit " + code,
          (System.nanoTime() - t0) / 1e9);
      if (code == 0 && smallest == null) {
        smallest = size;
        break;
      }
    }
    System.out.println("smallest heap that extracts the seeds with the default configuration: "
        + (smallest == null ? "none of " + SIZES : "-Xmx" + smallest));
  }
}
