package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance numbers: the command line's JSON story scored by the project's scorer
 * ({@code ../shared/tools/score.py}, run with python3) on the seeds, the development news stories and the
 * MEANTIME topics.
 */
final class ScoreTest {
  @TempDir
  Path dir;

  private static Path shared() {
    return Path.of(System.getProperty("storygraph.shared", "../../shared")).toAbsolutePath().normalize();
  }

  private JsonNode score(String gold, String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("story.json");
    List<String> cli = new ArrayList<>(List.of("--format", "json", "--out", out.toString()));
    cli.addAll(List.of(args));
    assertThat(StoryGraphCli.run(cli.toArray(String[]::new))).isZero();
    Process p = new ProcessBuilder("python3", shared().resolve("tools/score.py").toString(), out.toString(),
        shared().resolve("gold/" + gold).toString(), "--json").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("scorer output: %s", text).isZero();
    return new ObjectMapper().readTree(text);
  }

  @Test
  void seeds_withDate_meetTheFoundationBars() throws Exception {
    JsonNode s = score("seeds.gold.json", "--date", "2023-09-18", shared().resolve("corpus/seeds").toString());
    assertThat(s.at("/entities/f").asDouble()).as("entity F1").isGreaterThanOrEqualTo(0.90);
    assertThat(s.at("/entities/noise").size()).as("boilerplate names %s", s.at("/entities/noise")).isZero();
    assertThat(s.at("/roles/f").asDouble()).as("role F1").isGreaterThanOrEqualTo(0.85);
    assertThat(s.at("/roles/of_acc").asDouble()).as("role of").isGreaterThanOrEqualTo(0.8);
    assertThat(s.at("/dates/acc").asDouble()).as("dates, wrong: %s", s.at("/dates/wrong")).isGreaterThanOrEqualTo(0.85);
    assertThat(s.at("/facts/f").asDouble()).as("fact F1, missed %s, unexpected %s", s.at("/facts/missed"),
        s.at("/facts/fp")).isGreaterThanOrEqualTo(0.75);
    assertThat(s.at("/facts/place_acc").asDouble()).as("fact place").isGreaterThanOrEqualTo(0.8);
    assertThat(s.at("/facts/time_exact").asDouble()).as("fact time").isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void seeds_withoutDate_article001FindsItsOwnDate() throws Exception {
    Path out = dir.resolve("story.json");
    assertThat(StoryGraphCli.run("--format", "json", "--out", out.toString(),
        shared().resolve("corpus/seeds/001_ecf77212905a3bd8.txt").toString())).isZero();
    JsonNode a = new ObjectMapper().readTree(out.toFile()).get("articles").get(0);
    assertThat(a.get("referenceDate").asText()).isEqualTo("2023-09-18");
    assertThat(a.get("referenceDateSource").asText()).isEqualTo("text");
  }

  @Test
  void seeds_withoutDate_meetTheMergeBars() throws Exception {
    JsonNode s = score("seeds.gold.json", shared().resolve("corpus/seeds").toString());
    assertThat(s.at("/entities/splits").asInt()).as("entity splits").isZero();
    assertThat(s.at("/facts/dups").asInt()).as("duplicate facts").isZero();
    assertThat(s.at("/facts/support_recall").asDouble()).as("support recall").isGreaterThanOrEqualTo(0.9);
    assertThat(s.at("/entities/f").asDouble()).as("entity F1").isGreaterThanOrEqualTo(0.95);
    assertThat(s.at("/articles/refdate_acc").asDouble()).as("reference dates").isGreaterThanOrEqualTo(0.8);
    assertThat(s.at("/dates/acc").asDouble()).as("dates, wrong: %s", s.at("/dates/wrong")).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void meantimeAirbus_withoutDate() throws Exception {
    meantime("airbus");
  }

  @Test
  void meantimeApple_withoutDate() throws Exception {
    meantime("apple");
  }

  /**
   * The three development news stories, pooled as score_all.py pools them: what holds for news the rules were
   * not written from (entities, boilerplate, roles, dates), and a floor under the facts.
   */
  @Test
  void newsStories_pooled_meetTheEntityRoleAndDateBars() throws Exception {
    List<String> args = new ArrayList<>(List.of("python3", shared().resolve("tools/score_all.py").toString()));
    for (String story : List.of("mazar", "tamimi", "broadcom")) {
      Path out = dir.resolve(story + ".json");
      assertThat(StoryGraphCli.run("--quiet", "--format", "json", "--out", out.toString(),
          shared().resolve("corpus/news/" + story).toString())).isZero();
      args.add(out.toString());
      args.add(shared().resolve("gold/news-" + story + ".gold.json").toString());
    }
    args.add("--json");
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("scorer output: %s", text).isZero();
    JsonNode s = new ObjectMapper().readTree(text);
    assertThat(s.get("entity_r").asDouble()).as("entity recall").isGreaterThanOrEqualTo(0.95);
    assertThat(s.get("noise").asInt()).as("boilerplate names").isLessThanOrEqualTo(3);
    assertThat(s.get("splits").asInt()).as("splits").isLessThanOrEqualTo(3);
    assertThat(s.get("role_f").asDouble()).as("role F1").isGreaterThanOrEqualTo(0.85);
    assertThat(s.get("role_of").asDouble()).as("role of").isGreaterThanOrEqualTo(0.8);
    assertThat(s.get("dates").asDouble()).as("dates").isGreaterThanOrEqualTo(0.92);
    assertThat(s.get("fact_f").asDouble()).as("fact F1").isGreaterThanOrEqualTo(0.30);
  }

  private void meantime(String topic) throws Exception {
    JsonNode s = score("meantime-" + topic + ".gold.json", shared().resolve("corpus/meantime/" + topic).toString());
    assertThat(s.at("/entities/r").asDouble()).as("entity recall, missed %s", s.at("/entities/missed"))
        .isGreaterThanOrEqualTo(0.94);
    assertThat(s.at("/dates/acc").asDouble()).as("dates, wrong: %s", s.at("/dates/wrong")).isGreaterThanOrEqualTo(0.95);
    assertThat(s.at("/articles/refdate_acc").asDouble()).as("reference dates").isGreaterThanOrEqualTo(0.9);
    assertThat(s.at("/entities/splits").asInt()).as("entity splits").isLessThanOrEqualTo(2);
  }
}
