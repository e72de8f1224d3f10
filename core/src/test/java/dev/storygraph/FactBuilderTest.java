package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactBuilderTest {
  private final Fact full = Fact.builder("p1", "meet").object(Optional.of("p2")).place(Optional.of("l1"))
      .modality(Modality.PLANNED).raw("will meet").cameo("036").confidence(0.7)
      .evidence(List.of(new Evidence("a1", 0, 20, "Ana Ruiz will meet Kim."))).build();

  @Test
  void toBuilder_copiesEveryField() {
    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Test
  void aSetter_changesOnlyItsField() {
    Fact moved = full.toBuilder().place(Optional.of("l2")).build();
    assertThat(moved.place()).contains("l2");
    assertThat(moved.toBuilder().place(full.place()).build()).isEqualTo(full);
  }

  @Test
  void builder_startsEmptyAndAsserted() {
    Fact bare = Fact.builder("p1", "travel").build();
    assertThat(bare.object()).isEmpty();
    assertThat(bare.place()).isEmpty();
    assertThat(bare.time()).isEmpty();
    assertThat(bare.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(bare.evidence()).isEmpty();
  }

  @Test
  void build_checksAsTheRecordDoes() {
    assertThatThrownBy(() -> full.toBuilder().confidence(1.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
    assertThatThrownBy(() -> full.toBuilder().object(null).build()).isInstanceOf(NullPointerException.class);
  }
}
