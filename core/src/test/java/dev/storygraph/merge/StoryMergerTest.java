package dev.storygraph.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.ArticleResult;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Mention;
import dev.storygraph.Modality;
import dev.storygraph.ReferenceDateSource;
import dev.storygraph.Role;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Merging hand-built article results: every kind of name variant, conflicts, and what must stay apart. */
final class StoryMergerTest {
  private static final Lexicons LEX = Lexicons.load(List.of());
  private final StoryMerger merger = new StoryMerger(LEX);

  /** A small builder of one article's result. */
  static final class A {
    final String id;
    final List<Entity> entities = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();

    A(String id) {
      this.id = id;
    }

    A entity(String name, EntityType type, String... aliases) {
      String eid = "E" + (entities.size() + 1);
      List<Mention> ms = new ArrayList<>();
      ms.add(new Mention(id, name, 0, name.length()));
      for (String a : aliases) {
        ms.add(new Mention(id, a, 0, a.length()));
      }
      entities.add(new Entity(eid, name, type, List.of(aliases), ms));
      return this;
    }

    String idOf(String name) {
      return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    A fact(String subject, String predicate, String object, String place, String time, double confidence) {
      facts.add(new Fact(idOf(subject), predicate, Optional.ofNullable(object).map(this::idOf),
          Optional.ofNullable(place).map(this::idOf), Optional.ofNullable(time).flatMap(TimeSpan::parse),
          Modality.ASSERTED, predicate, "040", confidence, List.of(new Evidence(id, 0, 10, "a sentence")), List.of()));
      return this;
    }

    A role(String person, String role, String of) {
      roles.add(new Role(idOf(person), role, Optional.ofNullable(of).map(this::idOf), false,
          List.of(new Evidence(id, 0, 10, "a sentence"))));
      return this;
    }

    ArticleResult build() {
      return new ArticleResult(id, Status.OK, Optional.empty(), Optional.empty(), ReferenceDateSource.NONE, 10,
          entities, roles, List.of(), facts);
    }
  }

  private Story merge(A... articles) {
    List<ArticleResult> rs = new ArrayList<>();
    for (A a : articles) {
      rs.add(a.build());
    }
    return merger.merge(rs);
  }

  private static List<String> names(Story s) {
    return s.entities().stream().map(Entity::name).toList();
  }

