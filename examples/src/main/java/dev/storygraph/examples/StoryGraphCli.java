package dev.storygraph.examples;

import dev.storygraph.Article;
import dev.storygraph.ArticleResult;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.examples.serve.ServeCommand;
import dev.storygraph.write.GraphMlStoryWriter;
import dev.storygraph.write.HtmlStoryWriter;
import dev.storygraph.write.JsonStoryWriter;
import dev.storygraph.write.RdfStoryWriter;
import dev.storygraph.write.TableStoryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storygraph}: extracts the story of a folder of articles and prints it. */
@Command(name = "storygraph", mixinStandardHelpOptions = true, version = "storygraph 0.1.0",
    description = {
        "Extracts who did what, with whom, where and when from English news articles (.txt files) and merges "
            + "them into one story.",
        "With no PATH, extracts the story of the bundled sample articles.",
        "`storygraph render STORY.json --out FILE...` writes a saved story in other formats without CoreNLP "
            + "(storygraph render --help)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one article was read", "1:no article could be read",
        "2:bad command line"})
public final class StoryGraphCli implements Callable<Integer> {

  /** Output formats: every one is a view of the same story (docs/OUTPUT.md); {@code serve} takes them too. */
  public enum Format { table, json, ttl, trig, jsonld, graphml, html }

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Reference date of every article (the day they were written). Default: each article's own "
          + "dateline, else the story's.")
  LocalDate date;

  @Option(names = "--format", defaultValue = "table", paramLabel = "F",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is the story "
          + "contract (docs/OUTPUT.md); ttl, trig and jsonld are RDF; graphml is for Gephi, yEd, Cytoscape or "
          + "NetworkX; html is one page to open in a browser, offline.")
  Format format;

  @Option(names = "--evidence",
      description = "In the table, each fact's sentences with their articles under it. The table fits the "
          + "terminal's width (COLUMNS, else 100).")
  boolean evidence;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = RdfStoryWriter.DEFAULT_BASE,
      description = "Base IRI of the story's resources in RDF output, ending in / or # (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = {"-q", "--quiet"},
      description = "No progress line (shown when standard error is a terminal: articles done, articles/s, time "
          + "left).")
  boolean quiet;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the story to FILE instead of standard output.")
  Path out;

  @Option(names = "--threads", defaultValue = "2", description = "Articles extracted at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Time one article may take; after it the article is reported failed and the others go on "
          + "(default: ${DEFAULT-VALUE}).")
  int articleTimeout;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "Leave out facts whose confidence is below X, in [0, 1] (default: ${DEFAULT-VALUE}, keep all). "
          + "A fact's confidence is the precision facts like it have on the development stories (docs/OUTPUT.md).")
  double minConfidence;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders of .txt articles; folders are read recursively.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    checkOptions();
    List<ArticleReader.Input> inputs = paths.isEmpty() ? ArticleReader.samples(date) : ArticleReader.read(paths, date);
    if (inputs.isEmpty()) {
      System.err.println("storygraph: no .txt article found in " + paths);
      return 1;
    }
    RdfStoryWriter rdf;
    try {
      rdf = new RdfStoryWriter(base);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
    }
    List<Article> articles = new ArrayList<>();
    for (ArticleReader.Input in : inputs) {
      in.article().ifPresent(articles::add);
      in.error().ifPresent(e -> System.err.println("storygraph: " + in.id() + ": " + e));
      in.warning().ifPresent(w -> System.err.println("storygraph: " + in.id() + ": warning: " + w));
    }
    Story story;
    if (articles.isEmpty()) {
      story = null;
    } else {
      boolean terminal = Boolean.getBoolean("storygraph.stderrIsTerminal");
      Progress progress = !quiet && terminal ? new Progress(System.err, articles.size()) : null;
      StoryExtractor.Builder builder = StoryExtractor.builder().threads(threads)
          .articleTimeout(Duration.ofSeconds(articleTimeout)).minConfidence(minConfidence);
      if (progress != null) {
        builder.onArticle(r -> progress.done(r.articleId()));
      }
      StoryExtractor extractor = builder.build();
      if (progress != null) {
        progress.begin();
      }
      try {
        story = extractor.extractStory(articles);
      } finally {
        if (progress != null) {
          progress.finish();
        }
      }
    }
    story = withUnreadable(story, inputs);
    String text = switch (format) {
      case json -> new JsonStoryWriter().toJson(story) + "\n";
      case table -> new TableStoryWriter().withWidth(tableWidth(System.getenv("COLUMNS"))).withEvidence(evidence)
          .toTable(story);
      case ttl -> rdf.toString(story, RdfStoryWriter.Syntax.TURTLE);
      case trig -> rdf.toString(story, RdfStoryWriter.Syntax.TRIG);
      case jsonld -> rdf.toString(story, RdfStoryWriter.Syntax.JSON_LD);
      case graphml -> new GraphMlStoryWriter().toGraphMl(story);
      case html -> new HtmlStoryWriter(title()).toHtml(story);
    };
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter w = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
      w.print(text);
      w.flush();
    }
    return articles.isEmpty() ? 1 : 0;
  }

  /** The terminal's width from {@code COLUMNS}; 100 when it is not a number; never under the table's minimum. */
  static int tableWidth(String columns) {
    try {
      return Math.max(TableStoryWriter.MIN_WIDTH, Integer.parseInt(columns.strip()));
    } catch (NullPointerException | NumberFormatException e) {
      return TableStoryWriter.DEFAULT_WIDTH;
    }
  }

  /** "StoryGraph: seeds" from the paths given. */
  private String title() {
    if (paths.isEmpty()) {
      return "StoryGraph: sample articles";
    }
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      Path n = p.toAbsolutePath().normalize().getFileName();
      names.add(n == null ? p.toString() : n.toString());
    }
    return "StoryGraph: " + String.join(", ", names);
  }

  /** Bad option values and an unwritable --out are command-line errors, found before any work is done. */
  private void checkOptions() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    if (articleTimeout < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--article-timeout must be at least 1 second: " + articleTimeout);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--min-confidence must be in [0, 1]: " + minConfidence);
    }
    if (out != null) {
      Path dir = out.toAbsolutePath().getParent();
      String problem = Files.isDirectory(out) ? "is a folder"
          : dir == null || !Files.isDirectory(dir) ? "is in a folder that does not exist: " + dir
          : !Files.isWritable(dir) || Files.exists(out) && !Files.isWritable(out) ? "cannot be written" : null;
      if (problem != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " " + problem);
      }
    }
  }

  /**
   * The story with the files that could not be read put back in their place, as failed articles, and the
   * warnings about files that could be read added to their articles.
   */
  public static Story withUnreadable(Story story, List<ArticleReader.Input> inputs) {
    Map<String, dev.storygraph.ArticleSummary> byId = new LinkedHashMap<>();
    if (story != null) {
      story.articles().forEach(a -> byId.put(a.id(), a));
    }
    List<dev.storygraph.ArticleSummary> all = new ArrayList<>();
    for (ArticleReader.Input in : inputs) {
      if (in.error().isPresent()) {
        all.add(dev.storygraph.ArticleSummary.of(ArticleResult.failed(in.id(), in.error().get())));
      } else {
        dev.storygraph.ArticleSummary a = byId.get(in.id());
        if (in.warning().isPresent()) {
          String w = in.warning().get();
          a = new dev.storygraph.ArticleSummary(a.id(), a.status(), Optional.of(a.error().map(e -> w + "; " + e)
              .orElse(w)), a.referenceDate(), a.referenceDateSource(), a.tokens());
        }
        all.add(a);
      }
    }
    if (story == null) {
      return new Story(all, List.of(), List.of(), List.of(), List.of());
    }
    return new Story(all, story.entities(), story.roles(), story.facts(), story.dates());
  }

  /** Runs the command line; exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; {@code serve ...} runs {@link ServeCommand}. */
  public static int run(String... args) {
    if (args.length > 0 && args[0].equals("render")) { // a folder named render is given as ./render
      return RenderCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length > 0 && args[0].equals("serve")) {
      return ServeCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length));
    }
    return commandLine(new StoryGraphCli(), "storygraph").execute(args);
  }

  /**
   * A picocli command line as StoryGraph's launchers share it: dates as YYYY-MM-DD, enum values in any case,
   * a bad command line one line and exit code 2, a failure while running one line and exit code 1.
   *
   * @param name the command's name in its messages
   */
  public static CommandLine commandLine(Object command, String name) {
    CommandLine cl = new CommandLine(command);
    cl.registerConverter(LocalDate.class, s -> {
      try {
        return LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("not a date in the form YYYY-MM-DD: '" + s + "'");
      }
    });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println(name + ": " + e.getMessage() + " (see " + name + " --help)");
      return 2;
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      c.getErr().println(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return 1;
    });
    return cl;
  }
}
