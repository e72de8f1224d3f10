package dev.storygraph.examples.serve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storygraph.Article;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.examples.StoryGraphCli;
import dev.storygraph.write.GraphMlStoryWriter;
import dev.storygraph.write.HtmlStoryWriter;
import dev.storygraph.write.JsonStoryWriter;
import dev.storygraph.write.RdfStoryWriter;
import dev.storygraph.write.TableStoryWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * StoryGraph over HTTP, on the JDK's own server ({@code com.sun.net.httpserver}): {@code GET /health} and
 * {@code POST /story}, as docs/OUTPUT.md ("Service") documents them.
 *
 * <pre>{@code
 * StoryServer server = StoryServer.start(StoryServer.Options.defaults().withPort(0)); // listening, not ready
 * server.serve(StoryExtractor.builder().build());                                     // ready: /health is 200
 * URI uri = server.uri();                                                             // http://127.0.0.1:PORT/
 * server.stop(Duration.ofSeconds(30));                                                // drains, then stops
 * }</pre>
 *
 * <p>At most {@link Options#workers} requests are extracted at once; a request that finds every worker busy is
 * answered 503 at once rather than queued, so that a client knows to retry or go elsewhere. A request gets
 * {@link Options#requestTimeout} from its arrival; then it is answered 504, its worker is interrupted, and the
 * worker counts as busy until the extraction has really stopped (CoreNLP cannot be stopped mid-sentence, so the
 * extractor gives each article the same limit). Each request is logged (method, path, status, articles, time)
 * through SLF4J, never its text.
 *
 * <p>Thread-safe: one server answers many clients at once; {@link #serve} and {@link #stop} may be called from
 * any thread.
 */
public final class StoryServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoryServer.class);
  private static final String JSON = "application/json";
  /** Threads beyond the workers that answer what needs no worker: health, errors, 503s. */
  private static final int SPARE_HANDLERS = 4;
  /** Seconds a client is asked to wait before it tries again after a 503. */
  private static final String RETRY_AFTER = "2";

  /** What the server does with the articles of one request: extract and merge them into a story. */
  @FunctionalInterface
  interface Extraction {
    Story extract(List<Article> articles);
  }

  /**
   * How a server listens and what it takes.
   *
   * @param host           the address to listen on; {@code 127.0.0.1} keeps the service on this machine
   * @param port           the port, 0 for any free one ({@link StoryServer#uri()} tells which)
   * @param workers        requests extracted at once; at least 1
   * @param maxBytes       the largest request body, in bytes; larger ones get 413; at least 1
   * @param requestTimeout the time a request may take; then it gets 504; positive
   * @param base           the base IRI of the resources of RDF output, ending in / or #
   */
  public record Options(String host, int port, int workers, long maxBytes, Duration requestTimeout, String base) {

    private static final Options DEFAULTS = new Options("127.0.0.1", 8080, 2, 10_000_000L, Duration.ofSeconds(120),
        RdfStoryWriter.DEFAULT_BASE);

    public Options {
      requireNonNull(host, "host");
      requireNonNull(requestTimeout, "requestTimeout");
      requireNonNull(base, "base");
      checkArgument(!host.isBlank(), "host is blank");
      checkArgument(port >= 0 && port <= 65_535, "port must be between 0 and 65535: %s", port);
      checkArgument(workers >= 1, "workers must be at least 1: %s", workers);
      checkArgument(maxBytes >= 1, "maxBytes must be at least 1: %s", maxBytes);
      checkArgument(!requestTimeout.isNegative() && !requestTimeout.isZero(), "requestTimeout must be positive: %s",
          requestTimeout);
      new RdfStoryWriter(base); // throws IllegalArgumentException naming a bad base
    }

    /** The defaults of {@code storygraph serve}. */
    public static Options defaults() {
      return DEFAULTS;
    }

    /** These options with another host. */
    public Options withHost(String h) {
      return new Options(h, port, workers, maxBytes, requestTimeout, base);
    }

    /** These options with another port. */
    public Options withPort(int p) {
      return new Options(host, p, workers, maxBytes, requestTimeout, base);
    }

    /** These options with another number of workers. */
    public Options withWorkers(int w) {
      return new Options(host, port, w, maxBytes, requestTimeout, base);
    }

    /** These options with another body size limit. */
    public Options withMaxBytes(long b) {
      return new Options(host, port, workers, b, requestTimeout, base);
    }

    /** These options with another request time limit. */
    public Options withRequestTimeout(Duration t) {
      return new Options(host, port, workers, maxBytes, t, base);
    }

    /** These options with another base IRI for RDF output. */
    public Options withBase(String b) {
      return new Options(host, port, workers, maxBytes, requestTimeout, b);
    }
  }

  private final Options options;
  private final HttpServer http;
  private final ExecutorService handlers;
  private final ExecutorService workers;
  private final Semaphore idle;
  private final StoryRequest requests = new StoryRequest();
  private final JsonStoryWriter json = new JsonStoryWriter();
  private final ObjectMapper mapper = new ObjectMapper();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Extraction extraction; // null while the models load
  private volatile boolean stopping;
  private final AtomicInteger inFlight = new AtomicInteger();

  private StoryServer(Options options) throws IOException {
    this.options = options;
    this.idle = new Semaphore(options.workers());
    this.handlers = Executors.newFixedThreadPool(options.workers() + SPARE_HANDLERS, daemons("storygraph-http-"));
    this.workers = Executors.newFixedThreadPool(options.workers(), daemons("storygraph-worker-"));
    try {
      this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
    } catch (IOException e) {
      handlers.shutdown();
      workers.shutdown();
      throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
    http.createContext("/", this::handle);
    http.setExecutor(handlers);
  }

  /**
   * Starts listening. Until {@link #serve} is called, {@code /health} answers 503 and so does {@code /story}: a
   * supervisor can see the process is up while the models load.
   *
   * @throws IOException when the address cannot be listened on (the message names it)
   */
  public static StoryServer start(Options options) throws IOException {
    StoryServer s = new StoryServer(requireNonNull(options, "options"));
    s.http.start();
    LOG.info("listening on {}", s.uri());
    return s;
  }

  /** Serves stories with this extractor from now on: {@code /health} answers 200. Called once. */
  public void serve(StoryExtractor extractor) {
    requireNonNull(extractor, "extractor");
    serveWith(extractor::extractStory);
  }

  /** {@link #serve} with any extraction: the tests' hook to make a request slow on purpose. */
  synchronized void serveWith(Extraction e) {
    checkState(extraction == null, "the server already serves");
    extraction = requireNonNull(e, "extraction");
    LOG.info("ready: {} workers, bodies up to {} bytes, {} per request", options.workers(), options.maxBytes(),
        seconds(options.requestTimeout()));
  }

  /** The server's address, with the port it really listens on: {@code http://127.0.0.1:8080/}. */
  public java.net.URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    return java.net.URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /**
   * Stops taking connections, lets the requests in flight finish (each within its time limit, and all within
   * {@code grace}), then stops. Later calls wait for the first to end.
   */
  public void stop(Duration grace) {
    requireNonNull(grace, "grace");
    synchronized (this) {
      if (stopping) {
        awaitStopped();
        return;
      }
      stopping = true;
    }
    try {
      LOG.info("stopping: finishing the requests in flight");
      // The JDK's stop closes the port at once, then waits for the exchanges in flight; but on Java 17 it waits
      // its whole delay when none ends during it (later JDKs do not). So it runs aside, and once this server's
      // own count of requests in flight is zero, a second stop ends the wait.
      int delay = (int) Math.max(1, Math.min(Integer.MAX_VALUE, grace.toSeconds()));
      Thread closer = new Thread(() -> http.stop(delay), "storygraph-http-stop");
      closer.setDaemon(true);
      closer.start();
      long until = System.nanoTime() + grace.toNanos();
      boolean interrupted = false;
      while (inFlight.get() > 0 && System.nanoTime() - until < 0) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          interrupted = true;
          break;
        }
      }
      http.stop(0);
      handlers.shutdown();
      workers.shutdown();
      try {
        closer.join(1_000);
      } catch (InterruptedException e) {
        interrupted = true;
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      LOG.info("stopped");
    } finally {
      stopped.countDown();
    }
  }

  /** Stops with the grace of one request time limit and a little more. */
  @Override
  public void close() {
    stop(options.requestTimeout().plusSeconds(5));
  }

  /** Waits until {@link #stop} has finished. */
  public void awaitStopped() {
    boolean interrupted = false;
    while (true) {
      try {
        stopped.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- requests

  /** How a request ended, for the log. */
  private static final class Outcome {
    int status;
    String code = "";
    int articles;
    int failed;
  }

  private void handle(HttpExchange ex) {
    long t0 = System.nanoTime();
    inFlight.incrementAndGet();
    String path = ex.getRequestURI().getPath();
    Outcome o = new Outcome();
    try {
      switch (path) {
        case "/health" -> {
          allow(ex, "GET");
          health(ex, o);
        }
        case "/story" -> {
          allow(ex, "POST");
          story(ex, o, t0 + options.requestTimeout().toNanos());
        }
        default -> throw new ApiException(404, "not_found", "no such endpoint: " + path
            + "; there are GET /health and POST /story");
      }
    } catch (ApiException e) {
      o.status = e.status();
      o.code = e.code();
      error(ex, e);
    } catch (UncheckedIOException e) { // from send: the client went away
      o.code = "client_gone";
      LOG.debug("{} {}: the client went away: {}", ex.getRequestMethod(), path, e.getMessage());
    } catch (RuntimeException | Error e) {
      o.status = 500;
      o.code = "internal";
      LOG.error("{} {}: internal error", ex.getRequestMethod(), path, e);
      error(ex, new ApiException(500, "internal", "internal error: " + e.getClass().getSimpleName()));
    } finally {
      ex.close();
      inFlight.decrementAndGet();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (path.equals("/health")) { // a supervisor polls it
        LOG.debug("{} {} {} {} ms", ex.getRequestMethod(), path, o.status, ms);
      } else {
        LOG.info("{} {} {} {} {} ms{}", ex.getRequestMethod(), path, o.status,
            (o.articles == 1 ? "1 article" : o.articles + " articles") + (o.failed > 0 ? " (" + o.failed + " failed)"
                : ""), ms, o.code.isEmpty() ? "" : " " + o.code);
      }
    }
  }

  private static void allow(HttpExchange ex, String method) throws ApiException {
    if (!ex.getRequestMethod().equals(method)) {
      ex.getResponseHeaders().set("Allow", method);
      throw new ApiException(405, "method_not_allowed", ex.getRequestMethod() + " " + ex.getRequestURI().getPath()
          + " is not served; use " + method);
    }
  }

  private void health(HttpExchange ex, Outcome o) {
    ObjectNode body = mapper.createObjectNode();
    if (stopping || extraction == null) {
      body.put("status", stopping ? "stopping" : "loading");
      ex.getResponseHeaders().set("Retry-After", RETRY_AFTER);
      o.status = 503;
    } else {
      body.put("status", "ready");
      body.put("workers", options.workers());
      body.put("busy", options.workers() - idle.availablePermits());
      o.status = 200;
    }
    send(ex, o.status, JSON, body.toString() + "\n");
  }

  private void story(HttpExchange ex, Outcome o, long deadline) throws ApiException {
    Extraction x = extraction;
    if (stopping) {
      throw unavailable(ex, "stopping", "the service is stopping");
    }
    if (x == null) {
      throw unavailable(ex, "loading", "the service is loading its models; try again shortly");
    }
    Output output = output(ex.getRequestURI().getRawQuery());
    List<Article> articles = requests.articles(body(ex));
    o.articles = articles.size();
    if (!idle.tryAcquire()) {
      throw unavailable(ex, "busy", "every worker is busy (" + options.workers() + "); try again shortly");
    }
    Job job = new Job(x, articles);
    try {
      workers.execute(job);
    } catch (RuntimeException e) { // the pool is shut down: the server is stopping
      idle.release();
      throw unavailable(ex, "stopping", "the service is stopping");
    }
    Story story;
    try {
      story = job.result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      job.cancel();
      throw new ApiException(504, "timeout", "the story took longer than the time limit of "
          + seconds(options.requestTimeout()));
    } catch (InterruptedException e) {
      job.cancel();
      Thread.currentThread().interrupt();
      throw unavailable(ex, "stopping", "the service is stopping");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      LOG.error("POST /story: extraction failed", c);
      throw new ApiException(500, "internal", "the extraction failed: " + c.getClass().getSimpleName()
          + (c.getMessage() == null ? "" : ": " + c.getMessage()));
    }
    o.failed = (int) story.articles().stream().filter(a -> a.status() == Status.FAILED).count();
    o.status = 200;
    send(ex, 200, output.mediaType(), output.writer().apply(story));
  }

  /**
   * One request's extraction on a worker. The worker is given back only when the extraction has returned, so
   * that a request past its time limit keeps its worker busy for as long as it really runs.
   */
  private final class Job implements Runnable {
    final CompletableFuture<Story> result = new CompletableFuture<>();
    private final Extraction extraction;
    private final List<Article> articles;
    private Thread thread; // guarded by this
    private boolean cancelled; // guarded by this

    Job(Extraction extraction, List<Article> articles) {
      this.extraction = extraction;
      this.articles = articles;
    }

    @Override
    public void run() {
      try {
        synchronized (this) {
          if (cancelled) {
            return;
          }
          thread = Thread.currentThread();
        }
        result.complete(extraction.extract(articles));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      } finally {
        synchronized (this) {
          thread = null;
          Thread.interrupted(); // a late cancel must not reach the worker's next job
        }
        idle.release();
      }
    }

    /** Interrupts the extraction, if it still runs: the extractor then abandons its articles. */
    synchronized void cancel() {
      cancelled = true;
      if (thread != null) {
        thread.interrupt();
      }
    }
  }

  private ApiException unavailable(HttpExchange ex, String code, String message) {
    ex.getResponseHeaders().set("Retry-After", RETRY_AFTER);
    return new ApiException(503, code, message);
  }

  /** The body, at most {@link Options#maxBytes}; a larger one is a 413 without reading it all. */
  private byte[] body(HttpExchange ex) throws ApiException {
    long max = options.maxBytes();
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Content-Length is not a number: '" + length + "'");
      }
      if (n > max) {
        throw tooLarge(ex, n + " bytes");
      }
    }
    try (InputStream in = ex.getRequestBody()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (b.length > max) {
        throw tooLarge(ex, "more than " + max + " bytes");
      }
      return b;
    } catch (IOException e) {
      throw ApiException.badRequest("the body could not be read: " + e.getMessage());
    }
  }

  private ApiException tooLarge(HttpExchange ex, String size) {
    ex.getResponseHeaders().set("Connection", "close"); // the rest of the body is not read
    return new ApiException(413, "too_large", "the body is " + size + "; the limit is " + options.maxBytes()
        + " bytes (storygraph serve --max-bytes)");
  }

  /** The output of {@code ?format=}, JSON without one; an unknown parameter or format is a 400. */
  private Output output(String rawQuery) throws ApiException {
    String format = null;
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String key;
        String value;
        try {
          key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest("the query is not URL-encoded: " + e.getMessage());
        }
        if (!key.equals("format")) {
          throw ApiException.badRequest("unknown query parameter '" + key + "'; there is format");
        }
        if (format != null) {
          throw ApiException.badRequest("format is given twice");
        }
        format = value;
      }
    }
    String name = format == null ? "json" : format;
    return forFormat(name).orElseThrow(() -> new ApiException(400, "unknown_format", "unknown format '" + name
        + "'; formats: " + String.join(", ", Arrays.stream(StoryGraphCli.Format.values()).map(Enum::name)
        .toList())));
  }

  /** A story written in one format, and the media type it is sent as. */
  private record Output(String mediaType, Function<Story, String> writer) {}

  /**
   * The output of a format, by the name the command line's {@code --format} takes (in any case), written as the
   * command line writes it; empty for an unknown name.
   */
  private Optional<Output> forFormat(String name) {
    return Arrays.stream(StoryGraphCli.Format.values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
        .map(f -> switch (f) {
          case json -> new Output(JSON, s -> json.toJson(s) + "\n");
          case table -> new Output("text/plain; charset=utf-8", s -> new TableStoryWriter().toTable(s));
          case ttl -> new Output("text/turtle; charset=utf-8", s -> rdf().toString(s, RdfStoryWriter.Syntax.TURTLE));
          case trig -> new Output("application/trig", s -> rdf().toString(s, RdfStoryWriter.Syntax.TRIG));
          case jsonld -> new Output("application/ld+json", s -> rdf().toString(s, RdfStoryWriter.Syntax.JSON_LD));
          case graphml -> new Output("application/graphml+xml", s -> new GraphMlStoryWriter().toGraphMl(s));
          case html -> new Output("text/html; charset=utf-8", s -> new HtmlStoryWriter(title(s)).toHtml(s));
        });
  }

  private RdfStoryWriter rdf() {
    return new RdfStoryWriter(options.base());
  }

  /** "StoryGraph: a1, a2, a3 and 4 more", the title of an HTML page. */
  private static String title(Story story) {
    List<String> ids = story.articles().stream().limit(3).map(a -> a.id()).toList();
    int more = story.articles().size() - ids.size();
    return "StoryGraph: " + String.join(", ", ids) + (more > 0 ? " and " + more + " more" : "");
  }

  private void error(HttpExchange ex, ApiException e) {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", e.status());
    body.put("code", e.code());
    body.put("error", e.getMessage());
    try {
      send(ex, e.status(), JSON, body.toString() + "\n");
    } catch (UncheckedIOException io) {
      LOG.debug("could not answer {}: {}", e.status(), io.getMessage());
    }
  }

  private static void send(HttpExchange ex, int status, String type, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    try {
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) { // the client went away
      throw new UncheckedIOException(e);
    }
  }

  /** "120 s", or "0.3 s" for a time limit under a second. */
  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
