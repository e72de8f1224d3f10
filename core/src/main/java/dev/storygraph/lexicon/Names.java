package dev.storygraph.lexicon;

/** Small string measures for names. */
public final class Names {
  private Names() {}

  /** Levenshtein distance, stopping early once it exceeds {@code max}. */
  public static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * True when two name words are spelling variants: equal, or long enough and one edit apart ("Kuznetsova"
   * and "Kuznetzova", "Alexey" and "Alexei").
   */
  public static boolean variant(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int len = Math.min(a.length(), b.length());
    if (len < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return distance(a, b, 1) <= 1;
  }
}
