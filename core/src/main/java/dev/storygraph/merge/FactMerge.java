package dev.storygraph.merge;

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

/** Merges facts of the same meaning (same predicate and arguments) into one. Stateless. */
public final class FactMerge {
  private FactMerge() {}

  /**
   * The key of a fact's meaning: predicate, subject and object, the two arguments in a fixed order for the
   * symmetric predicates of the {@link dev.storygraph.extract.Vocabulary}. Facts with equal keys merge.
   */
  public static String key(Fact f) {
    String s = f.subject();
    String o = f.object().orElse("");
    if (dev.storygraph.extract.Vocabulary.standard().isSymmetric(f.predicate()) && !o.isEmpty()
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
    Map<String, java.util.Set<String>> objects = new java.util.HashMap<>();
    for (Fact f : facts) {
      f.object().ifPresent(o -> objects.computeIfAbsent(f.predicate() + "|" + f.subject(),
          k -> new java.util.HashSet<>()).add(o));
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      java.util.Set<String> known = objects.getOrDefault(f.predicate() + "|" + f.subject(), java.util.Set.of());
      if (f.object().isEmpty() && known.size() == 1) {
        out.add(new Fact(f.subject(), f.predicate(), Optional.of(known.iterator().next()), f.place(), f.time(),
            f.modality(), f.raw(), f.cameo(), f.confidence(), f.evidence(), f.conflicts()));
      } else {
        out.add(f);
      }
    }
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
    for (Fact f : fs) {
      for (Evidence e : f.evidence()) {
        if (!evidence.contains(e)) {
          evidence.add(e);
        }
      }
      keep *= 1 - f.confidence();
      f.place().ifPresent(p -> places.computeIfAbsent(p, k -> new TreeSet<>()).addAll(f.articles()));
      f.time().filter(t -> !toldWithTime || !isPlanOrGuess(f.modality())).ifPresent(t -> {
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
        place = Optional.of(places.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
            .orElseThrow().getKey());
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
    return new Fact(first.subject(), first.predicate(), first.object(), place, time, modality, first.raw(),
        first.cameo(), Math.min(1.0, 1 - keep), evidence, conflicts);
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
