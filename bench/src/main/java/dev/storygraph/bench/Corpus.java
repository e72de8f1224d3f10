package dev.storygraph.bench;

import dev.storygraph.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The reference articles in ../shared. */
final class Corpus {
  static final LocalDate SEEDS_DATE = LocalDate.of(2023, 9, 18);

  private Corpus() {}

  static List<Article> read(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Article> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  static List<Article> seeds(Path shared) {
    return read(shared.resolve("corpus/seeds")).stream().map(a -> a.withReferenceDate(SEEDS_DATE)).toList();
  }

  /** The seeds repeated until they hold at least {@code minTokens} tokens, with distinct ids. */
  static List<Article> seedsRepeated(Path shared, int seedTokens, int minTokens) {
    List<Article> seeds = seeds(shared);
    List<Article> out = new ArrayList<>();
    for (int round = 0; (long) round * seedTokens < minTokens; round++) {
      for (Article a : seeds) {
        out.add(new Article(a.id() + "-r" + round, a.text(), a.referenceDate(), a.source()));
      }
    }
    return out;
  }

  static List<Article> meantime(Path shared) {
    List<Article> out = new ArrayList<>(read(shared.resolve("corpus/meantime/airbus")));
    out.addAll(read(shared.resolve("corpus/meantime/apple")));
    return out;
  }
}
