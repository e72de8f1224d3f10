package dev.storygraph.bench;

import dev.storygraph.Article;
import dev.storygraph.StoryExtractor;
import dev.storygraph.examples.StoryGraphCli;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole-process row of {@code bin/bench speed}: the five seeds in a cold JVM, load included, as a user runs
 * them: {@code storygraph --format json} (its default heap and JVM options, {@code bin/storygraph}) against
 * CoreNLP's full pipeline annotating the same five articles. Per run: wall seconds (the parent times the process
 * from start to exit), CPU seconds of the whole process (all threads: compiler and collector too) and peak RSS
 * ({@code VmHWM}), both read by the process itself just before it exits. Runs alternate; each figure is the
 * median of the rounds, with the 1-minute load average at the start of each run. A third run per round times
 * {@code build()} and the first seed article with the command line's JVM options: the load a user waits for. Like
 * {@code bin/storygraph}, StoryGraph's runs take the modules' jars and map a class-data archive that one unmeasured
 * run wrote first.
 */
final class WholeProcess {
  /**
   * What {@code bin/storygraph} runs the five seeds with: its heap, and what it chooses for inputs of at most 50,000
   * bytes (the seeds are 17 KB): C1 alone, and G1's concurrent marking from 85% of the heap.
   */
  static final List<String> STORYGRAPH_JVM = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1",
      "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=85");
  /** CoreNLP's full pipeline does not run in 1 GB; the heap of the speed workers. */
  static final List<String> CORENLP_JVM = List.of("-Xmx6g");

  private WholeProcess() {}

  static String run(String cp, Path shared, int rounds) throws Exception {
    // As bin/storygraph runs: from jars, with the class-data archive a first run wrote (that run is not measured).
    String jars = jarClassPath(cp);
    List<String> storygraphJvm = new ArrayList<>(STORYGRAPH_JVM);
    if (jars != null) {
      Path archive = Files.createTempFile("storygraph-bench", ".jsa");
      Files.delete(archive);
      System.err.println("bench: whole process, writing the class-data archive (not measured) ...");
      List<String> dump = new ArrayList<>(List.of("java"));
      dump.addAll(STORYGRAPH_JVM);
      dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp",
          jars, SpeedBenchmark.class.getName(), "--process", "storygraph", shared.toString()));
      SpeedBenchmark.results(dump, "storygraph");
      if (Files.size(archive) > 0) {
        archive.toFile().deleteOnExit();
        storygraphJvm.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
      } else {
        jars = null;
      }
    }
    Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();
    List<Double> loads = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (String config : List.of("storygraph", "corenlp-full", "storygraph-load")) {
        double load = loadAverage();
        loads.add(load);
        System.err.printf(Locale.ROOT, "bench: whole process, round %d of %d, %s (load average %.2f) ...%n", round,
            rounds, config, load);
        List<String> cmd = new ArrayList<>(List.of("java"));
        boolean ours = config.startsWith("storygraph");
        cmd.addAll(ours ? storygraphJvm : CORENLP_JVM);
        cmd.addAll(List.of("-cp", ours && jars != null ? jars : cp, SpeedBenchmark.class.getName(), "--process", config,
            shared.toString()));
        long t0 = System.nanoTime();
        Map<String, Double> r = SpeedBenchmark.results(cmd, config);
        r.put("wall_s", SpeedBenchmark.seconds(t0));
        r.put("load_average", load);
        runs.computeIfAbsent(config, c -> new ArrayList<>()).add(r);
        System.err.println("bench: whole process " + config + " round " + round + ": " + r);
      }
    }
    Map<String, Double> sg = SpeedBenchmark.medians(runs.get("storygraph"));
    Map<String, Double> full = SpeedBenchmark.medians(runs.get("corenlp-full"));
    Map<String, Double> load = SpeedBenchmark.medians(runs.get("storygraph-load"));
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "whole process, five seeds, cold JVM, load included: median of %d alternating "
        + "runs; 1-minute load average at the start of each run %.2f-%.2f%n", rounds,
        loads.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
        loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
    b.append(String.format(Locale.ROOT, "%-32s%22s%22s%n", "metric", "storygraph-cli", "corenlp-full"));
    for (String k : List.of("wall_s", "cpu_s", "peak_rss_mb")) {
      b.append(String.format(Locale.ROOT, "%-32s%22.1f%22.1f%n", k, sg.get(k), full.get(k)));
    }
    for (String config : runs.keySet()) {
      for (Map<String, Double> r : runs.get(config)) {
        b.append(String.format(Locale.ROOT, "  run %-14s wall %6.1f s  cpu %6.1f s  rss %7.0f MB  load average %.2f%n",
            config, r.get("wall_s"), r.get("cpu_s"), r.get("peak_rss_mb"), r.get("load_average")));
      }
    }
    b.append(String.format(Locale.ROOT, "ratio %-61s %.3f%n", "whole-process CPU StoryGraph / CoreNLP full:",
        sg.get("cpu_s") / full.get("cpu_s")));
    b.append(String.format(Locale.ROOT, "load with bin/storygraph's JVM options for the seeds (-Xmx1g, C1 only, "
        + "late marking%s): build() %.1f s, build() and the first seed article %.1f s (median of %d)%n",
        jars != null ? ", class-data archive" : "", load.get("build_s"), load.get("load_first_article_s"), rounds));
    return b.toString();
  }

  /**
   * The class path with each module's {@code target/classes} replaced by the module's jar beside it, as
   * {@code bin/storygraph} runs (the JVM archives classes from jars only); null when a module has no jar.
   */
  static String jarClassPath(String cp) throws IOException {
    List<String> out = new ArrayList<>();
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        if (!p.endsWith(Path.of("target", "classes"))) {
          return null;
        }
        Path target = p.getParent();
        Path module = target.getParent();
        Path jar = null;
        try (var files = Files.list(target)) {
          jar = files.filter(f -> {
            String n = f.getFileName().toString();
            return n.startsWith("storygraph-" + module.getFileName() + "-") && n.endsWith(".jar")
                && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar");
          }).findFirst().orElse(null);
        }
        if (jar == null) {
          return null;
        }
        out.add(jar.toString());
      } else {
        out.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  /** One whole-process run; prints RESULT lines for its CPU time and peak RSS. */
  static void worker(String config, Path shared) throws IOException {
    switch (config) {
      case "storygraph" -> {
        Path out = Files.createTempFile("storygraph-bench", ".json");
        int code = StoryGraphCli.run("--format", "json", "--out", out.toString(),
            shared.resolve("corpus/seeds").toString());
        Files.deleteIfExists(out);
        if (code != 0) {
          throw new IllegalStateException("storygraph exited with " + code);
        }
      }
      case "storygraph-load" -> {
        List<Article> seeds = Corpus.seeds(shared);
        long t0 = System.nanoTime();
        StoryExtractor x = StoryExtractor.builder().build();
        SpeedBenchmark.result("build_s", SpeedBenchmark.seconds(t0));
        x.extract(seeds.get(0));
        SpeedBenchmark.result("load_first_article_s", SpeedBenchmark.seconds(t0));
      }
      case "corenlp-full" -> {
        StanfordCoreNLP nlp = SpeedBenchmark.pipeline(SpeedBenchmark.FULL);
        for (Article a : Corpus.seeds(shared)) {
          Annotation ann = new Annotation(a.text());
          a.referenceDate().ifPresent(d -> ann.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
          nlp.annotate(ann);
        }
      }
      default -> throw new IllegalArgumentException("unknown configuration: " + config);
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    SpeedBenchmark.result("cpu_s", os.getProcessCpuTime() / 1e9);
    SpeedBenchmark.result("peak_rss_mb", statusKb("VmHWM") / 1024.0);
  }

  /** A field of /proc/self/status in kB, or NaN where there is none. */
  private static double statusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Double.parseDouble(line.substring(field.length() + 1).replace("kB", "").strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /** The 1-minute load average (/proc/loadavg), or NaN where there is none. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
