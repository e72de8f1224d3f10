package dev.storygraph.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded galleries and slideshows: a run of captions about other pictures than the article's, recognised
 * as captions numbered with one counter ("3/16 ...", "3 of 16 ...") or as three or more paragraphs in a row
 * closed by the same credit; the short untitled lines right before such a run are its title. One captioned
 * picture of the article's own is article text and stays. Stateless and thread-safe.
 */
final class GalleryShapes {
  private static final Pattern COUNTER = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:/|of)\\s*(\\d{1,3})\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final int MIN_NUMBERED = 2;
  private static final int MIN_CREDITED = 3;
  private static final int TITLE_LINES = 2;
  private static final int TITLE_MAX_WORDS = 12;

  private GalleryShapes() {}

  /**
   * The indexes of the lines that belong to a gallery.
   *
   * @param lines   the page's lines
   * @param credits for each line, the credit that closes it (a lone name), or null
   */
  static List<Integer> gallery(List<String> lines, List<String> credits) {
    List<Integer> out = new ArrayList<>();
    Map<Integer, List<Integer>> byTotal = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = COUNTER.matcher(lines.get(i));
      if (m.find()) {
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (k >= 1 && k <= n && n >= MIN_NUMBERED) {
          byTotal.computeIfAbsent(n, x -> new ArrayList<>()).add(i);
        }
      }
    }
    for (List<Integer> run : byTotal.values()) {
      if (run.size() >= MIN_NUMBERED) {
        out.addAll(run);
        out.addAll(title(lines, run.get(0)));
      }
    }
    int start = -1;
    int count = 0;
    String credit = null;
    for (int i = 0; i <= lines.size(); i++) {
      if (i < lines.size() && lines.get(i).isBlank()) {
        continue;
      }
      String c = i < lines.size() ? credits.get(i) : null;
      if (c != null && Objects.equals(c, credit)) {
        count++;
        continue;
      }
      if (count >= MIN_CREDITED) {
        for (int k = start; k < i; k++) {
          if (!lines.get(k).isBlank()) {
            out.add(k);
          }
        }
        out.addAll(title(lines, start));
      }
      start = i;
      credit = c;
      count = c == null ? 0 : 1;
    }
    return out;
  }

  /** The gallery's title: up to two short lines without closing punctuation right before its first caption. */
  private static List<Integer> title(List<String> lines, int first) {
    List<Integer> out = new ArrayList<>();
    for (int i = first - 1; i >= 0 && out.size() < TITLE_LINES; i--) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (Cleaner.closesSentence(s) || WORD.matcher(s).results().count() > TITLE_MAX_WORDS) {
        break;
      }
      out.add(i);
    }
    return out;
  }
}
