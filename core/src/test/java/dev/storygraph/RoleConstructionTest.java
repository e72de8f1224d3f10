package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles from the constructions news uses to introduce people, on sentences written for the test. */
final class RoleConstructionTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  private static List<String> roles(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(MONDAY));
    assertThat(r.status()).as("status of %s", r.error()).isEqualTo(Status.OK);
    return r.roles().stream().map(x -> r.entity(x.person()).orElseThrow().name() + ": " + x.role()
        + x.of().map(o -> " of " + r.entity(o).orElseThrow().name()).orElse("")).toList();
  }

  @Test
  void titleBefore_verbAfterAPluralNameIsNoPartOfTheTitle_butAPlacesFireChiefIs() {
    List<String> r = roles("The Halden Otters fire coach Ana Ruiz after a poor season. Leeds fire chief Mark "
        + "Olsen said the stadium was safe.");
    assertThat(r).contains("Ana Ruiz: coach", "Mark Olsen: fire chief of Leeds")
        .noneMatch(x -> x.startsWith("Ana Ruiz: fire"));
  }

  @Test
  void titleBefore_aTitleOfSeveralWordsAfterAPluralNameStaysWhole() {
    assertThat(roles("The Otters head coach Ana Ruiz said the team would rest on Monday."))
        .anyMatch(x -> x.startsWith("Ana Ruiz: head coach"));
  }

  @Test
  void postWithoutOwner_isHeldInTheOrganizationTheStoryNamesClearlyMost() {
    Story story = Shared.extractor().extractStory(List.of(Article.of("a1", "The Halden Otters fired their coach "
        + "on Monday. The Otters said coach Ana Ruiz would leave at once. The Otters will name a new coach in May. "
        + "Fans of the Otters cheered. The Nordic Football League said nothing.").withReferenceDate(MONDAY)));
    assertThat(story.roles()).anyMatch(r -> story.name(r.person()).equals("Ana Ruiz")
        && r.of().map(story::name).orElse("").equals("Halden Otters"));
  }

  @Test
  void postWithoutOwner_staysWithoutOneInAStoryOfTwoOrganizations() {
    Story story = Shared.extractor().extractStory(List.of(Article.of("a1", "Orvik Bank and Tessel Bank agreed to "
        + "merge on Monday. Orvik Bank said chief executive Mira Berg would lead the group. Tessel Bank said the deal "
        + "was fair.").withReferenceDate(MONDAY)));
    assertThat(story.roles()).filteredOn(r -> story.name(r.person()).equals("Mira Berg")).isNotEmpty()
        .allMatch(r -> r.of().isEmpty());
  }

  @Test
  void apposition_occupationWithDescribingAdjective() {
    assertThat(roles("Tomas Reyna, a local shopkeeper, said the blast broke his windows."))
        .contains("Tomas Reyna: shopkeeper");
  }

  @Test
  void titleBeforeComma_occupationFromWordNet_possessorPersonIsNoOwner() {
    assertThat(roles("The court heard the case on Monday. Her lawyer, Dana Whitfield, said the charges were weak."))
        .contains("Dana Whitfield: lawyer");
  }

  @Test
  void apposition_roleOfOrganization() {
    assertThat(roles("Ali Karam, chairman of the Union of Harbor Workers, said the strike would go on."))
        .anyMatch(s -> s.startsWith("Ali Karam: chairman of "));
  }

  @Test
  void apposition_roleAtAFirm_ownerIsTheFirm_butNotAPlace() {
    assertThat(roles("Lars Vik, an analyst at Nordvik Capital, said the bid was too low."))
        .contains("Lars Vik: analyst of Nordvik Capital");
    assertThat(roles("Lars Vik, a doctor at the scene in Varden, said two men were hurt."))
        .contains("Lars Vik: doctor");
  }

  @Test
  void titlesOfOnePosition_areOneRoleNamedByTheLongest() {
    assertThat(roles("Orvik Bank CEO Mira Berg spoke first. Mira Berg, the chief executive of Orvik Bank, said "
        + "profits fell.")).containsExactly("Mira Berg: chief executive of Orvik Bank");
  }

  @Test
  void premodifier_multiWordHeadWithItsOrganization() {
    assertThat(roles("Volvo board member Erik Lund resigned on Monday.")).contains("Erik Lund: board member of Volvo");
  }

  @Test
  void its_ownerIsTheNearestPlaceOrOrganizationBefore() {
    assertThat(roles("In 2019 she travelled to Peru and met its president, Pedro Salas, in Lima."))
        .contains("Pedro Salas: president of Peru");
  }

  @Test
  void titleBefore_ownerAfterTheNameWithOf() {
    assertThat(roles("The offer is generous, said analyst Maya Chen of Morgan Stanley."))
        .contains("Maya Chen: analyst of Morgan Stanley");
  }

  @Test
  void titleBefore_ownerAfterTheNameIsAnAcronymFirm() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "The bid is too low, said analyst Maya Chen of TQX Partners.").withReferenceDate(MONDAY));
    assertThat(r.entities()).extracting(Entity::name).contains("Maya Chen", "TQX Partners");
  }

  @Test
  void apposition_spokesmanForABodyInAPlace_ownerIsThePlace() {
    assertThat(roles("Samir Haddad, spokesman for the regional police in Syria, said two men were held."))
        .contains("Samir Haddad: spokesman of Syria");
  }

  @Test
  void stateOffice_withoutOwner_belongsToTheCountryItsSentenceNames() {
    assertThat(roles("Peru sent aid on Sunday. President Rosa Vidal visited the flooded towns of Chile."))
        .contains("Rosa Vidal: president of Chile");
  }

  @Test
  void headlineInTitleCase_fragmentsAreNoNames() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "Storm Batters Harbor Villages Along Eastern Coast\n\nHeavy rain fell on Monday in Valparaiso, Chile, "
            + "and the mayor, Rosa Vidal, closed the port.").withReferenceDate(MONDAY));
    assertThat(r.entities()).extracting(Entity::name).contains("Rosa Vidal")
        .noneMatch(n -> n.contains("Harbor") || n.contains("Eastern") || n.contains("Storm"));
  }
}
