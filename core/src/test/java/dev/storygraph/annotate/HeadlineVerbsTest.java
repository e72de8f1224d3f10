package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The headline verb the tagger reads as a noun, on hand-tagged tokens (no CoreNLP models loaded). */
final class HeadlineVerbsTest {
  private final HeadlineVerbs headlines = new HeadlineVerbs(Set.of("sack", "sign", "talk")::contains);

  @Test
  void aNounAfterANameBeforeANamedObject_isTheVerb() {
    List<CoreLabel> s = tagged("Port/NNP Authority/NNP sack/NN pilot/NN Ana/NNP Ruiz/NNP after/IN failed/VBN audit/NN");
    assertThat(headlines.retag(s)).isTrue();
    assertThat(tags(s)).containsExactly("NNP", "NNP", "VBP", "NN", "NNP", "NNP", "IN", "VBN", "NN");
  }

  @Test
  void aPluralNounBecomesAThirdPersonVerb() {
    List<CoreLabel> s = tagged("Vale/NNP signs/NNS the/DT ferry/NN accord/NN");
    assertThat(headlines.retag(s)).isTrue();
    assertThat(tags(s).get(1)).isEqualTo("VBZ");
  }

  @Test
  void aSentenceWithAFiniteVerb_isLeftAlone() {
    List<CoreLabel> s = tagged("Vale/NNP sack/NN trainer/NN Ola/NNP Dahl/NNP ,/, reports/VBZ say/VBP");
    assertThat(headlines.retag(s)).isFalse();
    assertThat(tags(s).get(1)).isEqualTo("NN");
  }

  @Test
  void noEventVerb_noNameBefore_orNoPhraseAfter_isLeftAlone() {
    assertThat(headlines.retag(tagged("Vale/NNP harbor/NN trainer/NN Ola/NNP Dahl/NNP"))).isFalse();
    assertThat(headlines.retag(tagged("New/JJ sack/NN trainer/NN Ola/NNP Dahl/NNP"))).isFalse();
    assertThat(headlines.retag(tagged("Vale/NNP talks/NNS end/NN without/IN deal/NN"))).isFalse();
    assertThat(headlines.retag(tagged("Vale/NNP Sack/NN Trainer/NNP Ola/NNP"))).isFalse();
  }

  /** "word/TAG word/TAG ...", each word its own lemma with a plural's "s" cut. */
  private static List<CoreLabel> tagged(String s) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : s.split(" ")) {
      int slash = wt.lastIndexOf('/');
      CoreLabel t = new CoreLabel();
      t.setWord(wt.substring(0, slash));
      t.setTag(wt.substring(slash + 1));
      t.setLemma(t.tag().equals("NNS") ? t.word().substring(0, t.word().length() - 1) : t.word());
      out.add(t);
    }
    return out;
  }

  private static List<String> tags(List<CoreLabel> s) {
    return s.stream().map(CoreLabel::tag).toList();
  }
}
