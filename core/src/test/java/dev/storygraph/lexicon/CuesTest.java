package dev.storygraph.lexicon;

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

  @Test
  void hasExact_readsALowerCaseWordOnly() {
    assertThat(Cues.CONSTRUCTIONS.hasExact("owner-case", "of")).isTrue();
    assertThat(Cues.CONSTRUCTIONS.hasExact("owner-case", "Of")).isFalse();
    assertThat(Cues.CONSTRUCTIONS.has("owner-case", "Of")).isTrue();
  }

  @Test
  void wordClassesOfCoreferenceAndRoles_areConstructionKinds() {
    assertThat(Cues.CONSTRUCTIONS.has("person-pronoun", "Himself")).isTrue();
    assertThat(Cues.CONSTRUCTIONS.has("thing-pronoun", "its")).isFalse();
    assertThat(Cues.CONSTRUCTIONS.has("thing-possessive", "its")).isTrue();
    assertThat(Cues.CONSTRUCTIONS.words("definite-article")).containsExactly("the");
    assertThat(Cues.CONSTRUCTIONS.alternation("definite-article")).isEqualTo("\\Qthe\\E");
    assertThat(Cues.CONSTRUCTIONS.has("former-mark", "ex-")).isTrue();
    assertThat(Cues.MODALITY.hasExact("perfect-aux", "have")).isTrue();
  }
}
