package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonStoryReaderTest {
  private final JsonStoryWriter writer = new JsonStoryWriter();
  private final JsonStoryReader reader = new JsonStoryReader();

  /** The sample story with a confidence that three decimals would round, so that rounding shows. */
  private static Story story() {
    Story s = SampleStory.story();
    List<Fact> facts = new ArrayList<>(s.facts());
    Fact f = facts.get(0);
    facts.set(0, new Fact(f.subject(), f.predicate(), f.object(), f.place(), f.time(), f.modality(), f.raw(),
        f.cameo(), 1 - (1 - 0.61) * (1 - 0.73), f.evidence(), f.conflicts()));
    return new Story(s.articles(), s.entities(), s.roles(), facts, s.dates());
  }

  private ObjectNode tree() {
    return writer.tree(story());
  }

  private String broken(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode t = tree();
    change.accept(t);
    return t.toString();
  }

  @Test
  void read_writtenStory_equalsTheStory(@TempDir Path dir) throws IOException {
    Story story = story();
    Path file = dir.resolve("story.json");
    try (var out = Files.newOutputStream(file)) {
      writer.write(story, out);
    }
    Story back = reader.read(file);
    assertThat(back).isEqualTo(story);
    assertThat(back.facts().get(0).confidence()).isEqualTo(story.facts().get(0).confidence());
    assertThat(writer.toJson(back)).isEqualTo(writer.toJson(story));
    assertThat(reader.fromJson(writer.toJson(story))).isEqualTo(story);
  }

  @Test
  void write_roleEvidence_carriesItsSentence() {
    ObjectNode role = (ObjectNode) tree().get("roles").get(0);
    assertThat(role.get("evidence").get(0).get("text").asText())
        .isEqualTo(story().roles().get(0).evidence().get(0).text());
    ObjectNode entity = (ObjectNode) tree().get("entities").get(0);
    assertThat(entity.get("occurrences")).hasSize(entity.get("mentions").asInt());
  }

  @Test
  void read_notJson_saysWhere() {
    assertThatThrownBy(() -> reader.fromJson("{\"articles\": [}")).isInstanceOf(IOException.class)
        .hasMessageContaining("not JSON").hasMessageContaining("line 1");
    assertThatThrownBy(() -> reader.fromJson("")).isInstanceOf(IOException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> reader.fromJson("[1, 2]")).isInstanceOf(IOException.class)
        .hasMessageContaining("the story: expected a JSON object");
  }

  @Test
  void read_missingFile_namesIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(IOException.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("no such file");
  }

  @Test
  void read_badFields_nameTheField() {
    assertThatThrownBy(() -> reader.fromJson(broken(t -> t.remove("facts")))).hasMessageContaining("no 'facts'");
    assertThatThrownBy(() -> reader.fromJson(broken(t -> ((ObjectNode) t.get("facts").get(2)).put("modality", "sure"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("facts[2].modality: unknown value 'sure'; one of asserted, planned");
    assertThatThrownBy(() -> reader.fromJson(broken(t -> ((ObjectNode) t.get("entities").get(1)).put("mentions", 3)
        .remove("occurrences")))).hasMessageContaining("entities[1]: no 'occurrences'");
    assertThatThrownBy(() -> reader.fromJson(broken(t -> ((ObjectNode) t.get("facts").get(0).get("time"))
        .put("begin", "March 5")))).hasMessageContaining("facts[0].time.begin: not a date");
    assertThatThrownBy(() -> reader.fromJson(broken(t -> ((ObjectNode) t.get("roles").get(0).get("evidence").get(0))
        .put("begin", "ten")))).hasMessageContaining("roles[0].evidence[0].begin: expected an integer");
    assertThatThrownBy(() -> reader.fromJson(broken(t -> ((ObjectNode) t.get("facts").get(1)).put("confidence", 7))))
        .hasMessageContaining("facts[1]: confidence out of [0,1]: 7");
    assertThatThrownBy(() -> reader.fromJson(broken(t -> ((ArrayNode) t.get("dates")).add(5))))
        .hasMessageContaining("dates[2]: expected a JSON object, found number 5");
  }

  @Test
  void read_absentNullableFields_readAsEmpty() throws IOException {
    // a field that may be null may also be left out ("partOf", "error")
    String json = broken(t -> {
      ((ObjectNode) t.get("entities").get(0)).remove("partOf");
      ((ObjectNode) t.get("articles").get(0)).remove("error");
    });
    assertThat(reader.fromJson(json)).isEqualTo(story());
  }

  @Test
  void read_jsonFromTheWriter_parsesAsPlainJsonToo() throws IOException {
    // the added fields keep the contract's: a reader of the contract sees what it saw before
    var node = new ObjectMapper().readTree(writer.toJson(story()));
    assertThat(node.get("facts").get(0).get("support").asInt()).isEqualTo(2);
    assertThat(node.get("entities").get(0).get("mentions").asInt()).isEqualTo(7);
  }
}
