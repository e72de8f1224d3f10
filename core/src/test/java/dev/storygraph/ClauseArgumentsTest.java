package dev.storygraph;

import static dev.storygraph.Readable.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arguments of verb clauses (issue 9): bodies that stand for their owner, negative control frames, "for X to
 * Y" complements, on sentences written for the test, through the real pipeline (one extractor per test JVM).
 */
final class ClauseArgumentsTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  @Test
  void extract_indefiniteCourtOfACountry_actsForTheCountry_asSubjectAndAsAgent() {
    assertThat(facts("A Chilean military court indicted Pablo Ruiz on Monday."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Chile", "charge", "Pablo Ruiz"));
    assertThat(facts("Pablo Ruiz was indicted on Monday by a Peruvian military court."))
        .extracting(Readable::subject, Readable::object).containsExactly(tuple("Peru", "Pablo Ruiz"));
  }

  @Test
  void extract_eventNamedAsTheSubject_actsThroughItsActor() {
    assertThat(facts("A Chilean raid on the village killed three farmers on Monday."))
        .filteredOn(f -> f.predicate().equals("kill"))
        .extracting(Readable::subject).containsExactly("Chile");
    assertThat(facts("The rebels vowed revenge for Chilean airstrikes that left 30 farmers dead."))
        .filteredOn(f -> f.predicate().equals("kill"))
        .extracting(Readable::subject).containsExactly("Chile");
    // an event whose actor is not named gives no actor to the verb
    assertThat(facts("A raid on the village killed three farmers on Monday."))
        .filteredOn(f -> f.predicate().equals("kill")).isEmpty();
  }

  @Test
  void extract_eventReferredBackAsTheSubject_actsThroughTheActorTheArticleTold() {
    assertThat(facts("Chilean jets bombed a depot near Osorno on Monday. The raid killed four guards."))
        .filteredOn(f -> f.predicate().equals("kill"))
        .extracting(Readable::subject).containsExactly("Chile");
    // a state the act leaves is no complement of its own: the raid kills the guards
    assertThat(facts("A Chilean raid left two guards dead on Monday."))
        .filteredOn(f -> f.predicate().equals("kill"))
        .extracting(Readable::subject).containsExactly("Chile");
    // nothing told before: "the raid" names no one
    assertThat(facts("The raid killed four guards on Monday."))
        .filteredOn(f -> f.predicate().equals("kill")).isEmpty();
  }

  @Test
  void extract_lethalActWithAStateOfDeath_kills() {
    assertThat(facts("Chilean soldiers shot dead a farmer near Tacna on Monday."))
        .extracting(Readable::subject, Readable::predicate).containsExactly(tuple("Chile", "kill"));
    assertThat(facts("Chilean soldiers shot two farmers to death near Tacna on Monday."))
        .extracting(Readable::subject, Readable::predicate).containsExactly(tuple("Chile", "kill"));
    // without the state of death, the same act is an attack, and a sentence "to death" is no killing
    assertThat(facts("Chilean soldiers shot a farmer near Tacna on Monday."))
        .extracting(Readable::subject, Readable::predicate).containsExactly(tuple("Chile", "attack"));
    assertThat(facts("A Chilean court sentenced Ana Ruiz to death on Monday."))
        .extracting(Readable::predicate).containsExactly("sentence");
  }

  @Test
  void extract_agentlessPassiveOfAStateAct_continuesTheActorTold() {
    assertThat(facts("Peruvian police arrested Ana Ruiz in Lima on Monday. Her brother Pablo Ruiz was arrested "
        + "on Tuesday."))
        .filteredOn(f -> f.predicate().equals("arrest"))
        .extracting(Readable::subject, Readable::object)
        .containsExactly(tuple("Peru", "Ana Ruiz"), tuple("Peru", "Pablo Ruiz"));
    // with no such act told, a passive without its agent names no one
    assertThat(facts("Pablo Ruiz was arrested in Lima on Tuesday."))
        .filteredOn(f -> f.predicate().equals("arrest")).isEmpty();
  }

  @Test
  void extract_repellingAnAttack_fightsTheAttacker() {
    assertThat(facts("Egyptian police repelled an assault by Hamas on a border post on Monday."))
        .filteredOn(f -> f.predicate().equals("fight"))
        .extracting(Readable::subject, Readable::object).containsExactly(tuple("Egypt", "Hamas"));
    // "the attack" is the one the article called so, not another attack told between them
    assertThat(facts("Aid workers reported an attack by Hamas on a convoy on Monday. Chilean jets struck a "
        + "depot on Tuesday. On Wednesday, Egyptian and Jordanian police repelled the attack."))
        .filteredOn(f -> f.predicate().equals("fight"))
        .extracting(Readable::subject, Readable::object)
        .containsExactlyInAnyOrder(tuple("Egypt", "Hamas"), tuple("Jordan", "Hamas"));
    // a verb that does not answer an act acts on the act, not on its actor
    assertThat(facts("Hamas gunmen stormed a border post on Monday. Egypt condemned the attack."))
        .filteredOn(f -> f.predicate().equals("criticize"))
        .extracting(Readable::subject, Readable::object).containsExactly(tuple("Egypt", null));
  }

  @Test
  void extract_peopleOfABodyNamedInAnOfPhrase_actForItsOwner() {
    assertThat(facts("Soldiers of the Chilean army stormed a checkpoint near Tacna on Monday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .extracting(Readable::subject).containsExactly("Chile");
    assertThat(facts("Members of Hamas attacked a checkpoint near Rafah on Monday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .extracting(Readable::subject).containsExactly("Hamas");
    assertThat(facts("The Chilean-led coalition bombed rebel positions near Tacna on Monday."))
        .filteredOn(f -> f.predicate().equals("attack"))
        .extracting(Readable::subject).containsExactly("Chile");
    // one soldier is a person, not the body
    assertThat(facts("A soldier of the Chilean army stormed a checkpoint near Tacna on Monday."))
        .filteredOn(f -> f.predicate().equals("attack")).isEmpty();
  }

  @Test
  void extract_counterpartOfANamedCountry_actsForIt() {
    assertThat(facts("Chile's foreign minister met his Bolivian counterpart in La Paz on Monday."))
        .filteredOn(f -> f.predicate().equals("meet"))
        .extracting(Readable::subject, Readable::object).containsExactly(tuple("Chile", "Bolivia"));
  }

  @Test
  void extract_definiteMinistryOfACountry_staysTheNamedMinistry() {
    ArticleResult r = Shared.extractor().extract(Article.of("t", "Chile's foreign ministry criticized Pablo Ruiz.")
        .withReferenceDate(MONDAY));
    assertThat(r.entities()).extracting(Entity::name).contains("Chilean Foreign Ministry");
  }

  @Test
  void extract_boardOfANamedFirm_standsForTheFirm() {
    assertThat(facts("Norvale Holdings' board criticized Ines Alvarado on Friday."))
        .extracting(Readable::subject, Readable::object)
        .containsExactly(tuple("Norvale Holdings", "Ines Alvarado"));
    assertThat(facts("The board of Norvale Holdings criticized Ines Alvarado on Friday."))
        .extracting(Readable::subject).containsExactly("Norvale Holdings");
  }

  @Test
  void extract_boardOfNoNamedFirm_orOfAPerson_isNoSubject() {
    assertThat(facts("The board criticized Ines Alvarado on Friday.")).isEmpty();
    assertThat(facts("Pablo Ruiz and his board criticized Ines Alvarado on Friday."))
        .extracting(Readable::subject).containsOnly("Pablo Ruiz");
  }

  @Test
  void extract_refusedTo_negatesTheComplement_andStatesNoRefusal() {
    assertThat(facts("Chile refused to meet Peru.")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(f.object()).isEqualTo("Peru");
      assertThat(f.modality()).isEqualTo(Modality.NEGATED);
    });
    assertThat(facts("Chile declined to hold talks with Peru.")).singleElement().satisfies(f -> {
      assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Chile", "Peru");
      assertThat(f.modality()).isEqualTo(Modality.NEGATED);
    });
    assertThat(facts("Chilean troops who declined to respond stood by.")).isEmpty();
  }

  @Test
  void extract_callForXToY_takesXAsTheObject() {
    assertThat(facts("Chile called for Peru to withdraw its troops.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.predicate()).isEqualTo("appeal");
      assertThat(f.object()).isEqualTo("Peru");
    });
  }

  @Test
  void extract_demonymOnAPersonGroupObject_namesTheCountry_oneFactEach() {
    assertThat(facts("Hamas killed two Chilean soldiers and three Peruvian police officers near Lima."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactlyInAnyOrder(tuple("Hamas", "kill", "Chile"), tuple("Hamas", "kill", "Peru"));
  }

  @Test
  void extract_activeClauseCoordinatedWithAPassiveOne_sharesItsSurfaceSubject() {
    assertThat(facts("Pablo Ruiz was given an award in Lisbon and met Rui Costa.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(List.of(f.subject(), f.object())).containsExactlyInAnyOrder("Pablo Ruiz", "Rui Costa");
    });
  }

  @Test
  void extract_continentAdjectiveOfABody_standsForTheUnion_andElsewhereForTheContinent() {
    assertThat(facts("European officials criticized Pablo Ruiz on Friday."))
        .extracting(Readable::subject, Readable::object).containsExactly(tuple("European Union", "Pablo Ruiz"));
    ArticleResult r = Shared.extractor().extract(Article.of("t", "Pablo Ruiz toured European capitals on Friday.")
        .withReferenceDate(MONDAY));
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("European Union");
  }

  @Test
  void extract_helpedWithAComplement_statesNoSupport_butHelpedSomeoneDoes() {
    assertThat(facts("Chile helped organize a summit of the Andean states.")).extracting(Readable::predicate)
        .doesNotContain("support");
    assertThat(facts("Chile assisted Peru.")).extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Chile", "support", "Peru"));
  }

  @Test
  void extract_infinitiveMisreadAsAModifierOfTheName_stillGivesTheComplementsObject() {
    assertThat(facts("Hamas now threatens to overrun Lima and Quito.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Hamas");
      assertThat(f.predicate()).isEqualTo("threaten");
      assertThat(f.object()).isEqualTo("Lima");
    }).anySatisfy(f -> assertThat(f.object()).isEqualTo("Quito"));
  }

  @Test
  void extract_adverbialParticipleWithoutSubject_takesTheSubjectOfItsClause() {
    assertThat(facts("Chile has detained Pablo Ruiz since arresting him in Lima last week."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Chile", "arrest", "Pablo Ruiz"));
    assertThat(facts("Peru has held Ines Alvarado since arresting her two weeks before the vote."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Peru", "arrest", "Ines Alvarado"));
    assertThat(facts("Pablo Ruiz visited Lima before meeting Ines Alvarado."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Pablo Ruiz", "meet", "Ines Alvarado"));
  }

  @Test
  void extract_participleOfAPerceptionPassive_isDoneByThePassiveSubject() {
    assertThat(facts("Pablo Ruiz was seen punching a guard outside the embassy."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Pablo Ruiz", "attack", null));
    assertThat(facts("Ines Alvarado was filmed last month slapping two guards."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Ines Alvarado", "attack", null));
  }

  @Test
  void extract_participleModifyingTheObject_isNotDoneByTheSubject() {
    assertThat(facts("Pablo Ruiz watched guards punching a protester outside the embassy."))
        .extracting(Readable::subject).doesNotContain("Pablo Ruiz");
    assertThat(facts("Chile praised Peru for attacking the rebels."))
        .extracting(Readable::subject, Readable::predicate).doesNotContain(tuple("Chile", "attack"));
    assertThat(facts("Chile closed its border on Friday, prompting Peru to criticize Santiago."))
        .extracting(Readable::subject, Readable::predicate).contains(tuple("Peru", "criticize"))
        .doesNotContain(tuple("Chile", "criticize"));
  }

  @Test
  void extract_aVerbsSlotHungOnItsObject_isTheVerbsObject() {
    // "to Rabat" belongs to "offered", though the parser may hang it on "talks"
    assertThat(facts("Lisbon offered talks to Rabat on Monday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("offer");
      assertThat(f.object()).isEqualTo("Rabat");
    });
    // or on a phrase of the object
    assertThat(facts("Lisbon pledged 40 million euros in aid to Rabat on Monday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("promise");
      assertThat(f.object()).isEqualTo("Rabat");
    });
    // a place phrase under the object places the object, and is no destination of the verb
    assertThat(facts("Acme Corp, which heads a mining consortium in southern Chile, said the strike would go on."))
        .noneMatch(f -> f.predicate().equals("travel"));
  }

  @Test
  void extract_anEventExpected_isPossible() {
    assertThat(facts("Acme Corp expects Chile's approval of the merger.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
    });
  }

  @Test
  void extract_complementOfAnObject_isTheObjectsAct_notTheControllers() {
    // the object controls the complement even when it names no one: the rivals bid, not Lisbon
    assertThat(facts("Chile allowed the rival firms to submit new bids for Norvale Holdings."))
        .extracting(Readable::subject).doesNotContain("Chile");
    assertThat(facts("Chilean police used force to arrest Pablo Ruiz."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Chile", "arrest", "Pablo Ruiz"));
  }

  @Test
  void extract_purposeClause_takesTheSubjectOfTheClauseItModifies() {
    assertThat(facts("Pablo Ruiz made a short trip to Lima in May to meet Ines Alvarado."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Pablo Ruiz", "meet", "Ines Alvarado"));
  }
}
