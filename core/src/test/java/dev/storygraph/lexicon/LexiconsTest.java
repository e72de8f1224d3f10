package dev.storygraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class LexiconsTest {
  private static Lexicons lexicons;

  @BeforeAll
  static void load() {
    lexicons = Lexicons.load(List.of());
  }

  private static String predicate(String lemma, boolean noun) {
    List<Lexicons.PredicateEntry> es = lexicons.predicates(lemma, noun);
    return es.isEmpty() ? null : es.get(0).predicate();
  }

  @Test
  void capitals_everyCountryOfTheGazetteerHasItsCapital_reviewedNamesKept() {
    List<String> countries = Lexicons.resource("places.tsv").stream().filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t", -1)).filter(c -> c.length > 1 && c[1].equals("country")).map(c -> c[0]).toList();
    List<String> capitalOf = Lexicons.resource("capitals.tsv").stream().filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t", -1)).peek(c -> assertThat(c[1]).isEqualTo("capital")).map(c -> c[2]).toList();
    assertThat(countries).hasSizeGreaterThan(100);
    // named like their country (the country's entry stays) or disputed: the review leaves them out
    assertThat(countries).filteredOn(c -> !capitalOf.contains(c))
        .containsExactlyInAnyOrder("Israel", "Luxembourg", "Singapore", "Vatican City", "Bulgaria", "Jamaica");
    assertThat(lexicons.placeEntry("Accra")).get().satisfies(p -> {
      assertThat(p.kind()).isEqualTo("capital");
      assertThat(p.partOf()).isEqualTo("Ghana");
    });
    assertThat(lexicons.place("Bogota")).contains("Bogotá");
    assertThat(lexicons.place("New Delhi")).contains("Delhi");
    assertThat(lexicons.place("San Jose")).isEmpty();
    assertThat(lexicons.placeEntry("Luxembourg")).get().extracting(Lexicons.Place::kind).isEqualTo("country");
  }

  @Test
  void roleClass_titlesOfOnePositionShareTheirClass_modifiersKept() {
    assertThat(lexicons.roleClass("CEO")).isEqualTo(lexicons.roleClass("chief executive"))
        .isEqualTo(lexicons.roleClass("Chief Executive Officer"));
    assertThat(lexicons.roleClass("coach")).isEqualTo(lexicons.roleClass("head coach"));
    assertThat(lexicons.roleClass("deputy ceo")).isEqualTo(lexicons.roleClass("deputy chief executive"))
        .isNotEqualTo(lexicons.roleClass("ceo"));
    assertThat(lexicons.roleClass("assistant coach")).isNotEqualTo(lexicons.roleClass("coach"));
    assertThat(lexicons.roleClass("foreign minister")).isEqualTo("foreign minister");
  }

  @Test
  void predicates_buyFamily() {
    assertThat(predicate("acquisition", true)).isEqualTo("buy");
    assertThat(predicate("takeover", true)).isEqualTo("buy");
    assertThat(predicate("purchase", false)).isEqualTo("buy");
    assertThat(lexicons.predicates("take", false)).anySatisfy(e -> {
      assertThat(e.pattern()).containsExactly("take", "over");
      assertThat(e.predicate()).isEqualTo("buy");
      assertThat(e.objects()).containsExactly("obj", "from"); // vocabulary.tsv's verb-object slots
    });
  }

  @Test
  void predicates_killAttackAndCoerceFamilies() {
    assertThat(predicate("slay", false)).isEqualTo("kill");
    assertThat(predicate("assassinate", false)).isEqualTo("kill");
    assertThat(predicate("assassination", true)).isEqualTo("kill");
    assertThat(predicate("bombard", false)).isEqualTo("attack");
    assertThat(predicate("strike", false)).isEqualTo("attack");
    assertThat(predicate("detain", false)).isEqualTo("arrest");
    assertThat(predicate("detention", true)).isEqualTo("arrest");
    assertThat(predicate("indict", false)).isEqualTo("charge");
    assertThat(predicate("invasion", true)).isEqualTo("invade");
  }

  @Test
  void predicates_consultAndStatementFamilies() {
    assertThat(predicate("summit", true)).isEqualTo("meet");
    assertThat(predicate("meet", false)).isEqualTo("meet");
    assertThat(predicate("announce", false)).isEqualTo("announce");
    assertThat(predicate("say", false)).isEqualTo("say");
    assertThat(lexicons.predicates("step", false)).anySatisfy(e -> {
      assertThat(e.pattern()).containsExactly("step", "down");
      assertThat(e.predicate()).isEqualTo("resign");
    });
  }

  @Test
  void predicates_nounTakesTheVocabularysNounSlotsAndSeedsOverrideThem() {
    Lexicons.PredicateEntry summit = lexicons.predicates("summit", true).get(0);
    assertThat(summit.objects()).containsExactly("with", "between");
    assertThat(summit.cameo()).isEqualTo("040");
    assertThat(lexicons.predicates("discuss", false).get(0).objects()).contains("topic");
  }

  @Test
  void predicates_excludedSensesAreNotTriggers() {
    assertThat(lexicons.predicates("charge", true)).noneMatch(e -> e.predicate().equals("attack"));
    assertThat(lexicons.predicates("fire", true)).isEmpty();
    assertThat(predicate("decline", false)).isNull();
  }

  @Test
  void readPredicates_rejectsAPredicateOutsideTheVocabulary() {
    assertThatThrownBy(() -> Lexicons.empty().readPredicates(
        List.of("# header", "grin\tsmile\t-\tverb\tgrin.v.01\tgrin.v.01 syn"), "p.tsv", Vocabulary.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p.tsv line 2").hasMessageContaining("'smile'");
  }

  @Test
  void readPredicates_rejectsAWrongCameoCodeOrPos() {
    assertThatThrownBy(() -> Lexicons.empty().readPredicates(
        List.of("slay\tkill\t190\tverb\tslay.v.01\tkill.v.01 tro1"), "p.tsv", Vocabulary.standard()))
        .hasMessageContaining("p.tsv line 1").hasMessageContaining("'190'");
    assertThatThrownBy(() -> Lexicons.empty().readPredicates(
        List.of("slay\tkill\t186\tadverb\tslay.v.01\tkill.v.01 tro1"), "p.tsv", Vocabulary.standard()))
        .hasMessageContaining("p.tsv line 1").hasMessageContaining("'adverb'");
    assertThatThrownBy(() -> Lexicons.empty().readPredicates(List.of("slay\tkill"), "p.tsv", Vocabulary.standard()))
        .hasMessageContaining("p.tsv line 1");
  }

  @Test
  void readPredicates_objectColumnOverridesTheVocabulary() {
    Lexicons l = Lexicons.empty();
    l.readPredicates(List.of("tell\tsay\t010\tverb\ttell.v.02\ttell.v.02 syn\tobj",
        "say\tsay\t010\tverb\tsay.v.01\tsay.v.01 syn"), "p.tsv", Vocabulary.standard());
    assertThat(l.predicates("tell", false).get(0).objects()).containsExactly("obj");
    assertThat(l.predicates("say", false).get(0).objects()).isEmpty();
  }

  @Test
  void predicates_closedCompoundWordNetDoesNotKnow_namesTheEventOfItsHead() {
    assertThat(predicate("airstrike", true)).isEqualTo("attack");
    assertThat(predicate("dronestrike", true)).isEqualTo("attack");
    // a noun WordNet knows is its own word, whatever it ends in; a head needs four letters, a modifier three
    assertThat(lexicons.nounClasses("talent")).isNotEmpty();
    assertThat(predicate("talent", true)).isNull();
    assertThat(predicate("xbid", true)).isNull();
    assertThat(predicate("airstrike", false)).isNull();
  }

  @Test
  void legalFormsAndSpellings_areDataOfTheirFiles() {
    assertThat(lexicons.isLegalForm("GmbH")).isTrue();
    assertThat(lexicons.isDesignator("gmbh")).isFalse();
    assertThat(lexicons.isLegalForm("plc")).isTrue();
    assertThat(lexicons.isDesignator("plc")).isTrue();
    assertThat(lexicons.isLegalForm("airways")).isFalse();
    assertThat(Lexicons.isDefiniteArticle("The")).isTrue();
    assertThat(lexicons.spellingKey("Defence Advisor")).isEqualTo("defense adviser");
    assertThat(lexicons.spellingKey("chief executive")).isEqualTo("chief executive");
  }

  @Test
  void placeKinds_areNamedByTheRecord() {
    assertThat(lexicons.placeEntry("Accra")).get().satisfies(p -> assertThat(p.isCapital()).isTrue());
    assertThat(lexicons.placeEntry("Luxembourg")).get().satisfies(p -> assertThat(p.isCountry()).isTrue());
  }
}
