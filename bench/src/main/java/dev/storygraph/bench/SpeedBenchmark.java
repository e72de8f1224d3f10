package dev.storygraph.bench;

import dev.storygraph.Article;
import dev.storygraph.ArticleResult;
import dev.storygraph.Status;
import dev.storygraph.StoryExtractor;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Speed and memory of StoryGraph's default configuration (1 and 2 threads) against plain CoreNLP's full
 * pipeline (coref, OpenIE, KBP) and CoreNLP with only ner and depparse, each in a fresh JVM with the same
 * options ({@link #JVM}), in one run.
 *
 * <p>Throughput counts the tokens of the raw articles (CoreNLP's tokenizer), the same number for every
 * configuration. "Cold" is the first pass after loading. Passes are warm from the first one during which the
 * JIT compiled for less than {@link #JIT_QUIET} of the machine's CPU time: until then the compiler threads
 * compete with the extraction threads for the cores, which on a two-core machine hides how the work itself
 * scales. "Warm" is the median of the warm passes over at least {@link #MEASURE_SECONDS}. Peak heap is sampled
 * every 20 ms.
 */
public final class SpeedBenchmark {
  /** CoreNLP's full pipeline as users run it for relations: English coref is statistical, on dependencies. */
  static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,natlog,openie,kbp";
  /**
   * JVM options of every worker: throughput collector, large young generation, C2 only (see bench/README.md:
   * with tiered compilation the JIT keeps recompiling CoreNLP's largest methods for minutes).
   */
  static final List<String> JVM = List.of("-Xmx6g", "-XX:+UseParallelGC", "-Xmn3g", "-XX:-TieredCompilation");
  /** A pass is warm when the JIT compiled for less than this share of the machine's CPU time during it. */
  static final double JIT_QUIET = 0.05;
  /** Passes after the cold one, at most, to reach a warm one. */
  static final int MAX_WARM_PASSES = 8;
  /** Warm passes go on until they add up to this many seconds; their median is reported. */
  static final double MEASURE_SECONDS = 60;
  static final String NER_DEPPARSE = "tokenize,ssplit,pos,lemma,ner,depparse";
  private static final int MIN_TOKENS = 30_000;

  private SpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[0].equals("--worker")) {
      worker(args[1], Path.of(args[2]));
      return;
    }
    if (args.length > 1 && args[0].equals("--process")) {
      WholeProcess.worker(args[1], Path.of(args[2]));
      return;
    }
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared").toAbsolutePath().normalize();
    String cp = System.getProperty("java.class.path");
    int rounds = Integer.getInteger("storygraph.bench.rounds", 3);
    List<String> configs = List.of(System.getProperty("storygraph.bench.configs",
        "storygraph-1thread,storygraph-2threads,corenlp-full,corenlp-ner-depparse").split(","));
    // The whole-process row first: it is the shortest, and it is printed at once.
    int processRounds = Integer.getInteger("storygraph.bench.processRounds", rounds);
    if (processRounds > 0 && configs.contains("corenlp-full") && configs.contains("storygraph-1thread")) {
      System.out.print(WholeProcess.run(cp, shared, processRounds));
      System.out.println();
      System.out.flush();
    }
    if (rounds < 1) {
      return;
    }
    // Rounds alternate the configurations (A B C D A B C D ...), so that a change of the machine's load over the
    // run falls on every configuration alike; each metric is the median of its rounds.
    Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();
    List<Double> loads = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (String config : configs) {
        double load = WholeProcess.loadAverage();
        loads.add(load);
        System.err.printf(Locale.ROOT, "bench: round %d of %d, %s in a fresh JVM (load average %.2f) ...%n", round,
            rounds, config, load);
        Map<String, Double> r = runWorker(cp, config, shared);
        runs.computeIfAbsent(config, c -> new ArrayList<>()).add(r);
        System.err.println("bench: " + config + " round " + round + ": " + r);
      }
    }
    Map<String, Map<String, Double>> results = new LinkedHashMap<>();
    runs.forEach((config, list) -> results.put(config, medians(list)));
    System.out.printf(Locale.ROOT, "warm and cold rows: median of %d alternating rounds; 1-minute load average at "
        + "the start of each run %.2f-%.2f%n%n", rounds, Collections.min(loads), Collections.max(loads));
    print(results);
  }

  /** The median of each metric over the runs. */
  static Map<String, Double> medians(List<Map<String, Double>> runs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String key : runs.get(0).keySet()) {
      List<Double> values = new ArrayList<>();
      runs.forEach(r -> values.add(r.getOrDefault(key, Double.NaN)));
      out.put(key, median(values));
    }
    return out;
  }

  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  private static Map<String, Double> runWorker(String cp, String config, Path shared) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java"));
    cmd.addAll(JVM);
    cmd.addAll(List.of("-cp", cp, SpeedBenchmark.class.getName(), "--worker", config, shared.toString()));
    return results(cmd, config);
  }

  /** Runs a worker JVM and collects the {@code RESULT key=value} lines it prints. */
  static Map<String, Double> results(List<String> cmd, String config) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Map<String, Double> out = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("RESULT ")) {
          String[] kv = line.substring(7).split("=", 2);
          out.put(kv[0], Double.parseDouble(kv[1]));
        }
      }
    }
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("benchmark worker " + config + " failed with exit code " + code);
    }
    return out;
  }

  private static void print(Map<String, Map<String, Double>> results) {
    String[] keys = {"load_s", "load_first_article_s", "seeds_tokens", "seeds_cold_tok_s", "seeds_warm_tok_s", "seeds_warm_articles_s",
        "seeds_passes_to_warm", "seeds_warm_passes_measured", "seeds_warm_jit_share_pct", "meantime_tokens",
        "meantime_warm_tok_s", "meantime_warm_articles_s", "meantime_passes_to_warm", "meantime_warm_passes_measured",
        "peak_heap_mb"};
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-32s", "metric"));
    results.keySet().forEach(c -> b.append(String.format(Locale.ROOT, "%22s", c)));
    b.append('\n');
    for (String k : keys) {
      b.append(String.format(Locale.ROOT, "%-32s", k));
      for (Map<String, Double> r : results.values()) {
        b.append(String.format(Locale.ROOT, "%22.1f", r.getOrDefault(k, Double.NaN)));
      }
      b.append('\n');
    }
    Map<String, Double> full = results.get("corenlp-full");
    Map<String, Double> one = results.get("storygraph-1thread");
    Map<String, Double> two = results.get("storygraph-2threads");
    if (full == null || one == null || two == null) {
      System.out.print(b);
      return;
    }
    b.append('\n');
    ratio(b, "StoryGraph 1 thread / CoreNLP full, warm tokens/s (seeds)", one, full, "seeds_warm_tok_s");
    ratio(b, "StoryGraph 2 threads / CoreNLP full, warm tokens/s (seeds)", two, full, "seeds_warm_tok_s");
    ratio(b, "StoryGraph 1 thread / CoreNLP full, warm tokens/s (MEANTIME)", one, full, "meantime_warm_tok_s");
    ratio(b, "StoryGraph 2 threads / 1 thread, warm tokens/s (seeds)", two, one, "seeds_warm_tok_s");
    ratio(b, "StoryGraph 2 threads / 1 thread, warm tokens/s (MEANTIME)", two, one, "meantime_warm_tok_s");
    ratio(b, "load time StoryGraph / CoreNLP full", one, full, "load_s");
    System.out.print(b);
  }

  private static void ratio(StringBuilder b, String label, Map<String, Double> num, Map<String, Double> den,
      String key) {
    b.append(String.format(Locale.ROOT, "ratio %-61s %.2f%n", label + ":", num.get(key) / den.get(key)));
  }

  /** Measures one configuration and prints RESULT key=value lines. */
  private static void worker(String config, Path shared) {
    HeapSampler heap = new HeapSampler();
    heap.start();
    StanfordCoreNLP tokenizer = pipeline("tokenize,ssplit");
    List<Article> seeds = Corpus.seeds(shared);
    int seedTokens = tokens(tokenizer, seeds);
    List<Article> repeated = Corpus.seedsRepeated(shared, seedTokens, MIN_TOKENS);
    List<Article> meantime = Corpus.meantime(shared);
    int repeatedTokens = tokens(tokenizer, repeated);
    int meantimeTokens = tokens(tokenizer, meantime);
    System.gc();
    heap.reset();
    long t0 = System.nanoTime();
    Consumer<List<Article>> run;
    switch (config) {
      case "storygraph-1thread", "storygraph-2threads" -> {
        StoryExtractor x = StoryExtractor.builder().threads(config.endsWith("1thread") ? 1 : 2).build();
        run = articles -> {
          for (ArticleResult r : x.extractAll(articles)) {
            if (r.status() != Status.OK) {
              throw new IllegalStateException("article failed: " + r.error());
            }
          }
        };
      }
      case "corenlp-full", "corenlp-ner-depparse" -> {
        StanfordCoreNLP nlp = pipeline(config.equals("corenlp-full") ? FULL : NER_DEPPARSE);
        run = articles -> {
          for (Article a : articles) {
            Annotation ann = new Annotation(a.text());
            a.referenceDate().ifPresent(d -> ann.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            nlp.annotate(ann);
          }
        };
      }
      default -> throw new IllegalArgumentException("unknown configuration: " + config);
    }
    double load = seconds(t0);
    // What a command-line run waits for before its first result: the load and one article (the first seed).
    time(run, seeds.subList(0, 1));
    double loadFirst = seconds(t0);
    double cold = time(run, repeated);
    Warm warm = warm(run, repeated);
    Warm mt = warm(run, meantime);
    result("load_s", load);
    result("load_first_article_s", loadFirst);
    result("seeds_tokens", repeatedTokens);
    result("seeds_cold_tok_s", repeatedTokens / cold);
    result("seeds_warm_tok_s", repeatedTokens / warm.seconds());
    result("seeds_warm_articles_s", repeated.size() / warm.seconds());
    result("seeds_passes_to_warm", warm.passesToWarm());
    result("seeds_warm_passes_measured", warm.measured());
    result("seeds_warm_jit_share_pct", 100 * warm.jitShare());
    result("meantime_tokens", meantimeTokens);
    result("meantime_warm_tok_s", meantimeTokens / mt.seconds());
    result("meantime_warm_articles_s", meantime.size() / mt.seconds());
    result("meantime_passes_to_warm", mt.passesToWarm());
    result("meantime_warm_passes_measured", mt.measured());
    result("peak_heap_mb", heap.peakMb());
    heap.interrupt();
  }

  /**
   * Warm passes: the median time of the measured ones, how many passes it took to reach the first, how many were
   * measured, and the JIT's share of the CPU during the first.
   */
  record Warm(double seconds, int passesToWarm, int measured, double jitShare) {}

  /**
   * Runs passes until one is warm (the JIT was quiet during it; at most {@link #MAX_WARM_PASSES}), then goes on
   * until the warm passes add up to {@link #MEASURE_SECONDS}, and takes their median.
   */
  static Warm warm(Consumer<List<Article>> run, List<Article> articles) {
    return warm(run, articles, MAX_WARM_PASSES, MEASURE_SECONDS);
  }

  /**
   * {@link #warm(Consumer, List)} with at most {@code maxWarmPasses} passes to reach a warm one and warm passes
   * over at least {@code measureSeconds}.
   */
  static Warm warm(Consumer<List<Article>> run, List<Article> articles, int maxWarmPasses, double measureSeconds) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int cores = Runtime.getRuntime().availableProcessors();
    int passes = 0;
    double seconds;
    double jitShare;
    do {
      long compiled = jit.getTotalCompilationTime();
      seconds = time(run, articles);
      passes++;
      jitShare = (jit.getTotalCompilationTime() - compiled) / 1000.0 / (seconds * cores);
    } while (jitShare >= JIT_QUIET && passes < maxWarmPasses);
    List<Double> measured = new ArrayList<>(List.of(seconds));
    for (double total = seconds; total < measureSeconds; ) {
      double s = time(run, articles);
      measured.add(s);
      total += s;
    }
    Collections.sort(measured);
    int n = measured.size();
    double median = n % 2 == 1 ? measured.get(n / 2) : (measured.get(n / 2 - 1) + measured.get(n / 2)) / 2;
    return new Warm(median, passes, n, jitShare);
  }

  private static double time(Consumer<List<Article>> run, List<Article> articles) {
    long t = System.nanoTime();
    run.accept(articles);
    return seconds(t);
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static void result(String key, double value) {
    System.out.println("RESULT " + key + "=" + value);
  }

  static StanfordCoreNLP pipeline(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    return new StanfordCoreNLP(p);
  }

  static int tokens(StanfordCoreNLP tokenizer, List<Article> articles) {
    int n = 0;
    for (Article a : articles) {
      Annotation ann = new Annotation(a.text());
      tokenizer.annotate(ann);
      n += ann.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  /** Samples the used heap every 20 ms and keeps the maximum. */
  static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      setDaemon(true);
      setName("heap-sampler");
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (!isInterrupted()) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void reset() {
      peak = 0;
    }

    double peakMb() {
      return peak / (1024.0 * 1024.0);
    }
  }
}
