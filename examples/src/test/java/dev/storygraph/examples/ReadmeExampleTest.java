package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example is {@link PrintFacts#readmeExample} word for word, and it runs. */
final class ReadmeExampleTest {
  @TempDir
  Path dir;

  private static Path root() {
    Path p = Path.of("").toAbsolutePath();
    return Files.exists(p.resolve("README.md")) ? p : p.getParent();
  }

  private static String block(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
  }

  @Test
  void readme_javaExample_isTheCompiledOne() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    int start = readme.indexOf("```java\n");
    assertThat(start).as("README has a java block").isNotNegative();
    String inReadme = readme.substring(start + 8, readme.indexOf("```", start + 8)).strip();
    List<String> source = Files.readAllLines(
        root().resolve("examples/src/main/java/dev/storygraph/examples/PrintFacts.java"));
    int b = source.indexOf(source.stream().filter(l -> l.contains("// README-BEGIN")).findFirst().orElseThrow());
    int e = source.indexOf(source.stream().filter(l -> l.contains("// README-END")).findFirst().orElseThrow());
    assertThat(inReadme).isEqualTo(block(source.subList(b + 1, e)));
  }

  @Test
  void readmeExample_printsFactsWithNames() throws IOException {
    for (String[] copy : new String[][] {{"harbour-talks-1.txt", "a1.txt"}, {"harbour-talks-2.txt", "a2.txt"}}) {
      try (InputStream in = ArticleReader.class.getResourceAsStream("samples/" + copy[0])) {
        Files.write(dir.resolve(copy[1]), in.readAllBytes());
      }
    }
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      PrintFacts.readmeExample(new String[] {dir.toString()});
    } finally {
      System.setOut(old);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContainPattern("\\bE\\d+\\b").contains(" articles)"));
  }
}
