package dev.storygraph.examples.serve;

import dev.storygraph.StoryExtractor;
import dev.storygraph.examples.StoryGraphCli;
import dev.storygraph.write.RdfStoryWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storygraph serve}: starts a {@link StoryServer}, loads the extractor once, serves until SIGTERM (or
 * Ctrl-C), then lets the requests in flight finish and stops.
 */
@Command(name = "storygraph serve", mixinStandardHelpOptions = true, version = "storygraph 0.1.0",
    description = {
        "Serves stories over HTTP: POST /story with {\"articles\": [{\"id\", \"text\", \"referenceDate\"?}]} "
            + "returns the story (?format= any output format, json by default); GET /health answers 200 once the "
            + "models are loaded. docs/OUTPUT.md (\"Service\") documents the API.",
        "SIGTERM or Ctrl-C stops taking requests, lets those in flight finish, and stops."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"1:the address cannot be listened on, or the models could not load", "2:bad command line",
        "143, 130:stopped by SIGTERM or Ctrl-C"})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
          + "interface).")
  String host;

  @Option(names = "--port", defaultValue = "8080",
      description = "Port to listen on, 0 for any free one; the log says which (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Requests extracted at once, and articles at once within each; a request that finds all "
          + "busy gets 503 (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--max-bytes", paramLabel = "B", defaultValue = "10000000",
      description = "Largest request body in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--request-timeout", paramLabel = "S", defaultValue = "120",
      description = "Seconds a request may take; then it gets 504, and each article gets as long "
          + "(default: ${DEFAULT-VALUE}).")
  int requestTimeout;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = RdfStoryWriter.DEFAULT_BASE,
      description = "Base IRI of the story's resources in RDF output, ending in / or # (default: ${DEFAULT-VALUE}).")
  String base;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    StoryServer.Options options = options();
    StoryServer server = StoryServer.start(options);
    // From here SIGTERM and Ctrl-C drain the requests in flight, each within its time limit.
    Thread hook = new Thread(() -> server.stop(options.requestTimeout().plusSeconds(5)), "storygraph-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    StoryExtractor extractor;
    try {
      extractor = StoryExtractor.builder().threads(threads).articleTimeout(options.requestTimeout()).build();
    } catch (RuntimeException | Error e) {
      server.stop(Duration.ZERO);
      throw e;
    }
    server.serve(extractor);
    server.awaitStopped();
    return 0;
  }

  /** The options of the server; a bad value is a command-line error naming its option, found before any work. */
  private StoryServer.Options options() {
    String problem = host.isBlank() ? "--host is blank"
        : port < 0 || port > 65_535 ? "--port must be between 0 and 65535: " + port
        : threads < 1 ? "--threads must be at least 1: " + threads
        : maxBytes < 1 ? "--max-bytes must be at least 1: " + maxBytes
        : requestTimeout < 1 ? "--request-timeout must be at least 1 second: " + requestTimeout
        : null;
    if (problem != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), problem);
    }
    try {
      return StoryServer.Options.defaults().withHost(host).withPort(port).withWorkers(threads).withMaxBytes(maxBytes)
          .withRequestTimeout(Duration.ofSeconds(requestTimeout)).withBase(base);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
    }
  }

  /** Runs {@code storygraph serve} with its arguments (those after {@code serve}); returns when it stops. */
  public static int run(String... args) {
    return StoryGraphCli.commandLine(new ServeCommand(), "storygraph serve").execute(args);
  }
}
