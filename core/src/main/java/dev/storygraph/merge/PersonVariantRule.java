package dev.storygraph.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People: full names that are spelling variants word by word ("Alexei Kuznetsova", "Alexey Kuznetzova"), compared
 * by distinct name within blocks of one surname initial and length.
 */
final class PersonVariantRule implements LinkRule {
  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<String, List<Integer>> byBlock = new HashMap<>();
    List<Integer> full = new ArrayList<>();
    for (int i : distinctPeople(nodes).values()) {
      EntityNode n = nodes.get(i);
      if (n.words().length >= 2) {
        full.add(i);
        byBlock.computeIfAbsent(n.words().length + "|" + NameKeys.block(last(n)), k -> new ArrayList<>()).add(i);
      }
    }
    for (int i : full) {
      EntityNode a = nodes.get(i);
      for (String b : NameKeys.neighbourBlocks(last(a))) {
        for (int j : byBlock.getOrDefault(a.words().length + "|" + b, List.of())) {
          if (j > i && NameKeys.allVariants(a.words(), nodes.get(j).words())) {
            clusters.link(i, j);
          }
        }
      }
    }
  }

  private static String last(EntityNode n) {
    return n.words()[n.words().length - 1];
  }

  /** The first node of each distinct person name, in node order. */
  static Map<String, Integer> distinctPeople(List<EntityNode> nodes) {
    Map<String, Integer> keys = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).isPerson()) {
        keys.putIfAbsent(nodes.get(i).key(), i);
      }
    }
    return keys;
  }
}
