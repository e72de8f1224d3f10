package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storygraph.lexicon.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in predicate lexicon is exactly what {@link PredicateLexiconGenerator} derives from WordNet and the
 * seed and exclusion files. To rewrite it after editing those: {@code mvn -B -q -pl core -am
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=PredicateLexiconGeneratorTest -Dstorygraph.regenerate=true verify}.
 */
final class PredicateLexiconGeneratorTest {
  private static final Path CHECKED_IN = Path.of("..", "models", "src", "main", "resources", "dev", "storygraph",
      "models", PredicateLexiconGenerator.OUTPUT);

  private static PredicateLexiconGenerator generator;
  private static String generated;

  @BeforeAll
  static void generate() {
    generator = PredicateLexiconGenerator.standard();
    generated = generator.generate();
  }

  @Test
  void generate_matchesTheCheckedInLexicon() throws IOException {
    if (Boolean.getBoolean("storygraph.regenerate")) {
      Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
    }
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    assertThat(generated)
        .as("%s is stale: regenerate it with -Dstorygraph.regenerate=true (see PredicateLexiconGenerator)",
            CHECKED_IN)
        .isEqualTo(checkedIn);
  }

  @Test
  void generate_isByteStable() {
    assertThat(generator.generate()).isEqualTo(generated);
  }

  @Test
  void generate_yieldsHundredsOfFormsWithTheirSources() {
    List<String> rows = generated.lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(rows).hasSizeGreaterThan(500);
    assertThat(rows).allSatisfy(r -> assertThat(r.split("\t")).hasSizeBetween(6, 7));
    assertThat(rows).contains("acquisition\tbuy\t-\tnoun\tacquisition.n.01\tacquisition.n.01 syn",
        "assassinate\tkill\t186\tverb\tassassinate.v.01\tassassinate.v.01 syn");
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("take over\tbuy\t-\tverb\t"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("slay\tkill\t186\tverb\t"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("detain\tarrest\t173\tverb\t"));
  }

  @Test
  void generate_keepsOnlyEventNounsAndFrequentSenses() {
    List<String> forms = generated.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
    // "buyer" (a person) and "purchaser" derive from buy but are not events
    assertThat(forms).doesNotContain("buyer", "purchaser", "killer", "invader");
    // phrasal verbs need only particles: "put to death" cannot be matched word by word
    assertThat(forms).doesNotContain("put to death");
  }

  @Test
  void exclusions_dropTheForm() {
    PredicateLexiconGenerator g = new PredicateLexiconGenerator(dictionary(), Vocabulary.standard(),
        List.of("attack\tattack\tverb\t1\t0", "attack\tattack\tnoun\t1\t0"),
        List.of("form\tassail\tverb\t-\tattack\tfor the test"), List.of());
    assertThat(g.generate()).contains("\nattack\tattack\t190\tverb\t").doesNotContain("\nassail\t");
  }

  @Test
  void aConflictGoesToTheNearerSenseWhateverTheSeedOrder() {
    // "invasion" derives from a troponym of attack.v.01 and is the invade seed itself
    List<String> seeds = List.of("attack\tattack\tverb\t1\t1", "invade\tinvasion\tnoun\t1\t0");
    for (List<String> order : List.of(seeds, List.of(seeds.get(1), seeds.get(0)))) {
      String out = new PredicateLexiconGenerator(dictionary(), Vocabulary.standard(), order, List.of(), List.of())
          .generate();
      assertThat(out).contains("\ninvasion\tinvade\t192\tnoun\t").doesNotContain("\ninvasion\tattack\t");
    }
  }

  @Test
  void aFormOfTwoPredicatesActingOnDifferentThings_goesToBoth() {
    // fire.v.02 a gun (launch acts on artifacts), fire.v.04 an employee (expel acts on people)
    String out = new PredicateLexiconGenerator(dictionary(), Vocabulary.standard(),
        List.of("launch\tfire\tverb\t2\t0", "expel\tfire\tverb\t4\t0", "reject\tdismiss\tverb\t1\t0",
            "expel\tdismiss\tverb\t4\t0"), List.of(), List.of()).generate();
    assertThat(out).contains("\nfire\tlaunch\t150\tverb\t", "\nfire\texpel\t174\tverb\t");
    // reject names no patient: "dismiss" goes to its first sense alone
    assertThat(out).contains("\ndismiss\treject\t").doesNotContain("\ndismiss\texpel\t");
  }

  @Test
  void badInputsNameFileLineAndValue() {
    assertThatThrownBy(() -> new PredicateLexiconGenerator(dictionary(), Vocabulary.standard(),
        List.of("# h", "smile\tsmile\tverb\t1\t0"), List.of(), List.of()))
        .hasMessageContaining("predicate-seeds.tsv line 2").hasMessageContaining("'smile'");
    assertThatThrownBy(() -> new PredicateLexiconGenerator(dictionary(), Vocabulary.standard(),
        List.of("kill\tkill\tverb\t99\t0"), List.of(), List.of()))
        .hasMessageContaining("line 1").hasMessageContaining("sense 99 of 'kill'");
    assertThatThrownBy(() -> new PredicateLexiconGenerator(dictionary(), Vocabulary.standard(), List.of(),
        List.of("form\tslay\tverb\t-\tkill\t"), List.of()))
        .hasMessageContaining("predicate-exclusions.tsv line 1");
  }

  private static Dictionary dictionary() {
    return generator.wordnet();
  }
}
