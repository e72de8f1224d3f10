package dev.storygraph.bench;

import java.util.List;
import java.util.Locale;

/** The reliability plot of {@link Calibrate} as a small stand-alone SVG file. */
final class Svg {
  private static final int SIZE = 360;
  private static final int MARGIN = 50;

  private Svg() {}

  /** Observed precision against mean predicted confidence per bin, the diagonal, each bin's count. */
  static String reliability(List<Calibrate.Bin> bins, double ece) {
    int w = SIZE + 2 * MARGIN;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, w, w, w));
    b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, w));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" text-anchor=\"middle\" font-size=\"14\">"
        + "Fact confidence, leave one story out (ECE %.3f)</text>%n", w / 2, ece));
    for (int i = 0; i <= 5; i++) {
      double v = i / 5.0;
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
          x(v), y(0), x(v), y(1)));
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
          x(0), y(v), x(1), y(v)));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.1f</text>%n",
          x(v), y(0) + 16, v));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n",
          x(0) - 6, y(v) + 4, v));
    }
    b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" "
        + "stroke-dasharray=\"4 4\"/>%n", x(0), y(0), x(1), y(1)));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">mean predicted confidence"
        + "</text>%n", w / 2, w - 10));
    b.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">"
        + "observed precision</text>%n", w / 2, w / 2));
    StringBuilder path = new StringBuilder();
    for (Calibrate.Bin bin : bins) {
      if (bin.count() == 0) {
        continue;
      }
      double px = x(bin.predicted());
      double py = y(bin.observed());
      path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
      b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#1f77b4\" "
          + "fill-opacity=\"0.6\"/>%n", px, py, 3 + Math.sqrt(bin.count())));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">n=%d</text>%n", px + 8, py - 8, bin.count()));
    }
    b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>\n");
    b.append("</svg>\n");
    return b.toString();
  }

  private static double x(double v) {
    return MARGIN + v * SIZE;
  }

  private static double y(double v) {
    return MARGIN + (1 - v) * SIZE;
  }
}
