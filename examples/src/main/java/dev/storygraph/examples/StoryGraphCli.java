package dev.storygraph.examples;

import dev.storygraph.Article;
import dev.storygraph.ArticleInput;
import dev.storygraph.ArticleResult;
import dev.storygraph.Articles;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.examples.serve.ServeCommand;
import dev.storygraph.write.RdfStoryWriter;
import dev.storygraph.write.TableStoryWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storygraph}: extracts the story of a folder of articles and prints it. */
@Command(name = "storygraph", mixinStandardHelpOptions = true, version = "storygraph 0.1.0",
    description = {
        "Extracts who did what, with whom, where and when from English news articles (.txt files) and merges "
            + "them into one story.",
        "With no PATH, extracts the story of the bundled sample articles; - reads one article from standard "
            + "input (id stdin).",
        "Output files are written whole or not at all (a temporary file beside each, then a rename, once every "
            + "file is complete); a run that read no article writes nothing.",
        "`storygraph render STORY.json --out FILE...` writes a saved story in other formats without CoreNLP "
            + "(storygraph render --help); `storygraph serve` answers HTTP (storygraph serve --help)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no article failed (each ok, or skipped with a reason)",
        "3:some articles failed, at least one was read; the story holds the rest",
        "1:no article was read (nothing to read, every article failed, or the models could not load); nothing "
            + "written",
        "2:bad command line, found before any work",
        "4:an output could not be written; no output file changed (wins over 0, 1 and 3)",
        "130:interrupted (Ctrl-C); nothing written", "143:terminated (SIGTERM); nothing written"})
public final class StoryGraphCli implements Callable<Integer> {

  /** Output formats: every one is a view of the same story (docs/OUTPUT.md); {@code serve} takes them too. */
  public enum Format { table, json, ttl, trig, jsonld, graphml, html }

