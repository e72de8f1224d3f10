package dev.storygraph;

import static dev.storygraph.Readable.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * What a trigger acts on (issue 18, "objects lost"), through the real pipeline on sentences written for the test:
 * the object rules of rules/objects.semgrex, a complement's receiver, an event noun's phrase the parser hung on
 * the verb governing it, and a headline's verb.
 */
final class ObjectArgumentsTest {
  @Test
  void extract_titleBeforeAName_theParsersTwoObjects_isOneObject() {
    assertThat(facts("A Peruvian military court on Monday charged the activist Ana Ruiz with fraud."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Peru", "charge", "Ana Ruiz"));
  }

  @Test
  void extract_coordinatedVerbs_shareTheObjectAfterBoth() {
    assertThat(facts("Lisbon condemned and expelled the envoy Omar Haddad."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Lisbon", "expel", "Omar Haddad"));
  }

  @Test
  void extract_pledgeToPay_aimsAtWhoIsPaid() {
    assertThat(facts("Acme Corp has pledged to pay Norvex Inc a large fee if regulators block the merger."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Acme Corp", "promise", "Norvex Inc"));
  }

  @Test
  void extract_eventNounsPhraseHungOnAVerbThatTakesNoSuchPhrase_isTheNouns() {
    assertThat(facts("Norvex Inc praised a trip by its founder Ana Ruiz to Lisbon last spring."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ana Ruiz", "travel", "Lisbon"));
  }

  @Test
  void extract_verblessHeadline_readsItsVerb() {
    assertThat(facts("Lisbon Port Authority sacks pilot Ana Ruiz over crash"))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .containsExactly(tuple("Lisbon Port Authority", "expel", "Ana Ruiz"));
  }

  @Test
  void extract_tripForAnEventNoun_makesTheTravellerAParty() {
    assertThat(facts("Ana Ruiz, Peru's president, arrived in Quito on Friday for talks with Lars Berg."))
        .extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ana Ruiz", "travel", "Quito"), tuple("Ana Ruiz", "meet", "Lars Berg"));
  }

  @Test
  void extract_verbHungOnARelativeClause_takesTheClausesAntecedent() {
    assertThat(facts("Peru's president Ana Ruiz, who met Chile's Lars Berg in Lima on Monday, will travel to Quito "
        + "on Friday.")).extracting(Readable::subject, Readable::predicate, Readable::object)
        .contains(tuple("Ana Ruiz", "travel", "Quito"));
  }
}
