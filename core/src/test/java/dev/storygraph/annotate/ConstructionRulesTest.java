package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of {@code constructions.semgrex} binds the words its invented example names, on the example's stored
 * parse: the rules run without CoreNLP's models. To parse the examples again after adding or changing one:
 * {@code mvn -B -q -pl core -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ConstructionRulesTest
 * -Dstorygraph.regenerate=true verify}.
 */
final class ConstructionRulesTest {
  private static final String FILE = "constructions.semgrex";
  private static Map<String, Doc> parses;

  @BeforeAll
  static void load() throws IOException {
    if (Boolean.getBoolean("storygraph.regenerate")) {
      StoredParses.regenerate(FILE);
    }
    parses = StoredParses.load(FILE);
  }

  @Test
  void everyRule_hasAnExampleWithItsStoredParse() {
    List<StoredParses.Example> examples = StoredParses.examples(FILE);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
    assertThat(examples).allSatisfy(e -> {
      assertThat(e.sentence()).as("%s line %d: the rule %s has no '# example:' line above it", FILE, e.line(),
          e.rule()).isNotNull();
      assertThat(parses).as("%s: no stored parse of '%s': regenerate (see the class comment)", FILE, e.sentence())
          .containsKey(e.sentence());
    });
  }

  @TestFactory
  List<DynamicTest> eachRule_bindsTheWordsOfItsExample() {
    return StoredParses.examples(FILE).stream().filter(e -> e.sentence() != null)
        .map(e -> DynamicTest.dynamicTest(e.rule() + ": " + e.sentence(), () -> {
          Doc doc = parses.get(e.sentence());
          assertThat(doc).as("stored parse of '%s'", e.sentence()).isNotNull();
          String[] roleAndName = e.rule().split(" ");
          List<String> bound = CoreNlpPipeline.constructions(doc).stream()
              .filter(c -> c.role().equals(roleAndName[0]) && c.rule().equals(roleAndName[1]))
              .map(c -> doc.token(c.trigger()).word() + " -> " + doc.token(c.argument()).word()).toList();
          assertThat(bound).as("what %s binds in '%s'", e.rule(), e.sentence())
              .contains(e.trigger() + " -> " + e.argument());
        })).toList();
  }

  @Test
  void storedParses_giveTheSameMatchesAsTheLiveAnnotation() {
    // the stored parse rebuilt into a graph matches the rules as CoreNLP's own graph did when it was stored
    Doc doc = parses.values().iterator().next();
    assertThat(CoreNlpPipeline.constructions(doc)).isNotEmpty();
  }
}
