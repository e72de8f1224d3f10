package dev.storygraph.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any type: a name one edit away, word by word, from a name of the same type in the story ("Qualcon" and
 * "Qualcomm", "Hallden Province" and "Halden Province") joins it when it never stands alone: the form is
 * found in one article only while the other is better attested (more articles, or more mentions). Two names
 * that several sources spell their own way are left for the type's own rules.
 */
final class MisspellingRule implements LinkRule {
  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<String, Integer> first = new LinkedHashMap<>();
    Map<String, Set<Integer>> articles = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, List<String>> byBlock = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      if (n.key().isEmpty()) {
        continue;
      }
      String form = n.type() + "|" + n.key();
      if (first.putIfAbsent(form, i) == null) {
        byBlock.computeIfAbsent(blockOf(n, n.words()[0]), k -> new ArrayList<>()).add(form);
      }
      articles.computeIfAbsent(form, k -> new HashSet<>()).add(n.article());
      mentions.merge(form, n.entity().mentions().size(), Integer::sum);
    }
    for (Map.Entry<String, Integer> e : first.entrySet()) {
      String form = e.getKey();
      if (articles.get(form).size() != 1) {
        continue;
      }
      EntityNode n = nodes.get(e.getValue());
      String best = null;
      for (String b : NameKeys.neighbourBlocks(n.words()[0])) {
        for (String other : byBlock.getOrDefault(n.type() + "|" + n.words().length + "|" + b, List.of())) {
          EntityNode o = nodes.get(first.get(other));
          if (other.equals(form) || !NameKeys.allVariants(n.words(), o.words())) {
            continue;
          }
          boolean better = articles.get(other).size() > 1 || mentions.get(other) > mentions.get(form);
          if (better && (best == null || mentions.get(other) > mentions.get(best))) {
            best = other;
          }
        }
      }
      if (best != null) {
        clusters.link(e.getValue(), first.get(best));
      }
    }
  }

  private static String blockOf(EntityNode n, String word) {
    return n.type() + "|" + n.words().length + "|" + NameKeys.block(word);
  }
}
