package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
  void extract_placeNamedBeforeItsKind_isThePlace_unlessAnOfPhraseNamesANarrowerOne() {
    assertThat(facts("Chadian troops attacked a rebel camp in Salamat province on Friday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("attack");
      assertThat(f.place()).isEqualTo("Salamat");
    });
    assertThat(facts("Chadian troops attacked rebels in the Salamat village of Am Timan on Friday."))
        .anySatisfy(f -> {
          assertThat(f.predicate()).isEqualTo("attack");
          assertThat(f.place()).isEqualTo("Am Timan");
        });
  }

  @Test
  void extract_unnamedOfficeHolder_actsForItsCountry_unlessTheArticleNamesItsOfficials() {
    assertThat(facts("The Danish prime minister met the Polish president in Warsaw.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Denmark", "Poland");
    });
    assertThat(facts("A former Danish prime minister criticized Poland.")).noneSatisfy(
        f -> assertThat(f.subject()).isEqualTo("Denmark"));
    // the article names one of Denmark's officials: "its top diplomat" may be him, so it is no one we can name
    assertThat(facts("Danish Foreign Minister Lars Holm met Rui Costa in Lisbon. Denmark's top diplomat later "
        + "criticized Poland.")).noneSatisfy(f -> assertThat(f.subject()).isEqualTo("Denmark"));
  }

  @Test
  void extract_bodyNamedByWhereItSits_actsForThatCountry() {
    assertThat(facts("Police in Kenya arrested Omar Farah on Monday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("arrest");
      assertThat(f.subject()).isEqualTo("Kenya");
      assertThat(f.object()).isEqualTo("Omar Farah");
    });
  }

  @Test
  void extract_relationWithAParty_actsOnThatParty_andADemandOnWhomItsClauseNames() {
    assertThat(facts("Turkey reopened its border with Armenia.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("reopen");
      assertThat(f.subject()).isEqualTo("Turkey");
      assertThat(f.object()).isEqualTo("Armenia");
    });
    assertThat(facts("Vietnam demanded that China withdraw its oil rig.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("demand");
      assertThat(f.object()).isEqualTo("China");
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
  void extract_attributedSpeech_yieldsSayAndAnAssertedFact() {
    // news states almost every event through a source: "said that" attributes, it does not doubt
    List<Readable> fs = facts("Ana Lima said that Rui Costa criticized Pablo Ruiz.");
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("say");
      assertThat(f.subject()).isEqualTo("Ana Lima");
    });
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("criticize");
      assertThat(f.subject()).isEqualTo("Rui Costa");
      assertThat(f.object()).isEqualTo("Pablo Ruiz");
      assertThat(f.modality()).isEqualTo(Modality.ASSERTED);
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
  void extract_pronoun_prefersAPersonInAnEarlierClause_overOneNamedOnlyInAPrepositionalPhrase() {
    // the person of the sentence before is named only "in honour of" someone: the antecedent is the subject before
    assertThat(facts("Rita Vance announced on Monday that she would step down. Markets were closed in honour of "
        + "Alan Burke. She sold her shares in Norvale Corp on Tuesday.")).anySatisfy(f -> {
          assertThat(f.predicate()).isEqualTo("sell");
          assertThat(f.subject()).isEqualTo("Rita Vance");
        });
    // with no other person around, the one in the phrase is the antecedent
    assertThat(facts("The prize went to Tom Ellis. He said he was surprised.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("say");
      assertThat(f.subject()).isEqualTo("Tom Ellis");
    });
  }

  @Test
  void extract_unnamedCounterpart_isNeverAnArgument() {
    assertThat(facts("Pablo Ruiz met his counterpart in Lisbon.")).allSatisfy(f -> assertThat(f.object()).isNull());
  }

  @Test
  void extract_objectNoNamedEntity_givesAFactWithoutObject() {
    assertThat(facts("Pablo Ruiz condemned the decision on Friday.")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Pablo Ruiz");
      assertThat(f.predicate()).isEqualTo("criticize");
      assertThat(f.object()).isNull();
      assertThat(f.time()).isEqualTo("2025-02-28");
    });
  }

  @Test
  void extract_unresolvedPronounObject_givesNoFact() {
    assertThat(facts("Pablo Ruiz condemned them.")).isEmpty();
  }

  @Test
  void extract_coordinatedSubjects_ofAnAsymmetricPredicate_giveOneFactEach() {
    assertThat(facts("Chile and Peru condemned Bolivia on Friday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactlyInAnyOrder(tuple("Chile", "criticize", "Bolivia"), tuple("Peru", "criticize", "Bolivia"));
  }

  @Test
  void extract_coordinatedObjects_giveOneFactEach() {
    assertThat(facts("Chile criticized Peru and Bolivia."))
        .extracting(Readable::subject, Readable::object)
        .containsExactlyInAnyOrder(tuple("Chile", "Peru"), tuple("Chile", "Bolivia"));
  }

  @Test
  void extract_passiveWithAgent_takesTheAgentAsSubject() {
    assertThat(facts("Pablo Ruiz was criticized by Rui Costa.")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Rui Costa");
      assertThat(f.object()).isEqualTo("Pablo Ruiz");
    });
  }

  @Test
  void extract_passiveWithoutAgent_givesNoFact() {
    assertThat(facts("Pablo Ruiz was arrested on Monday.")).isEmpty();
  }

  @Test
  void extract_bodyOfANamedCountry_standsForTheCountry() {
    assertThat(facts("Chilean troops arrested Pablo Ruiz.")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("arrest");
      assertThat(f.object()).isEqualTo("Pablo Ruiz");
    });
    assertThat(facts("Peru's government criticized Pablo Ruiz.")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("Peru"));
    assertThat(facts("The Peruvian delegation arrived in Quito on Sunday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("travel");
      assertThat(f.subject()).isEqualTo("Peru");
    });
  }

  @Test
  void extract_bodyOfNoNamedCountry_orOneMember_isNoSubject() {
    assertThat(facts("The army arrested Pablo Ruiz.")).isEmpty();
    assertThat(facts("A Chilean soldier arrested Pablo Ruiz.")).isEmpty();
  }

  @Test
  void extract_coordinatedOwners_ofOneBody_giveOneFactEach() {
    assertThat(facts("Chilean and Peruvian troops attacked Bolivia."))
        .extracting(Readable::subject, Readable::object)
        .containsExactlyInAnyOrder(tuple("Chile", "Bolivia"), tuple("Peru", "Bolivia"));
  }

  @Test
  void extract_eventNounWithOfAndBy_readsBothArguments() {
    assertThat(facts("The invasion of Peru by Chile began on Friday.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("invade");
      assertThat(f.object()).isEqualTo("Peru");
    });
  }

  @Test
  void extract_eventNounWithPossessor_takesThePossessorAsSubject() {
    assertThat(facts("Chile's invasion of Peru began on Friday.")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("invade");
      assertThat(f.object()).isEqualTo("Peru");
      assertThat(f.time()).isEqualTo("2025-02-28");
    });
  }

  @Test
  void extract_personsPossessiveWithoutObject_mayBeTheOneActedOn_givesNoFact() {
    assertThat(facts("Rui Costa welcomed his arrest.")).extracting(Readable::predicate).doesNotContain("arrest");
  }

  @Test
  void extract_objectCasePronounParsedAsSubject_isNoActor() {
    assertThat(facts("Rui Costa said Chile invented charges in order to \"justify her arrest.\""))
        .extracting(Readable::predicate).doesNotContain("arrest");
  }

  @Test
  void extract_supportVerb_lendsItsSubjectToTheEventNoun_andStatesNoEventOfItsOwn() {
    assertThat(facts("Chile launched an attack on Peru.")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("attack");
      assertThat(f.object()).isEqualTo("Peru");
    });
  }

  @Test
  void extract_eventNounOfAnOtherVerb_takesNotThatVerbsSubject() {
    assertThat(facts("Chile rejected the proposal.")).extracting(Readable::predicate).doesNotContain("propose");
  }

  @Test
  void extract_subjectControl_givesTheControllerAsSubject() {
    assertThat(facts("Chile agreed to release Pablo Ruiz.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("release");
      assertThat(f.object()).isEqualTo("Pablo Ruiz");
    });
  }

  @Test
  void extract_raising_givesTheRaisedSubject_andAPlannedFact() {
    assertThat(facts("Pablo Ruiz is expected to meet Rui Costa.")).singleElement().satisfies(f -> {
      assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Pablo Ruiz", "Rui Costa");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void extract_relativeClause_takesTheAntecedentAsSubject() {
    assertThat(facts("Pablo Ruiz, who criticized Rui Costa on Friday, left Lisbon.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Pablo Ruiz");
      assertThat(f.predicate()).isEqualTo("criticize");
      assertThat(f.object()).isEqualTo("Rui Costa");
    });
  }

  @Test
  void extract_apposition_namesTheCommonNounsEntity() {
    assertThat(facts("Spain's top diplomat, Pablo Ruiz, criticized Rui Costa.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Pablo Ruiz");
      assertThat(f.object()).isEqualTo("Rui Costa");
    });
  }

  @Test
  void extract_oneArticleWithTwoTimes_givesAVaguerTimeNotAConflict() {
    // told twice without a mark of another occurrence ("again": OneEventOrTwoTest), one meeting
    ArticleResult r = Shared.extractor().extract(Article.of("t", "Pablo Ruiz met Rui Costa on Friday. "
        + "Pablo Ruiz met Rui Costa on Saturday.").withReferenceDate(MONDAY));
    assertThat(r.facts()).singleElement().satisfies(f -> {
      assertThat(f.conflicts()).isEmpty();
      assertThat(f.time().map(TimeSpan::value)).contains("2025-02-28/2025-03-01");
    });
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

  @Test
  void extract_whatATravellerDoesInTheSentenceOfHisTrip_happensWhereTheTripGoes() {
    assertThat(facts("Aides prepared a possible visit by Pablo Ruiz to Lisbon where he would meet Rui Costa."))
        .filteredOn(f -> f.predicate().equals("meet")).singleElement()
        .satisfies(f -> assertThat(f.place()).isEqualTo("Lisbon"));
  }
}
