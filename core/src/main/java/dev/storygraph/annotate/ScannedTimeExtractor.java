package dev.storygraph.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * SUTime inside CoreNLP's ner annotator, run only on the sentences where {@link TimeScan} finds a digit or a time
 * word. A sentence passed over gets what SUTime gives a sentence in which it finds no time: its numbers are still
 * found (CoreNLP's NumberNormalizer, as SUTime does first), so NUMBER, MONEY, PERCENT and ORDINAL tags are
 * unchanged, and the list of time expressions is empty.
 *
 * <p>SUTime is called by ner's NumberSequenceClassifier through a private field that no property can set: it is
 * replaced once, by reflection, right after the annotator is built ({@link #install}). The ner annotator runs its
 * sentences on the calling thread ({@code ner.nthreads} is 1), which is what lets a thread ask for SUTime on every
 * sentence ({@link #exhaustively}).
 */
final class ScannedTimeExtractor implements TimeExpressionExtractor {
  private final TimeExpressionExtractor sutime;
  private final TimeScan scan;
  /** When set on a thread: SUTime on every sentence, and the sentences the scan would have missed reported. */
  private final ThreadLocal<Consumer<String>> exhaustive = new ThreadLocal<>();

  private ScannedTimeExtractor(TimeExpressionExtractor sutime, TimeScan scan) {
    this.sutime = sutime;
    this.scan = scan;
  }

  /**
   * Puts the scan in front of the SUTime of a ner annotator built with {@code ner.useSUTime}.
   *
   * @throws IllegalStateException when this CoreNLP keeps SUTime elsewhere (another version)
   */
  static ScannedTimeExtractor install(NERCombinerAnnotator ner, TimeScan scan) {
    try {
      Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
      Object numbers = field(NERClassifierCombiner.class, "nsc").get(combiner);
      if (!(numbers instanceof NumberSequenceClassifier)) {
        throw new IllegalStateException("ner's number classifier is a " + numbers.getClass().getName());
      }
      Field timex = field(NumberSequenceClassifier.class, "timexExtractor");
      Object sutime = timex.get(numbers);
      if (!(sutime instanceof TimeExpressionExtractor t)) {
        throw new IllegalStateException("ner runs without SUTime");
      }
      ScannedTimeExtractor scanned = new ScannedTimeExtractor(t, scan);
      timex.set(numbers, scanned);
      return scanned;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot put the time scan in front of CoreNLP's SUTime (CoreNLP version?): "
          + e, e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** Runs {@code work} on this thread with SUTime on every sentence; {@code missed} gets what the scan would skip. */
  void exhaustively(Consumer<String> missed, Runnable work) {
    exhaustive.set(missed);
    try {
      work.run();
    } finally {
      exhaustive.remove();
    }
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Consumer<String> missed = exhaustive.get();
    if (missed != null) {
      List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(sentence, document);
      if (found != null && !found.isEmpty() && (text == null || !scan.mayHoldTime(text))) {
        missed.accept(text);
      }
      return found;
    }
    if (text == null || scan.mayHoldTime(text)) {
      return sutime.extractTimeExpressionCoreMaps(sentence, document);
    }
    // What TimeExpressionExtractorImpl does before its rules: the numbers the number classifier reads.
    if (!sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)) {
      List<CoreMap> merged;
      try {
        merged = NumberNormalizer.findAndMergeNumbers(sentence);
      } catch (NumberFormatException e) {
        merged = new ArrayList<>();
      }
      sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, merged);
    }
    return new ArrayList<>();
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
    return sutime.extractTimeExpressionCoreMaps(sentence, docDate);
  }

  @Override
  public void init(String name, Properties props) {
    sutime.init(name, props);
  }

  @Override
  public void init(Options options) {
    sutime.init(options);
  }

  @Override
  public void finalize(CoreMap document) {
    sutime.finalize(document);
  }
}
