package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in noun classes are exactly what {@link NounClassGenerator} derives from WordNet. To rewrite them:
 * {@code mvn -B -q -pl core -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=NounClassGeneratorTest
 * -Dstorygraph.regenerate=true verify}.
 */
final class NounClassGeneratorTest {
  private static final Path CHECKED_IN = Path.of("..", "models", "src", "main", "resources", "dev", "storygraph",
      "models", NounClassGenerator.OUTPUT);

  private static String generated;

  @BeforeAll
  static void generate() {
    generated = NounClassGenerator.standard().generate();
  }

  @Test
  void generate_matchesTheCheckedInFile() throws IOException {
    if (Boolean.getBoolean("storygraph.regenerate")) {
      Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .as("%s is stale: regenerate it with -Dstorygraph.regenerate=true (see NounClassGenerator)", CHECKED_IN)
        .isEqualTo(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
  }

  @Test
  void generate_givesTheClassOfTheMostFrequentSense() {
    List<String> rows = generated.lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(rows).hasSizeGreaterThan(5000);
    assertThat(rows).contains("hostage\tperson", "statement\tcommunication", "plan\tcognition",
        "regulator\tartifact,person",
        "person\tperson,body");
    assertThat(rows).noneMatch(r -> r.matches(".*[\\t,]tops(,.*)?"));
    assertThat(rows).noneMatch(r -> r.startsWith("aachen\t"));
    assertThat(rows).contains("missile\tartifact,weapon", "grenade\tartifact,weapon", "airliner\tartifact,craft",
        "tank\tartifact,craft", "truck\tartifact");
    assertThat(rows).allSatisfy(r -> assertThat(r).matches("[a-z][a-z-]*\t[a-z]+(,[a-z]+)?(,weapon|,craft)?"));
  }
}