  private static Entity named(Story s, String name) {
    return s.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void merge_fullNameAndSurname_oneEntity() {
    Story s = merge(new A("a1").entity("Sergey Lavrov", EntityType.PERSON), new A("a2").entity("Lavrov",
        EntityType.PERSON));
    assertThat(names(s)).containsExactly("Sergey Lavrov");
    assertThat(named(s, "Sergey Lavrov").aliases()).contains("Lavrov");
    assertThat(named(s, "Sergey Lavrov").articles()).containsExactly("a1", "a2");
  }

  @Test
  void merge_hyphenAndSpacing_oneEntity() {
    Story s = merge(new A("a1").entity("Kim Jong-un", EntityType.PERSON),
        new A("a2").entity("Kim Jong Un", EntityType.PERSON), new A("a3").entity("Kim Jong Un", EntityType.PERSON));
    assertThat(names(s)).containsExactly("Kim Jong Un");
    assertThat(named(s, "Kim Jong Un").aliases()).contains("Kim Jong-un");
  }

  @Test
  void merge_caseVariants_oneEntity() {
    Story s = merge(new A("a1").entity("NATO", EntityType.ORGANIZATION),
        new A("a2").entity("Nato", EntityType.ORGANIZATION));
    assertThat(s.entities()).hasSize(1);
  }

  @Test
  void merge_transliterationAndOneLetterTypo_oneEntity() {
    Story s = merge(new A("a1").entity("Sergey Shoigu", EntityType.PERSON).entity("Maria Zakharova", EntityType.PERSON),
        new A("a2").entity("Sergei Shoigu", EntityType.PERSON).entity("Maria Zakaharova", EntityType.PERSON));
    assertThat(s.entities()).hasSize(2);
  }

  @Test
  void merge_oldAndNewSpellingsAndCountryShortForms_oneEntityEach() {
    Story s = merge(new A("a1").entity("Kiev", EntityType.PLACE).entity("U.S.", EntityType.PLACE),
        new A("a2").entity("Kyiv", EntityType.PLACE).entity("US", EntityType.PLACE),
        new A("a3").entity("United States", EntityType.PLACE));
    assertThat(s.entities()).hasSize(2);
    assertThat(names(s)).contains("United States");
  }

  @Test
  void merge_twoPeopleSharingASurname_stayApart() {
    Story s = merge(new A("a1").entity("Li Shangfu", EntityType.PERSON),
        new A("a2").entity("Li Qiang", EntityType.PERSON),
        new A("a3").entity("Li", EntityType.PERSON));
    assertThat(names(s)).contains("Li Shangfu", "Li Qiang");
    assertThat(named(s, "Li Shangfu").articles()).containsExactly("a1");
    assertThat(named(s, "Li Qiang").articles()).containsExactly("a2");
  }

  @Test
  void merge_sameRoleDifferentPeople_stayApart() {
    Story s = merge(new A("a1").entity("Anna Berg", EntityType.PERSON).entity("Sweden", EntityType.PLACE)
            .role("Anna Berg", "foreign minister", "Sweden"),
        new A("a2").entity("Olof Lind", EntityType.PERSON).entity("Sweden", EntityType.PLACE)
            .role("Olof Lind", "foreign minister", "Sweden"));
    assertThat(names(s)).contains("Anna Berg", "Olof Lind");
    assertThat(s.roles()).hasSize(2);
  }

  @Test
  void merge_personAndPlaceOfTheSameName_stayApart() {
    Story s = merge(new A("a1").entity("Jordan", EntityType.PERSON), new A("a2").entity("Jordan", EntityType.PLACE));
    assertThat(s.entities()).hasSize(2);
  }

  @Test
  void merge_bareOrganizationInsideTwoLongerOnes_staysApart() {
    Story s = merge(new A("a1").entity("Apple Corps", EntityType.ORGANIZATION),
        new A("a2").entity("Apple Computer", EntityType.ORGANIZATION),
        new A("a3").entity("Apple", EntityType.ORGANIZATION));
    assertThat(s.entities()).hasSize(3);
  }

  @Test
  void merge_shortFormWithDesignator_andAcronymAlias() {
    Story s = merge(new A("a1").entity("Singapore Airlines", EntityType.ORGANIZATION, "SIA"),
        new A("a2").entity("SIA", EntityType.ORGANIZATION),
        new A("a3").entity("AirTran Airways", EntityType.ORGANIZATION),
        new A("a4").entity("AirTran", EntityType.ORGANIZATION));
    assertThat(names(s)).containsExactlyInAnyOrder("Singapore Airlines", "AirTran Airways");
  }

  @Test
  void merge_clubShortForm_designatorVariants_andAnAcronymTheStoryExpands_oneEntityEach() {
    Story s = merge(new A("a1").entity("Halden Otters", EntityType.ORGANIZATION)
            .entity("Nordvik Holdings Corp", EntityType.ORGANIZATION)
            .entity("Baltic Rowing Federation", EntityType.ORGANIZATION, "BRF"),
        new A("a2").entity("Otters", EntityType.ORGANIZATION).entity("Nordvik Holdings Corporation",
            EntityType.ORGANIZATION).entity("BRF", EntityType.ORGANIZATION),
        new A("a3").entity("Nordvik Holdings", EntityType.ORGANIZATION).entity("Halden Otters",
            EntityType.ORGANIZATION));
    assertThat(names(s)).containsExactlyInAnyOrder("Halden Otters", "Nordvik Holdings Corp",
        "Baltic Rowing Federation");
  }

  @Test
  void merge_placesKnowTheirContainer() {
    Story s = merge(new A("a1").entity("Valletta", EntityType.PLACE).entity("Malta", EntityType.PLACE));
    assertThat(named(s, "Valletta").partOf()).contains(named(s, "Malta").id());
    assertThat(named(s, "Malta").partOf()).isEmpty();
  }

  @Test
  void merge_sameFactEitherOrder_oneFactWithSupportAndCalibratedConfidence() {
    Story s = merge(
        new A("a1").entity("Anna Berg", EntityType.PERSON).entity("Olof Lind", EntityType.PERSON)
            .fact("Anna Berg", "meet", "Olof Lind", null, "2023-09-16/2023-09-17", 0.6),
        new A("a2").entity("Olof Lind", EntityType.PERSON).entity("Anna Berg", EntityType.PERSON)
            .fact("Olof Lind", "meet", "Anna Berg", null, "2023-09-16/2023-09-17", 0.7));
    assertThat(s.facts()).singleElement().satisfies(f -> {
      assertThat(f.support()).isEqualTo(2);
      assertThat(f.confidence()).isGreaterThan(0.7).isLessThanOrEqualTo(1.0);
      assertThat(f.evidence()).hasSize(2);
      assertThat(f.conflicts()).isEmpty();
    });
  }

  @Test
  void merge_nestedPlaces_mostSpecificWinsWithoutConflict() {
    Story s = merge(
        new A("a1").entity("Anna Berg", EntityType.PERSON).entity("Olof Lind", EntityType.PERSON)
            .entity("Malta", EntityType.PLACE).fact("Anna Berg", "meet", "Olof Lind", "Malta", null, 0.6),
        new A("a2").entity("Anna Berg", EntityType.PERSON).entity("Olof Lind", EntityType.PERSON)
            .entity("Valletta", EntityType.PLACE).entity("Malta", EntityType.PLACE)
            .fact("Anna Berg", "meet", "Olof Lind", "Valletta", null, 0.6));
    Fact f = s.facts().get(0);
    assertThat(f.place()).contains(named(s, "Valletta").id());
    assertThat(f.conflicts()).isEmpty();
  }

  @Test
  void merge_objectlessFactElsewhere_staysApart_andAPlaceOfUnknownCountryNarrowsTheCountry() {
    Story s = merge(
        new A("a1").entity("Red Brigade", EntityType.ORGANIZATION).entity("Olof Lind", EntityType.PERSON)
            .entity("Norway", EntityType.PLACE).fact("Red Brigade", "attack", "Olof Lind", "Norway", null, 0.6),
        new A("a2").entity("Red Brigade", EntityType.ORGANIZATION).entity("Tromsvik", EntityType.PLACE)
            .fact("Red Brigade", "attack", null, "Tromsvik", null, 0.6),
        new A("a3").entity("Red Brigade", EntityType.ORGANIZATION).entity("Paris", EntityType.PLACE)
            .entity("France", EntityType.PLACE).fact("Red Brigade", "attack", null, "Paris", null, 0.6));
    Fact known = s.facts().stream().filter(f -> f.object().isPresent()).findFirst().orElseThrow();
    assertThat(known.place()).contains(named(s, "Tromsvik").id());
    assertThat(known.articles()).containsExactly("a1", "a2");
    assertThat(s.facts()).filteredOn(f -> f.object().isEmpty()).singleElement()
        .satisfies(f -> assertThat(f.place()).contains(named(s, "Paris").id()));
  }

  @Test
  void merge_disagreeingPlacesAndTimes_keepBothAndFlagTheConflict() {
    Story s = merge(
        new A("a1").entity("Anna Berg", EntityType.PERSON).entity("Olof Lind", EntityType.PERSON)
            .entity("Malta", EntityType.PLACE).fact("Anna Berg", "meet", "Olof Lind", "Malta", "2023-09-16", 0.6),
        new A("a2").entity("Anna Berg", EntityType.PERSON).entity("Olof Lind", EntityType.PERSON)
            .entity("Rome", EntityType.PLACE).fact("Anna Berg", "meet", "Olof Lind", "Rome", "2023-10-02", 0.6));
    Fact f = s.facts().get(0);
    assertThat(f.conflicts()).extracting(Fact.Conflict::field).containsExactlyInAnyOrder("place", "time");
    Fact.Conflict place = f.conflicts().stream().filter(c -> c.field().equals("place")).findFirst().orElseThrow();
    assertThat(place.values()).extracting(Fact.ConflictValue::value)
        .containsExactlyInAnyOrder(named(s, "Malta").id(), named(s, "Rome").id());
    assertThat(place.values()).allSatisfy(v -> assertThat(v.articles()).hasSize(1));
  }

  @Test
  void merge_titlesOfOnePosition_oneRoleNamedByTheLongestTitle() {
    Story s = merge(new A("a1").entity("Tomas Brenner", EntityType.PERSON)
            .entity("Northern Shipping", EntityType.ORGANIZATION)
            .role("Tomas Brenner", "ceo", "Northern Shipping"),
        new A("a2").entity("Tomas Brenner", EntityType.PERSON).entity("Northern Shipping", EntityType.ORGANIZATION)
            .role("Tomas Brenner", "chief executive", "Northern Shipping")
            .role("Tomas Brenner", "deputy chairman", "Northern Shipping"),
        new A("a3").entity("Tomas Brenner", EntityType.PERSON)
            .role("Tomas Brenner", "chief executive officer", null));
    assertThat(s.roles()).hasSize(2).anySatisfy(r -> {
      assertThat(r.role()).isEqualTo("chief executive officer");
      assertThat(r.forms()).containsExactly("ceo", "chief executive");
      assertThat(r.of()).contains(named(s, "Northern Shipping").id());
      assertThat(r.articles()).containsExactly("a1", "a2", "a3");
    }).anySatisfy(r -> assertThat(r.role()).isEqualTo("deputy chairman"));
  }

  @Test
  void merge_roleWithoutOwner_joinsTheOwnerOthersGive() {
    Story s = merge(new A("a1").entity("Anna Berg", EntityType.PERSON).entity("Sweden", EntityType.PLACE)
            .role("Anna Berg", "foreign minister", "Sweden"),
        new A("a2").entity("Anna Berg", EntityType.PERSON).role("Anna Berg", "foreign minister", null));
    assertThat(s.roles()).singleElement().satisfies(r -> {
      assertThat(r.of()).contains(named(s, "Sweden").id());
      assertThat(r.articles()).containsExactly("a1", "a2");
    });
  }

  @Test
  void merge_failedArticle_keepsItsPlace() {
    List<ArticleResult> rs = List.of(new A("a1").entity("Anna Berg", EntityType.PERSON).build(),
        ArticleResult.failed("a2", "empty file"));
    Story s = merger.merge(rs);
    assertThat(s.articles()).extracting(a -> a.id() + ":" + a.status()).containsExactly("a1:OK", "a2:FAILED");
  }

  @Test
  void merge_stateOfficeNoArticleOwns_heldInTheCountryTheStoryNamesMost() {
    A a1 = new A("a1").entity("Rosa Vidal", EntityType.PERSON).entity("Chile", EntityType.PLACE, "Chilean", "Chile")
        .entity("Peru", EntityType.PLACE);
    a1.role("Rosa Vidal", "president", null).role("Rosa Vidal", "harbor pilot", null);
    Story s = merge(a1, new A("a2").entity("Chile", EntityType.PLACE));
    String chile = named(s, "Chile").id();
    assertThat(s.roles()).filteredOn(r -> r.role().equals("president")).singleElement()
        .satisfies(r -> assertThat(r.of()).contains(chile));
    assertThat(s.roles()).filteredOn(r -> r.role().equals("harbor pilot")).singleElement()
        .satisfies(r -> assertThat(r.of()).isEmpty());
  }
}
