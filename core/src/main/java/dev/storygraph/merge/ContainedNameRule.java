package dev.storygraph.merge;

import dev.storygraph.EntityType;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Organizations and places: a shorter name inside exactly one longer one of the same type ("Harlow" of "Harlow
 * Grumman", "Foreign Ministry" of "Chinese Foreign Ministry", "Norvik Airport" of "Norvik International
 * Airport", "Fresno" of "Fresno, California"), or the acronym of exactly one that its own article names.
 * Among several longer names qualified by different countries, the one the short name's own article points at.
 */
final class ContainedNameRule implements LinkRule {
  private final NameKeys keys;

  ContainedNameRule(NameKeys keys) {
    this.keys = keys;
  }

  /** The longer names of one type that may own a shorter name, by the way they contain it. */
  private static final class Owners {
    /** A name's trailing words, or leading words followed only by designators, or the part before its comma. */
    final Map<String, Set<Integer>> byPart = new HashMap<>();
    /** A name's leading words: "orchard" of "orchard computer". */
    final Map<String, Set<Integer>> byStart = new HashMap<>();
    /** First and last word, the words between left out: "norvik airport" of "norvik international airport". */
    final Map<String, Set<Integer>> byEnds = new HashMap<>();
    /** The initials of its capitalized words: "nal" of "Nordic Air Lines". */
    final Map<String, Set<Integer>> byInitials = new HashMap<>();

    static void add(Map<String, Set<Integer>> m, String key, int node) {
      m.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(node);
    }
  }

  @Override
  public void link(List<EntityNode> nodes, Clusters clusters) {
    Map<EntityType, Owners> owners = new HashMap<>();
    for (int j = 0; j < nodes.size(); j++) {
      EntityNode o = nodes.get(j);
      if (!o.isPerson() && o.words().length >= 2) {
        index(o, j, owners.computeIfAbsent(o.type(), t -> new Owners()));
      }
    }
    Lexicons lex = keys.lexicons();
    for (int i = 0; i < nodes.size(); i++) {
      EntityNode n = nodes.get(i);
      if (n.isPerson() || n.type() == EntityType.PLACE && lex.place(n.entity().name()).isPresent()) {
        continue; // gazetteer places are already canonical
      }
      Owners of = owners.get(n.type());
      if (of == null) {
        continue;
      }
      Set<Integer> roots = new TreeSet<>();
      for (int j : of.byPart.getOrDefault(n.key(), Set.of())) {
        roots.add(clusters.root(j));
      }
      if (n.words().length == 2) {
        for (int j : of.byEnds.getOrDefault(n.key(), Set.of())) {
          roots.add(clusters.root(j));
        }
      }
      if (roots.isEmpty() && n.words().length == 1 && n.entity().name().chars().allMatch(Character::isUpperCase)) {
        for (int j : of.byInitials.getOrDefault(n.key(), Set.of())) {
          if (nodes.get(j).article() == n.article()) { // initials alone are a guess; the article must name both
            roots.add(clusters.root(j));
          }
        }
      }
      // "Orchard" with "Orchard Computer" and "Orchard Records" in the story: any longer name it starts is a candidate,
      // but not one its own article names beside it as another entity ("Vantor" and "Vantor Network" told apart)
      for (int j : of.byStart.getOrDefault(n.key(), Set.of())) {
        if (nodes.get(j).article() != n.article()) {
          roots.add(clusters.root(j));
        }
      }
      roots.remove(clusters.root(i));
      if (roots.size() > 1) {
        roots = salient(n, roots, nodes, clusters);
      }
      if (roots.size() == 1) {
        clusters.link(i, roots.iterator().next());
      }
    }
  }

  private void index(EntityNode o, int j, Owners owners) {
    String[] w = o.words();
    int comma = o.entity().name().indexOf(',');
    if (comma > 0) {
      // "Tacoma, Washington" is Tacoma; Washington only contains it
      Owners.add(owners.byPart, keys.key(o.entity().name().substring(0, comma)), j);
      return;
    }
    for (int a = 0; a < w.length; a++) {
      for (int b = a + 1; b <= w.length; b++) {
        if (b - a == w.length) {
          continue;
        }
        String part = String.join(" ", Arrays.copyOfRange(w, a, b));
        if (a == 0) {
          Owners.add(owners.byStart, part, j);
        }
        if (a == 0 && keys.designated(w, b) || b == w.length) {
          Owners.add(owners.byPart, part, j);
        }
      }
    }
    if (w.length >= 3) {
      Owners.add(owners.byEnds, w[0] + " " + w[w.length - 1], j);
    }
    StringBuilder initials = new StringBuilder();
    for (String word : o.entity().name().split("\\s+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(Character.toLowerCase(word.charAt(0)));
      }
    }
    if (initials.length() >= 2) {
      Owners.add(owners.byInitials, initials.toString(), j);
    }
  }

  /**
   * Among owners qualified by different countries ("Chinese Foreign Ministry", "Russian Foreign Ministry"),
   * the one the bare name's own article also names, or whose country it mentions clearly most; otherwise all
   * of them (no merge).
   */
  private Set<Integer> salient(EntityNode n, Set<Integer> roots, List<EntityNode> nodes, Clusters clusters) {
    Set<Integer> sameArticle = new TreeSet<>();
    for (int j = 0; j < nodes.size(); j++) {
      if (nodes.get(j).article() == n.article() && roots.contains(clusters.root(j))) {
        sameArticle.add(clusters.root(j));
      }
    }
    if (sameArticle.size() == 1) {
      return sameArticle;
    }
    Map<Integer, Integer> mentionsOfOwnerCountry = new HashMap<>();
    for (int root : roots) {
      String country = null;
      for (int j = 0; j < nodes.size() && country == null; j++) {
        if (clusters.root(j) == root) {
          String first = nodes.get(j).entity().name().split(" ")[0];
          country = keys.lexicons().demonym(first).orElse(null);
        }
      }
      if (country == null) {
        return roots;
      }
      int count = 0;
      for (EntityNode m : nodes) {
        if (m.article() == n.article() && m.entity().name().equals(country)) {
          count += m.entity().mentions().size();
        }
      }
      mentionsOfOwnerCountry.put(root, count);
    }
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(mentionsOfOwnerCountry.entrySet());
    ranked.sort((a, b) -> b.getValue() - a.getValue());
    if (ranked.get(0).getValue() >= 1.5 * Math.max(1, ranked.get(1).getValue())) {
      return Set.of(ranked.get(0).getKey());
    }
    return roots;
  }
}
