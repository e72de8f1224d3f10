package dev.storygraph.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Mention;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each link rule on its own, over names made up for the project. */
final class LinkRulesTest {
  private static final NameKeys KEYS = new NameKeys(Lexicons.load(List.of()));

  /** The nodes of a story under construction, and the clusters one rule makes of them. */
  private static final class Nodes {
    final List<EntityNode> nodes = new ArrayList<>();

    Nodes add(int article, String name, EntityType type, String... aliases) {
      return addMentioned(article, name, type, 1, aliases);
    }

    Nodes addMentioned(int article, String name, EntityType type, int mentions, String... aliases) {
      List<Mention> ms = new ArrayList<>();
      for (int m = 0; m < mentions; m++) {
        ms.add(new Mention("a" + article, name, 0, name.length()));
      }
      String key = KEYS.key(name);
      nodes.add(new EntityNode(article, new Entity("E" + (nodes.size() + 1), name, type, List.of(aliases), ms), key,
          key.split(" ")));
      return this;
    }

    /** The clusters the rules make, run in the order given. */
    Clusters run(LinkRule... rules) {
      Clusters c = new Clusters(nodes);
      for (LinkRule rule : rules) {
        rule.link(nodes, c);
      }
      return c;
    }
  }

  private static boolean together(Clusters c, int a, int b) {
    return c.root(a) == c.root(b);
  }

  @Test
  void organizationAlias_regionalArmJoinsTheOrganization_notACitysClubNorAPlace() {
    OrganizationAliasRule rule = new OrganizationAliasRule(KEYS);
    Clusters c = new Nodes().add(0, "Orvik Aerospace Group", EntityType.ORGANIZATION, "Orvik")
        .add(1, "Orvik North America", EntityType.ORGANIZATION).add(2, "Orvik Leeds", EntityType.ORGANIZATION)
        .add(3, "Orvik", EntityType.PLACE).run(rule);
    assertThat(together(c, 0, 1)).isTrue();
    assertThat(together(c, 0, 2)).isFalse();
    assertThat(together(c, 0, 3)).isFalse();
  }

  @Test
  void organizationAlias_regionalArmOfANameTwoOrganizationsShare_staysApart() {
    Clusters c = new Nodes().add(0, "Orvik Aerospace", EntityType.ORGANIZATION, "Orvik")
        .add(1, "Orvik Records", EntityType.ORGANIZATION, "Orvik").add(2, "Orvik India", EntityType.ORGANIZATION)
        .run(new OrganizationAliasRule(KEYS));
    assertThat(together(c, 0, 2) || together(c, 1, 2)).isFalse();
  }

  @Test
  void exactName_honorificAndHyphen_linked_personNeverWithPlace() {
    Clusters c = new Nodes().add(0, "Ana Duarte-Lima", EntityType.PERSON).add(1, "Ms Ana Duarte Lima", EntityType.PERSON)
        .add(2, "Duarte Lima", EntityType.PLACE).add(3, "Duarte Lima", EntityType.PERSON).run(new ExactNameRule());
    assertThat(together(c, 0, 1)).isTrue();
    assertThat(together(c, 2, 3)).isFalse();
  }

  @Test
  void personVariant_oneLetterPerWord_linked() {
    Clusters c = new Nodes().add(0, "Alexei Brannovsky", EntityType.PERSON).add(1, "Alexey Branovsky", EntityType.PERSON)
        .add(2, "Alexei Brannigan", EntityType.PERSON).run(new PersonVariantRule());
    assertThat(together(c, 0, 1)).isTrue();
    assertThat(together(c, 0, 2)).isFalse();
  }

  @Test
  void loneSurname_oneOwner_linked_twoOwners_apart() {
    Nodes one = new Nodes().add(0, "Tomas Velunde", EntityType.PERSON).add(1, "Velunde", EntityType.PERSON);
    assertThat(together(one.run(new LoneSurnameRule()), 0, 1)).isTrue();
    Nodes two = new Nodes().add(0, "Tomas Velunde", EntityType.PERSON).add(1, "Irene Velunde", EntityType.PERSON)
        .add(2, "Velunde", EntityType.PERSON);
    Clusters c = two.run(new LoneSurnameRule());
    assertThat(together(c, 2, 0) || together(c, 2, 1)).isFalse();
  }

  @Test
  void misspelling_formOfOneArticle_joinsBetterAttestedForm() {
    Clusters c = new Nodes().add(0, "Norvelco Systems", EntityType.ORGANIZATION)
        .add(1, "Norvelco Systems", EntityType.ORGANIZATION).add(2, "Norvelko Systems", EntityType.ORGANIZATION)
        .run(new MisspellingRule());
    assertThat(together(c, 0, 2)).isTrue();
  }

