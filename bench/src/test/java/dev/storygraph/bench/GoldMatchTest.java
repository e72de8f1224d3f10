package dev.storygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port of the scorer's fact matching agrees with {@code shared/tools/score.py} (run with python3): on a
 * story made from a development gold with every case the matcher distinguishes (right facts, duplicates,
 * swapped arguments, reversed symmetric ones, unscored predicates, optional and noise names, aliases, trips to
 * a place within the gold's, unknown entities), both count the same.
 */
final class GoldMatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Path shared() {
    return Path.of(System.getProperty("storygraph.shared", "../../shared")).toAbsolutePath().normalize();
  }

  @Test
  void match_storyFromGold_countsAsScorePy() throws Exception {
    for (String name : List.of("news-mazar", "news-bears", "seeds")) {
      Path goldFile = shared().resolve("gold/" + name + ".gold.json");
      JsonNode gold = JSON.readTree(goldFile.toFile());
      ObjectNode story = storyFrom(gold, new Random(name.hashCode()));
      Path storyFile = dir.resolve(name + ".json");
      Files.writeString(storyFile, JSON.writeValueAsString(story), StandardCharsets.UTF_8);

      GoldMatch.Result ours = new GoldMatch(gold).match(story);
      JsonNode theirs = scorePy(storyFile, goldFile).at("/facts/counts");
      assertThat(List.of(ours.counts().tpPred(), ours.counts().nPred(), ours.counts().tpGold(),
          ours.counts().nGold())).as(name).containsExactly(theirs.get("tp_pred").asInt(),
          theirs.get("n_pred").asInt(), theirs.get("tp_gold").asInt(), theirs.get("n_gold").asInt());
      long correct = ours.labels().stream().filter(l -> l == GoldMatch.Label.CORRECT).count();
      long wrong = ours.labels().stream().filter(l -> l == GoldMatch.Label.WRONG).count();
      assertThat(correct).as(name).isEqualTo(ours.counts().tpPred()).isPositive();
      assertThat(correct + wrong).as(name).isEqualTo(ours.counts().nPred());
      assertThat(wrong).as(name + ": the story has wrong facts too").isPositive();
    }
  }

  @Test
  void match_keptSubset_isTheStoryWithoutTheOthers() throws Exception {
    JsonNode gold = JSON.readTree(shared().resolve("gold/news-bears.gold.json").toFile());
    ObjectNode story = storyFrom(gold, new Random(3));
    GoldMatch m = new GoldMatch(gold);
    ObjectNode odd = story.deepCopy();
    ArrayNode facts = odd.putArray("facts");
    for (int i = 0; i < story.get("facts").size(); i++) {
      if (i % 2 == 1) {
        facts.add(story.get("facts").get(i));
      }
    }
    assertThat(m.match(story, i -> i % 2 == 1).counts()).isEqualTo(m.match(odd).counts());
  }

  private static JsonNode scorePy(Path story, Path gold) throws Exception {
    Process p = new ProcessBuilder("python3", shared().resolve("tools/score.py").toString(), story.toString(),
        gold.toString(), "--json").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("score.py: %s", text).isZero();
    return JSON.readTree(text);
  }

  /** A predicted story built from the gold's own entities and facts, right and wrong in every way. */
  private static ObjectNode storyFrom(JsonNode gold, Random r) {
    ObjectNode story = JSON.createObjectNode();
    ArrayNode ents = story.putArray("entities");
    Map<String, String> idOf = new HashMap<>();
    List<String> partOfPairs = new ArrayList<>(); // "inner|outer" gold places
    for (JsonNode e : gold.get("entities")) {
      String id = "E" + (ents.size() + 1);
      idOf.put(e.get("name").asText(), id);
      ObjectNode n = ents.addObject();
      n.put("id", id);
      // an alias or a case and article variant of the name, so resolution is exercised
      JsonNode aliases = e.path("aliases");
      n.put("name", aliases.size() > 0 && r.nextBoolean() ? aliases.get(0).asText()
          : "The " + e.get("name").asText().toUpperCase(java.util.Locale.ROOT));
      n.put("type", e.get("type").asText());
      n.putArray("aliases");
      if (e.hasNonNull("partOf")) {
        partOfPairs.add(e.get("name").asText() + "|" + e.get("partOf").asText());
      }
    }
    List<String> extra = new ArrayList<>();
    gold.path("optional").path("names").forEach(x -> extra.add(x.asText()));
    gold.path("noise").path("names").forEach(x -> extra.add(x.asText()));
    extra.add("Zqx Vorlamund");
    for (String x : extra) {
      ObjectNode n = ents.addObject();
      n.put("id", "E" + (ents.size() + 1));
      n.put("name", x);
      n.put("type", "ORGANIZATION");
      n.putArray("aliases");
    }
    List<String> extraIds = new ArrayList<>();
    for (int i = ents.size() - extra.size(); i < ents.size(); i++) {
      extraIds.add(ents.get(i).get("id").asText());
    }
    ArrayNode facts = story.putArray("facts");
    for (JsonNode gf : gold.get("facts")) {
      String s = idOf.get(gf.get("subject").asText());
      String o = gf.hasNonNull("object") ? idOf.get(gf.get("object").asText()) : null;
      String p = gf.get("predicate").asText();
      int roll = r.nextInt(6);
      if (roll == 0) {
        continue; // missed
      }
      fact(facts, roll == 1 && o != null ? o : s, p, roll == 1 && o != null ? s : o); // swapped or reversed
      if (roll == 2) {
        fact(facts, s, p, o); // a duplicate
      }
      if (roll == 3) {
        fact(facts, extraIds.get(r.nextInt(extraIds.size())), p, o); // optional, noise or unknown subject
      }
      if (roll == 4) {
        fact(facts, s, p, null); // the object dropped
        for (String pair : partOfPairs) {
          String[] io = pair.split("\\|");
          if (idOf.get(io[1]) != null && idOf.get(io[1]).equals(o)) {
            fact(facts, s, p, idOf.get(io[0])); // a place within the gold's object
          }
        }
      }
    }
    fact(facts, ents.get(0).get("id").asText(), "say", null);
    fact(facts, ents.get(0).get("id").asText(), "meet", ents.get(1).get("id").asText());
    return story;
  }

  private static void fact(ArrayNode facts, String s, String p, String o) {
    ObjectNode f = facts.addObject();
    f.put("subject", s);
    f.put("predicate", p);
    if (o == null) {
      f.putNull("object");
    } else {
      f.put("object", o);
    }
  }
}
