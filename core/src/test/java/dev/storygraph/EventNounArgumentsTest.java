package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arguments of event nouns and support verbs (constructions.tsv: patient-possessor, modifier-agent, group-head),
 * on sentences written for the test, through the real pipeline.
 */
final class EventNounArgumentsTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  private record Readable(String subject, String predicate, String object) {}

  private static List<Readable> facts(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(MONDAY));
    assertThat(r.status()).isEqualTo(Status.OK);
    return r.facts().stream().map(f -> new Readable(name(r, f.subject()), f.predicate(),
        f.object().map(o -> name(r, o)).orElse(null))).toList();
  }

  private static String name(ArticleResult r, String id) {
    return r.entity(id).orElseThrow().name();
  }

  @Test
  void eventNoun_onAnEmbassyOfANationality_actsOnItsCountry() {
    assertThat(facts("At least four people died in a Boko Haram attack on the French embassy."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Boko Haram", "attack", "France"));
  }

  @Test
  void nameInFrontOfAnEventNoun_isItsActor_onlyForNounsThatTakeTheActorThere() {
    assertThat(facts("A Chilean attack on Peru began on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Chile", "attack", "Peru"));
    assertThat(facts("The Lisbon attack on the Chilean embassy shocked Peru."))
        .extracting(Readable::predicate).doesNotContain("attack");
  }

  @Test
  void verbActingOnAnOffer_actsOnTheOneItComesFrom() {
    assertThat(facts("Ericsson rejected the offer from Nokia."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ericsson", "reject", "Nokia"));
    assertThat(facts("Ericsson rejected the Nokia bid."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ericsson", "reject", "Nokia"));
  }

  @Test
  void possessorOfAnArrest_isTheOneArrested_andTheActorMustBeSaid() {
    assertThat(facts("Ana Duarte is a lawyer. Chilean police carried out her arrest on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Chile", "arrest", "Ana Duarte"));
    assertThat(facts("Chile ordered Ana Duarte's release.")).isEmpty();
  }

  @Test
  void verbActingOnAnArrest_doesNotActOnTheOneArrested() {
    assertThat(facts("Ana Duarte is a lawyer. Rui Costa condemned her arrest on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Rui Costa", "criticize", null));
  }

  @Test
  void possessorWithAnOfObject_isTheActorAgain() {
    assertThat(facts("Chile's arrest of Ana Duarte angered Peru."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Chile", "arrest", "Ana Duarte"));
  }

  @Test
  void comingUnderAttack_makesTheSubjectTheOneAttacked() {
    assertThat(facts("Chilean troops came under attack from Boko Haram on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Boko Haram", "attack", "Chile"));
  }

  @Test
  void claimingResponsibilityForAnAttack_namesItsActor() {
    assertThat(facts("Boko Haram claimed responsibility for the attack on the French embassy."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Boko Haram", "attack", "France"));
  }

  @Test
  void fromOfAnEntryThatTakesItForItsObject_isNoActor() {
    assertThat(facts("The withdrawal from Afghanistan ended in August."))
        .extracting(Readable::subject).doesNotContain("Afghanistan");
  }

  @Test
  void headlinePassive_givesNoFactWithoutItsAgent() {
    assertThat(facts("French embassy in Peru bombed in night attack"))
        .extracting(Readable::subject).doesNotContain("France");
  }

  @Test
  void offerReceived_isNoMeeting() {
    assertThat(facts("Ericsson received an offer from Nokia on Monday."))
        .extracting(Readable::predicate).doesNotContain("meet");
  }

  @Test
  void supportVerbs_lendTheirSubjectAndTheirObliqueToTheEventNoun() {
    assertThat(facts("Chile provided assistance to Peru on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Chile", "support", "Peru"));
    assertThat(facts("Chile voiced support for Peru on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Chile", "support", "Peru"));
  }

  @Test
  void supportVerbOfARelativeClause_lendsItsSubjectAndItsOblique() {
    assertThat(facts("Analysts praised the bid that Nokia made for Ericsson last year."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Nokia", "offer", "Ericsson"));
  }

  @Test
  void verbActingOnItsOwnObject_isNoSupportVerbOfTheEventBesideIt() {
    assertThat(facts("Tamara Diaz is a lawyer. She scratched a warden's arm while he held her cousin in an attempted arrest."))
        .extracting(Readable::predicate).doesNotContain("arrest");
  }

  @Test
  void verbActingOnADefiniteEventNoun_actsOnTheActorTheArticleToldBefore() {
    assertThat(facts("Ericsson made a bid for Nokia on Monday. Rui Costa, the head of Nokia, rejected the bid."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ericsson", "offer", "Nokia"), tuple("Rui Costa", "reject", "Ericsson"));
    // the same sentence, with nothing told before: no one to act on
    assertThat(facts("Rui Costa, the head of Nokia, rejected the bid on Tuesday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Rui Costa", "reject", null));
    // an act that no one answers is acted on as an act: condemning the attack condemns no one named
    assertThat(facts("Boko Haram attacked Peru on Monday. Chile condemned the attack on Tuesday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Chile", "criticize", null)).doesNotContain(tuple("Chile", "criticize", "Boko Haram"));
  }

  @Test
  void verbActingOnADefiniteEventNoun_actsOnTheActorOfTheEarlierMentionOfTheSameNoun() {
    // "Ana Duarte's bid" gives no fact of its own (a person's possessive may be the one acted on), yet it names
    // whose bid the later "the bid" is
    assertThat(facts("Ana Duarte's bid was a surprise. Nokia rejected the bid on Tuesday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Nokia", "reject", "Ana Duarte"));
  }

  @Test
  void bareBoard_isTheBodyOfTheFirmTheSentenceNamedBefore() {
    assertThat(facts("In a letter to Nokia board members, Ana Duarte called on the board to start talks."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ana Duarte", "appeal", "Nokia"));
    assertThat(facts("Nokia said its board would study the bid from Ericsson. The board rejected the bid on Friday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Nokia", "reject", "Ericsson"));
  }

  @Test
  void bareBoard_standsForNoOne_whenNoBodyBeforeItOrSeveralFirmsBodies() {
    assertThat(facts("Ana Duarte called on the board to start talks."))
        .extracting(Readable::object).containsOnlyNulls();
    assertThat(facts("Nokia's board and Ericsson's board met on Monday. Ana Duarte called on the board to act."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .doesNotContain(tuple("Ana Duarte", "appeal", "Nokia"), tuple("Ana Duarte", "appeal", "Ericsson"));
  }

  @Test
  void eventNounReceivedByTheVerbsSubject_isAimedAtThatSubject() {
    assertThat(facts("Tecsa Inc hopes to win Chile's approval before the summer."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Chile", "welcome", "Tecsa Inc"));
    assertThat(facts("Tecsa Inc faced sharp criticism from Chile."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Chile", "criticize", "Tecsa Inc"));
    // an announcement is aimed at no one: whoever awaits it receives nothing
    assertThat(facts("Chile awaits Peru's announcement on the border."))
        .extracting(Readable::object).containsOnlyNulls();
  }

  @Test
  void objectPhraseParsedOntoTheVerbAfterADate_isTheEventNounsObject() {
    assertThat(facts("Lisbon has an office that came from Tecsa Inc's takeover last year of Velmar Group."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Tecsa Inc", "buy", "Velmar Group"));
  }

  @Test
  void supportVerbOfAClauseWithoutRelativePronoun_givesTheEventNounItsParty() {
    assertThat(facts("Norvale Corp hopes for a quick review of its merger and the bid it made in March "
        + "for Velmar Group."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Norvale Corp", "offer", "Velmar Group"));
  }

  @Test
  void ownersPronoun_refersToTheOwnerOfTheSubject() {
    assertThat(facts("Norvale Corp chief executive Ana Lima spoke on Monday. "
        + "Norvale Corp's offer came after a visit by its chief executive to Lisbon."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ana Lima", "travel", "Lisbon"));
  }
}
