package dev.storygraph.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The tests' HTTP client: java.net.http over loopback, every call bounded in time. */
final class ServeClient {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration LIMIT = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  ServeClient(URI base) {
    this.base = base;
  }

  /** {@code {"articles": [{"id": ids[i], "text": texts[i]}]}}. */
  static String body(String... idsAndTexts) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("articles");
    for (int i = 0; i < idsAndTexts.length; i += 2) {
      list.addObject().put("id", idsAndTexts[i]).put("text", idsAndTexts[i + 1]);
    }
    return root.toString();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(LIMIT).GET().build());
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path, HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) {
    return send(request(path, body));
  }

  CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
    return http.sendAsync(request(path, HttpRequest.BodyPublishers.ofString(body)),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(LIMIT).header("Content-Type", "application/json")
        .POST(body).build();
  }

  private HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }
}
