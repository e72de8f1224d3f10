package dev.storygraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Article;
import dev.storygraph.ArticleSummary;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.write.JsonStoryWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode (local[2]) against the single JVM, in one test JVM: the executors' extractor is this
 * JVM's, so CoreNLP loads once and serves both paths.
 */
final class StorySparkTest {
  private static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("referenceDate", DataTypes.StringType, true)
      .add("storyId", DataTypes.StringType, true);

  private static SparkSession spark;
  private static StorySpark storySpark;
  private static StoryExtractor singleJvm;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("StorySparkTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    storySpark = StorySpark.builder().build();
    storySpark.warmUp();
    singleJvm = Extractors.get(new Extractors.Settings(150, List.of()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void merge_seeds_equalsTheSingleJvmStory() {
    assertSameStory(articles(shared().resolve("corpus/seeds")));
  }

  @Test
  void merge_meantimeTopic_equalsTheSingleJvmStory() {
    assertSameStory(articles(shared().resolve("corpus/meantime/apple")));
  }

  @Test
  void extract_badArticles_comeBackAsFailedRows() {
    Dataset<Row> in = spark.createDataFrame(List.of(
        RowFactory.create("good", "Kenyan President Grace Otieno visited Kampala on Friday.", "2024-05-06", "s1"),
        RowFactory.create("blank", "   \n ", null, "s1"),
        RowFactory.create("no-text", null, null, "s1"),
        RowFactory.create(null, "An article without an id.", null, "s1"),
        RowFactory.create("bad-date", "Grace Otieno returned to Nairobi.", "last Tuesday", "s2")), INPUT);
    Map<String, Row> rows = new java.util.HashMap<>();
    for (Row r : storySpark.extract(in).collectAsList()) {
      rows.put(String.valueOf(r.<String>getAs("id")), r);
    }
    assertThat(rows).containsOnlyKeys("good", "blank", "no-text", "null", "bad-date");
    assertThat(rows.get("good").<String>getAs("status")).isEqualTo("ok");
    assertThat(rows.get("good").<String>getAs("referenceDate")).isEqualTo("2024-05-06");
    assertThat(rows.get("good").getList(rows.get("good").fieldIndex("entities"))).isNotEmpty();
    for (String bad : List.of("blank", "no-text", "null", "bad-date")) {
      assertThat(rows.get(bad).<String>getAs("status")).as(bad).isEqualTo("failed");
      assertThat(rows.get(bad).<String>getAs("error")).as(bad).isNotBlank();
    }
    assertThat(rows.get("bad-date").<String>getAs("error")).contains("last Tuesday");

    Map<String, Story> stories = storySpark.merge(in).collect();
    assertThat(stories).containsOnlyKeys("s1", "s2");
    assertThat(stories.get("s1").articles()).extracting(ArticleSummary::id).containsExactly("blank", "good",
        "no-text");
    assertThat(stories.get("s1").articles()).extracting(ArticleSummary::status)
        .containsExactly(Status.FAILED, Status.OK, Status.FAILED);
    assertThat(stories.get("s1").entities()).anyMatch(e -> e.name().equals("Grace Otieno"));
    assertThat(stories.get("s2").articles()).singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(Status.FAILED));
  }

  /** The story of the articles on Spark, given in reverse order, equals the single JVM's, record for record. */
  private static void assertSameStory(List<Article> articles) {
    Story single = singleJvm.extractStory(articles);
    List<Row> rows = new ArrayList<>();
    articles.forEach(a -> rows.add(RowFactory.create(a.id(), a.text(), null, null)));
    Collections.reverse(rows);
    StorySpark.Stories stories = storySpark.merge(spark.createDataFrame(rows, INPUT));
    Map<String, Story> byId = stories.collect();
    assertThat(byId).hasSize(1);
    Story onSpark = byId.values().iterator().next();
    JsonStoryWriter json = new JsonStoryWriter();
    assertThat(json.toJson(onSpark)).isEqualTo(json.toJson(single));
    assertThat(onSpark).isEqualTo(single);
    assertThat(stories.facts().count()).isEqualTo(single.facts().size());
    assertThat(stories.entities().count()).isEqualTo(single.entities().size());
    stories.unpersist();
  }

  private static Path shared() {
    Path p = Path.of(System.getProperty("storygraph.shared", "../../shared")).toAbsolutePath().normalize();
    assertThat(p.resolve("corpus/seeds")).as("reference data beside the checkout").isDirectory();
    return p;
  }

  private static List<Article> articles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
        try {
          String name = f.getFileName().toString();
          return Article.of(name.substring(0, name.length() - 4), Files.readString(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
