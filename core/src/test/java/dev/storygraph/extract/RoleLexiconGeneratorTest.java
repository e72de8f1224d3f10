package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RoleLexiconGeneratorTest {

  @Test
  void generate_fromCheckedInSeeds_equalsCheckedInLexicon() throws Exception {
    Path folder = RoleLexiconGenerator.modelsFolder();
    String expected = RoleLexiconGenerator.generate(
        Files.readAllLines(folder.resolve(RoleLexiconGenerator.SEEDS), StandardCharsets.UTF_8));
    assertThat(Files.readString(folder.resolve(RoleLexiconGenerator.OUTPUT), StandardCharsets.UTF_8))
        .as("role-lexicon.txt is stale: run RoleLexiconGenerator.main and commit the file")
        .isEqualTo(expected);
  }

  @Test
  void generate_seedSense_yieldsItsHyponymsLessExclusions() throws Exception {
    String text = RoleLexiconGenerator.generate(List.of("seed professional#1", "exclude doctor"));
    assertThat(text.lines()).contains("head lawyer", "head attorney", "head professional")
        .doesNotContain("head doctor", "head shopkeeper");
  }

  @Test
  void generate_phraseLemmas_areLeftOut() throws Exception {
    String text = RoleLexiconGenerator.generate(List.of("seed member#1"));
    assertThat(text.lines()).contains("head board member").noneMatch(l -> l.contains(" of "));
  }
}
