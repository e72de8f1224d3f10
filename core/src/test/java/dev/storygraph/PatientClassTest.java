package dev.storygraph;

import static dev.storygraph.Readable.facts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a trigger acts on tells which event it states (vocabulary.tsv's patient and otherwise columns, the WordNet
 * noun classes): a killing acts on the living, a launch on a weapon, a dismissal on a person; one word may state
 * either of two events, the object's class telling which. Sentences written for the test, through the real pipeline.
 */
final class PatientClassTest {
  @Test
  void extract_attackOnAnIdea_isCriticism() {
    assertThat(facts("Senator Ana Ruiz attacked the pension plan on Monday."))
        .extracting(Readable::predicate).contains("criticize").doesNotContain("attack");
    assertThat(facts("Chilean jets attacked the air base near Tacna on Monday, Peru said."))
        .extracting(Readable::predicate).doesNotContain("criticize");
  }

  @Test
  void extract_killingOrReleasingAThing_isNoKillingOrRelease() {
    assertThat(facts("Governor Tomas Vidal killed the bill in committee on Monday."))
        .extracting(Readable::predicate).doesNotContain("kill");
    assertThat(facts("Norvale Corp released a statement on Friday."))
        .extracting(Readable::predicate).doesNotContain("release");
    assertThat(facts("Norvale Corp launched an inquiry into the leak."))
        .extracting(Readable::predicate).doesNotContain("launch");
  }

  @Test
  void extract_launchOrTestOfAProduct_isNoMilitaryLaunch() {
    // launch and test act on the finer class weapon: missiles and rockets, not any artifact
    assertThat(facts("Norvale Corp launched a new phone on Monday.")).extracting(Readable::predicate)
        .doesNotContain("launch");
    assertThat(facts("Norvale Corp tested a larger airliner in May.")).extracting(Readable::predicate)
        .doesNotContain("test");
    assertThat(facts("Peru launched two rockets over the border on Monday.")).extracting(Readable::predicate)
        .contains("launch");
  }

  @Test
  void extract_oneWordOfTwoEvents_takesTheEventItsObjectFits() {
    assertThat(facts("The Kestrel Rovers fired their manager, Jon Berg, on Sunday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("expel");
      assertThat(f.object()).isEqualTo("Jon Berg");
    });
    assertThat(facts("Peru fired two missiles into the sea on Sunday."))
        .extracting(Readable::predicate).contains("launch").doesNotContain("expel");
  }

  @Test
  void extract_threeCoordinatedParties_meetInPairs() {
    assertThat(facts("Chile, Peru and Bolivia met in Lima on Monday."))
        .filteredOn(f -> f.predicate().equals("meet")).hasSize(3)
        .extracting(f -> f.subject() + "-" + f.object())
        .containsExactlyInAnyOrder("Chile-Peru", "Chile-Bolivia", "Peru-Bolivia");
  }

  @Test
  void extract_actAskedOfSomeone_isNotAsserted() {
    assertThat(facts("Oslo urged Bern to recognize the new government.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Bern");
      assertThat(f.predicate()).isEqualTo("recognize");
      assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
    });
  }

  @Test
  void extract_aThingNamedByItsMaker_isNoAgent() {
    assertThat(facts("A Norvex K9 drone fell on a market in Tacna on Monday, killing three farmers."))
        .extracting(Readable::predicate).doesNotContain("kill");
  }

  @Test
  void extract_aRelativePronoun_isItsAntecedent() {
    assertThat(facts("Kestrel Labs, which was bought by Orbital Systems last year, cut 200 jobs on Monday."))
        .anySatisfy(f -> {
          assertThat(f.subject()).isEqualTo("Orbital Systems");
          assertThat(f.predicate()).isEqualTo("buy");
          assertThat(f.object()).isEqualTo("Kestrel Labs");
        });
  }

  @Test
  void extract_easingActsOnRestrictions_notOnPeople() {
    assertThat(facts("Chile lifted its sanctions on Peru on Monday."))
        .extracting(Readable::predicate).contains("reopen");
    assertThat(facts("Coach Tomas Vidal failed to lift his young players after the defeat."))
        .extracting(Readable::predicate).doesNotContain("reopen");
  }

  @Test
  void extract_recognitionOfAFact_isNoDiplomaticRecognition() {
    assertThat(facts("Peru recognized the new government of Bolivia on Monday."))
        .extracting(Readable::predicate).contains("recognize");
    assertThat(facts("Peru recognized the scale of the problem on Monday."))
        .extracting(Readable::predicate).doesNotContain("recognize");
  }

  @Test
  void extract_fightingAFire_isNoFight() {
    assertThat(facts("Chilean firefighters fought the blaze near Arica for three days."))
        .extracting(Readable::predicate).doesNotContain("fight");
  }
}
