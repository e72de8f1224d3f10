package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the tests share: one extractor per test JVM (CoreNLP loads once), and the reference data. Public for the
 * tests of other modules (examples), which depend on core's test jar.
 */
public final class Shared {
  private static volatile StoryExtractor extractor;

  private Shared() {}

  /** The test JVM's one extractor, two threads, built on first use. */
  public static StoryExtractor extractor() {
    StoryExtractor x = extractor;
    if (x == null) {
      synchronized (Shared.class) {
        x = extractor;
        if (x == null) {
          x = StoryExtractor.builder().threads(2).build();
          extractor = x;
        }
      }
    }
    return x;
  }

  /** ../shared, as the build passes it; the tests need it and say so when it is missing. */
  static Path shared() {
    Path p = Path.of(System.getProperty("storygraph.shared", "../../shared")).toAbsolutePath().normalize();
    assertThat(p.resolve("corpus/seeds")).as("reference data beside the checkout").isDirectory();
    return p;
  }

  static List<Article> articles(Path dir) {
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

  static List<Article> seeds() {
    return articles(shared().resolve("corpus/seeds"));
  }
}
