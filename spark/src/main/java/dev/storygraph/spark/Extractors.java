package dev.storygraph.spark;

import dev.storygraph.StoryExtractor;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link StoryExtractor} per JVM and configuration, built the first time a task of that JVM asks for it
 * and then shared by all of that JVM's tasks (the extractor is thread-safe). CoreNLP is not serializable and
 * takes seconds and a gigabyte to load: only the small {@link Settings} travel with the tasks, never the
 * extractor. Thread-safe.
 */
final class Extractors {
  private static final ConcurrentMap<Settings, Loaded> LOADED = new ConcurrentHashMap<>();

  /**
   * What an extractor is built from; the key of the holder.
   *
   * @param maxSentenceTokens the builder's sentence cap
   * @param gazetteers        extra gazetteer files, paths readable on every executor
   */
  record Settings(int maxSentenceTokens, List<String> gazetteers) implements Serializable {
    private static final long serialVersionUID = 1L;

    Settings {
      gazetteers = List.copyOf(gazetteers);
    }

    StoryExtractor build() {
      // One thread: a Spark task has one core; the executor runs as many tasks at once as it has cores.
      StoryExtractor.Builder b = StoryExtractor.builder().threads(1).maxSentenceTokens(maxSentenceTokens);
      gazetteers.forEach(g -> b.gazetteer(Path.of(g)));
      return b.build();
    }
  }

  /** An extractor and how long this JVM took to load it. */
  record Loaded(StoryExtractor extractor, long loadMillis) {}

  private Extractors() {}

  /** This JVM's extractor for the settings, built on first use; concurrent first callers wait for one build. */
  static StoryExtractor get(Settings settings) {
    return loaded(settings).extractor();
  }

  static Loaded loaded(Settings settings) {
    return LOADED.computeIfAbsent(settings, s -> {
      long t0 = System.nanoTime();
      StoryExtractor x = s.build();
      return new Loaded(x, (System.nanoTime() - t0) / 1_000_000);
    });
  }
}
