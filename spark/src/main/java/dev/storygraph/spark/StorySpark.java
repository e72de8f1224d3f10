package dev.storygraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dev.storygraph.Article;
import dev.storygraph.ArticleResult;
import dev.storygraph.ArticleSummary;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.write.JsonStoryWriter;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Extracts and merges stories on Apache Spark: the same stories as {@link StoryExtractor#extractStory} in one
 * JVM, for corpora larger than one JVM can take.
 *
 * <pre>{@code
 * StorySpark spark = StorySpark.builder().build();
 * Dataset<Row> articles = session.read().parquet("articles");   // id, text, [referenceDate], [storyId]
 * StorySpark.Stories stories = spark.merge(articles);
 * stories.facts().show();
 * }</pre>
 *
 * <p>Input: a {@code Dataset<Row>} with string columns {@code id} and {@code text}, and optionally
 * {@code referenceDate} (a date, or an ISO string) and {@code storyId} (articles without one form one story).
 *
 * <p>CoreNLP is not serializable: each executor JVM builds one extractor lazily, the first time one of its
 * tasks needs it, and shares it across its tasks; nothing heavy is broadcast or serialized, only this object's
 * few settings. An executor needs about 1.5 GB of heap for the models beside Spark's own memory.
 *
 * <p>An article never fails the job: an article that cannot be extracted (no id, no text, a bad date, a
 * CoreNLP failure) is a row with status {@code failed} and the reason in {@code error}.
 *
 * <p>Immutable and serializable; safe to use from several driver threads.
 */
public final class StorySpark implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The schema of {@link #extract}'s rows: the contract's article fields and what the article yields. */
  public static final StructType ARTICLE_SCHEMA = Rows.ARTICLE;
  /** The schema of {@link Stories#stories()}. */
  public static final StructType STORY_SCHEMA = Rows.STORY;

  /** The flag of the rows of re-dated articles extracted again, beside {@link Rows#EXTRACTED}'s columns. */
  private static final String REDONE = "redone";

  private final Extractors.Settings settings;
  private final int partitionsPerCore;

  private StorySpark(Builder b) {
    this.settings = new Extractors.Settings(b.maxSentenceTokens, b.gazetteers);
    this.partitionsPerCore = b.partitionsPerCore;
  }

  /** A builder with the extractor's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts every article, one row per article in the schema {@link #ARTICLE_SCHEMA}: {@code storyId},
   * the contract's article fields ({@code id}, {@code referenceDate}, {@code referenceDateSource},
   * {@code status}, {@code error}, {@code tokens}) and the article's {@code entities}, {@code roles},
   * {@code facts} and {@code dates} as nested columns. Lazy, like every Spark transformation.
   */
  public Dataset<Row> extract(Dataset<Row> articles) {
    Dataset<Row> extracted = extracted(articles);
    return extracted.select(Arrays.stream(Rows.ARTICLE.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Extracts the articles and merges them per {@code storyId} with the steps and the merger of the single
   * JVM: extract, merge, extract again the articles the story re-dates, merge again. Both extractions run
   * article by article across the cluster; each story is merged in one task. The first extraction and the
   * stories are persisted (memory and disk) so that nothing is extracted twice; {@link Stories#unpersist()}
   * frees them.
   */
  public Stories merge(Dataset<Row> articles) {
    Extractors.Settings s = settings;
    // Read twice (for the articles to re-date, and by the final merge): extracted once.
    Dataset<Row> extracted = extracted(articles).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> again = extracted
        .groupByKey((MapFunction<Row, String>) StorySpark::storyKey, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> redated(s, rows),
            Encoders.row(Rows.INPUT));
    Dataset<Row> redone = extractInput(again);
    Dataset<Row> stories = extracted.withColumn(REDONE, lit(false))
        .union(redone.withColumn(REDONE, lit(true)))
        .groupByKey((MapFunction<Row, String>) StorySpark::storyKey, Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, Row>) (key, rows) -> mergeStory(s, rows),
            Encoders.row(Rows.STORY))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Stories(stories, extracted);
  }

  /** The grouping key of a row's story: articles without a story id form one story. */
  private static String storyKey(Row r) {
    String id = Rows.get(r, Rows.EXTRACTED, "storyId");
    return id == null ? "" : "=" + id;
  }

  /** Loads this JVM's extractor now, as an executor would on its first task; returns the load time (ms). */
  public long warmUp() {
    return Extractors.loaded(settings).loadMillis();
  }

  private Dataset<Row> extracted(Dataset<Row> articles) {
    requireNonNull(articles, "articles");
    Set<String> cols = new HashSet<>(Arrays.asList(articles.columns()));
    checkArgument(cols.contains("id") && cols.contains("text"), "articles need columns id and text: %s", cols);
    return extractInput(articles.select(
        col("id").cast("string").as("id"),
        col("text").cast("string").as("text"),
        (cols.contains("referenceDate") ? col("referenceDate").cast("string") : lit(null).cast("string"))
            .as("referenceDate"),
        (cols.contains("storyId") ? col("storyId").cast("string") : lit(null).cast("string")).as("storyId")));
  }

  /** Extracts rows of {@link Rows#INPUT} into rows of {@link Rows#EXTRACTED}. */
  private Dataset<Row> extractInput(Dataset<Row> in) {
    int partitions = in.sparkSession().sparkContext().defaultParallelism() * partitionsPerCore;
    Extractors.Settings s = settings;
    // Several small partitions per core: articles differ in length, and a free core takes the next one.
    return in.repartition(partitions)
        .map((MapFunction<Row, Row>) r -> extractOne(s, r), Encoders.row(Rows.EXTRACTED));
  }

  /** Extracts one input row; never throws for the row's content. */
  static Row extractOne(Extractors.Settings settings, Row in) {
    String id = in.getString(0);
    String text = in.getString(1);
    String date = in.getString(2);
    String storyId = in.getString(3);
    if (id == null || id.isBlank()) {
      return Rows.failed(storyId, id, "article has no id", text, date);
    }
    if (text == null) {
      return Rows.failed(storyId, id, "article " + id + " has no text", null, date);
    }
    Article article = Article.of(id, text);
    if (date != null) {
      try {
        article = article.withReferenceDate(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        return Rows.failed(storyId, id, "article " + id + ": referenceDate is not an ISO date: '" + date + "'", text,
            date);
      }
    }
    ArticleResult r;
    try {
      r = Extractors.get(settings).extract(article);
    } catch (RuntimeException | StackOverflowError e) {
      // StoryExtractor catches per article already; this keeps one article from failing the job whatever it throws.
      r = ArticleResult.failed(id, "article " + id + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return Rows.article(storyId, r, text, date);
  }

  /**
   * The articles of one story that its merge re-dates, as input rows with the story's date, for
   * {@link #extractInput}: what {@link StoryExtractor#redated} returns.
   */
  static Iterator<Row> redated(Extractors.Settings settings, Iterator<Row> rows) {
    Parsed p = parse(rows, false);
    if (p.articles().isEmpty()) {
      return List.<Row>of().iterator();
    }
    List<Row> out = new ArrayList<>();
    try {
      for (Article a : Extractors.get(settings).redated(p.articles(), p.results())) {
        out.add(RowFactory.create(a.id(), a.text(), a.referenceDate().map(LocalDate::toString).orElse(null),
            p.storyId()));
      }
    } catch (RuntimeException | StackOverflowError e) {
      // The story's merge fails the same way and says why in its row.
      return List.<Row>of().iterator();
    }
    return out.iterator();
  }

  /**
   * Merges the extracted rows of one story as {@link StoryExtractor#extractStory} does; the rows flagged
   * {@link #REDONE} are the re-dated articles extracted again.
   */
  static Row mergeStory(Extractors.Settings settings, Iterator<Row> rows) {
    Parsed p = parse(rows, true);
    if (p.articles().isEmpty()) {
      return Rows.failedStory(p.storyId(), p.summaries(), "story " + p.storyId() + " has no article with an id");
    }
    try {
      Story story = Extractors.get(settings).mergeStory(p.articles(), p.results(), p.redone());
      List<ArticleSummary> withRejected = new ArrayList<>(story.articles());
      withRejected.addAll(p.rejected());
      story = new Story(withRejected, story.entities(), story.roles(), story.facts(), story.dates());
      return Rows.story(p.storyId(), story, new JsonStoryWriter().toJson(story));
    } catch (RuntimeException | StackOverflowError e) {
      return Rows.failedStory(p.storyId(), p.summaries(), "story " + p.storyId() + ": " + e.getClass().getSimpleName()
          + ": " + e.getMessage());
    }
  }

  /**
   * One story's rows as the single JVM's input: its articles and results in a deterministic order, the
   * articles rejected for a repeated id, and the results of the re-dated articles extracted again.
   */
  private record Parsed(String storyId, List<Article> articles, List<ArticleResult> results,
      List<ArticleSummary> rejected, List<ArticleResult> redone) {
    List<ArticleSummary> summaries() {
      List<ArticleSummary> out = new ArrayList<>(results.stream().map(ArticleSummary::of).toList());
      out.addAll(rejected);
      return out;
    }
  }

  private static Parsed parse(Iterator<Row> rows, boolean flagged) {
    List<Row> all = new ArrayList<>();
    List<ArticleResult> redone = new ArrayList<>();
    int flag = Rows.EXTRACTED.length();
    rows.forEachRemaining(r -> {
      if (flagged && r.getBoolean(flag)) {
        redone.add(Rows.toArticleResult(r));
      } else {
        all.add(r);
      }
    });
    String storyId = all.isEmpty() ? null : Rows.get(all.get(0), Rows.EXTRACTED, "storyId");
    // A deterministic order: the story does not depend on the order in which the rows arrive.
    all.sort(Comparator.comparing((Row r) -> Rows.<String>get(r, Rows.EXTRACTED, "id"),
            Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(r -> Rows.<String>get(r, Rows.EXTRACTED, "text"), Comparator.nullsFirst(Comparator.naturalOrder())));
    List<Article> articles = new ArrayList<>();
    List<ArticleResult> results = new ArrayList<>();
    List<ArticleSummary> rejected = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row r : all) {
      String id = Rows.get(r, Rows.EXTRACTED, "id");
      if (id == null || id.isBlank()) {
        continue; // no id, no place in a story; its row in extract() says why
      }
      if (!ids.add(id)) {
        rejected.add(ArticleSummary.of(ArticleResult.failed(id, "article id " + id + " is not unique in story "
            + storyId)));
        continue;
      }
      String text = Rows.get(r, Rows.EXTRACTED, "text");
      String date = Rows.get(r, Rows.EXTRACTED, "givenReferenceDate");
      Article a = Article.of(id, text == null ? "" : text);
      ArticleResult result = Rows.toArticleResult(r);
      if (date != null && result.status() != Status.FAILED) {
        a = a.withReferenceDate(LocalDate.parse(date)); // parsed before, or the article failed
      }
      articles.add(a);
      results.add(result);
    }
    return new Parsed(storyId, articles, results, rejected, redone);
  }

  /**
   * The stories of a {@link #merge}: one row per story, and its entities, roles, facts and articles as
   * datasets with a {@code storyId} column. Views of one persisted dataset.
   */
  public static final class Stories {
    private final Dataset<Row> stories;
    private final Dataset<Row> extracted;

    Stories(Dataset<Row> stories, Dataset<Row> extracted) {
      this.stories = stories;
      this.extracted = extracted;
    }

    /**
     * One row per story ({@link #STORY_SCHEMA}): {@code storyId}, its {@code articles}, {@code entities},
     * {@code roles}, {@code facts} and {@code dates}, the story as the JSON contract in {@code json}, and
     * {@code error} when the story could not be merged (then {@code json} is null).
     */
    public Dataset<Row> stories() {
      return stories;
    }

    /** One row per article of every story: {@code storyId} and the contract's article fields. */
    public Dataset<Row> articles() {
      return flat("articles");
    }

    /** One row per entity of every story: {@code storyId} and the entity's fields. */
    public Dataset<Row> entities() {
      return flat("entities");
    }

    /** One row per role of every story: {@code storyId} and the role's fields. */
    public Dataset<Row> roles() {
      return flat("roles");
    }

    /** One row per fact of every story: {@code storyId} and the fact's fields. */
    public Dataset<Row> facts() {
      return flat("facts");
    }

    /** The stories, collected to the driver, as {@link Story} records keyed by story id (null: no storyId). */
    public Map<String, Story> collect() {
      Map<String, Story> out = new LinkedHashMap<>();
      for (Row r : stories.collectAsList()) {
        String error = Rows.get(r, Rows.STORY, "error");
        checkState(error == null, "%s", error);
        out.put(Rows.get(r, Rows.STORY, "storyId"), Rows.toStory(r));
      }
      return out;
    }

    /** Frees the persisted stories and extraction. */
    public void unpersist() {
      stories.unpersist();
      extracted.unpersist();
    }

    private Dataset<Row> flat(String field) {
      return stories.select(col("storyId"), explode(col(field)).as("x")).select(col("storyId"), col("x.*"));
    }
  }

  /** Configures a {@link StorySpark}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private int maxSentenceTokens = 150;
    private int partitionsPerCore = 4;
    private final List<String> gazetteers = new ArrayList<>();

    private Builder() {}

    /** As {@link StoryExtractor.Builder#maxSentenceTokens}. */
    public Builder maxSentenceTokens(int n) {
      checkArgument(n >= 20, "maxSentenceTokens must be at least 20: %s", n);
      this.maxSentenceTokens = n;
      return this;
    }

    /** As {@link StoryExtractor.Builder#gazetteer}; the file must be readable at this path on every executor. */
    public Builder gazetteer(Path file) {
      requireNonNull(file, "file");
      checkArgument(Files.isReadable(file), "gazetteer is not a readable file: %s", file);
      gazetteers.add(file.toAbsolutePath().toString());
      return this;
    }

    /** Extraction partitions per core of the cluster (default 4): more balance long and short articles. */
    public Builder partitionsPerCore(int n) {
      checkArgument(n >= 1, "partitionsPerCore must be at least 1: %s", n);
      this.partitionsPerCore = n;
      return this;
    }

    /** The configured {@link StorySpark}; loads nothing. */
    public StorySpark build() {
      return new StorySpark(this);
    }
  }
}
