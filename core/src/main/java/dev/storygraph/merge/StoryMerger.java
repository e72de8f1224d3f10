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
    entities = withContainers(entities);
    java.util.function.BiFunction<Integer, String, String> global = (a, localId) -> {
      Integer n = nodeIndex.get(a + "|" + localId);
      if (n == null) {
        throw new IllegalStateException("article " + results.get(a).articleId() + " names unknown entity " + localId);
      }
      return idOfRoot.get(uf.find(n));
    };
    List<Role> roles = mergeRoles(results, global);
    Map<String, String> partOf = new HashMap<>();
    entities.forEach(e -> e.partOf().ifPresent(p -> partOf.put(e.id(), p)));
    List<Fact> facts = mergeFacts(results, global, (a, b) -> {
      String p = partOf.get(a);
      for (int guard = 0; p != null && guard < 6; guard++) {
        if (p.equals(b)) {
          return true;
        }
        p = partOf.get(p);
      }
      return false;
    });
    List<DateExpression> dates = new ArrayList<>();
    List<ArticleSummary> articles = new ArrayList<>();
    for (ArticleResult r : results) {
      dates.addAll(r.dates());
      articles.add(ArticleSummary.of(r));
    }
    return new Story(articles, entities, roles, facts, dates);
  }

  /** Places know the place of the story that contains them, from the gazetteer or a "City, Region" name. */
  private List<Entity> withContainers(List<Entity> entities) {
    Map<String, String> idByName = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PLACE) {
        idByName.putIfAbsent(e.name(), e.id());
        e.aliases().forEach(a -> idByName.putIfAbsent(a, e.id()));
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      Optional<String> container = Optional.empty();
      if (e.type() == EntityType.PLACE) {
        String p = lex.placeEntry(e.name()).map(Lexicons.Place::partOf).orElse(null);
        int comma = e.name().indexOf(", ");
        if (p == null && comma > 0) {
          p = e.name().substring(comma + 2);
        }
        for (int guard = 0; p != null && guard < 5 && container.isEmpty(); guard++) {
          String id = idByName.get(p);
          if (id != null && !id.equals(e.id())) {
            container = Optional.of(id);
          }
          p = lex.placeEntry(p).map(Lexicons.Place::partOf).orElse(null);
        }
      }
      out.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), e.mentions(), container));
    }
    return out;
  }

  private static final Set<String> CORPORATE = Set.of("inc", "corp", "corporation", "ltd", "limited", "plc", "llc",
      "co", "nv", "sa", "ag", "gmbh", "the");

  /**
   * A lookup key: lower case, no honorifics, hyphens and periods folded, corporate suffixes dropped ("Orchard
   * Inc." is "apple"), a leading country alias made canonical ("US Air Force" is "united states air force").
   */
  String nameKey(String name) {
    String k = Lexicons.key(name).replace("'s", "").replace("'", "").replace(",", "");
    List<String> w = new ArrayList<>(List.of(k.split(" ")));
    while (w.size() > 1 && lex.isHonorific(w.get(0))) {
      w.remove(0);
    }
    while (w.size() > 1 && CORPORATE.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    if (w.size() > 1 && CORPORATE.contains(w.get(0))) {
      w.remove(0);
    }
    Optional<String> whole = lex.place(String.join(" ", w));
    if (whole.isPresent()) {
      return Lexicons.key(whole.get()); // "Kiev" is "kyiv", "U.S." is "united states"
    }
    for (int n = Math.min(3, w.size() - 1); n >= 1; n--) {
      Optional<String> place = lex.place(String.join(" ", w.subList(0, n)));
      if (place.isPresent()) {
        List<String> rest = new ArrayList<>(List.of(Lexicons.key(place.get()).split(" ")));
        rest.addAll(w.subList(n, w.size()));
        w = rest;
        break;
      }
    }
    return String.join(" ", w);
  }

  private static boolean compatible(Entity a, Entity b) {
    return (a.type() == EntityType.PERSON) == (b.type() == EntityType.PERSON);
  }

  /** Full names (two words or more) of each cluster, keyed by its root: two clusters whose names clash stay apart. */
  private final class Names2 {
    final Map<Integer, Set<String>> full = new HashMap<>();
    final UnionFind uf;

    Names2(List<Node> nodes, UnionFind uf) {
      this.uf = uf;
      for (int i = 0; i < nodes.size(); i++) {
        if (nodes.get(i).words.length >= 2) {
          full.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(nodes.get(i).key);
        }
      }
    }

    /** Joins the clusters of a and b unless a full name of one clashes with a full name of the other. */
    boolean link(int a, int b) {
      return link(a, b, false);
    }

    /** As {@link #link(int, int)}; {@code force} when the text itself says they are one (a shared acronym). */
    boolean link(int a, int b, boolean force) {
      int ra = uf.find(a);
      int rb = uf.find(b);
      if (ra == rb) {
        return true;
      }
      Set<String> fa = full.getOrDefault(ra, Set.of());
      Set<String> fb = full.getOrDefault(rb, Set.of());
      if (!force) {
        for (String x : fa) {
          for (String y : fb) {
            if (!x.equals(y) && !compatibleNames(x.split(" "), y.split(" "))) {
              return false;
            }
          }
        }
      }
      uf.union(ra, rb);
      int root = uf.find(ra);
      Set<String> merged = new LinkedHashSet<>(fa);
      merged.addAll(fb);
      full.remove(ra);
      full.remove(rb);
      if (!merged.isEmpty()) {
        full.put(root, merged);
      }
      return true;
    }
  }

  /** True when every word of {@code words} from {@code from} on is an organization designator ("airways"). */
  private boolean designated(String[] words, int from) {
    for (int i = from; i < words.length; i++) {
      if (!lex.isDesignator(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** Same words, one inside the other ("air force" in "united states air force"), or word-by-word variants. */
  private static boolean compatibleNames(String[] x, String[] y) {
    String[] shorter = x.length <= y.length ? x : y;
    String[] longer = x.length <= y.length ? y : x;
    if (shorter.length == longer.length && allVariants(shorter, longer)) {
      return true;
    }
    String s = " " + String.join(" ", shorter) + " ";
    String l = " " + String.join(" ", longer) + " ";
    if (l.contains(s)) {
      return true;
    }
    return shorter.length == 2 && shorter[0].equals(longer[0]) && shorter[1].equals(longer[longer.length - 1]);
  }

  private void linkEntities(List<Node> nodes, UnionFind uf) {
    Names2 linker = new Names2(nodes, uf);
    // 1. The same full name (after folding case, hyphens, periods and honorifics), type-compatible.
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      String k = (n.entity.type() == EntityType.PERSON ? "P|" : "X|") + n.key;
      Integer first = byKey.putIfAbsent(k, i);
      if (first != null) {
        linker.link(first, i);
      }
    }
    // 2. People: spelling variants of a full name, and a lone surname with exactly one full-name owner.
    //    Compared by distinct name, within blocks of one initial and one word length.
    Map<String, Integer> personKeys = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).entity.type() == EntityType.PERSON) {
        personKeys.putIfAbsent(nodes.get(i).key, i);
      }
    }
    Map<String, List<Integer>> fullByBlock = new HashMap<>();
    Map<String, List<Integer>> fullByWordBlock = new HashMap<>();
    for (int i : personKeys.values()) {
      Node n = nodes.get(i);
      if (n.words.length >= 2) {
        String last = n.words[n.words.length - 1];
        fullByBlock.computeIfAbsent(n.words.length + "|" + block(last), k -> new ArrayList<>()).add(i);
        for (String w : n.words) {
          fullByWordBlock.computeIfAbsent(block(w), k -> new ArrayList<>()).add(i);
        }
      }
    }
    for (int i : personKeys.values()) {
      Node a = nodes.get(i);
      if (a.words.length < 2) {
        continue;
      }
      String last = a.words[a.words.length - 1];
      for (String b : neighbourBlocks(last)) {
        for (int j : fullByBlock.getOrDefault(a.words.length + "|" + b, List.of())) {
          if (j > i && allVariants(a.words, nodes.get(j).words)) {
            linker.link(i, j);
          }
        }
      }
    }
    for (int i : personKeys.values()) {
      Node n = nodes.get(i);
      if (n.words.length != 1 || n.key.isEmpty()) {
        continue;
      }
      Set<Integer> owners = new TreeSet<>();
      for (String b : neighbourBlocks(n.key)) {
        for (int j : fullByWordBlock.getOrDefault(b, List.of())) {
          for (String w : nodes.get(j).words) {
            if (Names.variant(w, n.key)) {
              owners.add(uf.find(j));
            }
          }
        }
      }
      if (owners.size() == 1) {
        linker.link(i, owners.iterator().next());
      }
    }
    // 3. An acronym the text used for an entity ("NAVCO" for "North Atlantic Vehicle Company")
    //    is that entity wherever it stands alone.
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).entity.type() != EntityType.PERSON) {
        byName.computeIfAbsent(nodes.get(i).key, k -> new ArrayList<>()).add(i);
      }
    }
    //    Likewise a short form one article used for exactly one entity ("Harlow" for "Harlow Dynamics").
    Map<String, Set<Integer>> aliasOwners = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.entity.type() == EntityType.ORGANIZATION) {
        for (String alias : n.entity.aliases()) {
          aliasOwners.computeIfAbsent(nameKey(alias), k -> new TreeSet<>()).add(uf.find(i));
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.entity.type() != EntityType.ORGANIZATION) {
        continue; // places are made canonical by the gazetteer; "Washington" for the US is not Washington State
      }
      for (String alias : n.entity.aliases()) {
        boolean acronym = alias.length() >= 2 && alias.length() <= 6 && alias.chars().allMatch(Character::isUpperCase);
        if (!acronym && aliasOwners.getOrDefault(nameKey(alias), Set.of()).size() != 1) {
          continue;
        }
        for (int j : byName.getOrDefault(nameKey(alias), List.of())) {
          if (nodes.get(j).words.length < n.words.length || acronym) {
            linker.link(i, j, acronym);
          }
        }
      }
    }
    // 4. Organizations and places: a shorter name inside exactly one longer one ("Harlow" of "Harlow
    //    Grumman", "Foreign Ministry" of "Chinese Foreign Ministry", "Norvik Airport" of "Norvik International
    //    Airport", "Fresno" of "Fresno, California"), or an acronym of exactly one.
    Map<String, Set<Integer>> owners = new HashMap<>();
    for (int j = 0; j < nodes.size(); j++) {
      Node o = nodes.get(j);
      if (o.entity.type() == EntityType.PERSON || o.words.length < 2) {
        continue;
      }
      String tp = o.entity.type() == EntityType.ORGANIZATION ? "O|" : "L|";
      int comma = o.entity.name().indexOf(',');
      if (comma > 0) {
        // "Tacoma, Washington" is Tacoma; Washington only contains it
        owners.computeIfAbsent(tp + nameKey(o.entity.name().substring(0, comma)), k -> new LinkedHashSet<>()).add(j);
        continue;
      }
      for (int a = 0; a < o.words.length; a++) {
        for (int b = a + 1; b <= o.words.length; b++) {
          if (b - a == o.words.length) {
            continue;
          }
          boolean prefix = a == 0 && designated(o.words, b);
          boolean suffix = b == o.words.length;
          if (a == 0) {
            String part = String.join(" ", java.util.Arrays.copyOfRange(o.words, a, b));
            owners.computeIfAbsent(tp + "^" + part, k -> new LinkedHashSet<>()).add(j);
          }
          if (prefix || suffix) {
            String part = String.join(" ", java.util.Arrays.copyOfRange(o.words, a, b));
            owners.computeIfAbsent(tp + part, k -> new LinkedHashSet<>()).add(j);
          }
        }
      }
      if (o.words.length >= 3) {
        // same first and last word, words in between left out: "norvik airport" in "norvik international airport"
        owners.computeIfAbsent(tp + "~" + o.words[0] + " " + o.words[o.words.length - 1], k -> new LinkedHashSet<>())
            .add(j);
      }
      StringBuilder initials = new StringBuilder();
      for (String w : o.entity.name().split("\\s+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(Character.toLowerCase(w.charAt(0)));
        }
      }
      if (initials.length() >= 2) {
        owners.computeIfAbsent(tp + "#" + initials, k -> new LinkedHashSet<>()).add(j);
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.entity.type() == EntityType.PERSON || n.entity.type() == EntityType.PLACE && lex.place(n.entity.name())
          .isPresent()) {
        continue; // gazetteer places are already canonical
      }
      String tp = n.entity.type() == EntityType.ORGANIZATION ? "O|" : "L|";
      Set<Integer> roots = new TreeSet<>();
      for (int j : owners.getOrDefault(tp + n.key, Set.of())) {
        roots.add(uf.find(j));
      }
      if (n.words.length == 2) {
        for (int j : owners.getOrDefault(tp + "~" + n.key, Set.of())) {
          roots.add(uf.find(j));
        }
      }
      if (roots.isEmpty() && n.words.length == 1 && n.entity.name().chars().allMatch(Character::isUpperCase)) {
        for (int j : owners.getOrDefault(tp + "#" + n.key, Set.of())) {
          roots.add(uf.find(j));
        }
      }
      // "Orchard" with "Orchard Computer" and "Orchard Records" in the story: any longer name it starts is a candidate
      for (int j : owners.getOrDefault(tp + "^" + n.key, Set.of())) {
        roots.add(uf.find(j));
      }
      roots.remove(uf.find(i));
      if (roots.size() > 1) {
        roots = salient(n, roots, nodes, uf);
      }
      if (roots.size() == 1) {
        linker.link(i, roots.iterator().next());
      }
    }
  }

  /**
   * Among owners qualified by different countries ("Chinese Foreign Ministry", "Russian Foreign Ministry"),
   * the one whose country the bare name's own article mentions clearly most; otherwise all of them (no merge).
   */
  private Set<Integer> salient(Node n, Set<Integer> roots, List<Node> nodes, UnionFind uf) {
    // the one owner that the bare name's own article also names
    Set<Integer> sameArticle = new TreeSet<>();
    for (int j = 0; j < nodes.size(); j++) {
      if (nodes.get(j).article == n.article && roots.contains(uf.find(j))) {
        sameArticle.add(uf.find(j));
      }
    }
    if (sameArticle.size() == 1) {
      return sameArticle;
    }
    Map<Integer, Integer> mentionsOfOwnerCountry = new HashMap<>();
    for (int root : roots) {
      String country = null;
      for (int j = 0; j < nodes.size() && country == null; j++) {
        if (uf.find(j) == root) {
          String first = nodes.get(j).entity.name().split(" ")[0];
          country = lex.demonym(first).orElse(null);
        }
      }
      if (country == null) {
        return roots;
      }
      int count = 0;
      for (Node m : nodes) {
        if (m.article == n.article && m.entity.name().equals(country)) {
          count += m.entity.mentions().size();
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

  /** A blocking key for a name word: its initial and length. */
  private static String block(String word) {
    return word.charAt(0) + ":" + word.length();
  }

  /** The blocks a one-edit variant of the word can fall in. */
  private static List<String> neighbourBlocks(String word) {
    return List.of(word.charAt(0) + ":" + (word.length() - 1), block(word), word.charAt(0) + ":" + (word.length() + 1));
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
      java.util.function.BiFunction<Integer, String, String> global,
      java.util.function.BiPredicate<String, String> within) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (int a = 0; a < results.size(); a++) {
      final int art = a;
      for (Fact f : results.get(a).facts()) {
        Fact g = new Fact(global.apply(a, f.subject()), f.predicate(), f.object().map(o -> global.apply(art, o)),
            f.place().map(p -> global.apply(art, p)), f.time(), f.modality(), f.raw(), f.cameo(), f.confidence(),
            f.evidence(), f.conflicts());
        groups.computeIfAbsent(FactMerge.key(g), k -> new ArrayList<>()).add(g);
      }
    }
    List<Fact> out = new ArrayList<>();
    for (List<Fact> fs : groups.values()) {
      out.add(FactMerge.merge(fs, within));
    }
    return placeFromTrips(out);
  }

  /**
   * A person known to be at a place for a time (a trip with its place and time) did there what the story
   * dates within that time: "Duarte will be in Moscow from Monday to Thursday" places "Duarte will meet Petrov on
   * Monday" in Moscow.
   */
  static List<Fact> placeFromTrips(List<Fact> facts) {
    Map<String, List<Fact>> tripsBySubject = new HashMap<>();
    for (Fact f : facts) {
      if (f.predicate().equals("travel") && f.place().isPresent() && f.time().isPresent()) {
        tripsBySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
      }
    }
    if (tripsBySubject.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact fact = f;
      if (!f.predicate().equals("travel") && f.place().isEmpty() && f.time().isPresent()) {
        for (Fact trip : tripsBySubject.getOrDefault(f.subject(), List.of())) {
          if (f.time().get().within(trip.time().get())) {
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
}
