package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java of fact extraction and merging interprets the data of models and names no predicate or CAMEO code of
 * its own (DESIGN.md, "Rules are data"): every string literal of {@code extract} and {@code merge} is listed, and
 * none is a predicate of vocabulary.tsv or one of its CAMEO codes. What a predicate does differently is a column of
 * vocabulary.tsv or a kind of constructions.tsv.
 */
final class NoPredicateInJavaTest {
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "storygraph");

  @Test
  void noStringLiteralOfExtractOrMerge_isAPredicateOrACameoCode() throws IOException {
    Vocabulary v = Vocabulary.standard();
    Set<String> forbidden = new HashSet<>(v.names());
    v.names().forEach(n -> forbidden.add(v.get(n).orElseThrow().cameo()));
    forbidden.remove("-");
    List<String> literals = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("extract", "merge")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
          Matcher m = LITERAL.matcher(code);
          while (m.find()) {
            literals.add(m.group(1));
            if (forbidden.contains(m.group(1))) {
              found.add(f.getFileName() + ": \"" + m.group(1) + "\"");
            }
          }
        }
      }
    }
    assertThat(literals).as("string literals read").hasSizeGreaterThan(200);
    assertThat(found).as("predicates or CAMEO codes in the Java of extract and merge").isEmpty();
  }

  @Test
  void withoutComments_keepsCodeAndDropsComments() {
    assertThat(withoutComments("a(\"x\"); // \"kill\"\n/* \"meet\" */ b(\"y\");"))
        .contains("\"x\"", "\"y\"").doesNotContain("kill", "meet");
  }

  /** The code with its comments blanked out, string literals kept (a literal may hold "//"). */
  static String withoutComments(String code) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < code.length()) {
      char ch = code.charAt(i);
      if (ch == '"') {
        int end = i + 1;
        while (end < code.length() && code.charAt(end) != '"') {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        b.append(code, i, Math.min(end + 1, code.length()));
        i = end + 1;
      } else if (ch == '\'' && i + 2 < code.length()) {
        int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
        b.append(code, i, end + 1);
        i = end + 1;
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? code.length() : end;
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? code.length() : end + 2;
      } else {
        b.append(ch);
        i++;
      }
    }
    return b.toString();
  }
}
