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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
   * article given comes back in {@link Story#articles()}, in the order given, failed ones included; the
   * story itself does not depend on that order (see {@link #mergeStory}).
   */
  public Story extractStory(Collection<Article> articles) {
    requireNonNull(articles, "articles");
    List<Article> list = List.copyOf(articles);
    checkUniqueIds(list);
    return mergeStory(list, extractAll(list));
  }

  /**
   * The steps of {@link #extractStory} that follow the first extraction, for callers that extract the
   * articles elsewhere (on a cluster) and merge them here: merge, extract again the articles the story
   * re-dates, merge again. The articles are merged in the order of their ids, so that the story does not
   * depend on the order in which they arrive; {@link Story#articles()} keeps the order given.
   *
   * @param articles the articles of the story, ids unique
   * @param results  their results, as {@link #extract} gave them, in the same order
   */
  public Story mergeStory(List<Article> articles, List<ArticleResult> results) {
    requireNonNull(articles, "articles");
    requireNonNull(results, "results");
    checkArgument(articles.size() == results.size(), "%s articles but %s results", articles.size(), results.size());
    checkUniqueIds(articles);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      checkArgument(articles.get(i).id().equals(results.get(i).articleId()),
          "result %s is not that of article %s", results.get(i).articleId(), articles.get(i).id());
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> articles.get(i).id()));
    List<ArticleResult> sortedResults = order.stream().map(results::get).toList();
    Story story = redate(order.stream().map(articles::get).toList(), sortedResults, merge(sortedResults));
    Map<String, ArticleSummary> byId = new HashMap<>();
    story.articles().forEach(a -> byId.put(a.id(), a));
    List<ArticleSummary> given = articles.stream().map(a -> byId.get(a.id())).toList();
    return new Story(given, story.entities(), story.roles(), story.facts(), story.dates());
  }

  private static void checkUniqueIds(List<Article> articles) {
    checkArgument(articles.stream().map(Article::id).distinct().count() == articles.size(),
        "article ids must be unique in a story: %s", articles.stream().map(Article::id).toList());
  }

  /**
   * Articles without a reference date of their own take the story's when they tell of the same events (they
   * share a fact or two people with a dated article); a bare page-header date gives way to the story's when
   * the article's own facts then agree better with the dated articles. Those articles are extracted again.
   */
  private Story redate(List<Article> articles, List<ArticleResult> results, Story story) {
    Map<LocalDate, Integer> strong = new HashMap<>();
    Set<String> strongIds = new HashSet<>();
    List<Boolean> weak = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleResult r = results.get(i);
      boolean header = r.referenceDateSource() == ReferenceDateSource.TEXT && datelines.find(articles.get(i).text())
          .map(f -> f.strength() == DatelineParser.Strength.HEADER).orElse(false);
      weak.add(header);
      if (r.status() == Status.OK && r.referenceDate().isPresent() && !header) {
        strong.merge(r.referenceDate().get(), 1, Integer::sum);
        strongIds.add(r.articleId());
      }
    }
    Optional<LocalDate> storyDate = strong.entrySet().stream()
        .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
    if (storyDate.isEmpty()) {
      return story;
    }
    List<Integer> redo = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleResult r = results.get(i);
      if (r.status() != Status.OK) {
        continue;
      }
      boolean undated = r.referenceDateSource() == ReferenceDateSource.NONE && sharesEvents(story, r.articleId(),
          strongIds);
      boolean doubtful = weak.get(i) && !r.referenceDate().equals(storyDate);
      if (undated || doubtful) {
        redo.add(i);
      }
    }
    if (redo.isEmpty()) {
      return story;
    }
    List<Article> again = redo.stream().map(i -> articles.get(i).withReferenceDate(storyDate.get())).toList();
    List<ArticleResult> redone = extractAll(again);
    List<ArticleResult> candidate = new ArrayList<>(results);
    for (int k = 0; k < redo.size(); k++) {
      candidate.set(redo.get(k), redone.get(k).status() == Status.OK ? redone.get(k).fromStoryDate()
          : results.get(redo.get(k)));
    }
    Story redated = merge(candidate);
    for (int k = 0; k < redo.size(); k++) {
      int i = redo.get(k);
      if (weak.get(i)) {
        String id = results.get(i).articleId();
        if (agreement(redated, id, strongIds) <= agreement(story, id, strongIds)) {
          candidate.set(i, results.get(i)); // the page's own date fits the article's content as well
        }
      }
    }
    return merge(candidate);
  }

  /** True when the article shares a fact, or two people, with a dated article. */
  private static boolean sharesEvents(Story story, String article, Set<String> dated) {
    for (Fact f : story.facts()) {
      Set<String> arts = f.articles();
      if (arts.contains(article) && arts.stream().anyMatch(dated::contains)) {
        return true;
      }
    }
    long people = story.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> e.articles().contains(article) && e.articles().stream().anyMatch(dated::contains)).count();
    return people >= 2;
  }

  /** Facts the article shares with dated articles whose times agree, minus those whose times conflict. */
  private static int agreement(Story story, String article, Set<String> dated) {
    int score = 0;
    for (Fact f : story.facts()) {
      if (f.time().isEmpty() || !f.articles().contains(article) || f.articles().stream().noneMatch(dated::contains)) {
        continue;
      }
      boolean conflict = false;
      for (Fact.Conflict c : f.conflicts()) {
        if (c.field().equals("time")) {
          for (Fact.ConflictValue v : c.values()) {
            if (v.articles().contains(article) && v.articles().stream().noneMatch(dated::contains)) {
              conflict = true;
            }
          }
        }
      }
      score += conflict ? -1 : 1;
    }
    return score;
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
