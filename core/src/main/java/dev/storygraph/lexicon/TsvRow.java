package dev.storygraph.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of a tab-separated lexicon file, with where it stands for error messages. Blank lines and
 * {@code #} comments are no rows.
 *
 * @param where "file line N"
 * @param line  the row as written
 * @param cells its cells, unstripped
 */
record TsvRow(String where, String line, String[] cells) {
  /**
   * The data rows of a file.
   *
   * @param source     the file name used in error messages
   * @param minColumns the fewest cells a row may have
   * @param expected   what the columns are, for the message about a short row
   * @throws IllegalArgumentException naming file, line and value of a row with fewer cells
   */
  static List<TsvRow> read(List<String> lines, String source, int minColumns, String expected) {
    List<TsvRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String where = source + " line " + (i + 1);
      if (c.length < minColumns) {
        throw new IllegalArgumentException(where + ": expected " + expected + ", found " + c.length
            + " columns: '" + line + "'");
      }
      rows.add(new TsvRow(where, line, c));
    }
    return rows;
  }

  /** The stripped cell at {@code i}. */
  String cell(int i) {
    return cells[i].strip();
  }
}
