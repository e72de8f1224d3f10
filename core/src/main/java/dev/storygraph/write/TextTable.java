package dev.storygraph.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Left-aligned text columns sized to their widest cell, with a header row. Not thread-safe; use one per table. */
final class TextTable {
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

  /** Adds a free line under the last row, indented (a fact's conflicts). */
  TextTable note(String line) {
    notes.add((rows.size() - 1) + "\t" + line);
    return this;
  }

  void appendTo(StringBuilder b, String indent) {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], r[c] == null ? 0 : r[c].length());
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String cell = r[c] == null ? "" : r[c];
        line.append(cell);
        if (c < columns - 1) {
          line.append(" ".repeat(width[c] - cell.length() + 2));
        }
      }
      b.append(line.toString().stripTrailing()).append('\n');
      for (String n : notes) {
        int tab = n.indexOf('\t');
        if (Integer.parseInt(n.substring(0, tab)) == i) {
          b.append(indent).append("    ").append(n.substring(tab + 1)).append('\n');
        }
      }
    }
  }
}
