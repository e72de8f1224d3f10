package dev.storygraph.merge;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity clusters of a merge: disjoint sets of {@link EntityNode}s, with the full names (two words or more)
 * each cluster holds, so that two clusters whose full names clash ("ana duarte" and "maria duarte") stay
 * apart however a rule reaches them. Not thread-safe: one per merge.
 */
final class Clusters {
  private final UnionFind sets;
  private final Map<Integer, Set<String>> fullNames = new HashMap<>();

  Clusters(List<EntityNode> nodes) {
    sets = new UnionFind(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).words().length >= 2) {
        fullNames.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(nodes.get(i).key());
      }
    }
  }

  /** The cluster of node {@code i}, named by its root node. */
  int root(int i) {
    return sets.find(i);
  }

  /** Joins the clusters of a and b unless a full name of one clashes with a full name of the other. */
  boolean link(int a, int b) {
    return join(a, b, false);
  }

  /** Joins the clusters of a and b whatever their names: the text itself says they are one (a shared acronym). */
  void force(int a, int b) {
    join(a, b, true);
  }

  private boolean join(int a, int b, boolean force) {
    int ra = sets.find(a);
    int rb = sets.find(b);
    if (ra == rb) {
      return true;
    }
    Set<String> fa = fullNames.getOrDefault(ra, Set.of());
    Set<String> fb = fullNames.getOrDefault(rb, Set.of());
    if (!force) {
      for (String x : fa) {
        for (String y : fb) {
          if (!x.equals(y) && !compatibleNames(x.split(" "), y.split(" "))) {
            return false;
          }
        }
      }
    }
    sets.union(ra, rb);
    int root = sets.find(ra);
    Set<String> merged = new LinkedHashSet<>(fa);
    merged.addAll(fb);
    fullNames.remove(ra);
    fullNames.remove(rb);
    if (!merged.isEmpty()) {
      fullNames.put(root, merged);
    }
    return true;
  }

  /**
   * Same words, one inside the other ("navy" in "royal norwegian navy"), word-by-word variants, or
   * transliterations of one name.
   */
  static boolean compatibleNames(String[] x, String[] y) {
    String[] shorter = x.length <= y.length ? x : y;
    String[] longer = x.length <= y.length ? y : x;
    if (shorter.length == longer.length && NameKeys.allVariants(shorter, longer)
        || TransliterationRule.sameName(shorter, longer)) {
      return true;
    }
    String s = " " + String.join(" ", shorter) + " ";
    String l = " " + String.join(" ", longer) + " ";
    if (l.contains(s)) {
      return true;
    }
    return shorter.length == 2 && shorter[0].equals(longer[0]) && shorter[1].equals(longer[longer.length - 1]);
  }
}
