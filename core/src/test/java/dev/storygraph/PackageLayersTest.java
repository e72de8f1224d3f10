package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of core import only downward (DESIGN.md): the public records, then {@code clean}, {@code annotate},
 * {@code lexicon}, {@code extract}, {@code merge}, {@code write}, and on top the classes of {@code dev.storygraph}
 * that run the flow ({@code StoryExtractor}, {@code Articles}, {@code Batch}). A class of {@code dev.storygraph} is
 * a public record when it is a record, an enum, an interface or an exception: every package may use those. Read
 * from the sources: imports and fully qualified names in code, comments and literals left out; within
 * {@code dev.storygraph}, a record's use of a class on top by its simple name.
 */
final class PackageLayersTest {
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "storygraph");
  /** The layers from the bottom; a sub-package ({@code extract.fact}) is in the layer of its first name. */
  private static final List<String> LAYERS = List.of("records", "clean", "annotate", "lexicon", "extract", "merge",
      "write", "top");
  /** A name of StoryGraph in code: its packages (empty for dev.storygraph itself) and a class, or "*". */
  private static final Pattern NAME = Pattern.compile(
      "(?<![\\w.])dev\\.storygraph\\.((?:[a-z]\\w*\\.)*)([A-Z]\\w*|\\*)");
  private static final Pattern RECORD_KIND = Pattern.compile(
      "\\b(?:record|enum|interface)\\s+(\\w+)|\\bclass\\s+(\\w+)\\s+extends\\s+\\w*(?:Exception|Error)\\b");

  @Test
  void imports_goOnlyDownward() throws IOException {
    Map<Path, String> sources = sources();
    Map<String, String> rootLayers = rootLayers(sources);
    List<String> upward = new ArrayList<>();
    for (Map.Entry<Path, String> e : sources.entrySet()) {
      String from = layerOf(e.getKey(), rootLayers);
      for (Use use : uses(e.getKey(), e.getValue(), rootLayers)) {
        if (LAYERS.indexOf(use.layer()) > LAYERS.indexOf(from)) {
          upward.add(use.where() + ": " + use.what() + " (" + use.layer() + ") from " + from);
        }
      }
    }
    assertThat(upward).as("imports that go up the layers %s; the packages each imports: %s", LAYERS,
        packageImports(sources, rootLayers)).isEmpty();
  }

  @Test
  void lexicon_importsNothingOfStoryGraph() throws IOException {
    Map<Path, String> sources = sources();
    Map<String, Set<String>> imports = packageImports(sources, rootLayers(sources));
    assertThat(imports).containsKeys("lexicon", "extract", "merge", "write");
    assertThat(imports.get("lexicon")).as("packages lexicon imports (its package-info says: only the JDK)")
        .isEmpty();
  }

  @Test
  void rootClasses_areRecordsOrOnTop() throws IOException {
    Map<String, String> layers = rootLayers(sources());
    assertThat(layers).containsEntry("Fact", "records").containsEntry("EntityType", "records")
        .containsEntry("ExtractionException", "records").containsEntry("StoryExtractor", "top")
        .containsEntry("Articles", "top").containsEntry("Batch", "top");
  }

  @Test
  void uses_findImportsAndQualifiedNamesButNoComments() {
    String code = "package dev.storygraph.merge;\n\nimport dev.storygraph.Fact;\nimport dev.storygraph.write.Html;\n"
        + "/** {@link dev.storygraph.write.Json} */\nclass X {\n  // dev.storygraph.write.Table\n"
        + "  String s = \"dev.storygraph.write.Rdf\";\n  char c = '\"';\n  int n = dev.storygraph.extract.Key.N;\n}\n";
    List<Use> uses = uses(Path.of("merge", "X.java"), code, Map.of("Fact", "records"));
    assertThat(uses).extracting(Use::what).containsExactly("imports dev.storygraph.Fact",
        "imports dev.storygraph.write.Html", "refers to dev.storygraph.extract.Key");
    String x = "src/main/java/dev/storygraph/merge/X.java:";
    assertThat(uses).extracting(Use::where).containsExactly(x + 3, x + 4, x + 10);
    assertThat(uses).extracting(Use::layer).containsExactly("records", "write", "extract");
  }

  /** One name of StoryGraph a file uses: where (file and line), what (the import or the name) and its layer. */
  record Use(String where, String what, String layer) {}

  /** The StoryGraph names a source uses, outside its comments and literals. */
  private static List<Use> uses(Path file, String source, Map<String, String> rootLayers) {
    String code = codeOnly(source);
    String name = MAIN.resolve(file).toString().replace('\\', '/');
    List<Use> out = new ArrayList<>();
    Matcher m = NAME.matcher(code);
    while (m.find()) {
      int lineStart = code.lastIndexOf('\n', m.start()) + 1;
      if (code.startsWith("package ", lineStart)) {
        continue;
      }
      String packages = m.group(1);
      String layer = packages.isEmpty()
          ? rootLayers.getOrDefault(m.group(2), "top") // dev.storygraph.* may reach the classes on top
          : layerOfPackage(packages.substring(0, packages.indexOf('.')));
      String verb = code.startsWith("import ", lineStart) ? "imports " : "refers to ";
      out.add(new Use(name + ":" + line(code, m.start()), verb + m.group(), layer));
    }
    if (file.getParent() == null && "records".equals(rootLayers.get(className(file)))) {
      // within dev.storygraph a record needs no import to reach a class on top
      for (Map.Entry<String, String> r : rootLayers.entrySet()) {
        Matcher simple = Pattern.compile("(?<![\\w.])" + r.getKey() + "\\b").matcher(code);
        if (r.getValue().equals("top") && simple.find()) {
          out.add(new Use(name + ":" + line(code, simple.start()), "refers to " + r.getKey(), "top"));
        }
      }
    }
    return out;
  }

  /** Per package (the layer name; records and top for dev.storygraph), the other layers its files use. */
  private static Map<String, Set<String>> packageImports(Map<Path, String> sources, Map<String, String> rootLayers) {
    Map<String, Set<String>> out = new TreeMap<>();
    sources.forEach((file, source) -> {
      String from = layerOf(file, rootLayers);
      Set<String> to = out.computeIfAbsent(from, k -> new TreeSet<>());
      uses(file, source, rootLayers).stream().map(Use::layer).filter(l -> !l.equals(from)).forEach(to::add);
    });
    return out;
  }

  /** The Java files of core's main sources, by path below {@code dev/storygraph}. */
  private static Map<Path, String> sources() throws IOException {
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        out.put(MAIN.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertThat(out).as("main sources read from %s", MAIN.toAbsolutePath()).hasSizeGreaterThan(50);
    return out;
  }

  /** The classes of dev.storygraph, each records or top. */
  private static Map<String, String> rootLayers(Map<Path, String> sources) {
    Map<String, String> out = new TreeMap<>();
    sources.forEach((file, source) -> {
      String name = className(file);
      if (file.getParent() != null || name.equals("package-info")) {
        return;
      }
      Matcher m = RECORD_KIND.matcher(codeOnly(source));
      boolean record = false;
      while (m.find()) {
        record |= name.equals(m.group(1)) || name.equals(m.group(2));
      }
      out.put(name, record ? "records" : "top");
    });
    return out;
  }

  private static String layerOf(Path file, Map<String, String> rootLayers) {
    if (file.getParent() == null) {
      return rootLayers.getOrDefault(className(file), "records"); // package-info
    }
    return layerOfPackage(file.getName(0).toString());
  }

  private static String layerOfPackage(String first) {
    assertThat(LAYERS).as("package dev.storygraph.%s has no layer: add it to LAYERS", first).contains(first);
    assertThat(first).as("records and top are classes of dev.storygraph, no package").isNotIn("records", "top");
    return first;
  }

  private static String className(Path file) {
    String f = file.getFileName().toString();
    return f.substring(0, f.length() - ".java".length());
  }

  private static int line(String code, int offset) {
    int n = 1;
    for (int i = 0; i < offset; i++) {
      n += code.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }

  /**
   * The source with its comments and literals (strings, text blocks, characters) blanked, line breaks kept so that
   * lines still count.
   */
  static String codeOnly(String source) {
    StringBuilder b = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      int end = skipped(source, i);
      if (end == i) {
        b.append(source.charAt(i++));
        continue;
      }
      for (; i < end; i++) {
        b.append(source.charAt(i) == '\n' ? '\n' : ' ');
      }
    }
    return b.toString();
  }

  /** The end of the comment or literal that starts at {@code i}, or {@code i} when none does. */
  private static int skipped(String source, int i) {
    if (source.startsWith("//", i)) {
      int end = source.indexOf('\n', i);
      return end < 0 ? source.length() : end;
    }
    if (source.startsWith("/*", i)) {
      int end = source.indexOf("*/", i + 2);
      return end < 0 ? source.length() : end + 2;
    }
    char c = source.charAt(i);
    String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : c == '"' || c == '\'' ? String.valueOf(c) : null;
    if (quote == null) {
      return i;
    }
    int end = i + quote.length();
    while (end < source.length() && !source.startsWith(quote, end)) {
      end += source.charAt(end) == '\\' ? 2 : 1;
    }
    return Math.min(source.length(), end + quote.length());
  }
}
