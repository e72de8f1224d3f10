package dev.storygraph.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Builds CoreNLP's ner annotator with each of its CRF classifiers read on a thread of its own.
 *
 * <p>{@code NERCombinerAnnotator} reads its three classifiers one after the other and then SUTime's rules, the longest
 * chain of a cold start (about 3.4 s of CPU against 1.5 s for the tagger and the parser together). Here the
 * annotator is built, on the caller's thread, with no classifier (SUTime's rules and the rest), while a thread per
 * classifier reads it with the properties the annotator would have read it with
 * ({@code ClassifierCombiner.loadClassifierFromPath}, the call the annotator makes); they are then put in its
 * combiner in their order, and the combiner takes the first one's background symbol, as it does when it reads them. A
 * classifier read on its own is the same classifier, and nothing else the annotator builds depends on its
 * classifiers: the same annotator. Fails the load if CoreNLP's combiner no longer has the fields this relies on.
 */
final class NerLoad {
  private NerLoad() {}

  /** CoreNLP's ner annotator for the properties, as {@code AnnotatorImplementations.ner} builds it. */
  static NERCombinerAnnotator load(Properties properties) {
    List<String> models = models(properties);
    if (models.isEmpty() || PropertiesUtils.getBool(properties, "ner.usePresetNERTags", false)) {
      return annotator(properties);
    }
    Properties combiner = combinerProperties(properties);
    List<CompletableFuture<AbstractSequenceClassifier<CoreLabel>>> loads = new ArrayList<>();
    for (String path : models) {
      CompletableFuture<AbstractSequenceClassifier<CoreLabel>> load = new CompletableFuture<>();
      Thread loader = new Thread(() -> {
        try {
          load.complete(ClassifierCombiner.loadClassifierFromPath(combiner, path));
        } catch (Throwable e) {
          load.completeExceptionally(e);
        }
      }, "storygraph-crf-load-" + loads.size());
      loader.setDaemon(true);
      loader.start();
      loads.add(load);
    }
    Properties none = new Properties();
    none.putAll(properties);
    none.setProperty("ner.model", "");
    NERCombinerAnnotator ner = annotator(none);
    List<AbstractSequenceClassifier<CoreLabel>> classifiers = new ArrayList<>();
    for (int i = 0; i < loads.size(); i++) {
      classifiers.add(CoreNlpPipeline.join(loads.get(i), "CoreNLP's ner classifier " + models.get(i)));
    }
    try {
      NERClassifierCombiner combined = (NERClassifierCombiner) field(NERCombinerAnnotator.class, "ner").get(ner);
      @SuppressWarnings("unchecked")
      List<AbstractSequenceClassifier<CoreLabel>> base =
          (List<AbstractSequenceClassifier<CoreLabel>>) field(ClassifierCombiner.class, "baseClassifiers").get(combined);
      if (!base.isEmpty()) {
        throw new IllegalStateException("CoreNLP's ner combiner read " + base.size() + " classifiers, not none");
      }
      // as ClassifierCombiner.loadClassifiers ends
      base.addAll(classifiers);
      combined.flags.backgroundSymbol = classifiers.get(0).flags.backgroundSymbol;
      field(ClassifierCombiner.class, "initLoadPaths").set(combined, new ArrayList<>(models));
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's ner annotator changed: cannot read its classifiers apart", e);
    }
    return ner;
  }

  /** The classifiers {@code NERCombinerAnnotator} reads, as it reads the property. */
  static List<String> models(Properties properties) {
    if (PropertiesUtils.getBool(properties, "ner.rulesOnly", false)) {
      return List.of();
    }
    String names = properties.getProperty("ner.model");
    if (names == null) {
      names = DefaultPaths.DEFAULT_NER_THREECLASS_MODEL + ',' + DefaultPaths.DEFAULT_NER_MUC_MODEL + ','
          + DefaultPaths.DEFAULT_NER_CONLL_MODEL;
    }
    names = names.trim();
    return names.isEmpty() ? List.of() : Arrays.asList(names.split(","));
  }

  /** The properties {@code NERCombinerAnnotator} reads its classifiers with. */
  private static Properties combinerProperties(Properties properties) {
    Properties combiner = PropertiesUtils.extractSelectedProperties(properties,
        NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
    boolean useSUTime = PropertiesUtils.getBool(properties, NumberSequenceClassifier.USE_SUTIME_PROPERTY,
        NumberSequenceClassifier.USE_SUTIME_DEFAULT)
        && !PropertiesUtils.getBool(properties, "ner.statisticalOnly", false);
    if (useSUTime) {
      PropertiesUtils.overWriteProperties(combiner, PropertiesUtils.extractPrefixedProperties(properties,
          NumberSequenceClassifier.SUTIME_PROPERTY + '.', true));
    }
    return combiner;
  }

  private static NERCombinerAnnotator annotator(Properties properties) {
    try {
      return new NERCombinerAnnotator(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CoreNLP's ner", e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
