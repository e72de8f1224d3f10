package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's ner annotator as {@link NerLoad} builds it (each classifier read on a thread of its own) against the one
 * CoreNLP builds (the classifiers read one after the other): the same classifiers in the same order, and the same
 * tags, normalized values and mentions on the seed articles.
 */
final class NerLoadTest {

  @Test
  void load_classifiersOnTheirOwnThreads_sameAnnotatorAsCoreNlps() throws Exception {
    // the pipeline's own properties, with the extractor's default sentence cap
    Properties p = CoreNlpPipeline.properties(150);
    NERCombinerAnnotator ours = NerLoad.load(p);
    NERCombinerAnnotator coreNlps = (NERCombinerAnnotator) new AnnotatorImplementations().ner(p);
    assertThat(classifiers(ours)).hasSize(3);
    assertThat(classes(ours)).isEqualTo(classes(coreNlps));
    assertThat(get(ClassifierCombiner.class, combiner(ours), "initLoadPaths"))
        .isEqualTo(get(ClassifierCombiner.class, combiner(coreNlps), "initLoadPaths"));
    assertThat(combiner(ours).flags.backgroundSymbol).isEqualTo(combiner(coreNlps).flags.backgroundSymbol);

    StanfordCoreNLP base = new StanfordCoreNLP(p);
    Path seeds = Path.of(System.getProperty("storygraph.shared", "../../shared")).resolve("corpus/seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    int mentions = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      List<String> a = annotate(base, ours, text);
      List<String> b = annotate(base, coreNlps, text);
      assertThat(a).as(f.getFileName().toString()).isEqualTo(b);
      mentions += (int) a.stream().filter(l -> l.startsWith("mention ")).count();
    }
    assertThat(mentions).as("mentions in the seeds").isGreaterThan(100);
  }

  /** Every token's tag and normalized value, and every mention with its type, of the text. */
  private static List<String> annotate(StanfordCoreNLP base, NERCombinerAnnotator ner, String text) {
    Annotation ann = new Annotation(text);
    ann.set(CoreAnnotations.DocDateAnnotation.class, "2021-03-02");
    base.annotate(ann);
    ner.annotate(ann);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : ann.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(t.word() + " " + t.ner() + " " + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }
    for (CoreMap m : ann.get(CoreAnnotations.MentionsAnnotation.class)) {
      out.add("mention " + m.get(CoreAnnotations.TextAnnotation.class) + " "
          + m.get(CoreAnnotations.EntityTypeAnnotation.class));
    }
    return out;
  }

  private static ClassifierCombiner<?> combiner(NERCombinerAnnotator ner) throws Exception {
    return (ClassifierCombiner<?>) get(NERCombinerAnnotator.class, ner, "ner");
  }

  private static List<?> classifiers(NERCombinerAnnotator ner) throws Exception {
    return (List<?>) get(ClassifierCombiner.class, combiner(ner), "baseClassifiers");
  }

  /** Each classifier's class and labels, in order. */
  private static List<String> classes(NERCombinerAnnotator ner) throws Exception {
    List<String> out = new ArrayList<>();
    for (Object c : classifiers(ner)) {
      AbstractSequenceClassifier<?> a = (AbstractSequenceClassifier<?>) c;
      out.add(a.getClass().getName() + " " + a.labels());
    }
    return out;
  }

  private static Object get(Class<?> owner, Object o, String name) throws Exception {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
