package dev.storygraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The fact matching of {@code shared/tools/score.py}, ported line for line so that the calibration labels a
 * predicted fact correct exactly when the scorer counts it: a predicted entity resolves to a gold entity by its
 * normalized name, then an alias (a person never for a place or an organization); a fact is correct when a
 * gold fact of its predicate has its subject and object (either order for the scorer's symmetric predicates,
 * any object for statements, an object within the gold's for trips) and no earlier predicted fact took that
 * gold fact. Facts with an optional argument or an unscored predicate count neither way. Immutable.
 */
final class GoldMatch {
  /** As score.py's constants: the scorer's own lists, not the project's vocabulary. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir");
  private static final Set<String> SYMMETRIC = Set.of("meet", "negotiate", "exchange");
  private static final String STATEMENT = "say";
  private static final String TRIP = "travel";
  private static final Pattern NOT_WORD = Pattern.compile("[^\\w' ]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COMBINING = Pattern.compile("\\p{M}");

  /** How a predicted fact fares: counted right, counted wrong, or not counted at all. */
  enum Label { CORRECT, WRONG, UNSCORED }

  /** The scorer's fact counts: right predicted facts, predicted facts counted, gold facts found, gold facts. */
  record Counts(int tpPred, int nPred, int tpGold, int nGold) {
    Counts plus(Counts o) {
      return new Counts(tpPred + o.tpPred, nPred + o.nPred, tpGold + o.tpGold, nGold + o.nGold);
    }

    double precision() {
      return nPred == 0 ? 0 : (double) tpPred / nPred;
    }

    double recall() {
      return nGold == 0 ? 0 : (double) tpGold / nGold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The label of every predicted fact, in the story's order, and the counts. */
  record Result(List<Label> labels, Counts counts) {}

  private final JsonNode gold;
  private final List<JsonNode> entities = new ArrayList<>();
  private final Map<String, List<JsonNode>> byName = new HashMap<>();
  private final Map<String, JsonNode> canon = new HashMap<>();
  private final Map<String, String> partOf = new HashMap<>();
  private final Set<String> noise = new HashSet<>();
  private final Set<String> optional = new HashSet<>();

  GoldMatch(JsonNode gold) {
    this.gold = gold;
    for (JsonNode e : gold.path("entities")) {
      entities.add(e);
      List<String> names = new ArrayList<>();
      names.add(e.path("name").asText());
      e.path("aliases").forEach(a -> names.add(a.asText()));
      for (String n : names) {
        byName.computeIfAbsent(norm(n), k -> new ArrayList<>()).add(e);
      }
      canon.putIfAbsent(norm(e.path("name").asText()), e);
      partOf.put(e.path("name").asText(), e.hasNonNull("partOf") ? e.get("partOf").asText() : null);
    }
    gold.path("noise").path("names").forEach(n -> noise.add(norm(n.asText())));
    gold.path("optional").path("names").forEach(n -> optional.add(norm(n.asText())));
  }

  /** score.py's {@code norm}: accents, case, possessives, hyphens, periods, punctuation, honorifics, "the". */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    s = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    s = s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    s = s.replace("'s ", " ").replace("-", " ").replace(".", "");
    s = NOT_WORD.matcher(s).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String w : s.trim().split("\\s+")) {
      if (!w.isEmpty() && !HONORIFICS.contains(w)) {
        words.add(w);
      }
    }
    if (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** A resolved predicted entity: the gold entity's name (null for none) and the status score.py gives it. */
  private record Resolved(String name, String status) {}

  private Resolved resolve(String name, List<String> aliases, String type) {
    String n = norm(name);
    JsonNode c = canon.get(n);
    if (c != null && fits(c, type)) {
      return new Resolved(c.path("name").asText(), "gold");
    }
    List<JsonNode> cands = byName.getOrDefault(n, List.of()).stream().filter(e -> fits(e, type)).toList();
    if (type != null && !type.isEmpty()) {
      List<JsonNode> typed = cands.stream().filter(e -> e.path("type").asText().equals(type)).toList();
      cands = typed.isEmpty() ? cands : typed;
    }
    if (!cands.isEmpty()) {
      return new Resolved(cands.get(0).path("name").asText(), "gold");
    }
    if (noise.contains(n)) {
      return new Resolved(null, "noise");
    }
    if (optional.contains(n)) {
      return new Resolved(null, "optional");
    }
    for (String a : aliases) {
      List<JsonNode> byAlias = byName.getOrDefault(norm(a), List.of()).stream().filter(e -> fits(e, type)).toList();
      if (!byAlias.isEmpty()) {
        return new Resolved(byAlias.get(0).path("name").asText(), "gold");
      }
    }
    return new Resolved(null, "fp");
  }

  private static boolean fits(JsonNode c, String type) {
    return type == null || type.isEmpty() || c.path("type").asText().equals("PERSON") == type.equals("PERSON");
  }

  private boolean within(String place, String goldPlace) {
    Set<String> seen = new HashSet<>();
    for (String p = place; p != null && !seen.contains(p); p = partOf.get(p)) {
      if (p.equals(goldPlace)) {
        return true;
      }
      seen.add(p);
    }
    return false;
  }

  /** Labels every fact of the story. */
  Result match(JsonNode story) {
    return match(story, i -> true);
  }

  /** Labels the facts of the story that {@code kept} accepts (by index); the others are as if absent. */
  Result match(JsonNode story, IntPredicate kept) {
    Map<String, Resolved> emap = new LinkedHashMap<>();
    for (JsonNode e : story.path("entities")) {
      List<String> aliases = new ArrayList<>();
      e.path("aliases").forEach(a -> aliases.add(a.asText()));
      emap.put(e.path("id").asText(), resolve(e.path("name").asText(null), aliases,
          e.hasNonNull("type") ? e.get("type").asText() : null));
    }
    List<JsonNode> gfacts = new ArrayList<>();
    gold.path("facts").forEach(gfacts::add);
    Set<String> unscored = new HashSet<>();
    gold.path("unscoredPredicates").forEach(p -> unscored.add(p.asText()));
    Set<Integer> hits = new HashSet<>();
    List<Label> labels = new ArrayList<>();
    int tp = 0;
    int n = 0;
    int i = -1;
    for (JsonNode pf : story.path("facts")) {
      i++;
      String sId = text(pf, "subject");
      String oId = text(pf, "object");
      Resolved sr = emap.get(sId);
      Resolved or = oId == null ? null : emap.get(oId);
      String pred = text(pf, "predicate");
      if (!kept.test(i) || isOptional(sr) || isOptional(or) || unscored.contains(pred)) {
        labels.add(Label.UNSCORED);
        continue;
      }
      n++;
      String s = sr == null ? null : sr.name();
      String o = or == null ? null : or.name();
      Integer hit = null;
      for (int g = 0; g < gfacts.size(); g++) {
        JsonNode gf = gfacts.get(g);
        if (!text(gf, "predicate").equals(pred)) {
          continue;
        }
        String go = text(gf, "object");
        boolean sameObj = java.util.Objects.equals(go, o) || pred.equals(STATEMENT)
            || pred.equals(TRIP) && o != null && go != null && within(o, go);
        if (text(gf, "subject").equals(s) && sameObj
            || SYMMETRIC.contains(pred) && text(gf, "subject").equals(o) && java.util.Objects.equals(go, s)) {
          hit = g;
          break;
        }
      }
      if (hit == null || !hits.add(hit)) {
        labels.add(Label.WRONG);
      } else {
        labels.add(Label.CORRECT);
        tp++;
      }
    }
    return new Result(labels, new Counts(tp, n, hits.size(), gfacts.size()));
  }

  private static boolean isOptional(Resolved r) {
    return r != null && r.status().equals("optional");
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
