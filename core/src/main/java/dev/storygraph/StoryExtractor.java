package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.storygraph.annotate.CoreNlpPipeline;
import dev.storygraph.annotate.Doc;
import dev.storygraph.clean.Cleaner;
import dev.storygraph.clean.DatelineParser;
import dev.storygraph.clean.HtmlText;
import dev.storygraph.clean.SentenceCap;
import dev.storygraph.clean.TextKind;
import dev.storygraph.extract.ArticleEntities;
import dev.storygraph.extract.DateNormalizer;
import dev.storygraph.extract.EntityExtractor;
import dev.storygraph.extract.FactExtractor;
import dev.storygraph.extract.RoleExtractor;
import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.merge.StoryMerger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Set;

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
 * <p>{@link Builder#build()} loads the CoreNLP models once (about 7 s; the extractor runs in a
 * 1 GB heap, {@code -Xmx1g}) and extracts one small invented article, so that what loads on first use is
 * loaded before any article's time limit starts. An extractor is
 * immutable and thread-safe: one instance can serve many threads at once, and should, since each instance
 * holds its own models.
 *
 * <p>No article can stop a batch: whatever one article causes (a CoreNLP exception, a stack overflow, running
 * out of memory, running out of time) comes back as that article's {@link Status#FAILED} result with the
 * reason; text that is not English prose comes back {@link Status#SKIPPED} with what it is. The work on one
 * article is bounded before it starts: its text is cut at {@link Builder#maxArticleChars}, its sentences at
 * {@link Builder#maxSentenceTokens} words, and {@link #extractAll} gives each article
 * {@link Builder#articleTimeout} of time.
 */
public final class StoryExtractor {

  private final CoreNlpPipeline pipeline;
  private final Cleaner cleaner = new Cleaner();
  private final DatelineParser datelines = new DatelineParser();
  private final TextKind kinds = new TextKind();
  private final EntityExtractor entities;
  private final RoleExtractor roles;
  private final DateNormalizer dates = new DateNormalizer();
  private final FactExtractor facts;
  private final StoryMerger merger;
  private final int threads;
  private final Consumer<ArticleResult> onArticle;
  private final int maxSentenceWords;
  private final int maxArticleChars;
  private final Duration articleTimeout;
  private final double minConfidence;

  private StoryExtractor(Builder b) {
    Lexicons lex = Lexicons.load(b.gazetteers);
    this.entities = new EntityExtractor(lex);
    this.roles = new RoleExtractor(lex);
    this.facts = new FactExtractor(lex);
    this.merger = new StoryMerger(lex);
    this.threads = b.threads;
    this.onArticle = b.onArticle;
    this.maxSentenceWords = b.maxSentenceTokens;
    this.maxArticleChars = b.maxArticleChars;
    this.articleTimeout = b.articleTimeout;
    this.minConfidence = b.minConfidence;
    // Lingua loads its language models on first use: on another thread while CoreNLP's models load.
    Thread languages = new Thread(() -> kinds.notProse(WARM_UP.text()), "storygraph-language-load");
    languages.setDaemon(true);
    languages.start();
    this.pipeline = new CoreNlpPipeline(b.maxSentenceTokens, lemma -> !lex.predicates(lemma, false).isEmpty());
    try {
      languages.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while loading the models", e);
    }
    extractOrThrow(WARM_UP);
  }

  /**
   * An invented article that {@link Builder#build()} extracts once, so that every part loaded on first use (the
   * language models, SUTime's rules, the parser's caches) is loaded before the first article's clock starts.
   */
  private static final Article WARM_UP = Article.of("warm-up", "Published Mar 2, 2021\n"
      + "The Foreign Minister of Norland, Edda Varr, met the mayor of Ostport in Ostport on Monday and said that "
      + "the two cities would sign a new ferry agreement next week.\n")
      .withReferenceDate(LocalDate.of(2021, 3, 2));

  /**
   * A builder with the defaults: one thread per core for stories, sentences capped at 150 words, articles at
   * 100,000 characters and 120 s.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts one article, on the caller's thread and without a time limit (the size limits apply). Never throws
   * for the article's content: an empty article, or one CoreNLP fails on, comes back with
   * {@link Status#FAILED} and the reason; one that is not English prose with {@link Status#SKIPPED} and what
   * it is.
   */
  public ArticleResult extract(Article article) {
    requireNonNull(article, "article");
    ArticleResult result;
    try {
      result = extractOrThrow(article);
    } catch (RuntimeException | StackOverflowError e) {
      result = ArticleResult.failed(article.id(), "article " + article.id() + ": " + describe(e));
    } catch (OutOfMemoryError e) {
      // What the article allocated is garbage once the stack unwinds: the JVM can go on with the next one.
      result = ArticleResult.failed(article.id(), "article " + article.id() + ": ran out of memory (" + describe(e)
          + ")");
    }
    onArticle.accept(result);
    return result;
  }

  private ArticleResult extractOrThrow(Article article) {
    return extractOrThrow(article, pipeline::annotate);
  }

  /**
   * {@link #extract} with SUTime on every sentence of the article, not only where the time scan finds a digit or a
   * time word; throws what extract reports. For the tests that show that the gating changes no result.
   *
   * @param missed gets every sentence in which SUTime found a time that the scan passed over
   */
  ArticleResult extractExhaustively(Article article, Consumer<String> missed) {
    return extractOrThrow(article, (text, ref) -> pipeline.annotateExhaustively(text, ref, missed));
  }

  /**
   * The sentences {@link #extract} annotated so far, of them those it parsed (the stages read their dependencies),
   * and the same in tokens; for the tests that show that the parse is gated.
   */
  long[] sentencesParsed() {
    return pipeline.sentencesParsed();
  }

  private ArticleResult extractOrThrow(Article article, BiFunction<String, LocalDate, Doc> annotator) {
    String text = article.text();
    if (text.isBlank()) {
      return ArticleResult.failed(article.id(), "article " + article.id() + " is empty");
    }
    List<String> warnings = new ArrayList<>();
    if (text.length() > maxArticleChars) {
      int cut = cutAt(text, maxArticleChars);
      warnings.add(String.format(java.util.Locale.ROOT,
          "cut at character %d of %d: the last %d characters were not processed", cut, text.length(),
          text.length() - cut));
      text = text.substring(0, cut);
    }
    Optional<String> html = HtmlText.text(text);
    if (html.isPresent()) {
      text = html.get();
      warnings.add("HTML markup turned into text");
    }
    Optional<LocalDate> ref = article.referenceDate();
    ReferenceDateSource source = ReferenceDateSource.GIVEN;
    if (ref.isEmpty()) {
      Optional<DatelineParser.Found> found = datelines.find(text);
      ref = found.map(DatelineParser.Found::date);
      source = found.isPresent() ? ReferenceDateSource.TEXT : ReferenceDateSource.NONE;
    }
    Cleaner.Cleaned cleanedText = cleaner.cleanText(text);
    String cleaned = cleanedText.text();
    // The page as given tells its script and language (the cleaner may blank all of a foreign text's lines);
    // what is left after cleaning must still be prose.
    Optional<String> notProse = kinds.notProse(text).or(() -> kinds.notProse(cleaned));
    if (notProse.isPresent()) {
      return ArticleResult.skipped(article.id(), notProse.get());
    }
    Doc doc;
    try {
      doc = annotator.apply(SentenceCap.cap(cleanedText.broken(), maxSentenceWords), ref.orElse(null));
    } catch (RuntimeException e) {
      throw new ExtractionException("CoreNLP failed on article " + article.id() + ": " + describe(e), e);
    }
    if (doc.tokens().isEmpty()) {
      return ArticleResult.skipped(article.id(), "no sentences: nothing left to annotate after cleaning");
    }
    ArticleEntities ents;
    List<Role> rs;
    List<DateNormalizer.Dated> ds;
    List<Fact> fs;
    try {
      ents = entities.extract(article.id(), doc);
      rs = roles.extract(article.id(), doc, ents);
      ds = dates.normalize(article.id(), doc, ref.orElse(null));
      fs = facts.extract(article.id(), doc, ents, rs, ds, ref.orElse(null));
    } catch (Doc.ParseFailure e) {
      // The parser runs on the sentences the stages read, when they read them: its failure is CoreNLP's, as above.
      throw new ExtractionException("CoreNLP failed on article " + article.id() + ": " + describe(e.getCause()),
          e.getCause());
    }
    List<DateExpression> exprs = ds.stream().map(DateNormalizer.Dated::expression).toList();
    ArticleResult result = new ArticleResult(article.id(), Status.OK, Optional.empty(), ref, source,
        doc.tokens().size(), ents.entities(), rs, exprs, fs);
    return warnings.isEmpty() ? result : result.withWarning(String.join("; ", warnings));
  }

  /** Where to cut a text at most {@code max} long: the last line break in its second half, else {@code max}. */
  private static int cutAt(String text, int max) {
    int line = text.lastIndexOf('\n', max - 1);
    return line >= max / 2 ? line + 1 : Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  /**
   * Extracts every article, on the builder's number of threads, and merges them into one story. Every
   * article given comes back in {@link Story#articles()}, in the order given, failed and skipped ones
   * included; only the ok ones are merged, and the story itself does not depend on their order (see
   * {@link #mergeStory}).
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
   * depend on the order in which they arrive; {@link Story#articles()} keeps the order given. The articles
   * extracted again are extracted here, on the builder's number of threads; a caller that can extract them
   * elsewhere asks {@link #redated} for them and hands their results to
   * {@link #mergeStory(List, List, List)}.
   *
   * @param articles the articles of the story, ids unique
   * @param results  their results, as {@link #extract} gave them, in the same order
   */
  public Story mergeStory(List<Article> articles, List<ArticleResult> results) {
    return mergeStory(articles, results, this::extractAll);
  }

  /**
   * The articles that {@link #mergeStory} would extract again, each with the story's reference date, in the
   * order of their ids; empty when the story re-dates none. Their results, extracted anywhere with
   * {@link #extract}, go to {@link #mergeStory(List, List, List)}.
   *
   * @param articles the articles of the story, ids unique
   * @param results  their results, as {@link #extract} gave them, in the same order
   */
  public List<Article> redated(List<Article> articles, List<ArticleResult> results) {
    Sorted s = sorted(articles, results);
    return redating(s.articles(), s.results(), merger.merge(s.results())).again();
  }

  /**
   * {@link #mergeStory(List, List)} with the articles it re-dates extracted by the caller: {@code redone}
   * holds the results of {@link #extract} on the articles {@link #redated} returned, in any order. The
   * story equals {@link #mergeStory(List, List)}'s. An article to re-date whose result is missing from
   * {@code redone} is extracted here.
   *
   * @param articles the articles of the story, ids unique
   * @param results  their results, as {@link #extract} gave them, in the same order
   * @param redone   the results of the re-dated articles
   */
  public Story mergeStory(List<Article> articles, List<ArticleResult> results, List<ArticleResult> redone) {
    requireNonNull(redone, "redone");
    Map<String, ArticleResult> byId = new HashMap<>();
    redone.forEach(r -> byId.put(r.articleId(), r));
    return mergeStory(articles, results, again -> again.stream()
        .map(a -> byId.containsKey(a.id()) ? byId.get(a.id()) : extract(a)).toList());
  }

  private Story mergeStory(List<Article> articles, List<ArticleResult> results,
      Function<List<Article>, List<ArticleResult>> extractAgain) {
    Sorted s = sorted(articles, results);
    Story first = merger.merge(s.results());
    Redating plan = redating(s.articles(), s.results(), first);
    Story story = plan.again().isEmpty() ? first
        : redate(s.results(), first, plan, extractAgain.apply(plan.again()));
    Map<String, ArticleSummary> byId = new HashMap<>();
    story.articles().forEach(a -> byId.put(a.id(), a));
    List<ArticleSummary> given = articles.stream().map(a -> byId.get(a.id())).toList();
    return withMinConfidence(new Story(given, story.entities(), story.roles(), story.facts(), story.dates()),
        minConfidence);
  }

  /** A story's articles and results in the order of their ids. */
  private record Sorted(List<Article> articles, List<ArticleResult> results) {}

  private static Sorted sorted(List<Article> articles, List<ArticleResult> results) {
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
    return new Sorted(order.stream().map(articles::get).toList(), order.stream().map(results::get).toList());
  }

  private static void checkUniqueIds(List<Article> articles) {
    Set<String> ids = new HashSet<>();
    List<String> repeated = articles.stream().map(Article::id).filter(id -> !ids.add(id)).distinct().toList();
    checkArgument(repeated.isEmpty(), "article ids must be unique in a story; repeated: %s", repeated);
  }

  /**
   * Which articles a story re-dates: the indexes (into the sorted articles) of those to extract again, the
   * articles themselves with the story's date, which of the articles have only a page-header date, and the
   * ids of the articles with a date of their own.
   */
  private record Redating(List<Integer> redo, List<Article> again, List<Boolean> weak, Set<String> strongIds) {
    static final Redating NONE = new Redating(List.of(), List.of(), List.of(), Set.of());
  }

  /**
   * Articles without a reference date of their own take the story's when they tell of the same events (they
   * share a fact or two people with a dated article), or the day of their yearless wire dateline in the year
   * nearest the story's; a bare page-header date gives way to the story's when
   * the article's own facts then agree better with the dated articles. Those articles are extracted again.
   */
  private Redating redating(List<Article> articles, List<ArticleResult> results, Story story) {
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
      return Redating.NONE;
    }
    List<Integer> redo = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleResult r = results.get(i);
      if (r.status() != Status.OK) {
        continue;
      }
      boolean none = r.referenceDateSource() == ReferenceDateSource.NONE;
      Optional<MonthDay> yearless = none ? datelines.yearless(articles.get(i).text()) : Optional.empty();
      boolean undated = none && (yearless.isPresent() || sharesEvents(story, r.articleId(), strongIds));
      boolean doubtful = weak.get(i) && !r.referenceDate().equals(storyDate);
      if (undated || doubtful) {
        redo.add(i);
        dates.add(yearless.map(md -> nearestYear(md, storyDate.get())).orElse(storyDate.get()));
      }
    }
    List<Article> again = new ArrayList<>();
    for (int k = 0; k < redo.size(); k++) {
      again.add(articles.get(redo.get(k)).withReferenceDate(dates.get(k)));
    }
    return new Redating(List.copyOf(redo), again, List.copyOf(weak), Set.copyOf(strongIds));
  }

  /** The day of a yearless dateline in the year that puts it nearest the story's date. */
  private static LocalDate nearestYear(MonthDay day, LocalDate storyDate) {
    LocalDate best = null;
    for (int y = storyDate.getYear() - 1; y <= storyDate.getYear() + 1; y++) {
      LocalDate d = day.atYear(y);
      if (best == null || Math.abs(d.toEpochDay() - storyDate.toEpochDay())
          < Math.abs(best.toEpochDay() - storyDate.toEpochDay())) {
        best = d;
      }
    }
    return best;
  }

  /** The story merged again with the re-dated articles' results ({@code redone}, in the order of plan.again()). */
  private Story redate(List<ArticleResult> results, Story story, Redating plan, List<ArticleResult> redone) {
    checkArgument(redone.size() == plan.redo().size(), "%s articles re-dated but %s results", plan.redo().size(),
        redone.size());
    List<Integer> redo = plan.redo();
    List<ArticleResult> candidate = new ArrayList<>(results);
    for (int k = 0; k < redo.size(); k++) {
      candidate.set(redo.get(k), redone.get(k).status() == Status.OK ? redone.get(k).fromStoryDate()
          : results.get(redo.get(k)));
    }
    Story redated = merger.merge(candidate);
    for (int k = 0; k < redo.size(); k++) {
      int i = redo.get(k);
      if (plan.weak().get(i)) {
        String id = results.get(i).articleId();
        if (agreement(redated, id, plan.strongIds()) <= agreement(story, id, plan.strongIds())) {
          candidate.set(i, results.get(i)); // the page's own date fits the article's content as well
        }
      }
    }
    return merger.merge(candidate);
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

  /**
   * Extracts every article on the builder's number of threads; results in the order given, one per article.
   *
   * <p>Each article has {@link Builder#articleTimeout} from the moment a worker starts on it. An article still
   * running then is reported {@link Status#FAILED} ("timed out after N s") and the batch goes on at full width
   * on a new worker thread. Java cannot stop a thread: the old worker is interrupted and, if CoreNLP does not
   * notice, runs on until the article's annotation returns (bounded by the size limits), as a daemon thread
   * whose result is thrown away.
   */
  public List<ArticleResult> extractAll(List<Article> articles) {
    return Batch.run(articles, this::extract, threads, articleTimeout,
        (a, e) -> reported(ArticleResult.failed(a.id(), "article " + a.id() + ": " + describe(e))),
        a -> reported(ArticleResult.failed(a.id(), "article " + a.id() + ": timed out after "
            + articleTimeout.toSeconds() + " s")));
  }

  /** A result made outside {@link #extract}, told to the builder's article listener as extract's are. */
  private ArticleResult reported(ArticleResult result) {
    onArticle.accept(result);
    return result;
  }

  /**
   * Merges per-article results into one story: entities across articles, facts with their support, and
   * reference dates taken from the story where an article has none. Articles that need their dates
   * normalized again are not re-annotated; their date values are recomputed. Facts below
   * {@link Builder#minConfidence} are left out.
   */
  public Story merge(List<ArticleResult> results) {
    return withMinConfidence(merger.merge(results), minConfidence);
  }

  /** The story without the facts whose confidence is below {@code min}; everything else as it is. */
  static Story withMinConfidence(Story story, double min) {
    if (min <= 0) {
      return story;
    }
    return new Story(story.articles(), story.entities(), story.roles(),
        story.facts().stream().filter(f -> f.confidence() >= min).toList(), story.dates());
  }

  /** The throwable's class and message, and for an error without a message where it was thrown. */
  static String describe(Throwable e) {
    String m = e.getMessage();
    String where = "";
    if (m == null && e instanceof Error && e.getStackTrace().length > 0) {
      StackTraceElement top = e.getStackTrace()[0];
      where = " in " + top.getClassName() + "." + top.getMethodName();
    }
    return e.getClass().getSimpleName() + (m == null ? where : ": " + m);
  }

  /** Configures a {@link StoryExtractor}. Not thread-safe; the extractor it builds is. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxSentenceTokens = 150;
    private int maxArticleChars = 100_000;
    private Duration articleTimeout = Duration.ofSeconds(120);
    private final List<Path> gazetteers = new ArrayList<>();
    private Consumer<ArticleResult> onArticle = r -> { };
    private double minConfidence;
    private boolean built;

    private Builder() {}

    /** Threads used by {@link #extractStory} and {@link #extractAll}; at least 1. */
    public Builder threads(int n) {
      checkArgument(n >= 1, "threads must be at least 1: %s", n);
      this.threads = n;
      return this;
    }

    /**
     * A run of more than this many words without a sentence end is broken into sentences of at most this many
     * words before tagging and parsing, and the tagger handles longer token sequences in chunks of this size;
     * at least 20.
     */
    public Builder maxSentenceTokens(int n) {
      checkArgument(n >= 20, "maxSentenceTokens must be at least 20: %s", n);
      this.maxSentenceTokens = n;
      return this;
    }

    /**
     * An article's text is cut after this many characters (at a line break where it can), and the result says
     * how much was not processed; at least 1,000.
     */
    public Builder maxArticleChars(int n) {
      checkArgument(n >= 1_000, "maxArticleChars must be at least 1000: %s", n);
      this.maxArticleChars = n;
      return this;
    }

    /**
     * The time {@link StoryExtractor#extractAll} and {@link StoryExtractor#extractStory} give one article; an
     * article still running then is reported failed and the batch goes on. Positive.
     */
    public Builder articleTimeout(Duration timeout) {
      requireNonNull(timeout, "timeout");
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "articleTimeout must be positive: %s", timeout);
      this.articleTimeout = timeout;
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

    /**
     * Called with every article result as soon as the article is extracted, on the thread that extracted it,
     * for progress reports. Articles extracted again against the story's reference date are reported again.
     * The listener must be thread-safe and quick; what it throws reaches the caller.
     */
    public Builder onArticle(Consumer<ArticleResult> listener) {
      this.onArticle = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Facts of a story whose confidence is below this are left out of it; in [0, 1], default 0 (keep every
     * fact). A story fact's confidence is calibrated: the precision that facts like it have on the
     * development golds (docs/OUTPUT.md), so 0.5 keeps the facts that are more likely right than wrong.
     * Per-article results ({@link StoryExtractor#extract}) keep all their facts.
     */
    public Builder minConfidence(double min) {
      checkArgument(min >= 0 && min <= 1, "minConfidence must be in [0, 1]: %s", min);
      this.minConfidence = min;
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
