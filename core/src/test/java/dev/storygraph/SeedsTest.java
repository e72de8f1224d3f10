package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real pipeline on the five seed articles, against the reference annotation. */
final class SeedsTest {
  private static Story story;
  private static JsonNode gold;

  @BeforeAll
  static void extract() throws IOException {
    List<Article> seeds = Shared.seeds().stream().map(a -> a.withReferenceDate(LocalDate.of(2023, 9, 18))).toList();
    story = Shared.extractor().extractStory(seeds);
    gold = new ObjectMapper().readTree(Shared.shared().resolve("gold/seeds.gold.json").toFile());
  }

  static String norm(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('’', '\'')
        .toLowerCase(Locale.ROOT).replace("'s ", " ").replace("-", " ").replace(".", "");
    t = t.replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
    return t.replaceFirst("^(mr|mrs|ms|dr|sir) ", "").replaceFirst("^the ", "");
  }

  private static Set<String> predictedNames() {
    Set<String> names = new HashSet<>();
    for (Entity e : story.entities()) {
      names.add(norm(e.name()));
      e.aliases().forEach(a -> names.add(norm(a)));
    }
    return names;
  }

  @Test
  void seeds_allArticlesOk() {
    assertThat(story.articles()).hasSize(5).allMatch(a -> a.status() == Status.OK);
  }

  @Test
  void seeds_entityRecallAgainstGold() {
    Set<String> names = predictedNames();
    List<String> missed = new ArrayList<>();
    for (JsonNode e : gold.get("entities")) {
      List<String> forms = new ArrayList<>();
      forms.add(e.get("name").asText());
      e.get("aliases").forEach(a -> forms.add(a.asText()));
      if (forms.stream().noneMatch(f -> names.contains(norm(f)))) {
        missed.add(e.get("name").asText());
      }
    }
    double recall = 1 - missed.size() / (double) gold.get("entities").size();
    assertThat(recall).as("entity recall; missed %s", missed).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void seeds_noBoilerplateName() {
    Set<String> names = predictedNames();
    for (JsonNode n : gold.get("noise").get("names")) {
      assertThat(names).as("boilerplate name").doesNotContain(norm(n.asText()));
    }
  }

  @Test
  void seeds_keyRolesWithTheirOwners() {
    List<String> roles = story.roles().stream().map(r -> name(r.person()) + ": " + r.role()
        + r.of().map(o -> " of " + name(o)).orElse("")).toList();
    assertThat(roles).contains("Wang Yi: foreign minister of China",
        "Jake Sullivan: national security adviser of United States",
        "Maria Zakharova: spokeswoman of Russian Foreign Ministry");
  }

  @Test
  void seeds_dateValuesAgainstGold() {
    int right = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode g : gold.get("dates").get("expressions")) {
      String text = " " + norm(g.get("text").asText()) + " ";
      for (JsonNode a : g.get("articles")) {
        total++;
        boolean ok = story.dates().stream()
            .filter(d -> d.article().startsWith(a.asText() + "_"))
            .filter(d -> text.contains(" " + norm(d.text()) + " ") || (" " + norm(d.text()) + " ").contains(text))
            .anyMatch(d -> d.value().equals(g.get("value").asText()));
        if (ok) {
          right++;
        } else {
          wrong.add(a.asText() + " " + g.get("text").asText());
        }
      }
    }
    assertThat(right / (double) total).as("date accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.85);
  }

  private static String name(String id) {
    return story.entity(id).orElseThrow().name();
  }
}
