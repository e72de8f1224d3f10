package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storygraph.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

final class StoryWritersTest {
  private final Story story = SampleStory.story();

  /** What each format name must find: its writer's class, extension and media type. */
  private static final Map<String, List<Object>> EXPECTED = Map.of(
      "table", List.of(TableStoryWriter.class, "txt", "text/plain"),
      "json", List.of(JsonStoryWriter.class, "json", "application/json"),
      "ttl", List.of(RdfStoryWriter.class, "ttl", "text/turtle"),
      "trig", List.of(RdfStoryWriter.class, "trig", "application/trig"),
      "jsonld", List.of(RdfStoryWriter.class, "jsonld", "application/ld+json"),
      "graphml", List.of(GraphMlStoryWriter.class, "graphml", "application/graphml+xml"),
      "html", List.of(HtmlStoryWriter.class, "html", "text/html"));

  private static String written(StoryWriter w, Story story) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(story, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void forFormat_everyFormat_findsItsWriter() {
    assertThat(StoryWriters.formats()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    for (String format : StoryWriters.formats()) {
      StoryWriter w = StoryWriters.forFormat(format);
      assertThat(w).as(format).isInstanceOf((Class<?>) EXPECTED.get(format).get(0));
      assertThat(w.format()).isEqualTo(format);
      assertThat(w.extension()).isEqualTo(EXPECTED.get(format).get(1));
      assertThat(w.mediaType()).isEqualTo(EXPECTED.get(format).get(2));
      assertThat(StoryWriters.forFormat(format.toUpperCase(java.util.Locale.ROOT)).format()).isEqualTo(format);
    }
  }

  @Test
  void forExtension_everyExtension_findsTheSameFormat() {
    for (String format : StoryWriters.formats()) {
      String ext = StoryWriters.forFormat(format).extension();
      assertThat(StoryWriters.forExtension(ext).format()).as(ext).isEqualTo(format);
      assertThat(StoryWriters.forExtension("." + ext).format()).isEqualTo(format);
      assertThat(StoryWriters.forFileName("out/story." + ext, StoryWriters.Options.DEFAULT).format())
          .isEqualTo(format);
    }
    assertThat(StoryWriters.extensions()).doesNotHaveDuplicates();
  }

  @Test
  void forFormat_unknownName_saysWhichNamesExist() {
    assertThatThrownBy(() -> StoryWriters.forFormat("xml")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xml'").hasMessageContaining("table, json, ttl, trig, jsonld, graphml, html");
    assertThatThrownBy(() -> StoryWriters.forExtension("rdf")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rdf'").hasMessageContaining(".ttl");
    assertThatThrownBy(() -> StoryWriters.forFileName("story", StoryWriters.Options.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no extension");
    assertThatThrownBy(() -> StoryWriters.forFileName("dir.d/story", StoryWriters.Options.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no extension");
  }

  @Test
  void options_badBase_isRejected() {
    assertThatThrownBy(() -> StoryWriters.Options.DEFAULT.withBase("not an iri"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an iri");
  }

  @Test
  void write_eachWriter_sameTextAsItsOldMethod() throws IOException {
    assertThat(written(StoryWriters.forFormat("json"), story)).isEqualTo(new JsonStoryWriter().toJson(story) + "\n");
    assertThat(written(StoryWriters.forFormat("table"), story)).isEqualTo(new TableStoryWriter().toTable(story));
    assertThat(written(StoryWriters.forFormat("graphml"), story))
        .isEqualTo(new GraphMlStoryWriter().toGraphMl(story));
    assertThat(written(StoryWriters.forFormat("html", StoryWriters.Options.DEFAULT.withTitle("Harbour & talks")),
        story)).isEqualTo(new HtmlStoryWriter("Harbour & talks").toHtml(story)).contains("Harbour &amp; talks");
    String base = "https://example.org/s/";
    StoryWriters.Options options = StoryWriters.Options.DEFAULT.withBase(base);
    RdfStoryWriter rdf = new RdfStoryWriter(base);
    assertThat(RDFParser.fromString(written(StoryWriters.forFormat("ttl", options), story), Lang.TURTLE).toModel()
        .isIsomorphicWith(rdf.toModel(story))).isTrue();
    assertThat(written(StoryWriters.forFormat("trig", options), story))
        .isEqualTo(rdf.toString(story, RdfStoryWriter.Syntax.TRIG)).contains(base + "fact/1");
    assertThat(written(StoryWriters.forFormat("jsonld", options), story))
        .isEqualTo(rdf.toString(story, RdfStoryWriter.Syntax.JSON_LD));
  }
}
