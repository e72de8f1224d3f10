package dev.storygraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.ArticleResult;
import dev.storygraph.DateExpression;
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
import dev.storygraph.ArticleSummary;
import dev.storygraph.TimeSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Every field of every record survives the trip through a row: what makes a story merged from rows equal. */
final class RowsTest {
  private static final Evidence EVIDENCE = new Evidence("a1", 0, 40, "Grace Otieno met Ali Hassan in Kampala.");
  private static final ArticleResult RESULT = new ArticleResult("a1", Status.OK, Optional.empty(),
      Optional.of(LocalDate.of(2024, 5, 6)), ReferenceDateSource.TEXT, 12,
      List.of(
          new Entity("E1", "Grace Otieno", EntityType.PERSON, List.of("Otieno"),
              List.of(new Mention("a1", "Grace Otieno", 0, 12), new Mention("a1", "Otieno", 50, 56))),
          new Entity("E2", "Kampala", EntityType.PLACE, List.of(), List.of(new Mention("a1", "Kampala", 31, 38)),
              Optional.of("E3")),
          new Entity("E3", "Uganda", EntityType.PLACE, List.of(), List.of(new Mention("a1", "Uganda", 60, 66)))),
      List.of(new Role("E1", "president", Optional.of("E3"), true, List.of(EVIDENCE), List.of("head of state")),
          new Role("E1", "envoy", Optional.empty(), false, List.of())),
      List.of(new DateExpression("a1", "Friday", "2024-05-03", 70, 76)),
      List.of(
          new Fact("E1", "meet", Optional.of("E2"), Optional.of("E2"),
              Optional.of(TimeSpan.between(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 4))), Modality.ASSERTED,
              "met", "040", 0.875, List.of(EVIDENCE), List.of(new Fact.Conflict("time", List.of(
                  new Fact.ConflictValue("2024-05-03", List.of("a1")),
                  new Fact.ConflictValue("2024-05", List.of("a2", "a3")))))),
          new Fact("E1", "travel", Optional.empty(), Optional.empty(), Optional.empty(), Modality.PLANNED, "will visit",
              "043", 0.5, List.of(EVIDENCE), List.of())));

  @Test
  void articleResult_roundTrips() {
    Row row = Rows.article("s1", RESULT, "text", "2024-05-06");
    assertThat(Rows.<String>get(row, Rows.EXTRACTED, "storyId")).isEqualTo("s1");
    assertThat(Rows.<String>get(row, Rows.EXTRACTED, "givenReferenceDate")).isEqualTo("2024-05-06");
    assertThat(Rows.toArticleResult(row)).isEqualTo(RESULT);
  }

  @Test
  void failedArticle_roundTrips() {
    ArticleResult failed = ArticleResult.failed("a2", "article a2 is empty");
    assertThat(Rows.toArticleResult(Rows.article(null, failed, "", null))).isEqualTo(failed);
  }

  @Test
  void story_roundTrips() {
    Story story = new Story(List.of(ArticleSummary.of(RESULT), ArticleSummary.of(ArticleResult.failed("a2", "why"))),
        RESULT.entities(), RESULT.roles(), RESULT.facts(), RESULT.dates());
    assertThat(Rows.toStory(Rows.story("s1", story, "{}"))).isEqualTo(story);
  }
}
