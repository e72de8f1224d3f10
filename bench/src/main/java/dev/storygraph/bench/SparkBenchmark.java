package dev.storygraph.bench;

import dev.storygraph.Article;
import dev.storygraph.ArticleResult;
import dev.storygraph.StoryExtractor;
import dev.storygraph.spark.StorySpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles per second of extraction on Spark in local mode (local[1], local[2]) against the single JVM with 1 and
 * 2 threads, on the 58 MEANTIME articles, after the extractors are loaded: each configuration in a fresh JVM with
 * {@link SpeedBenchmark#JVM} and Spark's Java 17 options, warm as {@link SpeedBenchmark} defines it, in one run.
 * Also the load time and the heap used by one loaded extractor (the per-executor cost).
 */
public final class SparkBenchmark {
  private static final List<String> CONFIGS = List.of("jvm-1thread", "jvm-2threads", "spark-local1", "spark-local2");
  /**
   * A quicker, rougher run for trying changes: {@code -Dstorygraph.bench.quick=true} measures the first 30
   * MEANTIME articles, at most 3 passes to warm and 15 s of warm passes, instead of all of them, up to
   * {@link SpeedBenchmark#MAX_WARM_PASSES} and {@link SpeedBenchmark#MEASURE_SECONDS}.
   */
  private static final boolean QUICK = Boolean.getBoolean("storygraph.bench.quick");

  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[0].equals("--worker")) {
      worker(args[1], Path.of(args[2]));
      return;
    }
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared").toAbsolutePath().normalize();
    Path options = Path.of(System.getProperty("storygraph.root", ".")).resolve("spark/java17.options");
    Map<String, Map<String, Double>> results = new LinkedHashMap<>();
    for (String config : CONFIGS) {
      System.err.println("bench: running " + config + " in a fresh JVM ...");
      results.put(config, runWorker(config, shared, options));
    }
    print(results);
  }

  private static Map<String, Double> runWorker(String config, Path shared, Path options) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java"));
    cmd.addAll(SpeedBenchmark.JVM);
    cmd.add("@" + options);
    cmd.add("-Dstorygraph.bench.quick=" + QUICK);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkBenchmark.class.getName(), "--worker",
        config, shared.toString()));
    return SpeedBenchmark.results(cmd, config);
  }

  private static void print(Map<String, Map<String, Double>> results) {
    String[] keys = {"load_s", "extractor_heap_mb", "articles", "cold_articles_s", "warm_articles_s",
        "passes_to_warm", "warm_passes_measured", "warm_jit_share_pct", "peak_heap_mb", "tasks_per_pass",
        "slot_busy_pct", "longest_task_s", "first_task_after_s"};
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-24s", "metric"));
    results.keySet().forEach(c -> b.append(String.format(Locale.ROOT, "%15s", c)));
    b.append('\n');
    for (String k : keys) {
      b.append(String.format(Locale.ROOT, "%-24s", k));
      for (Map<String, Double> r : results.values()) {
        b.append(String.format(Locale.ROOT, "%15.1f", r.getOrDefault(k, Double.NaN)));
      }
      b.append('\n');
    }
    b.append('\n');
    String warm = "warm_articles_s";
    ratio(b, "Spark local[2] / local[1], warm articles/s (MEANTIME)", results.get("spark-local2"),
        results.get("spark-local1"), warm);
    ratio(b, "Spark local[2] / one JVM 2 threads, warm articles/s (MEANTIME)", results.get("spark-local2"),
        results.get("jvm-2threads"), warm);
    ratio(b, "Spark local[1] / one JVM 1 thread, warm articles/s (MEANTIME)", results.get("spark-local1"),
        results.get("jvm-1thread"), warm);
    ratio(b, "one JVM 2 threads / 1 thread, warm articles/s (MEANTIME)", results.get("jvm-2threads"),
        results.get("jvm-1thread"), warm);
    System.out.print(b);
  }

  private static void ratio(StringBuilder b, String label, Map<String, Double> num, Map<String, Double> den,
      String key) {
    b.append(String.format(Locale.ROOT, "ratio %-64s %.2f%n", label + ":", num.get(key) / den.get(key)));
  }

  /** Measures one configuration and prints RESULT key=value lines. */
  private static void worker(String config, Path shared) {
    SpeedBenchmark.HeapSampler heap = new SpeedBenchmark.HeapSampler();
    heap.start();
    List<Article> meantime = Corpus.meantime(shared);
    if (QUICK) {
      meantime = meantime.subList(0, 30);
    }
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    Consumer<List<Article>> run;
    SparkSession spark = null;
    TaskTimes tasks = new TaskTimes();
    if (config.startsWith("jvm-")) {
      StoryExtractor x = StoryExtractor.builder().threads(config.endsWith("1thread") ? 1 : 2).build();
      result("load_s", (System.nanoTime() - t0) / 1e9);
      run = articles -> {
        for (ArticleResult r : x.extractAll(articles)) {
          r.status(); // every result is complete when extractAll returns
        }
      };
    } else {
      spark = SparkSession.builder().master(config.endsWith("1") ? "local[1]" : "local[2]").appName(config)
          .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1").getOrCreate();
      StorySpark sp = StorySpark.builder().build();
      long loadMillis = sp.warmUp(); // local mode: this JVM is the executor, its tasks share this extractor
      result("load_s", loadMillis / 1e3);
      result("spark_start_s", (System.nanoTime() - t0) / 1e9 - loadMillis / 1e3);
      StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
      List<Row> rows = meantime.stream().map(a -> RowFactory.create(a.id(), a.text())).toList();
      Dataset<Row> input = spark.createDataFrame(rows, schema);
      spark.sparkContext().addSparkListener(tasks);
      run = articles -> {
        tasks.passStarts();
        sp.extract(input).write().format("noop").mode("overwrite").save();
      };
    }
    result("extractor_heap_mb", (usedAfterGc() - before) / (1024.0 * 1024.0));
    result("articles", meantime.size());
    heap.reset();
    long c = System.nanoTime();
    run.accept(meantime);
    result("cold_articles_s", meantime.size() / ((System.nanoTime() - c) / 1e9));
    tasks.reset();
    long warmStart = System.nanoTime();
    SpeedBenchmark.Warm w = QUICK ? SpeedBenchmark.warm(run, meantime, 3, 15)
        : SpeedBenchmark.warm(run, meantime);
    double warmWall = (System.nanoTime() - warmStart) / 1e9;
    result("warm_articles_s", meantime.size() / w.seconds());
    result("passes_to_warm", w.passesToWarm());
    result("warm_passes_measured", w.measured());
    result("warm_jit_share_pct", 100 * w.jitShare());
    result("peak_heap_mb", heap.peakMb());
    if (spark != null) {
      // Of the task slots' time over all warm passes, the share spent running tasks: what the scheduling, the
      // driver's planning between jobs and a last long task leave idle is the rest.
      int slots = config.endsWith("1") ? 1 : 2;
      int passes = w.passesToWarm() + w.measured() - 1;
      result("tasks_per_pass", (double) tasks.count() / passes);
      result("slot_busy_pct", 100 * tasks.busySeconds() / (slots * warmWall));
      result("longest_task_s", tasks.longestSeconds());
      result("first_task_after_s", tasks.firstTaskAfterSeconds());
      spark.stop();
    }
  }

  /**
   * Sums the run time of the tasks Spark finishes, and the time from the start of each pass to its first
   * task's launch: the driver's planning of the job (analysis, optimization, code generation) and scheduling.
   */
  private static final class TaskTimes extends SparkListener {
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong millis = new AtomicLong();
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong passStart = new AtomicLong();
    private final AtomicLong firstLaunch = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong passes = new AtomicLong();
    private final AtomicLong beforeFirstTask = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      long d = end.taskInfo().duration();
      count.incrementAndGet();
      millis.addAndGet(d);
      longest.accumulateAndGet(d, Math::max);
      firstLaunch.accumulateAndGet(end.taskInfo().launchTime(), Math::min);
    }

    /** Called as a pass starts: closes the previous one (its first task ended long before). */
    void passStarts() {
      closePass();
      passStart.set(System.currentTimeMillis());
      firstLaunch.set(Long.MAX_VALUE);
    }

    private void closePass() {
      long launch = firstLaunch.get();
      if (passStart.get() > 0 && launch != Long.MAX_VALUE) {
        passes.incrementAndGet();
        beforeFirstTask.addAndGet(launch - passStart.get());
      }
    }

    void reset() {
      count.set(0);
      millis.set(0);
      longest.set(0);
      passStart.set(0);
      passes.set(0);
      beforeFirstTask.set(0);
    }

    /** The mean time from a pass's start to its first task, over the passes since {@link #reset}. */
    double firstTaskAfterSeconds() {
      closePass();
      passStart.set(0);
      return passes.get() == 0 ? Double.NaN : beforeFirstTask.get() / 1e3 / passes.get();
    }

    long count() {
      return count.get();
    }

    double busySeconds() {
      return millis.get() / 1e3;
    }

    double longestSeconds() {
      return longest.get() / 1e3;
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void result(String key, double value) {
    System.out.println("RESULT " + key + "=" + value);
  }
}
