package dev.storygraph.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The same name after folding case, hyphens, periods and honorifics, a person with a person, the rest together. */
final class ExactNameRule implements LinkRule {
  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      Integer first = byKey.putIfAbsent((n.isPerson() ? "P|" : "X|") + n.key(), i);
      if (first != null) {
        clusters.link(first, i);
      }
    }
  }
}
