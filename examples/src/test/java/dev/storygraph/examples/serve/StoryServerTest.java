package dev.storygraph.examples.serve;

import static dev.storygraph.examples.serve.ServeClient.body;
import static dev.storygraph.examples.serve.ServeClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storygraph.Article;
import dev.storygraph.Shared;
import dev.storygraph.StoryExtractor;
import dev.storygraph.examples.ArticleReader;
import dev.storygraph.examples.StoryGraphCli;
import dev.storygraph.write.JsonStoryWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The service in this JVM, over loopback, with the test JVM's one extractor. */
final class StoryServerTest {
  private static final String NORWAY = "Published Mar 3, 2025\nNorwegian Foreign Minister Ingrid Solberg met "
      + "Portuguese Foreign Minister Tiago Moreira in Oslo on Sunday. The two ministers discussed fishing quotas.\n";
  private static final String FINLAND = "Published Mar 4, 2025\nFinnish Prime Minister Aino Virtanen visited Riga on "
      + "Monday. Virtanen met Latvian President Janis Ozols there.\n";

  private static StoryExtractor extractor;
  private final List<StoryServer> servers = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeAll
  static void load() {
    extractor = Shared.extractor();
  }

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(Duration.ofSeconds(5)));
  }

  private StoryServer started(StoryServer.Options options) throws IOException {
    StoryServer s = StoryServer.start(options.withPort(0));
    servers.add(s);
    return s;
  }

  private ServeClient serving(StoryServer.Options options) throws IOException {
    StoryServer s = started(options);
    s.serve(extractor);
    return new ServeClient(s.uri());
  }

  @Test
  void story_json_equalsTheCommandLinesJson() throws IOException {
    Files.writeString(dir.resolve("norway.txt"), NORWAY);
    Files.writeString(dir.resolve("finland.txt"), FINLAND);
    Path out = dir.resolve("story.json");
    assertThat(StoryGraphCli.run("--format", "json", "--quiet", "--out", out.toString(),
        dir.resolve("norway.txt").toString(), dir.resolve("finland.txt").toString())).isZero();
    ServeClient client = serving(StoryServer.Options.defaults());

    HttpResponse<String> r = client.post("/story", body("norway", NORWAY, "finland", FINLAND));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode cli = ServeClient.MAPPER.readTree(out.toFile());
    assertThat(json(r)).isEqualTo(cli);
    assertThat(cli.get("entities").findValuesAsText("name")).contains("Ingrid Solberg", "Aino Virtanen");
    assertThat(cli.get("articles").findValuesAsText("id")).containsExactly("norway", "finland");
  }

  @Test
  void story_referenceDateGiven_isTheArticlesDate() throws IOException {
    ServeClient client = serving(StoryServer.Options.defaults());
    String text = "Irish President Maeve Byrne visited Lisbon on Friday.";
    HttpResponse<String> r = client.post("/story", "{\"articles\": [{\"id\": \"irl\", \"text\": "
        + ServeClient.MAPPER.writeValueAsString(text) + ", \"referenceDate\": \"2025-03-10\"}]}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode a = json(r).get("articles").get(0);
    assertThat(a.get("referenceDate").asText()).isEqualTo("2025-03-10");
    assertThat(a.get("referenceDateSource").asText()).isEqualTo("given");
    assertThat(json(r).get("dates").findValuesAsText("value")).contains("2025-03-07");
  }

  @Test
  void story_otherFormats_comeWithTheirMediaTypes() throws IOException {
    ServeClient client = serving(StoryServer.Options.defaults());
    HttpResponse<String> table = client.post("/story?format=table", body("norway", NORWAY));
    HttpResponse<String> ttl = client.post("/story?format=TTL", body("norway", NORWAY));

    assertThat(table.statusCode()).isEqualTo(200);
    assertThat(table.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(table.body()).contains("ENTITIES").contains("Ingrid Solberg");
    assertThat(ttl.statusCode()).isEqualTo(200);
    assertThat(ttl.headers().firstValue("Content-Type")).hasValue("text/turtle; charset=utf-8");
    org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFParser.fromString(ttl.body(),
        org.apache.jena.riot.Lang.TURTLE).toModel();
    assertThat(m.listObjectsOfProperty(org.apache.jena.vocabulary.RDFS.label).mapWith(Object::toString).toList())
        .contains("Ingrid Solberg", "Tiago Moreira");
  }

  /** Name, path, body (with ' for "), code, what the message says. */
  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("bad JSON", "/story", "{'articles': [", "bad_json", "not valid JSON at line 1"),
        bad("more after the object", "/story", "{'articles': []} {}", "bad_json", "not valid JSON"),
        bad("not an object", "/story", "[1, 2]", "bad_request", "must be a JSON object"),
        bad("misspelt articles", "/story", "{'artcles': []}", "bad_request", "unknown field \"artcles\""),
        bad("empty list", "/story", "{'articles': []}", "bad_request", "\"articles\" is empty"),
        bad("id is a number", "/story", "{'articles': [{'id': 7, 'text': 'x'}]}", "bad_request",
            "articles[0].id must be a string, not a number"),
        bad("text is missing", "/story", "{'articles': [{'id': 'a'}]}", "bad_request",
            "articles[0] has no \"text\""),
        bad("text is an array", "/story", "{'articles': [{'id': 'a', 'text': ['x']}]}", "bad_request",
            "articles[0].text must be a string, not an array"),
        bad("misspelt date key", "/story", "{'articles': [{'id': 'a', 'text': 'x', 'referencedate': '2025-01-01'}]}",
            "bad_request", "unknown field \"referencedate\""),
        bad("bad date", "/story", "{'articles': [{'id': 'a', 'text': 'x', 'referenceDate': '3/1/2025'}]}",
            "bad_request", "not a date in the form YYYY-MM-DD: '3/1/2025'"),
        bad("blank id", "/story", "{'articles': [{'id': ' ', 'text': 'x'}]}", "bad_request", "articles[0].id is blank"),
        bad("duplicate ids", "/story", "{'articles': [{'id': 'a', 'text': 'x'}, {'id': 'b', 'text': 'y'}, "
            + "{'id': 'a', 'text': 'z'}]}", "duplicate_ids", "repeated: 'a'"),
        bad("unknown format", "/story?format=pdf", "{'articles': [{'id': 'a', 'text': 'x'}]}", "unknown_format",
            "unknown format 'pdf'; formats: table, json"),
        bad("unknown parameter", "/story?fromat=json", "{'articles': [{'id': 'a', 'text': 'x'}]}", "bad_request",
            "unknown query parameter 'fromat'"));
  }

  private static Arguments bad(String name, String path, String body, String code, String message) {
    return Arguments.of(name, path, body.replace('\'', '"'), code, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void story_badRequest_is400WithAMessage(String name, String path, String requestBody, String code, String message)
      throws IOException {
    ServeClient client = serving(StoryServer.Options.defaults());
    HttpResponse<String> r = client.post(path, requestBody);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json(r).get("status").asInt()).isEqualTo(400);
    assertThat(json(r).get("code").asText()).isEqualTo(code);
    assertThat(json(r).get("error").asText()).contains(message);
  }

  @Test
  void story_bodyOverTheLimit_is413_withOrWithoutALength() throws IOException {
    ServeClient client = serving(StoryServer.Options.defaults().withMaxBytes(1_000));
    String big = body("long", "Word ".repeat(1_000));
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> sized = client.post("/story", big);
    HttpResponse<String> chunked = client.post("/story",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    HttpResponse<String> small = client.post("/story", body("norway", NORWAY));

    assertThat(sized.statusCode()).isEqualTo(413);
    assertThat(json(sized).get("error").asText()).contains(bytes.length + " bytes").contains("limit is 1000");
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(json(chunked).get("code").asText()).isEqualTo("too_large");
    assertThat(small.statusCode()).isEqualTo(200);
  }

  @Test
  void story_everyWorkerBusy_is503_andTheFirstStillGetsItsStory() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    StoryServer s = started(StoryServer.Options.defaults().withWorkers(1));
    s.serveWith(articles -> {
      started.countDown();
      await(release);
      return extractor.extractStory(articles);
    });
    ServeClient client = new ServeClient(s.uri());

    CompletableFuture<HttpResponse<String>> first = client.postAsync("/story", body("norway", NORWAY));
    assertThat(started.await(60, TimeUnit.SECONDS)).as("the first request reached its worker").isTrue();
    HttpResponse<String> second = client.post("/story", body("finland", FINLAND));
    JsonNode health = json(client.get("/health"));
    release.countDown();

    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.headers().firstValue("Retry-After")).isPresent();
    assertThat(json(second).get("code").asText()).isEqualTo("busy");
    assertThat(health.get("busy").asInt()).isEqualTo(1);
    HttpResponse<String> r = first.get(120, TimeUnit.SECONDS);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("entities").findValuesAsText("name")).contains("Ingrid Solberg");
  }

  @Test
  void story_pastTheTimeLimit_is504_andItsWorkerIsInterruptedAndFreed() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    StoryServer s = started(StoryServer.Options.defaults().withWorkers(1).withRequestTimeout(Duration.ofMillis(300)));
    s.serveWith(articles -> {
      try {
        never.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
      return extractor.merge(List.of());
    });
    ServeClient client = new ServeClient(s.uri());

    HttpResponse<String> r = client.post("/story", body("norway", NORWAY));

    assertThat(r.statusCode()).isEqualTo(504);
    assertThat(json(r).get("code").asText()).isEqualTo("timeout");
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (json(client.get("/health")).get("busy").asInt() != 0 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(interrupted).isTrue();
    assertThat(json(client.get("/health")).get("busy").asInt()).isZero();
  }

  @Test
  void story_eightAtOnce_eachGetsItsOwnStory() throws Exception {
    String[][] people = {
        {"Swedish", "Elsa Lindqvist", "Chilean", "Rodrigo Fuentes", "Stockholm"},
        {"Dutch", "Pieter Smits", "Kenyan", "Wanjiru Kamau", "Nairobi"},
        {"Austrian", "Lukas Gruber", "Peruvian", "Lucia Quispe", "Vienna"},
        {"Greek", "Nikos Andreou", "Canadian", "Claire Tremblay", "Athens"},
        {"Polish", "Marta Nowak", "Ghanaian", "Kwame Mensah", "Warsaw"},
        {"Irish", "Siobhan Keane", "Thai", "Somchai Wongsa", "Cork"},
        {"Czech", "Tomas Dvorak", "Argentine", "Valeria Rossi", "Prague"},
        {"Hungarian", "Zsofia Kovacs", "Nigerian", "Chidi Okafor", "Budapest"}};
    ServeClient client = serving(StoryServer.Options.defaults().withWorkers(8));
    List<String> texts = new ArrayList<>();
    for (String[] p : people) {
      texts.add("Published Mar 5, 2025\n" + p[0] + " Foreign Minister " + p[1] + " met " + p[2] + " Foreign Minister "
          + p[3] + " in " + p[4] + " on Tuesday.\n");
    }
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sent.add(client.postAsync("/story", body("talks-" + i, texts.get(i))));
    }
    for (int i = 0; i < texts.size(); i++) {
      HttpResponse<String> r = sent.get(i).get(180, TimeUnit.SECONDS);
      assertThat(r.statusCode()).as("request %s", i).isEqualTo(200);
      JsonNode expected = ServeClient.MAPPER.readTree(new JsonStoryWriter()
          .toJson(extractor.extractStory(List.of(Article.of("talks-" + i, texts.get(i))))));
      assertThat(json(r)).as("request %s", i).isEqualTo(expected);
      assertThat(json(r).get("entities").findValuesAsText("name")).contains(people[i][1], people[i][3]);
    }
  }

  @Test
  void health_isReadyOnlyOnceServing_andStoryWaitsForIt() throws IOException {
    StoryServer s = started(StoryServer.Options.defaults());
    ServeClient client = new ServeClient(s.uri());
    HttpResponse<String> loading = client.get("/health");
    HttpResponse<String> early = client.post("/story", body("norway", NORWAY));
    s.serve(extractor);
    HttpResponse<String> ready = client.get("/health");

    assertThat(loading.statusCode()).isEqualTo(503);
    assertThat(json(loading).get("status").asText()).isEqualTo("loading");
    assertThat(early.statusCode()).isEqualTo(503);
    assertThat(json(early).get("code").asText()).isEqualTo("loading");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).get("status").asText()).isEqualTo("ready");
  }

  @Test
  void readme_pythonExample_printsTheFactsOfTheSamples() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    root = Files.exists(root.resolve("README.md")) ? root : root.getParent();
    String readme = Files.readString(root.resolve("README.md"));
    int start = readme.indexOf("```python\n");
    assertThat(start).as("README has a python block").isNotNegative();
    String python = readme.substring(start + 10, readme.indexOf("```", start + 10));
    assertThat(python).contains("http://127.0.0.1:8080/story");
    StoryServer s = started(StoryServer.Options.defaults());
    s.serve(extractor);
    String uri = s.uri().resolve("/story").toString();
    Files.writeString(dir.resolve("client.py"), python.replace("http://127.0.0.1:8080/story", uri));
    for (String[] copy : new String[][] {{"harbour-talks-1.txt", "a1.txt"}, {"harbour-talks-2.txt", "a2.txt"}}) {
      try (java.io.InputStream in = ArticleReader.class.getResourceAsStream("samples/" + copy[0])) {
        Files.write(dir.resolve(copy[1]), in.readAllBytes());
      }
    }
    Process p = new ProcessBuilder("python3", "client.py").directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python3 answers in time").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().toList()).isNotEmpty().allSatisfy(l -> assertThat(l)
        .matches("\\S.* [a-z]+ .+ \\d+").doesNotContainPattern("\\bE\\d+\\b"));
  }

  @Test
  void stop_nothingInFlight_returnsAtOnceAndClosesThePort() throws IOException {
    StoryServer s = started(StoryServer.Options.defaults());
    ServeClient client = new ServeClient(s.uri());
    assertThat(client.get("/health").statusCode()).isEqualTo(503);
    long t0 = System.nanoTime();
    s.stop(Duration.ofSeconds(60));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    assertThatThrownBy(() -> client.get("/health")).hasCauseInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void otherPathsAndMethods_are404And405() throws IOException {
    ServeClient client = serving(StoryServer.Options.defaults());
    HttpResponse<String> getStory = client.get("/story");
    HttpResponse<String> nowhere = client.get("/stories");

    assertThat(getStory.statusCode()).isEqualTo(405);
    assertThat(getStory.headers().firstValue("Allow")).hasValue("POST");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(json(nowhere).get("error").asText()).contains("/stories");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the request");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
