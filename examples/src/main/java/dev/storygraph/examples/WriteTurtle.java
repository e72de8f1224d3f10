package dev.storygraph.examples;

import dev.storygraph.Article;
import dev.storygraph.ArticleInput;
import dev.storygraph.Articles;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.write.RdfStoryWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: writes the story of some articles as Turtle (RDF), its resources under a base IRI of your own.
 *
 * <pre>
 * java -cp "examples/target/classes:$(cat examples/target/classpath.txt)" dev.storygraph.examples.WriteTurtle \
 *     story.ttl https://example.org/stories/harbour/ [PATH...]
 * </pre>
 *
 * <p>PATH: {@code .txt} articles or folders of them; none: the bundled sample articles.
 */
public final class WriteTurtle {
  private WriteTurtle() {}

  /** {@code WriteTurtle OUT.ttl BASE-IRI [PATH...]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WriteTurtle OUT.ttl BASE-IRI [PATH...]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    RdfStoryWriter writer = new RdfStoryWriter(args[1]);   // checks the IRI before CoreNLP loads
    List<Path> paths = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      paths.add(Path.of(args[i]));
    }
    List<ArticleInput> inputs = paths.isEmpty() ? ArticleReader.samples(null) : Articles.read(paths, null);
    List<Article> articles = new ArrayList<>();
    inputs.forEach(in -> in.article().ifPresent(articles::add));
    Story story = StoryExtractor.builder().threads(2).build().extractStory(articles);
    try (OutputStream o = Files.newOutputStream(out)) {
      writer.write(story, o, RdfStoryWriter.Syntax.TURTLE);
    }
    System.out.printf("%s: %d entities, %d facts, %d roles as Turtle%n", out, story.entities().size(),
        story.facts().size(), story.roles().size());
  }
}
