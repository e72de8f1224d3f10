package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each construction the fact extractor handles, on sentences written for the test, through the real pipeline. */
final class FactExtractorTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  private record Readable(String subject, String predicate, String object, String place, String time,
      Modality modality, double confidence) {}

  private static List<Readable> facts(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(MONDAY));
    assertThat(r.status()).isEqualTo(Status.OK);
    return r.facts().stream().map(f -> new Readable(name(r, f.subject()), f.predicate(),
        f.object().map(o -> name(r, o)).orElse(null), f.place().map(p -> name(r, p)).orElse(null),
        f.time().map(TimeSpan::value).orElse(null), f.modality(), f.confidence())).toList();
  }

  private static String name(ArticleResult r, String id) {
    return r.entity(id).orElseThrow().name();
  }

  @Test
  void extract_passiveGreeting_yieldsMeetWithTheAgentAsSubject() {
    assertThat(facts("Spanish Foreign Minister Pablo Ruiz was greeted by Portuguese President Rui Costa "
        + "in Lisbon on Sunday.")).singleElement().satisfies(f -> {
          assertThat(f.predicate()).isEqualTo("meet");
          assertThat(f.subject()).isEqualTo("Rui Costa");
          assertThat(f.object()).isEqualTo("Pablo Ruiz");
          assertThat(f.place()).isEqualTo("Lisbon");
          assertThat(f.time()).isEqualTo("2025-03-02");
        });
  }

  @Test
  void extract_nominalTalksWith_yieldsMeet() {
    assertThat(facts("Pablo Ruiz held talks with Rui Costa in Lisbon.")).singleElement().satisfies(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Pablo Ruiz", "Rui Costa");
      assertThat(f.place()).isEqualTo("Lisbon");
    });
  }

  @Test
  void extract_coordinatedSubjects_yieldOneSymmetricFact() {
    assertThat(facts("Pablo Ruiz and Rui Costa met in Lisbon on Friday.")).singleElement().satisfies(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Pablo Ruiz", "Rui Costa");
      assertThat(f.time()).isEqualTo("2025-02-28");
    });
  }

  @Test
  void extract_negation_isNeverAsserted() {
    assertThat(facts("Rui Costa did not meet Pablo Ruiz during the summit.")).singleElement()
        .satisfies(f -> assertThat(f.modality()).isEqualTo(Modality.NEGATED));
  }

  @Test
  void extract_reportedSpeech_yieldsSayAndAReportedFact() {
    List<Readable> fs = facts("Ana Lima said that Rui Costa criticized Pablo Ruiz.");
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("say");
      assertThat(f.subject()).isEqualTo("Ana Lima");
    });
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("criticize");
      assertThat(f.subject()).isEqualTo("Rui Costa");
      assertThat(f.object()).isEqualTo("Pablo Ruiz");
      assertThat(f.modality()).isEqualTo(Modality.REPORTED);
    });
  }

  @Test
  void extract_plannedTravel_toACity_isTravelToItsCountry() {
    assertThat(facts("Spanish minister Pablo Ruiz will travel to Madrid on Thursday.")).singleElement().satisfies(f -> {
      assertThat(f.predicate()).isEqualTo("travel");
      assertThat(f.object()).isEqualTo("Spain");
      assertThat(f.place()).isEqualTo("Madrid");
      assertThat(f.time()).isEqualTo("2025-03-06");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void extract_travelToACity_withItsCountryUnmentioned_keepsTheCity() {
    assertThat(facts("Pablo Ruiz will travel to Madrid on Thursday.")).singleElement().satisfies(f -> {
      assertThat(f.object()).isEqualTo("Madrid");
      assertThat(f.place()).isNull();
    });
  }

  @Test
  void extract_possibleVisit_isPossible() {
    assertThat(facts("Officials are preparing for a possible visit by Rui Costa to Madrid.")).singleElement()
        .satisfies(f -> {
          assertThat(f.predicate()).isEqualTo("travel");
          assertThat(f.subject()).isEqualTo("Rui Costa");
          assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
        });
  }

  @Test
  void extract_pronounSubject_resolvesToThePerson() {
    assertThat(facts("Pablo Ruiz arrived in Lisbon on Sunday. He met Rui Costa on Monday."))
        .anySatisfy(f -> {
          assertThat(f.predicate()).isEqualTo("meet");
          assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Pablo Ruiz", "Rui Costa");
          assertThat(f.time()).isEqualTo("2025-03-03");
        });
  }

  @Test
  void extract_unnamedCounterpart_isNeverAnArgument() {
    assertThat(facts("Pablo Ruiz met his counterpart in Lisbon.")).isEmpty();
  }

  @Test
  void extract_unknownPredicate_isDropped() {
    assertThat(facts("Pablo Ruiz admired Rui Costa.")).isEmpty();
  }

  @Test
  void extract_confidence_ranksCompleteFactsHigher() {
    double full = facts("Pablo Ruiz met Rui Costa in Lisbon on Friday.").get(0).confidence();
    double bare = facts("He met Rui Costa. Pablo Ruiz left.").stream()
        .filter(f -> f.predicate().equals("meet")).findFirst().map(Readable::confidence).orElse(0.0);
    assertThat(full).isGreaterThan(bare).isLessThanOrEqualTo(1.0);
  }
}
