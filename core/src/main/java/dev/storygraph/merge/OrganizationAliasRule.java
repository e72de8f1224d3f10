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
 * entity wherever it stands alone; so is a shorter form articles used for exactly one entity ("Harlow" for
 * "Harlow Dynamics"), or for one entity far more often than for any other. Places are left to the gazetteer:
 * "Washington" for the US is not Washington State.
 */
final class OrganizationAliasRule implements LinkRule {
  private final NameKeys keys;

  OrganizationAliasRule(NameKeys keys) {
    this.keys = keys;
  }

  /**
   * True when {@code root} owns the short form: alone, or in at least three times as many articles as any other
   * owner ("Orchard" of a story about Orchard Computer that once mentions Orchard Records).
   */
  private static boolean soleOwner(Set<Integer> owners, int root, Map<Integer, Set<Integer>> articles) {
    if (!owners.contains(root)) {
      return false;
    }
    int mine = articles.getOrDefault(root, Set.of()).size();
    for (int o : owners) {
      if (o != root && mine < 3 * articles.getOrDefault(o, Set.of()).size()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Orvik North America", "Orvik India": an organization's name or short form followed by a continent, a country
   * or a union names its arm there, which news tells as the organization itself; it joins the one organization
   * the story knows by that name. Not a city ("Orvik Leeds" may be a club of its own).
   */
  private void regionalArms(List<EntityNode> nodes, Clusters clusters, Map<String, List<Integer>> byName,
      Map<String, Set<Integer>> aliasOwners) {
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      String[] w = n.words();
      if (n.type() != EntityType.ORGANIZATION || w.length < 2) {
        continue;
      }
      for (int p = 1; p < w.length; p++) {
        String tail = String.join(" ", java.util.Arrays.copyOfRange(w, p, w.length));
        boolean region = keys.lexicons().place(tail).flatMap(keys.lexicons()::placeEntry)
            .map(e -> e.isContinent() || e.isCountry() || e.isUnion())
            .orElse(false);
        if (!region) {
          continue;
        }
        String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, p));
        Set<Integer> owners = new TreeSet<>();
        for (int j : byName.getOrDefault(head, List.of())) {
          if (nodes.get(j).type() == EntityType.ORGANIZATION) {
            owners.add(clusters.root(j));
          }
        }
        aliasOwners.getOrDefault(head, Set.of()).forEach(o -> owners.add(clusters.root(o)));
        owners.remove(clusters.root(i));
        if (owners.size() == 1) {
          clusters.force(i, owners.iterator().next());
        }
        break;
      }
    }
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
    Map<Integer, Set<Integer>> articles = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      articles.computeIfAbsent(clusters.root(i), k -> new TreeSet<>()).add(nodes.get(i).article());
    }
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      if (n.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (String alias : n.entity().aliases()) {
        String key = keys.key(alias);
        boolean acronym = alias.length() >= 2 && alias.length() <= 6 && alias.chars().allMatch(Character::isUpperCase);
        Set<Integer> owners = new TreeSet<>();
        aliasOwners.getOrDefault(key, Set.of()).forEach(o -> owners.add(clusters.root(o)));
        if (!acronym && !soleOwner(owners, clusters.root(i), articles)) {
          continue;
        }
        for (int j : byName.getOrDefault(key, List.of())) {
          if (acronym) {
            clusters.force(i, j);
          } else if (nodes.get(j).words().length < n.words().length && nodes.get(j).type() == EntityType.ORGANIZATION) {
            // "Qatar" the airline's short form in one article is no reason to take the country for it in another
            clusters.link(i, j);
          }
        }
      }
    }
    regionalArms(nodes, clusters, byName, aliasOwners); // once the acronyms made each organization one cluster
  }
}
