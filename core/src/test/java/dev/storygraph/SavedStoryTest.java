package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.write.JsonStoryReader;
import dev.storygraph.write.JsonStoryWriter;
import dev.storygraph.write.RdfStoryWriter;
import dev.storygraph.write.StoryWriter;
import dev.storygraph.write.StoryWriters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A story extracted from real articles, saved as JSON and read back, is the same story in every format. */
final class SavedStoryTest {
  private static Story story;
  private static Story back;

  @BeforeAll
  static void extractAndReadBack() throws IOException {
    List<Article> seeds = Shared.seeds().stream().map(a -> a.withReferenceDate(LocalDate.of(2023, 9, 18))).toList();
    story = Shared.extractor().extractStory(seeds);
    back = new JsonStoryReader().fromJson(new JsonStoryWriter().toJson(story));
  }

  private static String written(String format, Story s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StoryWriter w = StoryWriters.forFormat(format);
    w.write(s, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void read_savedSeedsStory_equalsTheStory() {
    assertThat(story.facts()).isNotEmpty();
    assertThat(story.roles()).isNotEmpty();
    assertThat(back).isEqualTo(story);
  }

  @Test
  void read_savedSeedsStory_writesTheSameInEveryFormat() throws IOException {
    RdfStoryWriter rdf = new RdfStoryWriter();
    assertThat(rdf.toModel(back).isIsomorphicWith(rdf.toModel(story))).isTrue();
    for (String format : List.of("table", "json", "graphml", "html")) {
      assertThat(written(format, back)).as(format).isEqualTo(written(format, story));
    }
  }
}
