package dev.storygraph.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution the build laid out, copied to another folder, runs through its own launcher with Java alone: an
 * empty home, no Maven and nothing but {@code java} and {@code ls} on the PATH.
 */
final class DistributionIT {
  private static final Path DIST = Path.of(System.getProperty("storygraph.dist", "target/dist")).toAbsolutePath();
  private static final Path ROOT = Path.of(System.getProperty("storygraph.root", "..")).toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("storygraph.version", "");

  @TempDir
  Path tmp;

  /** Copies a tree, linking files (the models jar is 470 MB) where the file system allows it. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          try {
            Files.createLink(q, p);
          } catch (IOException | UnsupportedOperationException e) {
            Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }

  private record Result(int code, String out, String err) {}

  /** Runs a command with only the given PATH and HOME in its environment. */
  private Result run(Path cwd, Path path, Path home, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", path.toString());
    env.put("HOME", home.toString());
    // the JVM takes user.home from the password database, not HOME: point it at the empty home too
    env.put("STORYGRAPH_JAVA_OPTS", "-Xmx1g -Duser.home=" + home);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished in 10 minutes").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** A folder with links to {@code java} and {@code ls}: the launcher's only commands besides sh's own. */
  private Path tools() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("tools"));
    Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    for (String dir : List.of("/usr/bin", "/bin")) {
      if (Files.isExecutable(Path.of(dir, "ls"))) {
        Files.createSymbolicLink(bin.resolve("ls"), Path.of(dir, "ls"));
        break;
      }
    }
    return bin;
  }

  @Test
  void distribution_hasItsParts() throws IOException {
    assertThat(DIST.resolve("bin/storygraph")).isExecutable();
    assertThat(DIST.resolve("README.md")).hasSameTextualContentAs(ROOT.resolve("README.md"));
    assertThat(DIST.resolve("LICENSE")).hasSameTextualContentAs(ROOT.resolve("LICENSE"));
    assertThat(Files.readString(DIST.resolve("THIRD-PARTY.txt"))).contains("stanford-corenlp")
        .contains("GNU General Public License").contains("jena-arq").doesNotContain("Unknown license");
    try (Stream<Path> samples = Files.list(DIST.resolve("samples"))) {
      assertThat(samples.map(p -> p.getFileName().toString()).toList()).isNotEmpty()
          .allSatisfy(n -> assertThat(n).endsWith(".txt").isNotEqualTo("index.txt"));
    }
    try (Stream<Path> jars = Files.list(DIST.resolve("lib"))) {
      assertThat(jars.map(p -> p.getFileName().toString()).toList())
          .contains("storygraph-core-" + VERSION + ".jar", "storygraph-models-" + VERSION + ".jar",
              "storygraph-examples-" + VERSION + ".jar", "stanford-corenlp-4.5.10-models.jar")
          .noneMatch(n -> n.startsWith("storygraph-spark") || n.startsWith("storygraph-bench")
              || n.startsWith("junit") || n.startsWith("assertj"));
    }
  }

  @Test
  void distribution_copiedElsewhere_extractsTheSamplesWithJavaAlone() throws Exception {
    Path copy = tmp.resolve("somewhere/storygraph");
    copyTree(DIST, copy);
    Path home = Files.createDirectories(tmp.resolve("empty-home"));
    Path tools = tools();
    try (Stream<Path> onPath = Files.list(tools)) {
      assertThat(onPath.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("java", "ls");
    }
    // launched through a relative symbolic link in another folder, as from ~/bin
    Path links = Files.createDirectories(tmp.resolve("links"));
    Path launcher = Files.createSymbolicLink(links.resolve("storygraph"),
        links.relativize(copy.resolve("bin/storygraph")));
    Path work = Files.createDirectories(tmp.resolve("work"));

    Result r = run(work, tools, home, launcher.toString(), "--quiet", "--format", "json", "--out",
        "story.json", copy.resolve("samples").toString());
    assertThat(r.code()).as("exit code; standard error: %s", r.err()).isZero();
    JsonNode story = new ObjectMapper().readTree(work.resolve("story.json").toFile());
    List<String> statuses = new ArrayList<>();
    story.get("articles").forEach(a -> statuses.add(a.get("status").asText()));
    try (Stream<Path> samples = Files.list(copy.resolve("samples"))) {
      assertThat(statuses).hasSize((int) samples.count()).containsOnly("ok");
    }
    List<String> names = new ArrayList<>();
    story.get("entities").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).contains("Ingrid Halvorsen", "Oslo");
    assertThat(story.get("facts")).isNotEmpty();
    assertThat(home).isEmptyDirectory();

    // and render the saved story without CoreNLP, through the same launcher
    Result render = run(work, tools, home, launcher.toString(), "render", "story.json", "--out",
        "story.ttl");
    assertThat(render.code()).as("render; standard error: %s", render.err()).isZero();
    assertThat(Files.readString(work.resolve("story.ttl"))).contains("Ingrid Halvorsen");
  }

  @Test
  void distribution_withoutJava_saysWhatToInstall() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("no-tools"));
    Result r = run(tmp, empty, empty, "/bin/sh", DIST.resolve("bin/storygraph").toString(), "--help");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Java 17");
  }

  @Test
  void everyJar_namesItsModule() throws IOException {
    Map<String, Path> jars = Map.of(
        "dev.storygraph.models", DIST.resolve("lib/storygraph-models-" + VERSION + ".jar"),
        "dev.storygraph.core", DIST.resolve("lib/storygraph-core-" + VERSION + ".jar"),
        "dev.storygraph.examples", DIST.resolve("lib/storygraph-examples-" + VERSION + ".jar"),
        "dev.storygraph.spark", ROOT.resolve("spark/target/storygraph-spark-" + VERSION + ".jar"),
        "dev.storygraph.bench", ROOT.resolve("bench/target/storygraph-bench-" + VERSION + ".jar"));
    for (Map.Entry<String, Path> e : jars.entrySet()) {
      assertThat(e.getValue()).as("built before this module (dist depends on it)").isRegularFile();
      try (JarFile jar = new JarFile(e.getValue().toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(e.getValue().toString())
            .isEqualTo(e.getKey());
      }
    }
  }
}
