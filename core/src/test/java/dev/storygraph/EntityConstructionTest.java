package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Organizations the NER leaves untagged, found by their form, on sentences written for the test. */
final class EntityConstructionTest {
  private static Map<String, EntityType> entities(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(LocalDate.of(2025, 3, 3)));
    assertThat(r.status()).as("status of %s", r.error()).isEqualTo(Status.OK);
    return r.entities().stream().collect(Collectors.toMap(Entity::name, Entity::type, (a, b) -> a));
  }

  @Test
  void properNounPhraseHeadedByAnInstitutionIsAnOrganization() {
    assertThat(entities("The label lost its case against the computer maker on Tuesday in the High Court, "
        + "its lawyers said.")).containsEntry("High Court", EntityType.ORGANIZATION);
  }

  @Test
  void untaggedNameBesideANounOfAKindOfOrganizationIsAnOrganization() {
    Map<String, EntityType> e = entities("The deal would help the bid it made last year for data-storage company "
        + "Ostvane. Officials said the Kelmar security agency had referred questions to the police. The company "
        + "Chairman Per Lund declined to comment.");
    assertThat(e).containsEntry("Ostvane", EntityType.ORGANIZATION).containsEntry("Kelmar", EntityType.ORGANIZATION)
        .doesNotContainKey("Chairman");
  }

  @Test
  void nameOfCommonWordsAfterANounOfAKindOfOrganization_isAnOrganization() {
    // the tagger takes "Share" and "Food" for common nouns
    assertThat(entities("Donations to the relief organization Share Food doubled this winter, its staff said."))
        .containsEntry("Share Food", EntityType.ORGANIZATION);
  }

  @Test
  void institutionOfATitleInsideAName_isOneOrganization_butANamedOwnerStaysApart() {
    Map<String, EntityType> e = entities("The files were released after a request to the Lake County Sheriff's "
        + "Office on Monday. Officials in Peru's Foreign Office declined to comment.");
    assertThat(e).containsEntry("Lake County Sheriff's Office", EntityType.ORGANIZATION)
        .containsEntry("Peru", EntityType.PLACE).doesNotContainKey("Peru's Foreign Office");
  }

  @Test
  void untaggedNameListedWithAnOrganization_isAnOrganization() {
    assertThat(entities("Rivals include Google and Salesforce, as well as smaller firms."))
        .containsEntry("Salesforce", EntityType.ORGANIZATION);
  }

  @Test
  void pluralNameInParenthesesAfterAPerson_isAGroup_notAPerson() {
    Map<String, EntityType> e = entities("Two coaches are on the list. Lena Dahl (Ravens) and Ivo Kran (Wolves) "
        + "were seen at the stadium on Friday.");
    assertThat(e).containsEntry("Lena Dahl", EntityType.PERSON).containsEntry("Ravens", EntityType.ORGANIZATION)
        .doesNotContainEntry("Wolves", EntityType.PERSON);
  }

  @Test
  void pluralNameBeforeATitle_isTheGroupTheTitleIsOf() {
    ArticleResult r = Shared.extractor().extract(Article.of("t", "The club spoke to Ravens assistant coach Ivo "
        + "Kran on Friday.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    assertThat(r.entities()).extracting(Entity::name, Entity::type)
        .contains(org.assertj.core.groups.Tuple.tuple("Ravens", EntityType.ORGANIZATION));
    assertThat(r.roles()).anyMatch(x -> x.of().flatMap(r::entity).map(Entity::name).orElse("").equals("Ravens"));
  }

  @Test
  void datelineCityInCapitals_isAPlace_notTheAgencyOfAByline() {
    Map<String, EntityType> e = entities("Council votes to close the old bridge\n\nGLEN HOLLOW, Ore. — The town "
        + "council voted on Monday to close the old bridge over the river.\n\nMARA TELLEN, Wire\n");
    assertThat(e).containsEntry("Glen Hollow", EntityType.PLACE).doesNotContainKey("Mara Tellen")
        .doesNotContainKey("MARA TELLEN");
  }

  @Test
  void placeThatBeginsAnOrganizationsName_asSubject_isTheOrganization_afterAPrepositionThePlace() {
    ArticleResult r = Shared.extractor().extract(Article.of("t", "Iceland Freight Lines ordered ten ships from a "
        + "yard in Gdansk on Monday. Iceland has an option on four more, the firm said. Ships to Iceland will sail "
        + "in May.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    Entity firm = r.entities().stream().filter(e -> e.name().equals("Iceland Freight Lines")).findFirst().orElseThrow();
    assertThat(firm.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(firm.mentions()).hasSize(2);
    assertThat(r.entities()).extracting(Entity::name, Entity::type)
        .contains(org.assertj.core.groups.Tuple.tuple("Iceland", EntityType.PLACE));
  }

  @Test
  void pluralProperNounAfterTheIsAnOrganization_notAPeople() {
    Map<String, EntityType> e = entities("The Otters lost again on Sunday, and the owner said the Otters would "
        + "look for a new coach. The Danes in the crowd cheered.");
    assertThat(e).containsEntry("Otters", EntityType.ORGANIZATION).doesNotContainKey("Danes");
  }

  @Test
  void pluralNameAfterTheIsNoPerson_andOwnsTheRoleOfItsCoach() {
    ArticleResult r = Shared.extractor().extract(Article.of("t", "Per Lund, the head coach of the Halden Otters, "
        + "was fired on Sunday.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    assertThat(r.entities()).filteredOn(x -> x.name().equals("Halden Otters")).singleElement()
        .satisfies(x -> assertThat(x.type()).isEqualTo(EntityType.ORGANIZATION));
    assertThat(r.roles()).singleElement().satisfies(x -> {
      assertThat(x.role()).isEqualTo("head coach");
      assertThat(x.of().flatMap(r::entity).map(Entity::name)).contains("Halden Otters");
    });
  }

  @Test
  void webAddressUsedAsANameIsAnOrganization_withoutAGluedQuote() {
    assertThat(entities("Jets will not fly as long as the ban stays unrevoked,\"Kabar.com quoted Darmo as saying."))
        .containsEntry("Kabar.com", EntityType.ORGANIZATION);
  }

  @Test
  void aCapitalizedInstitutionWordAtTheStartOfASentenceIsNoName() {
    assertThat(entities("Court officials said the hearing would resume on Monday.")).doesNotContainKey("Court");
  }

  @Test
  void theLastWordOfOneOrganizationsName_afterTheArticle_isThatOrganization() {
    assertThat(Readable.facts("Halden Otters coach Ana Ruiz praised her players on Sunday. The Otters fired "
        + "goalkeeper Tomas Vidal on Tuesday.")).anySatisfy(f -> {
          assertThat(f.subject()).isEqualTo("Halden Otters");
          assertThat(f.predicate()).isEqualTo("expel");
        });
    // two organizations end in the word: whose it is, the article does not say
    assertThat(entities("Halden Otters Club and Vardal Otters Club met on Sunday. The Club said nothing."))
        .doesNotContainKey("Club");
  }

  @Test
  void untaggedNameThatIsTheWholeSourceOfAccordingTo_isAnOrganization() {
    Map<String, EntityType> e = entities("Harbor Freight Lines agreed on Monday to sell its ferry unit to "
        + "Tolvane Marine, the largest deal in the sector this year, according to Quillmark.");
    assertThat(e).containsEntry("Quillmark", EntityType.ORGANIZATION);
  }

  @Test
  void untaggedGroupNounAfterATaggedOrganization_endsItsName_aRoleWordDoesNot() {
    Map<String, EntityType> e = entities("Quorvane signed the deal on Monday. It was first reported by Quorvane "
        + "Network correspondent Lena Brandt on Tuesday, hours before Zelvia Airways Flight 12 landed.");
    assertThat(e).containsEntry("Quorvane Network", EntityType.ORGANIZATION).containsEntry("Lena Brandt",
        EntityType.PERSON).doesNotContainKey("Zelvia Airways Flight");
  }

  @Test
  void shortFormOfTwoLongerNames_isTheOneWithALegalFormOnly_notTheOneWithAPlaceOfBusiness() {
    ArticleResult r = Shared.extractor().extract(Article.of("t", "Queues formed outside several Zentrix Stores on "
        + "Friday. Zentrix said its website had slowed. Shares of Zentrix Inc. fell 2 percent, and Zentrix "
        + "promised refunds.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    Entity firm = r.entities().stream().filter(e -> e.name().equals("Zentrix Inc.")).findFirst().orElseThrow();
    assertThat(firm.aliases()).contains("Zentrix");
    assertThat(r.entities()).filteredOn(e -> e.name().equals("Zentrix Stores"))
        .allSatisfy(e -> assertThat(e.aliases()).doesNotContain("Zentrix"));
  }

  @Test
  void oneWordTakenForAPersonThatBeginsAnOrganizationsName_isThatOrganization_unlessAPersonBearsIt() {
    Map<String, EntityType> firm = entities("Maxgrid Holdings posted a loss on Friday. Maxgrid said sales fell.");
    assertThat(firm).containsEntry("Maxgrid Holdings", EntityType.ORGANIZATION).doesNotContainKey("Maxgrid");
    ArticleResult founder = Shared.extractor().extract(Article.of("t", "Lena Maxgrid founded Maxgrid Holdings in "
        + "1990. Maxgrid said sales fell.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    assertThat(founder.entities()).filteredOn(e -> e.name().equals("Lena Maxgrid")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
  }
}
