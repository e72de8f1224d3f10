package dev.storygraph.merge;

import dev.storygraph.ArticleResult;
import dev.storygraph.ArticleSummary;
import dev.storygraph.DateExpression;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Mention;
import dev.storygraph.Role;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import dev.storygraph.extract.Lexicons;
import dev.storygraph.extract.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges per-article results into one {@link Story}.
 *
 * <p>Entities: the same referent under different surfaces becomes one entity (full name and surname, hyphen
 * and case variants, one-letter spelling variants, gazetteer aliases), never two people who only share a
 * surname, never across person and non-person. Candidates are found through blocking keys (normalized
 * names and name words), not by comparing every pair.
 *
 * <p>Facts: the same predicate over the same resolved arguments (either order for symmetric predicates)
 * becomes one fact whose support is the number of distinct articles; the most specific place and a time
 * consistent with the sources win, and disagreements are kept as {@link Fact.Conflict}s.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryMerger {
  private static final Set<String> SYMMETRIC = Set.of("meet", "negotiate", "exchange");
  private final Lexicons lex;

  public StoryMerger(Lexicons lex) {
    this.lex = lex;
  }

  /** One article entity in the merge. */
  private record Node(int article, Entity entity, String key, String[] words) {}

  /** Merges the results; failed articles keep their place in {@link Story#articles()}. */
  public Story merge(List<ArticleResult> results) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Integer> nodeIndex = new HashMap<>();
    for (int a = 0; a < results.size(); a++) {
      ArticleResult r = results.get(a);
      if (r.status() != Status.OK) {
        continue;
      }
      for (Entity e : r.entities()) {
        String key = nameKey(e.name());
        nodeIndex.put(a + "|" + e.id(), nodes.size());
        nodes.add(new Node(a, e, key, key.split(" ")));
      }
    }
    UnionFind uf = new UnionFind(nodes.size());
    linkEntities(nodes, uf);
    // Build merged entities, numbered by first appearance.
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    Map<Integer, String> idOfRoot = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> c : clusters.entrySet()) {
      String id = "E" + (entities.size() + 1);
      idOfRoot.put(c.getKey(), id);
      entities.add(mergeEntity(id, c.getValue(), nodes));
    }
    java.util.function.BiFunction<Integer, String, String> global = (a, localId) -> {
      Integer n = nodeIndex.get(a + "|" + localId);
      if (n == null) {
        throw new IllegalStateException("article " + results.get(a).articleId() + " names unknown entity " + localId);
      }
      return idOfRoot.get(uf.find(n));
    };
    List<Role> roles = mergeRoles(results, global);
    List<Fact> facts = mergeFacts(results, global);
    List<DateExpression> dates = new ArrayList<>();
    List<ArticleSummary> articles = new ArrayList<>();
    for (ArticleResult r : results) {
      dates.addAll(r.dates());
      articles.add(ArticleSummary.of(r));
    }
    return new Story(articles, entities, roles, facts, dates);
  }

  /** A lookup key: lower case, no honorifics, hyphens and periods folded. */
  String nameKey(String name) {
    String k = Lexicons.key(name).replace("'s", "").replace("'", "");
    String[] w = k.split(" ");
    int i = 0;
    while (i < w.length - 1 && lex.isHonorific(w[i])) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
  }

  private static boolean compatible(Entity a, Entity b) {
    return (a.type() == EntityType.PERSON) == (b.type() == EntityType.PERSON);
  }

  private void linkEntities(List<Node> nodes, UnionFind uf) {
    // 1. The same full name (after folding case, hyphens, periods and honorifics), type-compatible.
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      String k = (n.entity.type() == EntityType.PERSON ? "P|" : "X|") + n.key;
      Integer first = byKey.putIfAbsent(k, i);
      if (first != null) {
        uf.union(first, i);
      }
    }
    // 2. People: spelling variants of a full name, and a lone surname with exactly one full-name owner.
    Map<Character, List<Integer>> byInitial = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.entity.type() == EntityType.PERSON && n.words.length >= 2) {
        byInitial.computeIfAbsent(n.words[n.words.length - 1].charAt(0), c -> new ArrayList<>()).add(i);
        if (n.words[0].charAt(0) != n.words[n.words.length - 1].charAt(0)) {
          byInitial.computeIfAbsent(n.words[0].charAt(0), c -> new ArrayList<>()).add(i);
        }
      }
    }
    for (List<Integer> block : byInitial.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          Node a = nodes.get(block.get(x));
          Node b = nodes.get(block.get(y));
          if (a.words.length == b.words.length && allVariants(a.words, b.words)) {
            uf.union(block.get(x), block.get(y));
          }
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.words.length != 1 || n.key.isEmpty()) {
        continue;
      }
      Set<Integer> owners = new TreeSet<>();
      if (n.entity.type() == EntityType.PERSON) {
        for (int j : byInitial.getOrDefault(n.key.charAt(0), List.of())) {
          Node o = nodes.get(j);
          for (String w : o.words) {
            if (Names.variant(w, n.key)) {
              owners.add(uf.find(j));
            }
          }
        }
      }
      if (owners.size() == 1) {
        uf.union(i, owners.iterator().next());
      }
    }
    // 3. Organizations: an acronym or a suffix of exactly one longer name ("Foreign Ministry").
    Map<String, Set<Integer>> orgOwners = new HashMap<>();
    for (int j = 0; j < nodes.size(); j++) {
      Node o = nodes.get(j);
      if (o.entity.type() != EntityType.ORGANIZATION || o.words.length < 2) {
        continue;
      }
      for (int s = 1; s < o.words.length; s++) {
        String suffix = String.join(" ", java.util.Arrays.copyOfRange(o.words, s, o.words.length));
        orgOwners.computeIfAbsent(suffix, k -> new LinkedHashSet<>()).add(j);
      }
      StringBuilder initials = new StringBuilder();
      for (String w : o.entity.name().split("\\s+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(Character.toLowerCase(w.charAt(0)));
        }
      }
      if (initials.length() >= 2) {
        orgOwners.computeIfAbsent("#" + initials, k -> new LinkedHashSet<>()).add(j);
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.entity.type() != EntityType.ORGANIZATION) {
        continue;
      }
      Set<Integer> roots = new TreeSet<>();
      for (int j : orgOwners.getOrDefault(n.key, Set.of())) {
        roots.add(uf.find(j));
      }
      if (roots.isEmpty() && n.words.length == 1 && n.entity.name().chars().allMatch(Character::isUpperCase)) {
        for (int j : orgOwners.getOrDefault("#" + n.key, Set.of())) {
          roots.add(uf.find(j));
        }
      }
      roots.remove(uf.find(i));
      if (roots.size() == 1) {
        uf.union(i, roots.iterator().next());
      }
    }
  }

  private static boolean allVariants(String[] a, String[] b) {
    for (int i = 0; i < a.length; i++) {
      if (!Names.variant(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  private Entity mergeEntity(String id, List<Integer> members, List<Node> nodes) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    Map<EntityType, Integer> types = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    Set<String> aliases = new LinkedHashSet<>();
    for (int m : members) {
      Entity e = nodes.get(m).entity;
      forms.merge(e.name(), e.mentions().size(), Integer::sum);
      types.merge(e.type(), e.mentions().size(), Integer::sum);
      mentions.addAll(e.mentions());
      aliases.add(e.name());
      aliases.addAll(e.aliases());
    }
    String name = forms.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> shouted(e.getKey()) ? 0 : 1)
            .thenComparingInt(e -> e.getKey().split("\\s+").length)
            .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElseThrow();
    EntityType type = types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElseThrow();
    aliases.remove(name);
    return new Entity(id, name, type, new ArrayList<>(aliases), mentions);
  }

  private static boolean shouted(String s) {
    return s.length() > 3 && s.chars().noneMatch(Character::isLowerCase);
  }

  private static List<Role> mergeRoles(List<ArticleResult> results,
      java.util.function.BiFunction<Integer, String, String> global) {
    Map<String, List<Role>> byKey = new LinkedHashMap<>();
    for (int a = 0; a < results.size(); a++) {
      for (Role r : results.get(a).roles()) {
        final int art = a;
        Role g = new Role(global.apply(a, r.person()), r.role(), r.of().map(o -> global.apply(art, o)), r.former(),
            r.evidence());
        byKey.computeIfAbsent(g.person() + "|" + roleKey(g.role()), k -> new ArrayList<>()).add(g);
      }
    }
    List<Role> out = new ArrayList<>();
    for (List<Role> rs : byKey.values()) {
      Map<String, List<Role>> byOwner = new LinkedHashMap<>();
      for (Role r : rs) {
        byOwner.computeIfAbsent(r.of().orElse(""), k -> new ArrayList<>()).add(r);
      }
      if (byOwner.containsKey("") && byOwner.size() > 1) {
        // a role stated without its owner joins the owner most sources give
        List<Role> none = byOwner.remove("");
        byOwner.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().addAll(none);
      }
      for (Map.Entry<String, List<Role>> e : byOwner.entrySet()) {
        List<Evidence> ev = new ArrayList<>();
        boolean former = false;
        for (Role r : e.getValue()) {
          ev.addAll(r.evidence());
          former |= r.former();
        }
        Role first = e.getValue().get(0);
        out.add(new Role(first.person(), first.role(), e.getKey().isEmpty() ? Optional.empty() : Optional.of(e.getKey()),
            former, ev));
      }
    }
    return out;
  }

  private static String roleKey(String role) {
    return role.toLowerCase(Locale.ROOT).replace("defence", "defense").replace("advisor", "adviser");
  }

  private List<Fact> mergeFacts(List<ArticleResult> results,
      java.util.function.BiFunction<Integer, String, String> global) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (int a = 0; a < results.size(); a++) {
      final int art = a;
      for (Fact f : results.get(a).facts()) {
        Fact g = new Fact(global.apply(a, f.subject()), f.predicate(), f.object().map(o -> global.apply(art, o)),
            f.place().map(p -> global.apply(art, p)), f.time(), f.modality(), f.raw(), f.cameo(), f.confidence(),
            f.evidence(), f.conflicts());
        groups.computeIfAbsent(factKey(g), k -> new ArrayList<>()).add(g);
      }
    }
    List<Fact> out = new ArrayList<>();
    for (List<Fact> fs : groups.values()) {
      out.add(FactMerge.merge(fs));
    }
    return placeFromTrips(out);
  }

  /**
   * A person known to be at a place for a time (a trip with its place and time) did there what the story
   * dates within that time: "Wang will be in Moscow from Monday to Thursday" places "Wang will meet Lavrov on
   * Monday" in Moscow.
   */
  static List<Fact> placeFromTrips(List<Fact> facts) {
    List<Fact> trips = facts.stream()
        .filter(f -> f.predicate().equals("travel") && f.place().isPresent() && f.time().isPresent()).toList();
    if (trips.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact fact = f;
      if (!f.predicate().equals("travel") && f.place().isEmpty() && f.time().isPresent()) {
        for (Fact trip : trips) {
          if (trip.subject().equals(f.subject()) && f.time().get().within(trip.time().get())) {
            fact = new Fact(f.subject(), f.predicate(), f.object(), trip.place(), f.time(), f.modality(), f.raw(),
                f.cameo(), f.confidence(), f.evidence(), f.conflicts());
            break;
          }
        }
      }
      out.add(fact);
    }
    return out;
  }

  private static String factKey(Fact f) {
    String s = f.subject();
    String o = f.object().orElse("");
    if (SYMMETRIC.contains(f.predicate()) && !o.isEmpty() && o.compareTo(s) < 0) {
      String t = s;
      s = o;
      o = t;
    }
    return f.predicate() + "|" + s + "|" + o;
  }

  /** The time spans of facts, for callers reconciling them. */
  static Optional<TimeSpan> narrowest(List<TimeSpan> spans) {
    return spans.stream().min(Comparator.comparingLong(TimeSpan::days));
  }
}
