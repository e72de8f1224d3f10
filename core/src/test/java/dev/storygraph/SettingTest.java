package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where and when a fact happened, on sentences written for the test, through the real pipeline. */
final class SettingTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  private record Readable(String subject, String predicate, String object, String place, String time) {}

  private static List<Readable> facts(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(MONDAY));
    assertThat(r.status()).isEqualTo(Status.OK);
    return r.facts().stream().map(f -> new Readable(name(r, f.subject()), f.predicate(),
        f.object().map(o -> name(r, o)).orElse(null), f.place().map(p -> name(r, p)).orElse(null),
        f.time().map(TimeSpan::value).orElse(null))).toList();
  }

  private static String name(ArticleResult r, String id) {
    return r.entity(id).orElseThrow().name();
  }

  @Test
  void time_ofTheEventNounThatFramesTheClause_datesTheClause() {
    assertThat(facts("Ana Lima discussed trade during her meetings over the weekend with Rui Costa."))
        .filteredOn(f -> f.predicate().equals("discuss"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-03-01/2025-03-02"));
  }

  @Test
  void place_cityOfAPlace_isThatPlace() {
    assertThat(facts("The Red Brigade attacked a convoy in the northern city of Lyon on Friday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Lyon"));
  }

  @Test
  void place_ofAnUnnamedObject_isThePlaceOfTheEvent() {
    assertThat(facts("The Red Brigade attacked a convoy near Paris on Friday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Paris"));
  }

  @Test
  void place_ofAClauseContinuedWithoutItsOwnSubject_isThePlaceOfTheClauseItContinues() {
    assertThat(facts("Rui Costa arrived in Lisbon on Tuesday and criticized Pablo Ruiz."))
        .filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Lisbon"));
    assertThat(facts("Rui Costa met Ana Lima in Paris and then travelled to Rome."))
        .filteredOn(f -> f.predicate().equals("travel"))
        .singleElement().satisfies(f -> assertThat(f.place()).isNotEqualTo("Paris"));
    assertThat(facts("Rui Costa arrived in Lisbon on Tuesday, and Ana Lima criticized Pablo Ruiz."))
        .filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.place()).isNull());
  }

  @Test
  void setting_ofADefiniteEventNoun_isThatOfTheEventTheArticleToldBefore() {
    assertThat(facts("The Red Brigade attacked a convoy near Paris on Friday. Police closed the roads. "
        + "The Red Brigade's attack on Rui Costa was cowardly, Ana Lima said."))
        .filteredOn(f -> f.predicate().equals("attack") && "Rui Costa".equals(f.object()))
        .singleElement().satisfies(f -> {
          assertThat(f.place()).isEqualTo("Paris");
          assertThat(f.time()).isEqualTo("2025-02-28");
        });
    assertThat(facts("The Red Brigade attacked a convoy near Paris on Friday. Police closed the roads. "
        + "An attack on Rui Costa by the Red Brigade was cowardly, Ana Lima said."))
        .filteredOn(f -> f.predicate().equals("attack") && "Rui Costa".equals(f.object()))
        .singleElement().satisfies(f -> assertThat(f.place()).isNull());
  }

  @Test
  void time_ofATripWithoutADate_isWhenTheTravellerActsAtItsDestination() {
    assertThat(facts("Ana Lima is planning a visit to Lisbon where she would meet Rui Costa next month."))
        .filteredOn(f -> f.predicate().equals("travel"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-04"));
  }

  @Test
  void setting_ofADefiniteEventNoun_isThatOfTheEarlierMentionOfTheSameNoun() {
    assertThat(facts("After long meetings with a French envoy in Paris over the weekend, the minister "
        + "flew home. Ana Lima discussed trade during her meetings with Rui Costa."))
        .filteredOn(f -> f.predicate().equals("meet"))
        .singleElement().satisfies(f -> {
          assertThat(f.place()).isEqualTo("Paris");
          assertThat(f.time()).isEqualTo("2025-03-01/2025-03-02");
        });
    assertThat(facts("Pablo Ruiz's meetings with a French envoy in Paris ended on Sunday. "
        + "Ana Lima discussed trade during her meetings with Rui Costa."))
        .filteredOn(f -> f.predicate().equals("meet") && "Rui Costa".equals(f.object()))
        .singleElement().satisfies(f -> assertThat(f.place()).isNull());
  }

  @Test
  void setting_rightAfterANounInsideAPhraseOfTheEvent_isThatNounsNotTheEvents() {
    assertThat(facts("The Red Brigade admitted it carried out the attack on Rui Costa in revenge for air raids last "
        + "week near Lyon."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> {
          assertThat(f.time()).isNull();
          assertThat(f.place()).isNotEqualTo("Lyon");
        });
    assertThat(facts("The Red Brigade attacked Rui Costa last week near Lyon."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> {
          assertThat(f.time()).isEqualTo("2025-W09");
          assertThat(f.place()).isEqualTo("Lyon");
        });
  }

  @Test
  void place_ofAHeadlineObjectTheParserLeftUnattached_isThePlaceOfTheEvent() {
    assertThat(facts("Hamas attacks French consulate in northern city of Lyon with truck bomb"))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Lyon"));
  }

  @Test
  void time_ofABareParticiple_isThatOfTheClauseItContinues() {
    assertThat(facts("Rui Costa, 19, is in custody. He was photographed on Friday outside the town library, "
        + "punching a guard."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-02-28"));
  }

  @Test
  void attack_struckAtATarget_actsOnTheTargetThenAndThere() {
    List<Readable> facts = facts("Hezbollah fighters struck at the French embassy near Beirut on Sunday, killing "
        + "three guards and a driver.");
    assertThat(facts).filteredOn(f -> f.predicate().equals("attack"))
        .containsExactly(new Readable("Hezbollah", "attack", "France", "Beirut", "2025-03-02"));
    assertThat(facts).filteredOn(f -> f.predicate().equals("kill"))
        .containsExactly(new Readable("Hezbollah", "kill", null, "Beirut", "2025-03-02"));
  }

  private static final String LEAD = "Siemens raised its offer for Alstom on Friday to $10 billion. Shares of both "
      + "firms rose in early trading. ";

  @Test
  void time_ofAnEventToldAsTheNewsWithoutADay_isTheDayOfTheArticlesLead() {
    List<Readable> facts = facts(LEAD + "Siemens also criticized Bombardier's managers in a statement. "
        + "Previously, Alstom rejected a bid from Bombardier. Siemens attacked Bombardier in an earlier letter.");
    assertThat(facts).filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-02-28"));
    // a word of another time keeps an event off the news day
    assertThat(facts).filteredOn(f -> f.predicate().equals("reject") || f.predicate().equals("attack"))
        .hasSize(2).allSatisfy(f -> assertThat(f.time()).isNull());
  }

  @Test
  void time_ofTheNews_isTheDayTheLeadGives_notTheSpanOfItsLaterMentions() {
    assertThat(facts(LEAD + "Bloomberg first reported on the new Siemens offer for Alstom on Thursday. Siemens also "
        + "criticized Bombardier's managers in a statement."))
        .filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-02-28"));
  }

  @Test
  void time_ofAnEventNounToldBySupportVerbAsTheNews_isTheDayOfTheArticlesLead() {
    assertThat(facts(LEAD + "Siemens also held talks with Bombardier in a hotel."))
        .filteredOn(f -> f.predicate().equals("meet"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-02-28"));
    // an event noun no verb tells may be a state of affairs older than the news
    assertThat(facts(LEAD + "The talks between Siemens and Bombardier were a topic in the hotel."))
        .filteredOn(f -> f.predicate().equals("meet"))
        .allSatisfy(f -> assertThat(f.time()).isNull());
  }

  @Test
  void time_ofAnArticleWithoutRecentNews_isNotGuessed() {
    assertThat(facts("Siemens raised its offer for Alstom in 2019. Shares of both firms rose. Siemens "
        + "criticized Bombardier for its poor returns."))
        .filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.time()).isNull());
  }

  @Test
  void time_ofAnEventToldAsTheNewsOfAnArticleThatDatesNothing_isTheDayTheArticleWasWritten() {
    List<Readable> facts = facts("Convoy hit near Paris. The Red Brigade attacked a convoy near Paris. Police "
        + "said the Red Brigade previously criticized the government.");
    assertThat(facts).filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-03-03"));
    assertThat(facts).filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.time()).isNull());
  }

  @Test
  void time_ofTheNews_isNotKeptAwayByAWordOfAnotherTimeThatDatesANoun() {
    assertThat(facts("Siemens raised its bid for Alstom on Friday. Siemens also criticized the board of Alstom for "
        + "its poor returns over the past five years, and for its losses since 2019."))
        .filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-02-28"));
  }

  @Test
  void place_ofTheLeadAWireDatelineOpens_isTheDatelinesCity_unlessTheLeadNamesOne() {
    List<Readable> facts = facts("Convoy attacked near capital\nLIMA, Peru (Reuters) - The Red Brigade attacked a "
        + "police convoy on Friday. The Red Brigade later met Pablo Ruiz.");
    assertThat(facts).filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Lima"));
    assertThat(facts).filteredOn(f -> f.predicate().equals("meet"))
        .singleElement().satisfies(f -> assertThat(f.place()).isNull());
    assertThat(facts("Convoy attacked\nLIMA, Peru (Reuters) - The Red Brigade attacked a police convoy in Cusco on "
        + "Friday.")).filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Cusco"));
  }

  @Test
  void attack_byTheWarplanesOfACountry_isThatCountrysAttack_butAMakersNameActsForNoOne() {
    assertThat(facts("Chilean jets bombed rebel positions near Lima on Friday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("Chile"));
    assertThat(facts("US aircraft bombed a depot near Mosul on Friday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("United States"));
    assertThat(facts("A Boeing aircraft struck the tower on Friday."))
        .filteredOn(f -> f.predicate().equals("attack")).isEmpty();
  }

  @Test
  void storyTime_statedBySomeSource_winsOverTheNewsDayOfAnotherWithoutConflict() {
    Story story = Shared.extractor().extractStory(List.of(
        Article.of("a1", LEAD + "Siemens also criticized Alstom's managers in a statement.")
            .withReferenceDate(MONDAY),
        Article.of("a2", "Siemens criticized Alstom on Wednesday.").withReferenceDate(MONDAY)));
    assertThat(story.facts()).filteredOn(f -> f.predicate().equals("criticize"))
        .singleElement().satisfies(f -> {
          assertThat(f.time()).map(TimeSpan::value).contains("2025-02-26");
          assertThat(f.conflicts()).isEmpty();
          assertThat(f.support()).isEqualTo(2);
        });
  }

  @Test
  void kill_leftSomeoneDead_isKillingWhereTheyWereLeft() {
    assertThat(facts("A Hamas raid on the border post left two Israeli soldiers dead near the town of Rafah, the "
        + "army said."))
        .filteredOn(f -> f.predicate().equals("kill"))
        .contains(new Readable("Hamas", "kill", "Israel", "Rafah", null));
    assertThat(facts("Hamas left the dead behind in Rafah."))
        .filteredOn(f -> f.predicate().equals("kill")).isEmpty();
  }

  @Test
  void place_ofABuildingTheArticleLocatedBefore_isWhereThatBuildingStands() {
    assertThat(facts("Hezbollah gunmen stormed the French embassy in the western city of Herat on Sunday. For "
        + "hours, Lebanese soldiers fought Hezbollah fighters outside the embassy."))
        .filteredOn(f -> f.predicate().equals("fight"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Herat"));
    assertThat(facts("Lebanese soldiers fought Hezbollah fighters outside a hotel."))
        .filteredOn(f -> f.predicate().equals("fight"))
        .singleElement().satisfies(f -> assertThat(f.place()).isNull());
  }

  @Test
  void time_ofAPartOfTheDayBesideAWeekday_isThatWeekday() {
    // SUTime splits "late Tuesday night" in three and places "night" on the coming Tuesday; the past tense
    // places the weekday, and the parts of the day go with it
    assertThat(facts("Hezbollah fighters attacked the French embassy in Beirut late Tuesday night."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.time()).isEqualTo("2025-02-25"));
  }

  @Test
  void deploy_aCountryThatHasCountedTroopsSomewhere_deploysThemThere() {
    assertThat(facts("Spain has about 600 soldiers at a camp near Beirut."))
        .containsExactly(new Readable("Spain", "deploy", null, "Beirut", null));
    assertThat(facts("Spain has troops to spare. Apple has 5,000 employees in Ireland."))
        .filteredOn(f -> f.predicate().equals("deploy")).isEmpty();
  }

  @Test
  void time_ofTheEventAClauseContinues_staysAwayFromAWordOfAnotherTime() {
    assertThat(facts("Siemens raised its offer for Alstom on Friday. Previously, Siemens rejected a bid from "
        + "Alstom."))
        .filteredOn(f -> f.predicate().equals("reject"))
        .singleElement().satisfies(f -> assertThat(f.time()).isNull());
  }

  @Test
  void setting_ofAnOccurrenceClauseOfAGenericEventNoun_isThatOfTheEventToldBefore() {
    assertThat(facts("The Red Brigade attacked a convoy on Friday. Ana Lima condemned the violence. "
        + "The incident occurred near Paris, officials said."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> {
          assertThat(f.place()).isEqualTo("Paris");
          assertThat(f.time()).isEqualTo("2025-02-28");
        });
  }

  @Test
  void setting_ofAnOccurrenceClauseOfThePredicatesNoun_isThatOfItsLatestEarlierFact() {
    assertThat(facts("French police arrested Rui Costa. Ana Lima criticized the police. "
        + "The arrest took place in Paris on Sunday."))
        .filteredOn(f -> f.predicate().equals("arrest"))
        .singleElement().satisfies(f -> {
          assertThat(f.place()).isEqualTo("Paris");
          assertThat(f.time()).isEqualTo("2025-03-02");
        });
  }

  @Test
  void place_ofAnOccurrenceClause_narrowsAPlaceThatHoldsItButNeverWidensOne() {
    assertThat(facts("The Red Brigade attacked a convoy in France on Friday. The attack happened in Paris."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Paris"));
    assertThat(facts("The Red Brigade attacked a convoy in Paris on Friday. The attack happened in France."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Paris"));
    assertThat(facts("The Red Brigade attacked a convoy in Lisbon on Friday. The attack happened in Paris."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Lisbon"));
  }

  @Test
  void setting_ofAnOccurrenceClause_isNotLentToAnUnrelatedEvent() {
    // another kind of event, one not told as having happened, and a noun that names its own event
    assertThat(facts("The Red Brigade attacked a convoy near Lisbon. Rui Costa met Ana Lima on Tuesday. "
        + "The meeting took place in Paris."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Lisbon"));
    assertThat(facts("Rui Costa met Ana Lima on Tuesday. The incident happened in Paris."))
        .filteredOn(f -> f.predicate().equals("meet"))
        .allSatisfy(f -> assertThat(f.place()).isNull());
    assertThat(facts("The Red Brigade may attack a convoy. The incident happened in Paris."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .allSatisfy(f -> assertThat(f.place()).isNull());
    assertThat(facts("The Red Brigade attacked a convoy on Friday. The Lisbon incident happened in Paris."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .allSatisfy(f -> assertThat(f.place()).isNull());
  }

  @Test
  void place_ofAnOccurrenceClause_narrowsAPlaceTheClauseSaysHoldsIt() {
    assertThat(facts("The Red Brigade attacked a convoy in Texas on Friday. "
        + "The incident occurred in the Texas city of Austin."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Austin"));
    assertThat(facts("The Red Brigade attacked a convoy in Bavaria on Friday. The incident occurred in Austin."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Bavaria"));
  }

  @Test
  void setting_ofAnOccurrenceClause_goesToTheEventTheNounWasFirstSaidOf() {
    List<Readable> facts = facts("The Red Brigade attacked a convoy on Friday, an incident that shocked the "
        + "country. French police arrested Rui Costa on Saturday. The incident took place in Paris.");
    assertThat(facts).filteredOn(f -> f.predicate().equals("attack"))
        .singleElement().satisfies(f -> assertThat(f.place()).isEqualTo("Paris"));
    assertThat(facts).filteredOn(f -> f.predicate().equals("arrest"))
        .singleElement().satisfies(f -> assertThat(f.place()).isNull());
  }
}
