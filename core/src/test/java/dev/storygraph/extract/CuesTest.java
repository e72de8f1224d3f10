package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CuesTest {
  @Test
  void standardCues_holdTheModalityAndConstructionWords() {
    assertThat(Cues.MODALITY.has("negation", "never")).isTrue();
    assertThat(Cues.MODALITY.has("future-aux", "Will")).isTrue();
    assertThat(Cues.MODALITY.has("future-aux", "never")).isFalse();
    assertThat(Cues.CONSTRUCTIONS.has("support-verb", "hold")).isTrue();
    assertThat(Cues.CONSTRUCTIONS.has("place-case", "in")).isTrue();
  }

  @Test
  void parse_unknownKindOrMissingWord_namesFileAndLine() {
    assertThatThrownBy(() -> Cues.parse(List.of("# head", "negatoin\tnot"), "c.tsv", Set.of("negation")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c.tsv:2").hasMessageContaining("negatoin");
    assertThatThrownBy(() -> Cues.parse(List.of("negation"), "c.tsv", Set.of("negation")))
        .hasMessageContaining("c.tsv:1");
  }

  @Test
  void parse_predicateKindOutsideTheVocabulary_namesFileLineAndValue() {
    assertThat(Cues.CONSTRUCTIONS.has("patient-possessor", "arrest")).isTrue();
    assertThat(Cues.CONSTRUCTIONS.has("modifier-agent", "attack")).isTrue();
    assertThatThrownBy(() -> Cues.parse(List.of("modifier-agent\tattack", "patient-possessor\tarest"), "c.tsv",
        Set.of("modifier-agent", "patient-possessor")))
        .hasMessageContaining("c.tsv line 2").hasMessageContaining("arest");
  }

  @Test
  void has_unknownKind_isACallersMistake() {
    assertThatThrownBy(() -> Cues.MODALITY.has("support-verb", "hold")).isInstanceOf(IllegalArgumentException.class);
  }
}
