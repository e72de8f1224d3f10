package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StoryGraphCliTest {
  @TempDir
  Path dir;

  private JsonNode json(Path f) throws IOException {
    return new ObjectMapper().readTree(f.toFile());
  }

  @Test
  void run_mixedFolder_reportsEveryFileWithItsStatus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "Published Mar 3, 2025\n"
        + "Danish Foreign Minister Lars Holm met Estonian Foreign Minister Kadri Tamm in Tallinn on Sunday.\n");
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    Files.write(in.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(in.resolve("d-latin1.txt"), "Caf\u00e9 owners met the mayor.".getBytes("ISO-8859-1"));
    Files.writeString(in.resolve("ignored.md"), "not an article");
    Path out = dir.resolve("story.json");
    int code = StoryGraphCli.run("--format", "json", "--out", out.toString(), in.toString());
    assertThat(code).as("some articles failed").isEqualTo(3);
    JsonNode story = json(out);
    List<String> statuses = new ArrayList<>();
    story.get("articles").forEach(a -> statuses.add(a.get("id").asText() + "=" + a.get("status").asText()));
    assertThat(statuses).containsExactly("a-good=ok", "b-empty=failed", "c-binary=failed", "d-latin1=ok");
    assertThat(story.get("articles").get(1).get("error").asText()).contains("empty");
    assertThat(story.get("articles").get(2).get("error").asText()).contains("binary");
    assertThat(story.get("articles").get(3).get("error").asText()).contains("not UTF-8").contains("decoded as");
    assertThat(story.get("articles").get(0).get("referenceDate").asText()).isEqualTo("2025-03-03");
    List<String> names = new ArrayList<>();
    story.get("entities").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).contains("Lars Holm", "Kadri Tamm", "Denmark", "Estonia", "Tallinn");
  }

  @Test
  void run_minConfidence_leavesOutExactlyTheFactsBelowIt() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Published Mar 3, 2025\n"
        + "Danish Foreign Minister Lars Holm met Estonian Foreign Minister Kadri Tamm in Tallinn on Sunday.\n"
        + "Holm later criticized Finland. Tamm is expected to visit Oslo in April.\n");
    Files.writeString(in.resolve("b.txt"), "Published Mar 4, 2025\n"
        + "Lars Holm met Kadri Tamm in Tallinn on Sunday, officials said.\n");
    Path all = dir.resolve("all.json");
    assertThat(StoryGraphCli.run("--format", "json", "--out", all.toString(), in.toString())).isZero();
    List<JsonNode> facts = new ArrayList<>();
    json(all).get("facts").forEach(facts::add);
    double low = facts.stream().mapToDouble(f -> f.get("confidence").asDouble()).min().orElseThrow();
    double high = facts.stream().mapToDouble(f -> f.get("confidence").asDouble()).max().orElseThrow();
    assertThat(low).as("the facts' confidences %s", facts).isLessThan(high);
    // JSON rounds confidence to 3 decimals: just below the highest keeps exactly the facts shown at the highest
    double min = high - 0.0006;
    Path kept = dir.resolve("kept.json");
    assertThat(StoryGraphCli.run("--format", "json", "--out", kept.toString(), "--min-confidence",
        Double.toString(min), in.toString())).isZero();
    List<JsonNode> left = new ArrayList<>();
    json(kept).get("facts").forEach(left::add);
    assertThat(left).containsExactlyElementsOf(
        facts.stream().filter(f -> f.get("confidence").asDouble() >= min).toList());
  }

  @Test
  void run_nothingReadable_exitsOne_reportsTheFile_andWritesNothing() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path out = dir.resolve("story.json");
    String err = stderrOf(() -> assertThat(StoryGraphCli.run("--format", "json", "--out", out.toString(),
        empty.toString())).isEqualTo(1));
    assertThat(err).contains("empty: empty file").contains("nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void run_missingFile_isReportedNotThrown() throws IOException {
    Path out = dir.resolve("story.json");
    String err = stderrOf(() -> assertThat(StoryGraphCli.run("--format", "json", "--out", out.toString(),
        dir.resolve("nope.txt").toString())).isEqualTo(1));
    assertThat(err).contains("no such file");
    assertThat(out).doesNotExist();
  }

  private static String stderrOf(Runnable r) {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.err;
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      r.run();
    } finally {
      System.setErr(old);
    }
    return err.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void run_badDate_isAUsageError() {
    assertThat(StoryGraphCli.run("--date", "18/09/2023", dir.toString())).isEqualTo(2);
  }

  @Test
  void run_badBase_isAUsageErrorBeforeCoreNlpLoads() throws IOException {
    Path in = Files.writeString(dir.resolve("x.txt"), "Irish President Maeve Byrne visited Lisbon on Friday.\n");
    assertThat(StoryGraphCli.run("--format", "ttl", "--base", "not an iri", in.toString())).isEqualTo(2);
  }

  @Test
  void run_jsonLd_runsCoreNlpAndJenaTogether_andParsesBack() throws IOException {
    // the runtime classpath of the command line: CoreNLP's javax.json 1.1 beside Jena's jakarta.json 2 (Parsson)
    Path in = Files.writeString(dir.resolve("x.txt"), "Published Mar 3, 2025\n"
        + "Danish Foreign Minister Lars Holm met Estonian Foreign Minister Kadri Tamm in Tallinn on Sunday.\n");
    Path out = dir.resolve("story.jsonld");
    assertThat(StoryGraphCli.run("--format", "jsonld", "--quiet", "--base", "https://example.org/s/", "--out",
        out.toString(), in.toString())).isZero();
    org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFParser.source(out)
        .lang(org.apache.jena.riot.Lang.JSONLD11).toModel();
    assertThat(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
        m.createResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")).toList()).isNotEmpty();
    assertThat(m.listObjectsOfProperty(org.apache.jena.vocabulary.RDFS.label).mapWith(n -> n.toString()).toList())
        .contains("Lars Holm", "Kadri Tamm");
    assertThat(m.listSubjects().mapWith(r -> String.valueOf(r.getURI())).toList())
        .anySatisfy(u -> assertThat(u).startsWith("https://example.org/s/entity/"));
  }

  @Test
  void run_table_isReadable() throws IOException {
    Path in = Files.writeString(dir.resolve("x.txt"), "Irish President Maeve Byrne visited Lisbon on Friday.\n");
    Path out = dir.resolve("story.txt");
    assertThat(StoryGraphCli.run("--date", "2025-03-03", "--out", out.toString(), in.toString())).isZero();
    assertThat(Files.readString(out)).contains("ENTITIES").contains("Maeve Byrne").contains("ROLE (1)")
        .contains("president");
  }
}
