package dev.storygraph.spark;

import dev.storygraph.ArticleInput;
import dev.storygraph.Articles;
import dev.storygraph.Story;
import dev.storygraph.examples.StoryGraphCli;
import dev.storygraph.write.JsonStoryWriter;
import dev.storygraph.write.TableStoryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storygraph-spark}: the {@code storygraph} command on Spark. Reads the same files, builds the story
 * with {@link StorySpark} and writes the same output.
 */
@Command(name = "storygraph-spark", mixinStandardHelpOptions = true, version = "storygraph-spark 0.1.0",
    description = {
        "Extracts who did what, with whom, where and when from English news articles (.txt files) on Apache Spark "
            + "and merges them into one story, as storygraph does in one JVM."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one article was read", "1:no article could be read", "2:bad command line"})
public final class StorySparkCli implements Callable<Integer> {

  /** Output formats. */
  enum Format { table, json }

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] or spark://host:7077. Default: the one spark-submit sets, else "
          + "local[*].")
  String master;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Reference date of every article. Default: each article's own dateline, else the story's.")
  LocalDate date;

  @Option(names = "--format", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the story to FILE instead of standard output.")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or folders of .txt articles; folders are read recursively.")
  List<Path> paths = new ArrayList<>();

  private static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("referenceDate", DataTypes.StringType, true);

  @Override
  public Integer call() throws IOException {
    List<ArticleInput> inputs = Articles.read(paths, date);
    if (inputs.isEmpty()) {
      System.err.println("storygraph-spark: no .txt article found in " + paths);
      return 1;
    }
    List<Row> rows = new ArrayList<>();
    for (ArticleInput in : inputs) {
      in.article().ifPresent(a -> rows.add(RowFactory.create(a.id(), a.text(),
          a.referenceDate().map(LocalDate::toString).orElse(null))));
      in.error().ifPresent(e -> System.err.println("storygraph-spark: " + in.id() + ": " + e));
    }
    Story story = null;
    if (!rows.isEmpty()) {
      SparkSession.Builder b = SparkSession.builder().appName("storygraph");
      if (master != null) {
        b.master(master);
      } else if (System.getProperty("spark.master") == null) {
        b.master("local[*]");
      }
      if (String.valueOf(master).startsWith("local") || master == null && System.getProperty("spark.master") == null) {
        // local mode: the driver is the only executor; it listens on the loopback interface only
        b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
      }
      SparkSession spark = b.getOrCreate();
      try {
        StorySpark.Stories stories = StorySpark.builder().build().merge(spark.createDataFrame(rows, INPUT));
        story = stories.collect().values().iterator().next();
      } finally {
        spark.stop();
      }
    }
    story = StoryGraphCli.withUnreadable(story, inputs);
    String text = format == Format.json ? new JsonStoryWriter().toJson(story) + "\n"
        : new TableStoryWriter().toTable(story);
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter w = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
      w.print(text);
      w.flush();
    }
    return rows.isEmpty() ? 1 : 0;
  }

  /** Runs the command line; exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return StoryGraphCli.commandLine(new StorySparkCli(), "storygraph-spark").execute(args);
  }
}
