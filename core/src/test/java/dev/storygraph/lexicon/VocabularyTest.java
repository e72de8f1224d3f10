package dev.storygraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void standardVocabularyHasTheDesignPredicatesAndTheirSymmetry() {
    Vocabulary v = Vocabulary.standard();
    assertThat(v.names()).contains("say", "announce", "charge", "meet", "buy", "kill");
    assertThat(v.isSymmetric("meet")).isTrue();
    assertThat(v.isSymmetric("negotiate")).isTrue();
    assertThat(v.isSymmetric("exchange")).isTrue();
    assertThat(v.names().stream().filter(v::isSymmetric)).containsExactlyInAnyOrder("meet", "negotiate", "exchange");
    assertThat(v.get("meet").orElseThrow().verbObjects()).containsExactly("obj", "with");
    assertThat(v.get("resign").orElseThrow().verbObjects()).isEmpty();
  }

  @Test
  void patient_admitsItsClassesAndUnknownOnes() {
    Vocabulary v = Vocabulary.standard();
    Vocabulary.Predicate kill = v.get("kill").orElseThrow();
    assertThat(kill.admits(List.of("person"))).isTrue();
    assertThat(kill.admits(List.of("PERSON"))).isTrue();
    assertThat(kill.admits(List.of("act", "communication"))).isFalse();
    assertThat(kill.admits(List.of("artifact", "person"))).isTrue();
    assertThat(kill.admits(List.of())).isTrue();
    assertThat(kill.otherwise()).isEmpty();
    assertThat(v.get("attack").orElseThrow().otherwise()).contains("criticize");
    assertThat(v.get("buy").orElseThrow().admits(List.of("cognition"))).isTrue();
  }

  @Test
  void otherwiseMustBeAPredicate() {
    assertThatThrownBy(() -> Vocabulary.parse(List.of("attack\t190\tno\tobj\ton\tno\tperson\tscold"), "v.tsv"))
        .hasMessageContaining("v.tsv").hasMessageContaining("'scold'");
  }

  @Test
  void aMalformedRowNamesFileLineAndValue() {
    assertThatThrownBy(() -> Vocabulary.parse(List.of("# header", "meet\t040\tmaybe\tobj\twith\tg"), "v.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v.tsv line 2").hasMessageContaining("maybe");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("meet\t040"), "v.tsv"))
        .hasMessageContaining("v.tsv line 1");
  }

  @Test
  void requireRejectsAPredicateOutsideTheVocabulary() {
    assertThatThrownBy(() -> Vocabulary.standard().require("smile", "predicates.tsv", 12))
        .hasMessageContaining("predicates.tsv line 12").hasMessageContaining("'smile'");
  }
}