  @Test
  void misspelling_twoFormsEachAttestedTwice_stayApart() {
    Clusters c = new Nodes().add(0, "Marden Group", EntityType.ORGANIZATION).add(1, "Marden Group", EntityType.ORGANIZATION)
        .add(2, "Marten Group", EntityType.ORGANIZATION).add(3, "Marten Group", EntityType.ORGANIZATION)
        .run(new MisspellingRule());
    assertThat(together(c, 0, 2)).isFalse();
  }

  @Test
  void misspelling_acrossTypes_stayApart() {
    Clusters c = new Nodes().add(0, "Norvelco Systems", EntityType.ORGANIZATION)
        .add(1, "Norvelco Systems", EntityType.ORGANIZATION).add(2, "Norvelko Systems", EntityType.PLACE)
        .run(new MisspellingRule());
    assertThat(together(c, 0, 2)).isFalse();
  }

  @Test
  void transliteration_vowelSpellings_linked_differentNames_apart() {
    Clusters c = new Nodes().add(0, "Karim-e-Nurabad", EntityType.PLACE).add(1, "Karim-i-Nurabad", EntityType.PLACE)
        .add(2, "Rafiq Haidar", EntityType.PERSON).add(3, "Rafiq Haydar", EntityType.PERSON)
        .add(4, "Omar Hassan", EntityType.PERSON).add(5, "Omar Hussein", EntityType.PERSON)
        .run(new TransliterationRule());
    assertThat(together(c, 0, 1)).isTrue();
    assertThat(together(c, 2, 3)).isTrue();
    assertThat(together(c, 4, 5)).isFalse();
  }

  @Test
  void organizationAlias_acronymTheTextDefined_linkedWhereItStandsAlone() {
    Clusters c = new Nodes().add(0, "Nordic Vehicle Works", EntityType.ORGANIZATION, "NVW")
        .add(1, "NVW", EntityType.ORGANIZATION).run(new OrganizationAliasRule(KEYS));
    assertThat(together(c, 0, 1)).isTrue();
  }

  @Test
  void organizationAlias_shortFormOfOneEntity_joinsTheEntityNamedSo() {
    Clusters c = new Nodes().add(0, "Orchard Computer", EntityType.ORGANIZATION, "Orchard")
        .add(1, "Orchard Inc.", EntityType.ORGANIZATION, "Orchard").run(new OrganizationAliasRule(KEYS));
    assertThat(together(c, 0, 1)).isTrue();
  }

  @Test
  void organizationAlias_shortFormOfTwoEntities_linksNeither() {
    Clusters c = new Nodes().add(0, "Orchard Computer", EntityType.ORGANIZATION, "Orchard")
        .add(1, "Orchard Records", EntityType.ORGANIZATION, "Orchard").add(2, "Orchard", EntityType.ORGANIZATION)
        .run(new OrganizationAliasRule(KEYS));
    assertThat(together(c, 0, 2) || together(c, 1, 2)).isFalse();
  }

  @Test
  void organizationAlias_shortFormMostlyOfOneEntity_joinsIt() {
    Nodes n = new Nodes();
    for (int a = 0; a < 6; a++) {
      n.add(a, "Orchard Computer", EntityType.ORGANIZATION, "Orchard");
    }
    n.add(6, "Orchard Records", EntityType.ORGANIZATION, "Orchard").add(7, "Orchard Inc.", EntityType.ORGANIZATION);
    Clusters c = n.run(new ExactNameRule(), new OrganizationAliasRule(KEYS));
    assertThat(together(c, 0, 7)).isTrue();
    assertThat(together(c, 6, 7)).isFalse();
  }

  @Test
  void containedName_shortFormOfOneLongerName_linked() {
    Clusters c = new Nodes().add(0, "Harlow Dynamics", EntityType.ORGANIZATION).add(1, "Harlow", EntityType.ORGANIZATION)
        .run(new ContainedNameRule(KEYS));
    assertThat(together(c, 0, 1)).isTrue();
  }

  @Test
  void containedName_initialsOnlyWithinTheArticleThatNamesBoth() {
    Clusters c = new Nodes().add(0, "Eastbrook Marine Corp", EntityType.ORGANIZATION).add(1, "EMC", EntityType.ORGANIZATION)
        .add(2, "Tarvel Steel Works", EntityType.ORGANIZATION).add(2, "TSW", EntityType.ORGANIZATION)
        .run(new ContainedNameRule(KEYS));
    assertThat(together(c, 0, 1)).isFalse();
    assertThat(together(c, 2, 3)).isTrue();
  }

  @Test
  void clusters_clashingFullNames_refuseLinkThroughSharedSurname() {
    Nodes n = new Nodes().add(0, "Tomas Velunde", EntityType.PERSON).add(1, "Irene Velunde", EntityType.PERSON)
        .add(2, "Velunde", EntityType.PERSON);
    Clusters c = new Clusters(n.nodes);
    assertThat(c.link(2, 0)).isTrue();
    assertThat(c.link(2, 1)).isFalse();
  }
}
