package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storygraph.Story;
import java.util.List;
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
        "MODALITY", "SUPPORT", "CONFIDENCE");
  }

  @Test
  void table_namesEntities_neverIdsOrRecordToString() {
    assertThat(section("FACTS")).anySatisfy(l -> assertThat(l).containsSubsequence("Lena Marsh", "meet",
        "Tomas Brenner", "Port Alder", "2025-03-05", "asserted", "2"));
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
}
