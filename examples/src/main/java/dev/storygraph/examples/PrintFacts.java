package dev.storygraph.examples;

import dev.storygraph.Article;
import dev.storygraph.ArticleInput;
import dev.storygraph.Articles;
import dev.storygraph.Fact;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: prints the facts of a story with the names of their entities.
 *
 * <pre>
 * java -cp "examples/target/classes:$(cat examples/target/classpath.txt)" dev.storygraph.examples.PrintFacts [PATH...]
 * </pre>
 *
 * <p>PATH: {@code .txt} articles or folders of them; none: the bundled sample articles.
 */
public final class PrintFacts {
  private PrintFacts() {}

  /** Extracts the story of the articles given (or of the samples) and prints one line per fact. */
  public static void main(String[] args) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String a : args) {
      paths.add(Path.of(a));
    }
    List<ArticleInput> inputs = paths.isEmpty() ? ArticleReader.samples(null) : Articles.read(paths, null);
    List<Article> articles = new ArrayList<>();
    inputs.forEach(in -> in.article().ifPresent(articles::add));
    if (articles.isEmpty()) {
      System.err.println("PrintFacts: no readable .txt article in " + paths);
      System.exit(1);
    }
    Story story = StoryExtractor.builder().threads(2).build().extractStory(articles);
    for (Fact f : story.facts()) {
      System.out.printf("%-20s %-10s %-20s %-16s %-23s %s, %d %s%n", story.name(f.subject()), f.predicate(),
          f.object().map(story::name).orElse("-"), f.place().map(story::name).orElse("-"),
          f.time().map(t -> t.value()).orElse("-"), f.modality().label(), f.support(),
          f.support() == 1 ? "article" : "articles");
    }
  }

  /** The README's example, word for word (the README test compares the two): {@code a1.txt}, {@code a2.txt}. */
  static void readmeExample(String[] args) throws IOException {
    // README-BEGIN
    Path dir = Path.of(args[0]);                                             // a folder with a1.txt and a2.txt
    StoryExtractor extractor = StoryExtractor.builder().threads(2).build();   // loads CoreNLP once
    Story story = extractor.extractStory(List.of(
        Article.of("a1", Files.readString(dir.resolve("a1.txt"))).withReferenceDate(LocalDate.of(2025, 3, 6)),
        Article.of("a2", Files.readString(dir.resolve("a2.txt")))));       // date from its text, or the story's
    for (Fact f : story.facts()) {
      System.out.printf("%s %s %s (%d articles)%n", story.name(f.subject()), f.predicate(),
          f.object().map(story::name).orElse("-"), f.support());
    }
    // README-END
  }
}
