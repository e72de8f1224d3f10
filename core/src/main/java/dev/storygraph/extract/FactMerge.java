package dev.storygraph.extract;

import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Merges facts of the same meaning (same predicate and arguments) into one, within an article ({@link FactExtractor})
 * and across the articles of a story ({@code merge.StoryMerger}): both merge by this one fact key. Stateless.
 */
public final class FactMerge {
  private FactMerge() {}

  /**
   * The key of a fact's meaning: predicate, subject and object, the two arguments in a fixed order for the
   * symmetric predicates of the {@link dev.storygraph.lexicon.Vocabulary}. Facts with equal keys merge.
   */
  public static String key(Fact f) {
    String s = f.subject();
    String o = f.object().orElse("");
    if (dev.storygraph.lexicon.Vocabulary.standard().isSymmetric(f.predicate()) && !o.isEmpty()
        && o.compareTo(s) < 0) {
      String t = s;
      s = o;
      o = t;
    }
    return f.predicate() + "|" + s + "|" + o;
  }

  /**
   * "Acme raised its offer" and "Acme's offer for Birch": an event told without its object is the event told
   * with it when the story knows it with one object only. Such facts take that object, so that they merge with
   * it; where the subject does the predicate to several objects, which one is meant is not guessed.
   *
   * @return the facts in the same order, objectless ones given their one known object
   */
  public static List<Fact> withKnownObjects(List<Fact> facts) {
    return withKnownObjects(facts, (a, b) -> false);
  }

