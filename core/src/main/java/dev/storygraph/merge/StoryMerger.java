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
import dev.storygraph.extract.FactMerge;
import dev.storygraph.extract.RoleExtractor;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges per-article results into one {@link Story}.
 *
 * <p>Entities: the same referent under different surfaces becomes one entity (full name and surname, hyphen
 * and case variants, one-letter spelling variants, transliterations, gazetteer aliases), never two people who
 * only share a surname, never across person and non-person. Each way of finding that two names are one is a
 * {@link LinkRule}, run in order over shared {@link Clusters} that refuse a link whose full names clash: the same
 * name, person spelling variants, a lone surname, a misspelling of one article, a transliteration, an
 * organization's alias, a name contained in a longer one. Candidates are found through blocking keys
 * (normalized names and name words), not by comparing every pair.
 *
 * <p>Facts: the same predicate over the same resolved arguments (either order for symmetric predicates)
 * becomes one fact whose support is the number of distinct articles; the most specific place and a time
 * consistent with the sources win, and disagreements are kept as {@link Fact.Conflict}s. Last, each fact's
 * confidence becomes the calibrated one of {@link Calibration}: the precision of facts like it on the
 * development golds.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryMerger {
  private static final String TRIP = Lexicons.tripPredicate();
  private final Lexicons lex;
  private final NameKeys keys;
  /** The link rules, in the order they run: each sees the clusters the earlier ones made. */
  private final List<LinkRule> rules;
  /** Gives each merged fact its calibrated confidence, last. */
  private final Calibration calibration;

  public StoryMerger(Lexicons lex) {
    this.lex = lex;
    this.keys = new NameKeys(lex);
    this.calibration = new Calibration(lex);
    this.rules = List.of(new ExactNameRule(), new PersonVariantRule(), new LoneSurnameRule(), new MisspellingRule(),
        new TransliterationRule(),
        new OrganizationAliasRule(keys), new ContainedNameRule(keys));
  }

  /** Merges the results; failed articles keep their place in {@link Story#articles()}. */
  public Story merge(List<ArticleResult> results) {
    List<EntityNode> nodes = new ArrayList<>();
    Map<String, Integer> nodeIndex = new HashMap<>();
    for (int a = 0; a < results.size(); a++) {
      ArticleResult r = results.get(a);
      if (r.status() != Status.OK) {
        continue;
      }
      for (Entity e : r.entities()) {
        String key = keys.key(e.name());
        nodeIndex.put(a + "|" + e.id(), nodes.size());
        nodes.add(new EntityNode(a, e, key, key.split(" ")));
      }
    }
    Clusters linked = new Clusters(nodes);
    for (LinkRule rule : rules) {
      rule.link(nodes, linked);
    }
    // Build merged entities, numbered by first appearance.
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      members.computeIfAbsent(linked.root(i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    Map<Integer, String> idOfRoot = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> c : members.entrySet()) {
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
      return idOfRoot.get(linked.root(n));
    };
    List<Role> roles = withStoryOrganization(withStoryCountry(mergeRoles(results, global), entities), entities);
    Map<String, String> partOf = new HashMap<>();
    entities.forEach(e -> e.partOf().ifPresent(p -> partOf.put(e.id(), p)));
    Set<String> countries = new java.util.HashSet<>();
    entities.stream().filter(e -> e.type() == EntityType.PLACE
            && lex.placeEntry(e.name()).map(Lexicons.Place::isCountry).orElse(false))
        .forEach(e -> countries.add(e.id()));
    List<Fact> facts = mergeFacts(results, global, countries, (a, b) -> {
      String p = partOf.get(a);
      for (int guard = 0; p != null && guard < 6; guard++) {
        if (p.equals(b)) {
          return true;
        }
        p = partOf.get(p);
      }
      return false;
    });
    facts = calibration.calibrated(facts, entities);
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

  private Entity mergeEntity(String id, List<Integer> members, List<EntityNode> nodes) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    Map<EntityType, Integer> types = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    Set<String> aliases = new LinkedHashSet<>();
    for (int m : members) {
      Entity e = nodes.get(m).entity();
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

  /**
   * One role per person, position and owner across articles: titles of one position ({@link Lexicons#roleClass})
   * are one role named by the longest title, the others its forms.
   */
  private List<Role> mergeRoles(List<ArticleResult> results,
      java.util.function.BiFunction<Integer, String, String> global) {
    Map<String, List<Role>> byKey = new LinkedHashMap<>();
    for (int a = 0; a < results.size(); a++) {
      for (Role r : results.get(a).roles()) {
        final int art = a;
        Role g = new Role(global.apply(a, r.person()), r.role(), r.of().map(o -> global.apply(art, o)), r.former(),
            r.evidence(), r.forms());
        byKey.computeIfAbsent(g.person() + "|" + roleKey(lex.roleClass(g.role())), k -> new ArrayList<>()).add(g);
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
        List<String> forms = new ArrayList<>();
        boolean former = false;
        for (Role r : e.getValue()) {
          ev.addAll(r.evidence());
          former |= r.former();
          forms.add(r.role());
          forms.addAll(r.forms());
        }
        Role first = e.getValue().get(0);
        out.add(new Role(first.person(), RoleExtractor.longestTitle(forms),
            e.getKey().isEmpty() ? Optional.empty() : Optional.of(e.getKey()), former, ev, forms));
      }
    }
    return out;
  }

  /**
   * An office of a state whose articles never say which ("President Lena Varga condemned the attack") is held
   * in the country the story names most.
   */
  private List<Role> withStoryCountry(List<Role> roles, List<Entity> entities) {
    Entity main = null;
    for (Entity e : entities) {
      boolean country = e.type() == EntityType.PLACE
          && lex.placeEntry(e.name()).map(Lexicons.Place::isCountry).orElse(false);
      if (country && (main == null || e.mentions().size() > main.mentions().size())) {
        main = e;
      }
    }
    if (main == null) {
      return roles;
    }
    List<Role> out = new ArrayList<>();
    for (Role r : roles) {
      out.add(r.of().isEmpty() && lex.isStateOffice(r.role())
          ? new Role(r.person(), r.role(), Optional.of(main.id()), r.former(), r.evidence(), r.forms()) : r);
    }
    return out;
  }

  /**
   * A post in an organization whose articles never say which ("the new coach Ana Ruiz", "chief executive Ola Berg"
   * in a story about one club or one firm) is held in the organization the story names clearly most: at least
   * twice as often as any other. A story about two firms leaves it without an owner.
   */
  private List<Role> withStoryOrganization(List<Role> roles, List<Entity> entities) {
    Entity main = null;
    int second = 0;
    for (Entity e : entities) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int n = e.mentions().size();
      if (main == null || n > main.mentions().size()) {
        second = main == null ? 0 : main.mentions().size();
        main = e;
      } else {
        second = Math.max(second, n);
      }
    }
    if (main == null || main.mentions().size() < 2 * second) {
      return roles;
    }
    List<Role> out = new ArrayList<>();
    for (Role r : roles) {
      out.add(r.of().isEmpty() && lex.isPost(r.role()) && !r.person().equals(main.id())
          ? new Role(r.person(), r.role(), Optional.of(main.id()), r.former(), r.evidence(), r.forms()) : r);
    }
    return out;
  }

  private String roleKey(String role) {
    return lex.spellingKey(role);
  }

  private List<Fact> mergeFacts(List<ArticleResult> results,
      java.util.function.BiFunction<Integer, String, String> global, Set<String> countries,
      java.util.function.BiPredicate<String, String> within) {
    java.util.function.Predicate<String> country = countries::contains;
    List<Fact> all = new ArrayList<>();
    for (int a = 0; a < results.size(); a++) {
      final int art = a;
      for (Fact f : results.get(a).facts()) {
        all.add(f.toBuilder().subject(global.apply(a, f.subject()))
            .object(f.object().map(o -> global.apply(art, o))).place(f.place().map(p -> global.apply(art, p))).build());
      }
    }
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    // a place whose container the story does not know may lie in any country: it clashes with none
    java.util.function.BiPredicate<String, String> mayLieWithin = (a, b) -> within.test(a, b)
        || country.test(b) && !country.test(a) && countries.stream().noneMatch(k -> within.test(a, k));
    for (Fact g : FactMerge.withKnownObjects(all, mayLieWithin)) {
      if (g.object().isEmpty() && dev.storygraph.lexicon.Vocabulary.standard().needsObject(g.predicate())) {
        continue; // "Acme charged a fee": without the one object the story knows for it, nothing is told
      }
      groups.computeIfAbsent(FactMerge.key(g), k -> new ArrayList<>()).add(g);
    }
    Map<String, List<DateExpression>> datesOf = new HashMap<>();
    results.forEach(r -> datesOf.put(r.articleId(), r.dates()));
    java.util.function.Predicate<Fact> stated = f -> f.evidence().stream().anyMatch(e -> datesOf
        .getOrDefault(e.article(), List.of()).stream().anyMatch(d -> d.begin() < e.end() && d.end() > e.begin()));
    List<Fact> out = new ArrayList<>();
    java.util.function.Predicate<Fact> repeated = f -> f.evidence().stream()
        .anyMatch(e -> Lexicons.marksRepetition(e.text()));
    for (List<Fact> fs : groups.values()) {
      for (List<Fact> occurrence : FactMerge.occurrences(fs, repeated)) {
        out.add(FactMerge.merge(occurrence, within, country, stated));
      }
    }
    return placeFromTrips(out);
  }

  /**
   * A person known to be at a place for a time (a trip with its place and time) did there what the story
   * dates within that time: "Duarte stays in Lima through the weekend" places "Duarte will meet Petrov on
   * Sunday" in Lima.
   */
  static List<Fact> placeFromTrips(List<Fact> facts) {
    Map<String, List<Fact>> tripsBySubject = new HashMap<>();
    for (Fact f : facts) {
      if (f.predicate().equals(TRIP) && f.place().isPresent() && f.time().isPresent()) {
        tripsBySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
      }
    }
    if (tripsBySubject.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact fact = f;
      if (!f.predicate().equals(TRIP) && f.place().isEmpty() && f.time().isPresent()) {
        for (Fact trip : tripsBySubject.getOrDefault(f.subject(), List.of())) {
          if (f.time().get().within(trip.time().get())) {
            fact = f.toBuilder().place(trip.place()).build();
            break;
          }
        }
      }
      out.add(fact);
    }
    return out;
  }
}
