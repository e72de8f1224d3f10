package dev.storygraph.merge;

import dev.storygraph.lexicon.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Any type: names written from another script, whose vowels each source spells its own way ("Karim-e-Nur" and
 * "Karim-i-Nur", "Rafiq Haidar" and "Rafiq Haydar"). Two names of one type are one when they have the same
 * consonants word by word, each word keeps its first letter and is at most two edits from its pair, and at
 * least one word is spelled the same.
 */
final class TransliterationRule implements LinkRule {
  private static final String VOWELS = "aeiouy";

  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<String, List<Integer>> bySkeleton = new LinkedHashMap<>();
    Map<String, Integer> firstOfKey = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      if (firstOfKey.putIfAbsent(n.type() + "|" + n.key(), i) != null) {
        continue;
      }
      List<String> words = spelled(n.words());
      if (words.size() >= 2) {
        bySkeleton.computeIfAbsent(n.type() + "|" + skeleton(words), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : bySkeleton.values()) {
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          if (sameName(nodes.get(same.get(x)).words(), nodes.get(same.get(y)).words())) {
            clusters.link(same.get(x), same.get(y));
          }
        }
      }
    }
  }

  /** True when two keys' words are transliteration variants of one name (see the class comment). */
  static boolean sameName(String[] x, String[] y) {
    List<String> a = spelled(x);
    List<String> b = spelled(y);
    return a.size() >= 2 && a.size() == b.size() && skeleton(a).equals(skeleton(b)) && shareWord(a, b);
  }

  /** The words that carry consonants: "i" of "karim i nur" is only a linking vowel. */
  private static List<String> spelled(String[] words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!consonants(w).isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Each word's first letter and consonants: "haidar" and "haydar" are both "h:hdr". */
  static String skeleton(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(w.charAt(0)).append(':').append(consonants(w)).append(' ');
    }
    return b.toString().strip();
  }

  private static String consonants(String w) {
    StringBuilder b = new StringBuilder();
    for (char c : w.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c) && VOWELS.indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** One word spelled the same, and no word more than two edits from its pair ("hassan" is not "hussein"). */
  private static boolean shareWord(List<String> a, List<String> b) {
    boolean same = false;
    for (int i = 0; i < a.size(); i++) {
      same |= a.get(i).equals(b.get(i));
      if (Names.distance(a.get(i), b.get(i), 2) > 2) {
        return false;
      }
    }
    return same;
  }
}
