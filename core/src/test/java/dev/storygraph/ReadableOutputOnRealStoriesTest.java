package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.write.StoryPageBrowser;
import dev.storygraph.write.TableStoryWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outputs for a person, on two real stories (the seeds and a news story of ../shared) extracted by the shared
 * extractor: the HTML page measured in chromium at two window sizes (see {@link StoryPageBrowser#assertReadable}),
 * which leaves {@code target/story-page-NAME-WxH.png} for a person to look at; the table at a terminal's width.
 */
final class ReadableOutputOnRealStoriesTest {
  private static final Map<String, Story> STORIES = new ConcurrentHashMap<>();
  private static StoryPageBrowser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new StoryPageBrowser(1400, 900);
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private static Story story(String dir) {
    return STORIES.computeIfAbsent(dir,
        d -> Shared.extractor().extractStory(Shared.articles(Shared.shared().resolve(d))));
  }

  @ParameterizedTest(name = "{0} at {1}x{2}")
  @CsvSource({"corpus/seeds, 1400, 900", "corpus/news/broadcom, 1400, 900", "corpus/seeds, 1100, 760",
      "corpus/news/broadcom, 1100, 760"})
  void page_ofARealStory_isReadable_andTheSameOnEveryLoad(String dir, int width, int height) throws Exception {
    Story story = story(dir);
    assertThat(story.facts()).as("facts of " + dir).isNotEmpty();
    String name = "story-page-" + Path.of(dir).getFileName() + "-" + width + "x" + height;
    browser.resize(width, height);
    Path html = browser.open(story, "StoryGraph: " + Path.of(dir).getFileName(), name);
    StoryPageBrowser.Page page = browser.measure();
    StoryPageBrowser.assertReadable(story, page);
    browser.screenshot(name);
    browser.reload(html);
    assertThat(browser.measure().positions()).as("positions on a second load").isEqualTo(page.positions());
  }

  @ParameterizedTest(name = "{0} at {1} columns, evidence {2}")
  @CsvSource({"corpus/seeds, 100, false", "corpus/seeds, 100, true", "corpus/news/broadcom, 100, true",
      "corpus/news/broadcom, 80, false"})
  void table_ofARealStory_fitsTheWidth(String dir, int width, boolean evidence) throws Exception {
    Story story = story(dir);
    String table = new TableStoryWriter().withWidth(width).withEvidence(evidence).toTable(story);
    assertThat(table.lines()).as("lines longer than %d", width)
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    String flat = table.replaceAll("\\s+", " ");
    // a name wider than its column wraps inside it: each of its words is there
    assertThat(story.entities()).allSatisfy(e -> assertThat(flat).contains(e.name().split(" ")));
    if (evidence) {
      // a sentence wraps over lines of its own: without the line breaks and indents it is whole
      String solid = table.replaceAll("\\s+", "");
      assertThat(story.facts()).allSatisfy(f -> assertThat(solid).contains(
          f.evidence().get(0).text().replaceAll("\\s+", "")));
    }
    Files.writeString(Path.of("target", "table-" + Path.of(dir).getFileName() + "-" + width
        + (evidence ? "-evidence" : "") + ".txt"), table);
  }
}
