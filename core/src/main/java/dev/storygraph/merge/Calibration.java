package dev.storygraph.merge;

import static com.google.common.base.Preconditions.checkArgument;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A story fact's confidence as the precision that facts like it have on the development golds: a logistic model
 * over general features of the merged fact, whose weights are data ({@code confidence.tsv} in the models, fit by
 * {@code bin/bench calibrate}). The features hold no word and no predicate: the CAMEO root family, whether an
 * event noun or a verb gave the predicate (looked up in the predicate lexicon), modality, the types of subject
 * and object, place and time present, support, evidence sentences, a sentence at the article's start (its
 * headline), disputed values. A feature the weights do not name weighs nothing. Immutable and thread-safe.
 */
public final class Calibration {
  /** The weights file of the models jar. */
  public static final String FILE = "confidence.tsv";
  /** The feature every fact has: the model's intercept. */
  public static final String BIAS = "bias";
  /** How many characters beyond its lemma an inflected trigger word may have. */
  private static final int MAX_ENDING = 3;

  private static final class Holder {
    static final Map<String, Double> STANDARD = parse(Lexicons.resource(FILE), FILE);
  }

  /** The kind of word that gave a predicate. */
  private enum Trigger { NOUN, VERB, BOTH, OTHER }

  private final Map<String, Double> weights;
  private final Map<String, Set<String>> nouns = new HashMap<>();
  private final Map<String, Set<String>> verbs = new HashMap<>();

  /** The model of the models jar, with the trigger words of this lexicon. */
  public Calibration(Lexicons lex) {
    this(lex, Holder.STANDARD);
  }

  /**
   * A model with these weights.
   *
   * @param weights feature name to weight; features it lacks weigh 0
   */
  public Calibration(Lexicons lex, Map<String, Double> weights) {
    this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    for (Lexicons.PredicateEntry e : lex.predicateEntries()) {
      (e.isNoun() ? nouns : verbs).computeIfAbsent(e.predicate(), k -> new HashSet<>())
          .add(e.lemma().toLowerCase(Locale.ROOT));
    }
  }

  /** The weights, feature name to weight. */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * Parses a weights file: {@code #} comment lines, then one {@code feature<TAB>weight} line per feature.
   *
   * @param source the file name used in error messages
   * @throws IllegalArgumentException naming file, line and value of a malformed row, or a missing {@value #BIAS}
   */
  public static Map<String, Double> parse(List<String> lines, String source) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      checkArgument(c.length == 2, "%s line %s: want feature<TAB>weight, got '%s'", source, i + 1, line);
      double v;
      try {
        v = Double.parseDouble(c[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + (i + 1) + ": weight is not a number: '" + c[1] + "'");
      }
      checkArgument(Double.isFinite(v), "%s line %s: weight is not finite: %s", source, i + 1, v);
      checkArgument(w.put(c[0].strip(), v) == null, "%s line %s: feature '%s' given twice", source, i + 1, c[0]);
    }
    checkArgument(w.containsKey(BIAS), "%s has no '%s' weight", source, BIAS);
    return w;
  }

  /**
   * The features of a merged fact, name to value: indicators (1) for its kinds, logarithms for its counts.
   *
   * @param typeOf the type of an entity id of the fact's story, empty when unknown
   */
  public Map<String, Double> features(Fact f, Function<String, Optional<EntityType>> typeOf) {
    Map<String, Double> x = new LinkedHashMap<>();
    x.put(BIAS, 1.0);
    x.put("family:" + family(f.cameo()), 1.0);
    x.put("trigger:" + trigger(f).name().toLowerCase(Locale.ROOT), 1.0);
    x.put("modality:" + f.modality().label(), 1.0);
    x.put("subject:" + typeOf.apply(f.subject()).map(Enum::name).orElse("unknown"), 1.0);
    x.put("object:" + f.object().map(o -> typeOf.apply(o).map(Enum::name).orElse("unknown")).orElse("none"), 1.0);
    x.put("place", f.place().isPresent() ? 1.0 : 0.0);
    x.put("time", f.time().isPresent() ? 1.0 : 0.0);
    x.put("articles", Math.log(Math.max(1, f.support())));
    x.put("evidence", Math.log(Math.max(1, f.evidence().size())));
    x.put("headline", headline(f.evidence()) ? 1.0 : 0.0);
    x.put("conflict", f.conflicts().isEmpty() ? 0.0 : 1.0);
    return x;
  }

  /** The model's probability for these features: the logistic function of their weighted sum. */
  public static double probability(Map<String, Double> weights, Map<String, Double> features) {
    double z = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The calibrated confidence of a fact, in (0, 1). */
  public double confidence(Fact f, Function<String, Optional<EntityType>> typeOf) {
    return probability(weights, features(f, typeOf));
  }

  /** The facts with their calibrated confidence, in the same order; the story's entities give the types. */
  public List<Fact> calibrated(List<Fact> facts, List<Entity> entities) {
    Map<String, EntityType> types = new HashMap<>();
    entities.forEach(e -> types.put(e.id(), e.type()));
    Function<String, Optional<EntityType>> typeOf = id -> Optional.ofNullable(types.get(id));
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(f.toBuilder().confidence(confidence(f, typeOf)).build());
    }
    return out;
  }

  /** The CAMEO root (its first two digits), or "none" for a news event outside CAMEO. */
  private static String family(String cameo) {
    return cameo.length() >= 2 && Character.isDigit(cameo.charAt(0)) && Character.isDigit(cameo.charAt(1))
        ? cameo.substring(0, 2) : "none";
  }

  /**
   * Whether an event noun or a verb of the predicate's lexicon gave the fact: a word of {@code raw} that is one
   * of its noun lemmas, or its verb lemmas, exactly or with a short ending; a noun wins (its raw words hold the
   * light verb too); BOTH when a word fits either, OTHER when none does (an irregular form, a construction).
   */
  private Trigger trigger(Fact f) {
    Set<String> ns = nouns.getOrDefault(f.predicate(), Set.of());
    Set<String> vs = verbs.getOrDefault(f.predicate(), Set.of());
    Set<Trigger> kinds = new HashSet<>();
    for (String w : f.raw().toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean n = ns.contains(w);
      boolean v = vs.contains(w);
      if (!n && !v) {
        n = ns.stream().anyMatch(l -> inflects(w, l));
        v = vs.stream().anyMatch(l -> inflects(w, l));
      }
      kinds.add(n && v ? Trigger.BOTH : n ? Trigger.NOUN : v ? Trigger.VERB : Trigger.OTHER);
    }
    for (Trigger t : Trigger.values()) {
      if (kinds.contains(t)) {
        return t;
      }
    }
    return Trigger.OTHER;
  }

  private static boolean inflects(String word, String lemma) {
    return word.startsWith(lemma) && word.length() - lemma.length() <= MAX_ENDING;
  }

  /** True when some evidence of the fact is its article's first sentence: in news, the headline. */
  private static boolean headline(List<Evidence> evidence) {
    return evidence.stream().anyMatch(e -> e.begin() == 0);
  }
}
