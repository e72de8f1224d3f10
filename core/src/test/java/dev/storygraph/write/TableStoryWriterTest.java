package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storygraph.Evidence;
import dev.storygraph.Role;
import dev.storygraph.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TableStoryWriterTest {
  private final Story story = SampleStory.story();
  private final String table = new TableStoryWriter().toTable(story);

  private List<String> section(String heading) {
    List<String> lines = table.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(heading)) {
        start = i;
      }
    }
    assertThat(start).as("section " + heading).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return lines.subList(start, end);
  }

  @Test
  void table_hasHeadersAndCountedHeadings() {
    assertThat(table).contains("ARTICLES (3)").contains("ENTITIES (5)").contains("ROLES (3)").contains("FACTS (4)");
    assertThat(section("ENTITIES").get(1)).containsSubsequence("NAME", "TYPE", "MENTIONS", "ARTICLES", "ALIASES");
    assertThat(section("FACTS").get(1)).containsSubsequence("SUBJECT", "PREDICATE", "OBJECT", "PLACE", "TIME",
        "ARTICLES", "CONF.", "WORDS");
  }

  @Test
  void table_namesEntities_neverIdsOrRecordToString() {
    assertThat(section("FACTS")).anySatisfy(l -> assertThat(l).containsSubsequence("Lena Marsh", "meet",
        "Tomas Brenner", "Port Alder", "2025-03-05", "2", "92%", "\"met\""));
    assertThat(section("FACTS")).as("a fact not asserted says how it is told").anySatisfy(l ->
        assertThat(l).containsSubsequence("Northern", "buy (planned)", "Port Alder"));
    assertThat(section("ROLES")).anySatisfy(l -> assertThat(l).containsSubsequence("Tomas Brenner",
        "chief executive (former)", "Northern Shipping & Co"));
    assertThat(table).doesNotContainPattern("\\bE\\d\\b").doesNotContain("Conflict[").doesNotContain("Value[");
  }

  @Test
  void table_conflictIsOneReadableLineUnderItsFact() {
    List<String> facts = section("FACTS");
    int meet = -1;
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).contains(" meet ")) {
        meet = i;
      }
    }
    assertThat(facts.get(meet + 1).strip())
        .isEqualTo("conflict time: 2025-03-05 [harbour-talks-1] vs 2025-03-01/2025-03-02 [harbour-talks-2]");
  }

  @Test
  void table_singularHeadingForOne() {
    Story one = new Story(story.articles().subList(0, 1), story.entities().subList(0, 1), List.of(), List.of(),
        List.of());
    assertThat(new TableStoryWriter().toTable(one)).contains("ARTICLE (1)").contains("ENTITY (1)")
        .contains("ROLES (0)");
  }

  @Test
  void story_namesIds_andRejectsUnknownOnes() {
    assertThat(story.name("E3")).isEqualTo("Port Alder");
    assertThat(story.facts().get(0).object().map(story::name)).contains("Tomas Brenner");
    assertThatThrownBy(() -> story.name("E99")).hasMessageContaining("E99");
  }

  @Test
  void table_fitsTheWidthItIsGiven_andWrapsWithoutLosingWords() {
    for (int width : new int[] {100, 72, 50}) {
      String t = new TableStoryWriter().withWidth(width).withEvidence(true).toTable(story);
      assertThat(t.lines()).as("lines longer than %d", width).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(width));
      String words = t.replaceAll("\\s+", " ");
      for (var f : story.facts()) {
        for (String w : f.evidence().get(0).text().split(" ")) {
          assertThat(words).contains(w);
        }
      }
    }
    assertThat(new TableStoryWriter().width()).isEqualTo(100);
  }

  @Test
  void table_evidence_onlyWhenAsked_eachSentenceWithItsArticle() {
    String with = new TableStoryWriter().withEvidence(true).toTable(story);
    for (var f : story.facts()) {
      for (var e : f.evidence()) {
        assertThat(with.replaceAll("\\s+", " ")).contains("[" + e.article() + "] " + e.text());
      }
    }
    assertThat(table).doesNotContain(story.facts().get(2).evidence().get(0).text());
  }

  @Test
  void table_onePersonAndRole_isOneLine_withItsOrganizationsAndArticles() {
    List<Role> roles = new ArrayList<>(story.roles());
    Evidence other = new Evidence(SampleStory.A1, 5, 20, "Brenner, the negotiator");
    roles.add(new Role("E2", "negotiator", Optional.of("E4"), false, List.of(other)));
    roles.add(new Role("E2", "negotiator", Optional.empty(), false, List.of(other)));
    roles.add(new Role("E1", "envoy", Optional.empty(), false, List.of(other)));
    Story twice = new Story(story.articles(), story.entities(), roles, story.facts(), story.dates());
    String t = new TableStoryWriter().toTable(twice);
    List<String> lines = t.lines().filter(l -> l.contains("Tomas Brenner") && l.contains("negotiator")).toList();
    assertThat(lines).singleElement().satisfies(l ->
        assertThat(l).containsSubsequence("Tomas Brenner", "negotiator", "Northern Shipping & Co", "2"));
    assertThat(t).contains("ROLES (4)");
    List<String> people = t.lines().dropWhile(l -> !l.startsWith("ROLES")).skip(2).takeWhile(l -> !l.isEmpty())
        .map(l -> l.strip().split("  ")[0]).toList();
    assertThat(people).as("a person's roles together")
        .containsExactly("Lena Marsh", "Lena Marsh", "Tomas Brenner", "Tomas Brenner");
  }

  @Test
  void withWidth_tooNarrow_isRejectedWithTheWidth() {
    assertThatThrownBy(() -> new TableStoryWriter().withWidth(12)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12").hasMessageContaining("40");
  }
}
