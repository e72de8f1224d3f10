package dev.storygraph.merge;

import dev.storygraph.lexicon.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * People: a name of one word ("Duarte", or its variant "Duartte") joins the one cluster whose full names hold
 * that word; with two such clusters ("Ana Duarte", "Luis Duarte") it stays alone.
 */
final class LoneSurnameRule implements LinkRule {
  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<String, Integer> people = PersonVariantRule.distinctPeople(nodes);
    Map<String, List<Integer>> fullByWordBlock = new HashMap<>();
    for (int i : people.values()) {
      EntityNode n = nodes.get(i);
      if (n.words().length >= 2) {
        for (String w : n.words()) {
          fullByWordBlock.computeIfAbsent(NameKeys.block(w), k -> new ArrayList<>()).add(i);
        }
      }
    }
    for (int i : people.values()) {
      EntityNode n = nodes.get(i);
      if (n.words().length != 1 || n.key().isEmpty()) {
        continue;
      }
      Set<Integer> owners = new TreeSet<>();
      for (String b : NameKeys.neighbourBlocks(n.key())) {
        for (int j : fullByWordBlock.getOrDefault(b, List.of())) {
          for (String w : nodes.get(j).words()) {
            if (Names.variant(w, n.key())) {
              owners.add(clusters.root(j));
            }
          }
        }
      }
      if (owners.size() == 1) {
        clusters.link(i, owners.iterator().next());
      }
    }
  }
}
