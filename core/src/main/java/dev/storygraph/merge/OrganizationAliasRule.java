package dev.storygraph.merge;

import dev.storygraph.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Organizations: an acronym the text used for an entity ("NAVCO" for "North Atlantic Vehicle Company") is that
 * entity wherever it stands alone; so is a shorter form one article used for exactly one entity ("Harlow" for
 * "Harlow Dynamics"). Places are left to the gazetteer: "Washington" for the US is not Washington State.
 */
final class OrganizationAliasRule implements LinkRule {
  private final NameKeys keys;

  OrganizationAliasRule(NameKeys keys) {
    this.keys = keys;
  }

  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<String, List<Integer>> byName = new HashMap<>();
    Map<String, Set<Integer>> aliasOwners = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      if (!n.isPerson()) {
        byName.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(i);
      }
      if (n.type() == EntityType.ORGANIZATION) {
        for (String alias : n.entity().aliases()) {
          String key = keys.key(alias);
          if (!key.equals(n.key())) { // "Orchard" is not a short form of the entity named "Orchard Inc."
            aliasOwners.computeIfAbsent(key, k -> new TreeSet<>()).add(clusters.root(i));
          }
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      if (n.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (String alias : n.entity().aliases()) {
        String key = keys.key(alias);
        boolean acronym = alias.length() >= 2 && alias.length() <= 6 && alias.chars().allMatch(Character::isUpperCase);
        if (!acronym && aliasOwners.getOrDefault(key, Set.of()).size() != 1) {
          continue;
        }
        for (int j : byName.getOrDefault(key, List.of())) {
          if (acronym) {
            clusters.force(i, j);
          } else if (nodes.get(j).words().length < n.words().length) {
            clusters.link(i, j);
          }
        }
      }
    }
  }
}
