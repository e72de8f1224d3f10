package dev.storygraph;

import static dev.storygraph.Readable.facts;
import static dev.storygraph.Readable.storyFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What keeps a fact from being stated that the text does not state: trigger senses, phrasal verbs, complements and
 * predicates that need a party, and the trigger forms the lexicon takes from WordNet. Sentences written for the
 * test, through the real pipeline.
 */
final class FactPrecisionTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  @Test
  void extract_dateAfterAGenericVerb_isNoParticleOfAPhrasalVerb() {
    // "work over" is a phrasal verb of attack; "worked over the weekend" is "worked" and a date
    assertThat(facts("Norvale Corp worked over the weekend to fix its phones.")).extracting(Readable::predicate)
        .doesNotContain("attack");
    assertThat(facts("Norvale Corp did in two weeks what its rivals had planned for a year."))
        .extracting(Readable::predicate).doesNotContain("kill");
  }

  @Test
  void extract_prepositionAfterTheVerbsObject_isNoParticleOfAPhrasalVerb() {
    // "set on" is a phrasal verb of attack; "set a record on its track" is not
    assertThat(facts("Norvale Corp set a new speed record on its test track.")).extracting(Readable::predicate)
        .doesNotContain("attack");
  }

  @Test
  void extract_controlVerbWithoutNamedObject_statesNoFactOfItsOwn() {
    assertThat(facts("Chile refused to sign the fishing treaty.")).extracting(Readable::predicate)
        .doesNotContain("reject");
    assertThat(facts("Chilean sailors who were asked about the storm refused to answer."))
        .extracting(Readable::predicate).doesNotContain("reject");
  }

  @Test
  void extract_verbOfIntentWithoutNamedObject_statesItsOwnAct_andPlansTheComplement() {
    // a pledge or a threat is made when it is voiced; what it pledges or threatens is only planned
    List<Readable> pledge = facts("Chile pledged to withdraw its fleet from the strait.");
    assertThat(pledge).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("promise");
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.object()).isNull();
      assertThat(f.modality()).isEqualTo(Modality.ASSERTED);
    });
    assertThat(pledge).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("withdraw");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
    assertThat(facts("Peru threatened to close its ports.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("threaten");
      assertThat(f.subject()).isEqualTo("Peru");
    });
  }

  @Test
  void extract_announcedPlanWithAComplement_isAnAnnouncement_andThePlannedAct() {
    // the parser hangs "to buy" on "announced"; it is the plan's, and the plan is no party asked to act
    List<Readable> fs = facts("Norvale Corp announced plans to buy Tecsa Inc.");
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("announce");
      assertThat(f.subject()).isEqualTo("Norvale Corp");
      assertThat(f.object()).isNull();
      assertThat(f.modality()).isEqualTo(Modality.ASSERTED);
    });
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("buy");
      assertThat(f.object()).isEqualTo("Tecsa Inc");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void extract_verbWhoseOneComplementIsAnOffice_isAChangeOfOffice_notItsOtherEvent() {
    // "take over" is a phrasal verb of buying; "took over as chief executive" took an office
    assertThat(facts("Lisa Tran took over as chief executive in May.")).extracting(Readable::predicate)
        .doesNotContain("buy");
    assertThat(facts("Norvale Corp took over Tecsa Inc in May.")).extracting(Readable::predicate).contains("buy");
    // an office predicate fits the phrase; a verb with an argument of its own keeps its sense
    assertThat(facts("Lisa Tran resigned as chairman of Norvale Corp.")).extracting(Readable::predicate)
        .contains("resign");
    assertThat(facts("Lisa Tran travelled to Lima as envoy.")).extracting(Readable::predicate).contains("travel");
  }

  @Test
  void extract_complementOfAControllingVerb_takesItsFutureAndItsLikelihood() {
    // "will have to": the future is the controlling verb's, the parser may call the to-clause ccomp
    assertThat(facts("Every new drug will have to be approved by the Danish Medicines Agency.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Danish Medicines Agency");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
    assertThat(facts("The merger is unlikely to win approval from the European Commission.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("European Commission");
      assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
    });
    assertThat(facts("The contract is waiting for an approval by the Danish Medicines Agency.")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Danish Medicines Agency");
      assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
    });
  }

  @Test
  void extract_controlVerbWithANamedObjectInItsComplement_keepsTheFact() {
    assertThat(facts("Chile threatened to invade Peru.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("threaten");
      assertThat(f.object()).isEqualTo("Peru");
    });
  }

  @Test
  void extractStory_aidFightingOrChargeWithoutANamedParty_givesNoFact() {
    assertThat(storyFacts("Chile supplied cheap chips for the new phones.")).extracting(Readable::predicate)
        .doesNotContain("support");
    assertThat(storyFacts("Chile's war in the north lasted a year.")).extracting(Readable::predicate)
        .doesNotContain("fight");
    assertThat(storyFacts("Norvale Corp charged its users a monthly fee.")).extracting(Readable::predicate)
        .doesNotContain("charge");
    assertThat(storyFacts("Chile charged Ana Lima with fraud.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("charge");
      assertThat(f.object()).isEqualTo("Ana Lima");
    });
    assertThat(storyFacts("Chile supplied weapons to Peru.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("support");
      assertThat(f.object()).isEqualTo("Peru");
    });
  }

  @Test
  void extractStory_chargeWithoutNamedParty_joinsTheOneChargeTheStoryKnows() {
    Story story = Shared.extractor().extractStory(List.of(
        Article.of("a", "Chile charged Ana Lima with fraud.").withReferenceDate(MONDAY),
        Article.of("b", "Chile charged an unnamed teacher on Friday.").withReferenceDate(MONDAY)));
    assertThat(story.facts()).filteredOn(f -> f.predicate().equals("charge")).singleElement().satisfies(f -> {
      assertThat(f.object().map(story::name)).contains("Ana Lima");
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "b");
    });
  }

  @Test
  void extract_genericOrOtherSenseWords_areNoTriggers() {
    assertThat(facts("Chile helped Peru's farmers, who now grow more wheat."))
        .extracting(Readable::predicate).doesNotContain("support");
    assertThat(facts("Peru resisted the merger.")).extracting(Readable::predicate).doesNotContain("protest");
    assertThat(facts("Norvale Corp demonstrated its new engine.")).extracting(Readable::predicate)
        .doesNotContain("protest");
  }

  @Test
  void extract_wordNetForms_giveTheirPredicates() {
    assertThat(facts("Rui Costa dismissed Chile's concerns on Friday.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("reject");
      assertThat(f.object()).isEqualTo("Chile");
    });
    assertThat(facts("Peru sided with Chile in the dispute.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("support");
      assertThat(f.object()).isEqualTo("Chile");
    });
    assertThat(facts("Chile carried out air strikes on Peru.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("attack");
      assertThat(f.object()).isEqualTo("Peru");
    });
    assertThat(facts("Chile approved the merger on Friday.")).extracting(Readable::predicate).contains("welcome");
    assertThat(facts("Norvale Corp will nominate Ana Lima.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("propose");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void extract_unveiledEventNoun_isTheEvent_notAnAnnouncement() {
    assertThat(facts("Norvale Corp unveiled a new offer for Tecsa Inc on Monday.")).satisfies(fs -> {
      assertThat(fs).extracting(Readable::predicate).doesNotContain("announce");
      assertThat(fs).anySatisfy(f -> {
        assertThat(f.predicate()).isEqualTo("offer");
        assertThat(f.subject()).isEqualTo("Norvale Corp");
      });
    });
  }

  @Test
  void extract_claimThatTheWriterDoesNotVouchFor_isReported() {
    assertThat(facts("Ana Lima claimed that Rui Costa criticized Pablo Ruiz.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("criticize");
      assertThat(f.modality()).isEqualTo(Modality.REPORTED);
    });
  }

  @Test
  void extract_eventUnderACondition_isPossible() {
    assertThat(facts("Chile would withdraw its troops if Peru attacked Bolivia.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("withdraw");
      assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
    });
  }

  @Test
  void extract_complementOfAnIntent_isPlanned_andOfAnAppearance_isPossible() {
    assertThat(facts("Norvale Corp made an offer to acquire Tecsa Inc.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("buy");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
    assertThat(facts("Peru seems to be siding with Chile on fishing rights.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("support");
      assertThat(f.modality()).isEqualTo(Modality.POSSIBLE);
    });
  }

  @Test
  void extract_negatedClause_doesNotNegateAnEventNounItOnlyMentions() {
    assertThat(facts("Peru has not spoken about Ana Lima's disappearance."))
        .filteredOn(f -> f.predicate().equals("disappear"))
        .isNotEmpty().allSatisfy(f -> assertThat(f.modality()).isNotEqualTo(Modality.NEGATED));
    assertThat(facts("Chile did not hold talks with Peru.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(f.modality()).isEqualTo(Modality.NEGATED);
    });
  }

  @Test
  void extract_personSentToAPlace_isTheTrip_notASecondFact() {
    assertThat(facts("Spain sent its envoy Rui Costa to Lisbon on Friday.")).singleElement().satisfies(f -> {
      assertThat(f.predicate()).isEqualTo("travel");
      assertThat(f.subject()).isEqualTo("Rui Costa");
    });
  }

  @Test
  void extract_sessionOfItsOwnerAlone_isNoMeeting() {
    assertThat(facts("Tecsa Inc moved its annual shareholder meeting to May.")).extracting(Readable::predicate)
        .doesNotContain("meet");
    assertThat(facts("Ana Lima's meeting with Rui Costa lasted two hours.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(f.object()).isEqualTo("Rui Costa");
    });
    assertThat(facts("Foreign Minister Rui Costa convened an emergency meeting at his office."))
        .extracting(Readable::predicate).contains("meet");
  }

  @Test
  void extract_talksAskedForOrIntended_withNoOtherPartyNamed_giveNoFact() {
    assertThat(facts("In a note to Tecsa Inc directors, Rui Costa called on the directors to start talks soon."))
        .extracting(Readable::predicate).contains("appeal").doesNotContain("meet", "negotiate");
    assertThat(facts("Investors may demand that Tecsa Inc's executives begin negotiations."))
        .extracting(Readable::predicate).doesNotContain("meet", "negotiate");
    assertThat(facts("The deal stays on the table unless Tecsa Inc agrees to negotiate."))
        .extracting(Readable::predicate).doesNotContain("negotiate");
    assertThat(facts("Rui Costa urged Chile to hold talks with Peru.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(f.subject()).isEqualTo("Chile");
      assertThat(f.object()).isEqualTo("Peru");
    });
    assertThat(facts("Chile and Peru agreed to hold talks.")).anySatisfy(f -> {
      assertThat(f.predicate()).isEqualTo("meet");
      assertThat(f.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void extract_supportVerbWhoseObjectTheParserHeadedWithTheAmount_statesNoAnnouncement() {
    assertThat(facts("Norvale Corp unveils $4 billion 'best and final' bid for Tecsa Inc"))
        .extracting(Readable::predicate).doesNotContain("announce");
    assertThat(facts("Norvale Corp announced 300 new jobs.")).extracting(Readable::predicate).contains("announce");
  }
}
