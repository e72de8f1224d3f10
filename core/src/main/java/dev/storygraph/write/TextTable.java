package dev.storygraph.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Left-aligned text columns with a header row, fitted to a width: columns narrower than their share keep their
 * widest cell, the others share what is left and wrap their cells (at spaces and after "/") onto more lines. Not
 * thread-safe; use one per table.
 */
final class TextTable {
  private static final int GAP = 2;
  /** A column is not made narrower than its header's longest word nor than this, unless its cells are. */
  private static final int MIN_COLUMN = 10;
  /** The narrowest a column gets when the table cannot keep its words whole. */
  private static final int HARD_MIN_COLUMN = 3;
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final int columns;

  TextTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers);
  }

  /** Adds a row; missing cells are blank. */
  TextTable row(String... cells) {
    rows.add(Arrays.copyOf(cells, columns));
    return this;
  }

  /** Adds a free line under the last row, indented (a fact's conflicts, its evidence). */
  TextTable note(String line) {
    notes.add((rows.size() - 1) + "\t" + line);
    return this;
  }

  /** Appends the table, each line at most {@code width} characters when the columns' narrowest widths allow it. */
  void appendTo(StringBuilder b, String indent, int width) {
    int[] w = widths(width - indent.length() - GAP * (columns - 1));
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < columns; c++) {
        List<String> lines = wrap(r[c] == null ? "" : r[c], w[c]);
        cells.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int k = 0; k < height; k++) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < columns; c++) {
          String cell = k < cells.get(c).size() ? cells.get(c).get(k) : "";
          line.append(cell);
          if (c < columns - 1) {
            line.append(" ".repeat(w[c] - cell.length() + GAP));
          }
        }
        b.append(line.toString().stripTrailing()).append('\n');
      }
      for (String n : notes) {
        int tab = n.indexOf('\t');
        if (Integer.parseInt(n.substring(0, tab)) == i) {
          paragraph(b, n.substring(tab + 1), indent + "    ", width);
        }
      }
    }
  }

  /** Appends {@code text} wrapped to {@code width}, its first line at {@code indent}, the others two further in. */
  static void paragraph(StringBuilder b, String text, String indent, int width) {
    int first = Math.max(1, width - indent.length());
    List<String> lines = wrap(text, first, Math.max(1, first - 2));
    for (int k = 0; k < lines.size(); k++) {
      b.append(indent).append(k == 0 ? "" : "  ").append(lines.get(k)).append('\n');
    }
  }

  /**
   * Water-filling: every column gets its narrowest width (its header's longest word, and its cells' longest word up
   * to {@value #MIN_COLUMN}; a few characters when these do not fit), then the narrowest columns grow first, each up
   * to its widest cell.
   */
  private int[] widths(int available) {
    int[] natural = new int[columns];
    int[] min = new int[columns];
    for (int c = 0; c < columns; c++) {
      int longestWord = 0;
      for (String word : rows.get(0)[c].split(" ")) {
        longestWord = Math.max(longestWord, word.length());
      }
      int longestToken = 0;
      for (String[] r : rows) {
        String cell = r[c] == null ? "" : r[c];
        natural[c] = Math.max(natural[c], cell.length());
        for (String token : cell.split("(?<=[ /])")) {
          longestToken = Math.max(longestToken, token.strip().length());
        }
      }
      min[c] = Math.min(natural[c], Math.max(longestWord, Math.min(MIN_COLUMN, longestToken)));
    }
    if (Arrays.stream(min).sum() > available) {
      // too narrow to keep words whole: every column starts from a few characters, and words are cut
      for (int c = 0; c < columns; c++) {
        min[c] = Math.min(natural[c], HARD_MIN_COLUMN);
      }
    }
    int[] w = min.clone();
    int left = available - Arrays.stream(min).sum();
    while (left > 0) {
      int grow = -1;
      for (int c = 0; c < columns; c++) {
        if (w[c] < natural[c] && (grow < 0 || w[c] < w[grow])) {
          grow = c;
        }
      }
      if (grow < 0) {
        break;
      }
      w[grow]++;
      left--;
    }
    return w;
  }

  /** Lines of at most {@code width} characters, broken at spaces and after "/"; a longer word is cut. */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, width);
  }

  /** As {@link #wrap(String, int)}, the first line {@code first} wide and the others {@code rest}. */
  static List<String> wrap(String text, int first, int rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : text.split("(?<=[ /])")) {
      String t = token;
      int width = lines.isEmpty() ? first : rest;
      if (line.length() + t.stripTrailing().length() > width && line.length() > 0) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        t = t.stripLeading();
        width = rest;
      }
      while (t.stripTrailing().length() > width) {
        lines.add(t.substring(0, width));
        t = t.substring(width);
        width = rest;
      }
      line.append(t);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
