package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RenderCommandTest {
  @TempDir
  Path dir;

  /** Runs a command and returns its exit code and what it wrote to standard error. */
  private record Run(int code, String err) {}

  private static Run run(IntSupplier command) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Run(command.getAsInt(), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(old);
    }
  }

  private Path articles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a1.txt"), "Published April 2, 2025\n"
        + "Portuguese Prime Minister Helena Sousa met Kenyan President Daniel Mwangi in Lisbon on Tuesday. "
        + "The two leaders signed a trade agreement. Mwangi will travel to Porto on Thursday.\n");
    Files.writeString(in.resolve("a2.txt"), "Published April 3, 2025\n"
        + "Kenyan President Daniel Mwangi held talks with Helena Sousa, the prime minister of Portugal, in Lisbon "
        + "on Tuesday. Sousa praised the agreement.\n");
    return in;
  }

  @Test
  void render_savedStory_writesTurtleIsomorphicToTheExtractingRun() throws Exception {
    Path in = articles();
    Path json = dir.resolve("story.json");
    Path extracted = dir.resolve("extracted.ttl");
    assertThat(StoryGraphCli.run("--quiet", "--format", "json", "--out", json.toString(), in.toString())).isZero();
    assertThat(StoryGraphCli.run("--quiet", "--format", "ttl", "--out", extracted.toString(), in.toString()))
        .isZero();
    JsonNode story = new ObjectMapper().readTree(json.toFile());
    assertThat(story.get("facts")).isNotEmpty();
    assertThat(story.get("roles")).isNotEmpty();

    Path ttl = dir.resolve("out/story.ttl");
    Path html = dir.resolve("out/story.html");
    Path graphml = dir.resolve("out/story.graphml");
    Path table = dir.resolve("out/story.txt");
    Files.createDirectories(ttl.getParent());
    assertThat(StoryGraphCli.run("render", json.toString(), "--out", ttl.toString(), "--out", html.toString(),
        "--out", graphml.toString(), "--out", table.toString())).isZero();

    Model rendered = RDFParser.source(ttl).lang(Lang.TURTLE).toModel();
    Model original = RDFParser.source(extracted).lang(Lang.TURTLE).toModel();
    assertThat(rendered.size()).isPositive();
    assertThat(rendered.isIsomorphicWith(original)).isTrue();
    assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile())
        .getElementsByTagName("node").getLength()).isEqualTo(story.get("entities").size());
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("StoryGraph: story");
    assertThat(Files.readString(table)).contains("Helena Sousa").contains("Daniel Mwangi");
    assertThat(Files.getPosixFilePermissions(ttl)).as("the permissions of any new file")
        .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt"))));
    try (var files = Files.list(ttl.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file left").containsExactlyInAnyOrder("story.ttl", "story.html", "story.graphml",
              "story.txt");
    }
  }

  @Test
  void render_unknownExtension_isABadCommandLineBeforeTheStoryIsRead() {
    Path out = dir.resolve("story.xml");
    Run r = run(() -> StoryGraphCli.run("render", dir.resolve("missing.json").toString(), "--out", out.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("story.xml").contains("'xml'").contains(".ttl");
    assertThat(out).doesNotExist();
  }

  @Test
  void render_badBase_isABadCommandLineNamingTheOption() {
    Run r = run(() -> StoryGraphCli.run("render", dir.resolve("missing.json").toString(), "--base", "not an iri",
        "--out", dir.resolve("story.ttl").toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--base: ").contains("not an iri");
  }

  @Test
  void render_nothingToWrite_isABadCommandLine() throws IOException {
    Path json = Files.writeString(dir.resolve("story.json"), "{}");
    Run r = run(() -> StoryGraphCli.run("render", json.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void render_missingStory_exitsOneAndWritesNothing() {
    Path out = dir.resolve("story.ttl");
    Run r = run(() -> StoryGraphCli.run("render", dir.resolve("missing.json").toString(), "--out", out.toString()));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("missing.json").contains("no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void render_storyWithABadField_exitsOneNamingTheField() throws IOException {
    Path json = Files.writeString(dir.resolve("story.json"), "{\"articles\": [], \"entities\": [], \"roles\": [], "
        + "\"facts\": [{\"subject\": \"E1\"}], \"dates\": []}");
    Path out = dir.resolve("story.ttl");
    Run r = run(() -> StoryGraphCli.run("render", json.toString(), "--out", out.toString()));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("facts[0]: no 'time'");
    assertThat(out).doesNotExist();
  }

  @Test
  void render_unwritableOutput_exitsFourAndWritesTheOthers() throws IOException {
    Path json = Files.writeString(dir.resolve("story.json"), "{\"articles\": [], \"entities\": [], \"roles\": [], "
        + "\"facts\": [], \"dates\": []}");
    // a name of 250 characters is a valid file, but leaves no room for a temporary file beside it (255 at most)
    Path tooLong = dir.resolve("s".repeat(246) + ".ttl");
    Path good = dir.resolve("story.txt");
    Run r = run(() -> StoryGraphCli.run("render", json.toString(), "--out", tooLong.toString(), "--out",
        good.toString()));
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("cannot write").contains(tooLong.getFileName().toString());
    assertThat(tooLong).doesNotExist();
    assertThat(Files.readString(good)).contains("ARTICLES (0)");
  }
}