  /** The least heap, in MiB, with which the models load and the seeds extract ({@code bin/bench heap}: 768m). */
  static final long MIN_HEAP_MIB = 700;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Reference date of every article (the day they were written), a year from 1000 to 9999. "
          + "Default: each article's own dateline, else the story's.")
  LocalDate date;

  @Option(names = "--format", paramLabel = "F",
      description = "Format on standard output: ${COMPLETION-CANDIDATES} (default: table when no --out is given; "
          + "with --out, only when given and no --out file has that format). json is the story contract "
          + "(docs/OUTPUT.md); ttl, trig and jsonld are RDF; graphml is for Gephi, yEd, Cytoscape or NetworkX; "
          + "html is one page to open in a browser, offline.")
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

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the story to FILE; may be given several times. The format comes from the extension: "
          + ".json, .ttl, .trig, .jsonld, .graphml, .html, .txt (the table). With --out and no --format nothing "
          + "goes to standard output.")
  List<Path> out = new ArrayList<>();

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
      description = "Files or folders of .txt articles; folders are read recursively; - is standard input.")
  List<Path> paths = new ArrayList<>();

  /** Opens the streams of output files; tests inject a failing one. */
  private final Outputs.Opener opener;

  StoryGraphCli(Outputs.Opener opener) {
    this.opener = opener;
  }

  /** A command line that writes to the file system. */
  public StoryGraphCli() {
    this(Outputs.FILES);
  }

  @Override
  public Integer call() throws IOException {
    List<Outputs.Target> targets = checkOptions();
    Outputs outputs = new Outputs(opener, base, title(),
        new TableStoryWriter().withWidth(tableWidth(System.getenv("COLUMNS"))).withEvidence(evidence));
    Interruption interruption = new Interruption(outputs);
    interruption.install();
    try {
      return run(targets, outputs, interruption);
    } finally {
      interruption.uninstall();
    }
  }

  private int run(List<Outputs.Target> targets, Outputs outputs, Interruption interruption) throws IOException {
    List<ArticleInput> inputs = readInputs();
    if (inputs.isEmpty()) {
      System.err.println("storygraph: no .txt article found in " + paths + "; nothing written");
      return 1;
    }
    List<Article> articles = new ArrayList<>();
    for (ArticleInput in : inputs) {
      in.article().ifPresent(articles::add);
      in.error().ifPresent(e -> System.err.println("storygraph: " + in.id() + ": " + e));
      in.warning().ifPresent(w -> System.err.println("storygraph: " + in.id() + ": warning: " + w));
    }
    interruption.total = inputs.size();
    Story story = articles.isEmpty() ? null : extract(articles, interruption);
    story = withUnreadable(story, inputs);
    long failed = story.articles().stream().filter(a -> a.status() == Status.FAILED).count();
    Set<String> unreadable = new HashSet<>();
    inputs.stream().filter(in -> in.error().isPresent()).forEach(in -> unreadable.add(in.id()));
    story.articles().stream().filter(a -> a.status() == Status.FAILED && !unreadable.contains(a.id()))
        .forEach(a -> System.err.println("storygraph: " + a.id() + ": failed: " + a.error().orElse("")));
    if (failed == story.articles().size()) {
      System.err.println("storygraph: no article could be read (" + failed + " failed); nothing written");
      return 1;
    }
    try {
      outputs.writeAll(story, targets);
    } catch (IOException e) {
      System.err.println("storygraph: " + e.getMessage() + "; no output file was changed");
      return 4;
    }
    interruption.finished = true; // the files are written: an interruption now changes nothing
    Format shown = format != null ? format : targets.isEmpty() ? Format.table : null;
    if (shown != null && (targets.isEmpty() || targets.stream().noneMatch(t -> t.format().equals(shown.name())))) {
      PrintStream stdout = System.out;
      outputs.write(story, shown.name(), stdout); // bytes in UTF-8, whatever the platform's encoding
      if (stdout.checkError()) {
        System.err.println("storygraph: cannot write to standard output");
        return 4;
      }
    }
    return failed > 0 ? 3 : 0;
  }

  /** The articles of the paths given: files, folders and standard input ("-"), or the samples. */
  private List<ArticleInput> readInputs() throws IOException {
    if (paths.isEmpty()) {
      return ArticleReader.samples(date);
    }
    List<Path> files = paths.stream().filter(p -> !p.toString().equals("-")).toList();
    List<ArticleInput> inputs = new ArrayList<>(Articles.read(files, date));
    if (files.size() < paths.size()) {
      inputs.add(Articles.read(System.in, date));
    }
    return inputs;
  }

  /** Loads the models (after a heap check) and extracts the story. */
  private Story extract(List<Article> articles, Interruption interruption) {
    long heapMib = Runtime.getRuntime().maxMemory() >> 20;
    if (heapMib < MIN_HEAP_MIB) {
      throw new CommandLine.ExecutionException(spec.commandLine(), String.format(java.util.Locale.ROOT,
          "the Java heap is %d MB; loading the models needs -Xmx768m or more: set STORYGRAPH_JAVA_OPTS=-Xmx1g",
          heapMib));
    }
    boolean terminal = Boolean.getBoolean("storygraph.stderrIsTerminal");
    Progress progress = !quiet && terminal ? new Progress(System.err, articles.size()) : null;
    StoryExtractor.Builder builder = StoryExtractor.builder().threads(threads)
        .articleTimeout(Duration.ofSeconds(articleTimeout)).minConfidence(minConfidence).onArticle(r -> {
          interruption.done.incrementAndGet();
          if (progress != null) {
            progress.done(r.articleId());
          }
        });
    StoryExtractor extractor;
    try {
      extractor = builder.build();
    } catch (OutOfMemoryError e) {
      throw new CommandLine.ExecutionException(spec.commandLine(), "ran out of memory loading the models: set "
          + "STORYGRAPH_JAVA_OPTS=-Xmx1g (now " + heapMib + " MB)");
    }
    interruption.loaded = true;
    if (progress != null) {
      progress.begin();
    }
    try {
      return extractor.extractStory(articles);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
  }

  /**
   * Tells, on Ctrl-C or SIGTERM, how far the run got and that nothing was written, and deletes the temporary
   * output files; the JVM then exits with 130 or 143.
   */
  private static final class Interruption {
    private final Outputs outputs;
    private final Thread hook = new Thread(this::report, "storygraph-interrupted");
    final AtomicInteger done = new AtomicInteger();
    volatile int total;
    volatile boolean loaded;
    volatile boolean finished;

    Interruption(Outputs outputs) {
      this.outputs = outputs;
    }

    void install() {
      Runtime.getRuntime().addShutdownHook(hook);
    }

    void uninstall() {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs
      }
    }

    private static String articles(int n) {
      return n + (n == 1 ? " article" : " articles");
    }

    private void report() {
      if (finished) {
        return;
      }
      outputs.deleteTemporary();
      System.err.println("storygraph: interrupted " + (total == 0 ? "while reading the articles"
          : !loaded ? "while loading the models, before any of " + articles(total)
          : "after " + done.get() + " of " + articles(total)) + "; nothing was written");
      System.err.flush();
    }
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

  /**
   * Bad option values and outputs that cannot be written are command-line errors, found before any work is
   * done.
   *
   * @return the output files, each with its format
   */
  private List<Outputs.Target> checkOptions() {
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
    Outputs.checkBase(base).ifPresent(problem -> {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + problem);
    });
    if (paths.stream().filter(p -> p.toString().equals("-")).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) may be given once");
    }
    List<Outputs.Target> targets = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path o : out) {
      Outputs.Target t;
      try {
        t = Outputs.target(o);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      if (!seen.add(t.file().normalize())) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out " + o + " is given twice");
      }
      targets.add(t);
    }
    return targets;
  }

  /**
   * The story with the files that could not be read put back in their place, as failed articles, and the
   * warnings about files that could be read added to their articles.
   */
  public static Story withUnreadable(Story story, List<ArticleInput> inputs) {
    Map<String, dev.storygraph.ArticleSummary> byId = new LinkedHashMap<>();
    if (story != null) {
      story.articles().forEach(a -> byId.put(a.id(), a));
    }
    List<dev.storygraph.ArticleSummary> all = new ArrayList<>();
    for (ArticleInput in : inputs) {
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
      LocalDate d;
      try {
        d = LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("not a date in the form YYYY-MM-DD, a year from "
            + Article.MIN_YEAR + " to " + Article.MAX_YEAR + ": '" + s + "'");
      }
      if (d.getYear() < Article.MIN_YEAR || d.getYear() > Article.MAX_YEAR) {
        throw new CommandLine.TypeConversionException("a reference date must have a year from " + Article.MIN_YEAR
            + " to " + Article.MAX_YEAR + ": '" + s + "'");
      }
      return d;
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
