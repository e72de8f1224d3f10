package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every rule of one family file of {@code rules/} binds the words its invented example names, on the example's
 * stored parse: the rules run without CoreNLP's models. One subclass per rule file. To parse the examples again
 * after adding or changing one: {@code mvn -B -q -pl core -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='*RulesTest' -Dstorygraph.regenerate=true verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleFileTest {
  private final String file;
  private final Map<String, Doc> parses;

  RuleFileTest(String file) throws IOException {
    this.file = file;
    if (Boolean.getBoolean("storygraph.regenerate")) {
      StoredParses.regenerate(file);
    }
    this.parses = StoredParses.load(file);
  }

  @Test
  void everyRule_hasAnExampleWithItsStoredParse() {
    List<StoredParses.Example> examples = StoredParses.examples(file);
    assertThat(examples).isNotEmpty();
    assertThat(examples).allSatisfy(e -> {
      assertThat(e.sentence()).as("%s line %d: the rule %s has no '# example:' line above it", file, e.line(),
          e.rule()).isNotNull();
      assertThat(parses).as("%s: no stored parse of '%s': regenerate (see the class comment)", file, e.sentence())
          .containsKey(e.sentence());
    });
  }

  @TestFactory
  List<DynamicTest> eachRule_bindsTheWordsOfItsExample() {
    return StoredParses.examples(file).stream().filter(e -> e.sentence() != null)
        .map(e -> DynamicTest.dynamicTest(e.rule() + ": " + e.sentence(), () -> {
          Doc doc = parses.get(e.sentence());
          assertThat(doc).as("stored parse of '%s'", e.sentence()).isNotNull();
          String[] roleAndName = e.rule().split(" ");
          List<String> bound = ConstructionRules.match(doc).stream()
              .filter(c -> c.role().equals(roleAndName[0]) && c.rule().equals(roleAndName[1]))
              .map(c -> doc.token(c.trigger()).word() + " -> " + doc.token(c.argument()).word()).toList();
          assertThat(bound).as("what %s binds in '%s'", e.rule(), e.sentence())
              .contains(e.trigger() + " -> " + e.argument());
        })).toList();
  }

}
