package dev.storygraph.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A one-line progress report on a terminal: articles done, articles per second and the time left, redrawn at
 * most five times a second. Counts each article once, however often it is extracted. Thread-safe.
 */
final class Progress {
  private final PrintStream out;
  private final int total;
  private long start = System.nanoTime();
  private final Set<String> done = ConcurrentHashMap.newKeySet();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  /** Starts the clock: the rate counts extraction, not loading the models. */
  synchronized void begin() {
    start = System.nanoTime();
    lastDraw = start;
  }

  /** Records one article; redraws the line when the last draw is old enough. */
  synchronized void done(String articleId) {
    if (!done.add(articleId)) {
      return;
    }
    long now = System.nanoTime();
    if (done.size() == total || now - lastDraw > 200_000_000L) {
      lastDraw = now;
      out.print("\r" + line(done.size(), total, (now - start) / 1e9) + "\u001b[K");
      out.flush();
      drawn = true;
    }
  }

  /** Ends the line, if one was drawn. */
  synchronized void finish() {
    if (drawn) {
      out.println();
      out.flush();
    }
  }

  /** "12/40 articles  3.1 articles/s  0:09 left". */
  static String line(int done, int total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 && done < total ? clock(Duration.ofSeconds(Math.round((total - done) / rate))) : "-";
    return String.format(java.util.Locale.ROOT, "storygraph: %d/%d %s  %.1f articles/s  %s left", done, total,
        total == 1 ? "article" : "articles", rate, done == total ? "0:00" : left);
  }

  private static String clock(Duration d) {
    long s = d.getSeconds();
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