  /**
   * As {@link #withKnownObjects(List)}, except that an objectless fact whose place clashes with that of every
   * telling of the known event ("an assault near Goma" beside "the attack on the embassy in Lyon") is another
   * event of the same kind and keeps no object: a different place, neither within the other.
   *
   * @param within {@code within.test(a, b)} is true when place id {@code a} lies, or may lie, within place id
   *               {@code b}
   */
  public static List<Fact> withKnownObjects(List<Fact> facts, java.util.function.BiPredicate<String, String> within) {
    Map<String, java.util.Set<String>> objects = new java.util.HashMap<>();
    Map<String, List<Fact>> tellings = new java.util.HashMap<>();
    for (Fact f : facts) {
      f.object().ifPresent(o -> {
        objects.computeIfAbsent(f.predicate() + "|" + f.subject(), k -> new java.util.HashSet<>()).add(o);
        tellings.computeIfAbsent(f.predicate() + "|" + f.subject(), k -> new ArrayList<>()).add(f);
      });
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      String k = f.predicate() + "|" + f.subject();
      java.util.Set<String> known = objects.getOrDefault(k, java.util.Set.of());
      boolean sameEvent = tellings.getOrDefault(k, List.of()).stream().anyMatch(g -> sameSetting(f, g, within));
      if (f.object().isEmpty() && known.size() == 1 && sameEvent) {
        out.add(f.toBuilder().object(Optional.of(known.iterator().next())).build());
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * No clash of place: one lies within the other, or either is unknown. Times do not decide: news dates one event
   * by its plan, its report and its aftermath, and a misread argument must not split the event it belongs to.
   */
  private static boolean sameSetting(Fact a, Fact b, java.util.function.BiPredicate<String, String> within) {
    return a.place().isEmpty() || b.place().isEmpty() || a.place().equals(b.place())
        || within.test(a.place().get(), b.place().get()) || within.test(b.place().get(), a.place().get());
  }

  /**
   * One event or two (DESIGN.md): facts of one key are one event told several times, unless a telling marks
   * another occurrence ("met again on Friday", "a second meeting") and dates it on a day none of the other
   * tellings of an occurrence gives: then it is an occurrence of its own. Unmarked tellings are one event whatever
   * their times (articles that disagree on its day are a conflict, not two events); an undated one belongs to the
   * first occurrence.
   *
   * @param fs     the facts of one key
   * @param marked {@code marked.test(f)} is true when the text of {@code f} marks another occurrence
   * @return the occurrences, each a non-empty list of facts, the first holding every unmarked fact
   */
  public static List<List<Fact>> occurrences(List<Fact> fs, java.util.function.Predicate<Fact> marked) {
    // a repetition is told with its day ("met again on Friday"); a month or a span is too vague to be another one
    java.util.function.Predicate<Fact> another = f -> marked.test(f) && f.time().isPresent()
        && f.time().get().days() == 1;
    if (fs.size() < 2 || fs.stream().noneMatch(another)) {
      return List.of(fs);
    }
    List<List<Fact>> out = new ArrayList<>();
    List<Fact> first = new ArrayList<>();
    fs.stream().filter(f -> !another.test(f)).forEach(first::add);
    out.add(first);
    List<Fact> later = fs.stream().filter(another)
        .sorted(Comparator.comparing((Fact f) -> f.time().map(TimeSpan::begin).orElse(java.time.LocalDate.MIN)))
        .toList();
    for (Fact f : later) {
      List<Fact> home = null;
      for (List<Fact> occurrence : out) {
        List<TimeSpan> days = occurrence.stream().flatMap(g -> g.time().stream()).toList();
        if (f.time().isEmpty() || days.isEmpty() || days.stream().anyMatch(d -> d.overlaps(f.time().get()))) {
          home = occurrence;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        out.add(home);
      }
      home.add(f);
    }
    out.removeIf(List::isEmpty);
    return out;
  }

  /** One fact from facts of the same meaning: union of evidence, combined confidence, reconciled place and time. */
  public static Fact merge(List<Fact> fs) {
    return merge(fs, (a, b) -> false);
  }

  /**
   * As {@link #merge(List)}, knowing which places contain which: when one source's place lies within
   * another's ("Porto" within "Portugal"), the most specific wins and nothing conflicts.
   *
   * @param within {@code within.test(a, b)} is true when place id {@code a} lies within place id {@code b}
   */
  public static Fact merge(List<Fact> fs, java.util.function.BiPredicate<String, String> within) {
    return merge(fs, within, p -> false);
  }

  /**
   * As {@link #merge(List, java.util.function.BiPredicate)}, knowing also which places are broad (a country):
   * when sources disagree on places none of which is known to contain the other and as many sources give each,
   * the narrower place wins ("the consulate in Lyon" beside "the consulate in France"); the conflict is kept.
   *
   * @param broad {@code broad.test(p)} is true when place id {@code p} names a country
   */
  public static Fact merge(List<Fact> fs, java.util.function.BiPredicate<String, String> within,
      java.util.function.Predicate<String> broad) {
    return merge(fs, within, broad, f -> true);
  }

  /**
   * As {@link #merge(List, java.util.function.BiPredicate, java.util.function.Predicate)}, knowing which facts'
   * times their own sentences state: a time carried from elsewhere in an article (the event told before, the
   * article's news) yields to a stated one without a conflict.
   *
   * @param stated {@code stated.test(f)} is true when a sentence of {@code f} states its time
   */
  public static Fact merge(List<Fact> fs, java.util.function.BiPredicate<String, String> within,
      java.util.function.Predicate<String> broad, java.util.function.Predicate<Fact> stated) {
    if (fs.size() == 1) {
      return fs.get(0);
    }
    List<Evidence> evidence = new ArrayList<>();
    double keep = 1;
    Map<String, TreeSet<String>> places = new LinkedHashMap<>();
    Map<String, TreeSet<String>> times = new LinkedHashMap<>();
    Map<String, TimeSpan> spanOf = new LinkedHashMap<>();
    Map<Modality, Integer> modalities = new LinkedHashMap<>();
    // "Rossi would meet Costa on Monday" dates a plan; when the sources also tell the event as having
    // happened with a time, the time is theirs
    boolean toldWithTime = fs.stream().anyMatch(f -> f.time().isPresent() && !isPlanOrGuess(f.modality()));
    boolean anyStated = fs.stream().anyMatch(f -> f.time().isPresent() && stated.test(f)
        && (!toldWithTime || !isPlanOrGuess(f.modality())));
    for (Fact f : fs) {
      for (Evidence e : f.evidence()) {
        if (!evidence.contains(e)) {
          evidence.add(e);
        }
      }
      keep *= 1 - f.confidence();
      f.place().ifPresent(p -> places.computeIfAbsent(p, k -> new TreeSet<>()).addAll(f.articles()));
      f.time().filter(t -> (!toldWithTime || !isPlanOrGuess(f.modality())) && (!anyStated || stated.test(f)))
          .ifPresent(t -> {
        times.computeIfAbsent(t.value(), k -> new TreeSet<>()).addAll(f.articles());
        spanOf.put(t.value(), t);
      });
      modalities.merge(f.modality(), f.articles().size(), Integer::sum);
    }
    List<Fact.Conflict> conflicts = new ArrayList<>();
    for (Fact f : fs) {
      conflicts.addAll(f.conflicts());
    }
    Optional<String> place = Optional.empty();
    if (!places.isEmpty()) {
      // the most specific place that every other one contains, if there is one
      Optional<String> nested = places.keySet().stream()
          .filter(p -> places.keySet().stream().allMatch(q -> q.equals(p) || within.test(p, q)))
          .findFirst();
      if (nested.isPresent()) {
        place = nested;
      } else {
        place = Optional.of(places.entrySet().stream().max(Comparator.<Map.Entry<String, TreeSet<String>>>comparingInt(
            e -> e.getValue().size()).thenComparing(e -> !broad.test(e.getKey()))).orElseThrow().getKey());
        conflicts.add(conflict("place", places));
      }
    }
    Optional<TimeSpan> time = Optional.empty();
    if (!spanOf.isEmpty()) {
      List<TimeSpan> spans = new ArrayList<>(spanOf.values());
      boolean allOverlap = true;
      for (TimeSpan a : spans) {
        for (TimeSpan b : spans) {
          allOverlap &= a.overlaps(b);
        }
      }
      if (allOverlap) {
        // consistent sources: the value most of them give, the narrowest among equals
        int best = times.values().stream().mapToInt(TreeSet::size).max().orElse(0);
        time = spans.stream().filter(s -> times.get(s.value()).size() == best)
            .min(Comparator.comparingLong(TimeSpan::days));
      } else {
        time = Optional.of(spanOf.get(mostSupported(times)));
        conflicts.add(conflict("time", times));
      }
    }
    Modality modality = modalities.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    Fact first = fs.get(0);
    return first.toBuilder().place(place).time(time).modality(modality).confidence(Math.min(1.0, 1 - keep))
        .evidence(evidence).conflicts(conflicts).build();
  }

  private static boolean isPlanOrGuess(Modality m) {
    return m == Modality.PLANNED || m == Modality.POSSIBLE;
  }

  private static String mostSupported(Map<String, TreeSet<String>> values) {
    return values.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
  }

  private static Fact.Conflict conflict(String field, Map<String, TreeSet<String>> values) {
    List<Fact.ConflictValue> vs = new ArrayList<>();
    values.forEach((v, arts) -> vs.add(new Fact.ConflictValue(v, new ArrayList<>(arts))));
    return new Fact.Conflict(field, vs);
  }
}
