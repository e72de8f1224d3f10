package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser as {@link ParserLoad} loads it (from the binary form the build wrote, its precomputation on first use)
 * against the parser as CoreNLP loads it (from the text model, everything precomputed at load): the same weights,
 * the same precomputed rows bit for bit, the same parses. On the real corpora, through the whole extraction:
 * {@code GatingTest}.
 */
final class ParserLoadTest {
  private static final String MODEL = DependencyParser.DEFAULT_MODEL;
  private static DependencyParser coreNlp;
  private static DependencyParser fast;

  @BeforeAll
  static void load() {
    coreNlp = DependencyParser.loadFromModelFile(MODEL, new Properties());
    fast = ParserLoad.load(MODEL, new Properties());
  }

  @Test
  void load_defaultModel_readsTheBinaryFormTheBuildWrote() {
    assertThat(ParserLoad.hasBinary(MODEL)).isTrue();
    assertThat(ParserLoad.hasBinary("no/such/model.gz")).isFalse();
  }

  @Test
  void load_binaryForm_sameWeightsAndFeatureTableAsTextModel() throws Exception {
    Classifier a = classifier(coreNlp);
    Classifier b = classifier(fast);
    assertThat(b.getE()).isDeepEqualTo(a.getE());
    assertThat(b.getW1()).isDeepEqualTo(a.getW1());
    assertThat(b.getb1()).isEqualTo(a.getb1());
    assertThat(b.getW2()).isDeepEqualTo(a.getW2());
    for (String list : List.of("knownWords", "knownPos", "knownLabels", "preComputed")) {
      assertThat(get(DependencyParser.class, fast, list)).as(list).isEqualTo(get(DependencyParser.class, coreNlp,
          list));
    }
    Map<?, ?> table = (Map<?, ?>) get(Classifier.class, a, "preMap");
    Map<?, ?> onFirstUse = (Map<?, ?>) get(Classifier.class, b, "preMap");
    assertThat(onFirstUse.size()).isEqualTo(table.size()).isEqualTo(20_000);
    assertThat(onFirstUse.entrySet()).isEqualTo(table.entrySet());
  }

  @Test
  void predict_rowsComputedOnFirstUse_bitForBitThoseComputedAtLoad() throws Exception {
    List<List<TaggedWord>> sentences = List.of(
        tagged("The/DT mayor/NN of/IN Ostport/NNP signed/VBD a/DT new/JJ ferry/NN agreement/NN on/IN Monday/NNP ./."),
        tagged("Police/NNS said/VBD that/IN three/CD men/NNS were/VBD arrested/VBN near/IN the/DT harbour/NN ./."),
        tagged("She/PRP will/MD visit/VB Norland/NNP next/JJ week/NN to/TO discuss/VB trade/NN ./."));
    for (List<TaggedWord> s : sentences) {
      assertThat(fast.predict(s).typedDependencies().toString())
          .isEqualTo(coreNlp.predict(s).typedDependencies().toString());
    }
    double[][] atLoad = (double[][]) get(Classifier.class, classifier(coreNlp), "saved");
    double[][] onFirstUse = (double[][]) get(Classifier.class, classifier(fast), "saved");
    int computed = 0;
    for (int i = 0; i < onFirstUse.length; i++) {
      if (onFirstUse[i] != null) {
        computed++;
        // Arrays.equals on doubles compares bits
        assertThat(onFirstUse[i]).as("row %d", i).isEqualTo(atLoad[i]);
      }
    }
    assertThat(computed).as("rows computed for three sentences").isBetween(50, onFirstUse.length / 10);
  }

  private static List<TaggedWord> tagged(String text) {
    List<TaggedWord> words = new ArrayList<>();
    for (String t : text.split(" ")) {
      int slash = t.lastIndexOf('/');
      words.add(new TaggedWord(t.substring(0, slash), t.substring(slash + 1)));
    }
    return words;
  }

  private static Classifier classifier(DependencyParser p) throws Exception {
    return (Classifier) get(DependencyParser.class, p, "classifier");
  }

  private static Object get(Class<?> owner, Object o, String name) throws Exception {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
