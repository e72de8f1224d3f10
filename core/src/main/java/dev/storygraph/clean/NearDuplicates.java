package dev.storygraph.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the lines of a page that nearly repeat another line: the Jaccard similarity of their word sets is at
 * least a threshold. Identical word sets are grouped by hashing; the others are compared only when they share a
 * word of their prefix (their rarest words on the page: two sets this similar must share one), and only when
 * their sizes are close enough. On text that is not made to defeat it this is linear in the number of lines;
 * each line verifies at most {@link #MAX_CANDIDATES} candidates, so no page can make it quadratic.
 *
 * <p>Stateless and thread-safe.
 */
final class NearDuplicates {
  /** At most this many other lines are compared with one line. */
  static final int MAX_CANDIDATES = 200;

  private NearDuplicates() {}

  /**
   * Which lines nearly repeat another.
   *
   * @param bags      each line's set of words
   * @param minWords  lines with fewer words are neither flagged nor compared
   * @param threshold the least Jaccard similarity of two near duplicates, in (0, 1]
   * @return for each line, whether another line of at least {@code minWords} words is that similar to it
   */
  static boolean[] find(List<Set<String>> bags, int minWords, double threshold) {
    int[] first = firstCopies(bags, minWords, threshold);
    boolean[] near = new boolean[first.length];
    for (int i = 0; i < first.length; i++) {
      near[i] = first[i] >= 0;
    }
    return near;
  }

  /**
   * The first copy of each line that nearly repeats another, so that a caller can keep it and drop the rest.
   *
   * @return for each line, the smallest index of a line similar to it (itself included), or -1 when no other
   *     line is similar to it
   */
  static int[] firstCopies(List<Set<String>> bags, int minWords, double threshold) {
    int[] first = new int[bags.size()];
    Arrays.fill(first, -1);
    Map<Set<String>, List<Integer>> same = new LinkedHashMap<>();
    for (int i = 0; i < bags.size(); i++) {
      if (bags.get(i).size() >= minWords) {
        same.computeIfAbsent(bags.get(i), k -> new ArrayList<>()).add(i);
      }
    }
    List<Set<String>> distinct = new ArrayList<>();
    List<List<Integer>> lines = new ArrayList<>();
    Map<String, Integer> frequency = new HashMap<>();
    for (Map.Entry<Set<String>, List<Integer>> e : same.entrySet()) {
      if (e.getValue().size() > 1) {
        int min = e.getValue().get(0); // lines are added in order
        e.getValue().forEach(i -> first[i] = min);
      }
      distinct.add(e.getKey());
      lines.add(e.getValue());
      e.getKey().forEach(w -> frequency.merge(w, 1, Integer::sum));
    }
    Comparator<String> rareFirst = Comparator.<String>comparingInt(frequency::get).thenComparing(w -> w);
    Map<String, List<Integer>> index = new HashMap<>();
    int[] seenBy = new int[distinct.size()];
    for (int d = 0; d < distinct.size(); d++) {
      Set<String> a = distinct.get(d);
      String[] sorted = a.toArray(String[]::new);
      Arrays.sort(sorted, rareFirst);
      int prefix = a.size() - (int) Math.ceil(threshold * a.size() - 1e-9) + 1;
      int checked = 0;
      for (int k = 0; k < prefix && checked < MAX_CANDIDATES; k++) {
        for (int other : index.getOrDefault(sorted[k], List.of())) {
          if (seenBy[other] == d + 1) {
            continue;
          }
          seenBy[other] = d + 1;
          if (++checked > MAX_CANDIDATES) {
            break;
          }
          Set<String> b = distinct.get(other);
          if (similar(a, b, threshold)) {
            int min = Math.min(lines.get(d).get(0), lines.get(other).get(0));
            for (List<Integer> group : List.of(lines.get(d), lines.get(other))) {
              group.forEach(i -> first[i] = first[i] < 0 ? min : Math.min(first[i], min));
            }
          }
        }
      }
      for (int k = 0; k < prefix; k++) {
        index.computeIfAbsent(sorted[k], w -> new ArrayList<>()).add(d);
      }
    }
    return first;
  }

  private static boolean similar(Set<String> a, Set<String> b, double threshold) {
    int small = Math.min(a.size(), b.size());
    int large = Math.max(a.size(), b.size());
    if (small < threshold * large - 1e-9) {
      return false;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common) >= threshold;
  }
}
