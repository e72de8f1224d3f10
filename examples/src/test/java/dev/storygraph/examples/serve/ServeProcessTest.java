package dev.storygraph.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storygraph.examples.StoryGraphCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storygraph serve} through its real entry point: a child JVM, and the command line's errors. */
final class ServeProcessTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
  private Process process;

  @TempDir
  Path dir;

  @AfterEach
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /** An invented article, every sentence its own, long enough that a cold JVM takes seconds over it. */
  private static String longArticle() {
    String[] cities = {"Tromso", "Bergen", "Stavanger", "Trondheim", "Bodo", "Alesund", "Narvik", "Molde"};
    String[] fish = {"cod", "herring", "mackerel", "haddock", "saithe", "capelin", "halibut", "redfish"};
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    StringBuilder b = new StringBuilder("Published Mar 6, 2025\nNorwegian Fisheries Minister Ingrid Solberg met "
        + "Icelandic Fisheries Minister Gunnar Thorsson in Tromso on Wednesday.\n\n");
    for (int i = 0; i < 40; i++) {
      b.append("In ").append(cities[i % cities.length]).append(" on ").append(days[i % days.length])
          .append(", the ministers set the ").append(fish[i % fish.length]).append(" quota for zone ").append(i + 1)
          .append(" at ").append(1_000 + 37 * i).append(" tonnes, ").append(i % 3 == 0 ? "up" : "down")
          .append(" from ").append(900 + 41 * i).append(" a year earlier. ");
      b.append("Solberg said boat number ").append(200 + i).append(" would inspect ")
          .append(fish[(i + 3) % fish.length]).append(" landings in ").append(cities[(i + 5) % cities.length])
          .append(" for ").append(i + 2).append(" weeks.\n\n");
    }
    return b.toString();
  }

  @Test
  void serve_sigtermDuringARequest_letsItFinishThenExits() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("serve.log"); // a file, not a pipe: the JVM's last lines are there after it exits
    process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        StoryGraphCli.class.getName(), "serve", "--port", "0", "--threads", "1").redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    URI uri = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (uri == null && process.isAlive() && System.nanoTime() < until) {
      Matcher m = LISTENING.matcher(Files.readString(log));
      uri = m.find() ? URI.create(m.group(1)) : null;
      Thread.sleep(100);
    }
    assertThat(uri).as("the server says where it listens; its output:%n%s", Files.readString(log)).isNotNull();
    ServeClient client = new ServeClient(uri);
    until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (health(client) != 200 && process.isAlive() && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertThat(health(client)).as("ready within 3 minutes; its output:%n%s", Files.readString(log)).isEqualTo(200);

    CompletableFuture<HttpResponse<String>> story = client.postAsync("/story", ServeClient.body("fish", longArticle()));
    until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (ServeClient.json(client.get("/health")).get("busy").asInt() == 0 && !story.isDone()
        && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(story).as("the request is still being extracted when SIGTERM comes").isNotDone();
    process.destroy(); // SIGTERM

    HttpResponse<String> r = story.get(150, TimeUnit.SECONDS);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = ServeClient.json(r);
    assertThat(json.get("articles").get(0).get("status").asText()).as(r.body()).isEqualTo("ok");
    assertThat(json.get("entities").findValuesAsText("name")).contains("Ingrid Solberg", "Gunnar Thorsson");
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process exits after the request").isTrue();
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(Files.readString(log)).contains("POST /story 200 1 article").contains("stopped");
  }

  /** The status of /health, or -1 while the server does not answer yet (a loaded machine may accept late). */
  private static int health(ServeClient client) {
    try {
      return client.get("/health").statusCode();
    } catch (java.io.UncheckedIOException e) {
      return -1;
    }
  }

  @Test
  void serve_badOption_isAUsageError() {
    assertThat(run("serve", "--threads", "0")).isEqualTo(2);
    assertThat(run("serve", "--max-bytes", "0")).isEqualTo(2);
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(run("serve", "--base", "not an iri")).isEqualTo(2);
    assertThat(run("serve", "--request-timeout", "soon")).isEqualTo(2);
  }

  @Test
  void serve_portTaken_saysSoAndExitsOne() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream old = System.err;
      int code;
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try {
        code = StoryGraphCli.run("serve", "--port", String.valueOf(taken.getLocalPort()));
      } finally {
        System.setErr(old);
      }
      assertThat(code).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  private static int run(String... args) {
    return StoryGraphCli.run(args);
  }
}
