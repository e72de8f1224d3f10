package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.storygraph.annotate.CoreNlpPipeline;
import dev.storygraph.annotate.Doc;
import dev.storygraph.clean.Cleaner;
import dev.storygraph.clean.DatelineParser;
import dev.storygraph.extract.ArticleEntities;
import dev.storygraph.extract.DateNormalizer;
import dev.storygraph.extract.EntityExtractor;
import dev.storygraph.extract.FactExtractor;
import dev.storygraph.extract.Lexicons;
import dev.storygraph.extract.RoleExtractor;
import dev.storygraph.merge.StoryMerger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts who did what, with whom, where and when from English news articles, and merges the articles of
 * one story into one {@link Story}.
 *
 * <pre>{@code
 * StoryExtractor extractor = StoryExtractor.builder().threads(2).build();
 * Story story = extractor.extractStory(List.of(
 *     Article.of("a1", text1).withReferenceDate(LocalDate.of(2023, 9, 18)),
 *     Article.of("a2", text2)));
 * story.facts().forEach(System.out::println);
 * }</pre>
 *
 * <p>{@link Builder#build()} loads the CoreNLP models (some seconds, 2 GB of heap), once. An extractor is
 * immutable and thread-safe: one instance can serve many threads at once, and should, since each instance
 * holds its own models.
 */
public final class StoryExtractor {
  private final CoreNlpPipeline pipeline;
  private final Cleaner cleaner = new Cleaner();
  private final DatelineParser datelines = new DatelineParser();
  private final EntityExtractor entities;
  private final RoleExtractor roles;
  private final DateNormalizer dates = new DateNormalizer();
  private final FactExtractor facts;
  private final StoryMerger merger;
  private final int threads;

  private StoryExtractor(Builder b) {
    Lexicons lex = Lexicons.load(b.gazetteers);
    this.entities = new EntityExtractor(lex);
    this.roles = new RoleExtractor(lex);
    this.facts = new FactExtractor(lex);
    this.merger = new StoryMerger(lex);
    this.threads = b.threads;
    this.pipeline = new CoreNlpPipeline(b.maxSentenceTokens);
  }

  /** A builder with the defaults: one thread per core for stories, sentences capped at 150 tokens. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts one article. Never throws for the article's content: an empty article, or one CoreNLP fails
   * on, comes back with {@link Status#FAILED} and the reason.
   */
  public ArticleResult extract(Article article) {
    requireNonNull(article, "article");
    try {
      return extractOrThrow(article);
    } catch (RuntimeException e) {
      return ArticleResult.failed(article.id(), "article " + article.id() + ": " + describe(e));
    }
  }

  private ArticleResult extractOrThrow(Article article) {
    String text = article.text();
    if (text.isBlank()) {
      return ArticleResult.failed(article.id(), "article " + article.id() + " is empty");
    }
    Optional<LocalDate> ref = article.referenceDate();
    ReferenceDateSource source = ReferenceDateSource.GIVEN;
    if (ref.isEmpty()) {
      Optional<DatelineParser.Found> found = datelines.find(text);
      ref = found.map(DatelineParser.Found::date);
      source = found.isPresent() ? ReferenceDateSource.TEXT : ReferenceDateSource.NONE;
    }
    String cleaned = cleaner.clean(text);
    Doc doc;
    try {
      doc = pipeline.annotate(cleaned, ref.orElse(null));
    } catch (RuntimeException e) {
      throw new ExtractionException("CoreNLP failed on article " + article.id() + ": " + describe(e), e);
    }
    ArticleEntities ents = entities.extract(article.id(), doc);
    List<Role> rs = roles.extract(article.id(), doc, ents);
    List<DateNormalizer.Dated> ds = dates.normalize(article.id(), doc, ref.orElse(null));
    List<Fact> fs = facts.extract(article.id(), doc, ents, rs, ds, ref.orElse(null));
    List<DateExpression> exprs = ds.stream().map(DateNormalizer.Dated::expression).toList();
    return new ArticleResult(article.id(), Status.OK, Optional.empty(), ref, source, doc.tokens().size(),
        ents.entities(), rs, exprs, fs);
  }

  /**
   * Extracts every article, on the builder's number of threads, and merges them into one story. Every
   * article given comes back in {@link Story#articles()}, in the order given, failed ones included.
   */
  public Story extractStory(Collection<Article> articles) {
    requireNonNull(articles, "articles");
    List<Article> list = List.copyOf(articles);
    checkArgument(list.stream().map(Article::id).distinct().count() == list.size(),
        "article ids must be unique in a story: %s", list.stream().map(Article::id).toList());
    return merge(extractAll(list));
  }

  /** Extracts every article on the builder's number of threads; results in the order given. */
  public List<ArticleResult> extractAll(List<Article> articles) {
    if (threads <= 1 || articles.size() <= 1) {
      return articles.stream().map(this::extract).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, articles.size()));
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> extract(a)));
      }
      List<ArticleResult> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          out.add(ArticleResult.failed(articles.get(i).id(), describe(e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ExtractionException("interrupted while extracting article " + articles.get(i).id(), e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Merges per-article results into one story: entities across articles, facts with their support, and
   * reference dates taken from the story where an article has none. Articles that need their dates
   * normalized again are not re-annotated; their date values are recomputed.
   */
  public Story merge(List<ArticleResult> results) {
    return merger.merge(results);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Configures a {@link StoryExtractor}. Not thread-safe; the extractor it builds is. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxSentenceTokens = 150;
    private final List<Path> gazetteers = new ArrayList<>();
    private boolean built;

    private Builder() {}

    /** Threads used by {@link #extractStory} and {@link #extractAll}; at least 1. */
    public Builder threads(int n) {
      checkArgument(n >= 1, "threads must be at least 1: %s", n);
      this.threads = n;
      return this;
    }

    /** The tagger handles longer sentences in chunks of this many tokens; at least 20. */
    public Builder maxSentenceTokens(int n) {
      checkArgument(n >= 20, "maxSentenceTokens must be at least 20: %s", n);
      this.maxSentenceTokens = n;
      return this;
    }

    /**
     * Adds a gazetteer file in the format of the models' {@code places.tsv}: name, kind, partOf, aliases,
     * demonyms, tab-separated. Its places join the built-in ones.
     */
    public Builder gazetteer(Path file) {
      requireNonNull(file, "file");
      checkArgument(java.nio.file.Files.isReadable(file), "gazetteer is not a readable file: %s", file);
      gazetteers.add(file);
      return this;
    }

    /** Loads the models and returns the extractor. A builder builds once. */
    public StoryExtractor build() {
      checkState(!built, "this builder has already built an extractor");
      built = true;
      return new StoryExtractor(this);
    }
  }
}
