package dev.storygraph.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's application, as it stands there: the {@code pom.xml}, the {@code App.java} and the command of its "Use
 * as a library" section, built and run by Maven in a temporary folder on an invented article, against the jars of this
 * build.
 *
 * <p>What {@code mvn install} of the checkout would put into the local repository (the poms of the checkout, the jars
 * the build laid out in the distribution's {@code lib/}) goes into a local repository of the test's own; every other
 * artifact is read, through symbolic links, from the user's repository. The child build may add to that one as any build
 * does (a plugin it lacks, from Maven Central), but StoryGraph's own artifacts never go there: the test checks it.
 */
final class ApplicationPomIT {
  private static final Path DIST = Path.of(System.getProperty("storygraph.dist", "target/dist")).toAbsolutePath();
  private static final Path ROOT = Path.of(System.getProperty("storygraph.root", "..")).toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("storygraph.version", "");
  private static final Path USER_REPOSITORY = Path.of(System.getProperty("storygraph.localRepository",
      Path.of(System.getProperty("user.home"), ".m2", "repository").toString())).toAbsolutePath();
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");
  /** A line of the README's program: {@code Subject predicate Object (N articles)}. */
  private static final Pattern FACT_LINE = Pattern.compile("^\\S.* \\S+ \\S.* \\(\\d+ articles\\)$");

  @TempDir
  Path tmp;

  /** A fenced block of the README: its language and its text. */
  private record Block(String language, String text) {}

  /** The fenced blocks of the README's section with this title, in order. */
  private static List<Block> blocks(String title) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## " + title + "\n");
    assertThat(start).as("README has a section \"%s\"", title).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(section);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  /** The one block of the section in this language whose text contains {@code marker}. */
  private static String block(List<Block> blocks, String language, String marker) {
    List<String> found = blocks.stream().filter(b -> b.language().equals(language) && b.text().contains(marker))
        .map(Block::text).toList();
    assertThat(found).as("README's library section: one %s block with %s", language, marker).hasSize(1);
    return found.get(0);
  }

  private static String group(Pattern p, String text, String what) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as("%s in %s", what, text).isTrue();
    return m.group(1);
  }

  /** Links every entry of {@code from} into {@code to} except {@code except}; returns {@code to/except}. */
  private static Path linkAllBut(Path from, Path to, String except) throws IOException {
    Files.createDirectories(to);
    if (Files.isDirectory(from)) {
      try (Stream<Path> entries = Files.list(from)) {
        for (Path e : entries.toList()) {
          if (!e.getFileName().toString().equals(except)) {
            Files.createSymbolicLink(to.resolve(e.getFileName().toString()), e);
          }
        }
      }
    }
    return Files.createDirectories(to.resolve(except));
  }

  private static void put(Path groupDir, String artifactId, Path file, String extension) throws IOException {
    Path dir = Files.createDirectories(groupDir.resolve(artifactId).resolve(VERSION));
    Files.copy(file, dir.resolve(artifactId + "-" + VERSION + "." + extension));
  }

  /**
   * A local repository holding StoryGraph's artifacts of this build, laid out as {@code mvn install} would, and links
   * to everything else in the user's repository.
   */
  private Path repository() throws IOException {
    Path repo = tmp.resolve("repository");
    Path dev = linkAllBut(USER_REPOSITORY, repo, "dev");
    Path storygraph = linkAllBut(USER_REPOSITORY.resolve("dev"), dev, "storygraph");
    put(storygraph, "storygraph-parent", ROOT.resolve("pom.xml"), "pom");
    List<String> modules = new ArrayList<>();
    try (Stream<Path> lib = Files.list(DIST.resolve("lib"))) {
      for (Path jar : lib.toList()) {
        String name = jar.getFileName().toString();
        if (name.startsWith("storygraph-") && name.endsWith("-" + VERSION + ".jar")) {
          String artifactId = name.substring(0, name.length() - VERSION.length() - 5);
          Path pom = ROOT.resolve(artifactId.substring("storygraph-".length())).resolve("pom.xml");
          assertThat(pom).as("the module of %s", name).isRegularFile();
          put(storygraph, artifactId, pom, "pom");
          put(storygraph, artifactId, jar, "jar");
          modules.add(artifactId);
        }
      }
    }
    assertThat(modules).as("StoryGraph's jars in %s", DIST.resolve("lib"))
        .contains("storygraph-core", "storygraph-models");
    return repo;
  }

  /** The files under a folder with their times of change (none if it does not exist). */
  private static Map<String, FileTime> files(Path dir) throws IOException {
    Map<String, FileTime> files = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.toList()) {
          files.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
      }
    }
    return files;
  }

  @Test
  void readmeApplication_buildsWithMavenAndPrintsFacts() throws Exception {
    List<Block> blocks = blocks("Use as a library");
    String pom = block(blocks, "xml", "<project");
    String app = block(blocks, "java", "static void main");
    String run = block(blocks, "sh", "exec:exec").lines().filter(l -> l.contains("exec:exec"))
        .map(l -> l.replaceFirst("\\s+#.*$", "")).findFirst().orElseThrow();
    assertThat(pom).contains("<maven.compiler.release>17</maven.compiler.release>", "<artifactId>storygraph-core",
        "<version>" + VERSION + "</version>", "<artifactId>slf4j-simple");

    Path project = Files.createDirectories(tmp.resolve("story-facts"));
    Files.writeString(project.resolve("pom.xml"), pom);
    String pkg = group(Pattern.compile("(?m)^package ([\\w.]+);"), app, "the package");
    String cls = group(Pattern.compile("(?m)^public (?:final )?class (\\w+)"), app, "the class");
    Path source = project.resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve(cls + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, app);
    // an invented article, in the folder the README's command names
    Path articles = Files.createDirectories(project.resolve(group(Pattern.compile("-Darticles=(\\S+)"), run,
        "the articles folder")));
    Files.writeString(articles.resolve("talks.txt"), """
        Austrian Foreign Minister Halvard Quist met Chancellor Marta Ellingsen in Vienna on Monday to discuss a new \
        rail agreement between the two countries.

        Quist said the two governments would sign the agreement in the spring. Ellingsen praised the talks.
        """);
    // the build's own settings: this test's repository, for the command as the README writes it
    Map<String, FileTime> before = files(USER_REPOSITORY.resolve("dev/storygraph"));
    Path mvnConfig = Files.createDirectories(project.resolve(".mvn")).resolve("maven.config");
    Files.writeString(mvnConfig, "-Dmaven.repo.local=" + repository() + "\n");

    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", run).directory(project.toFile());
    Map<String, String> env = pb.environment();
    for (String v : List.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR")) {
      env.remove(v);
    }
    // the JDK that runs this test, for mvn and for the exec plugin's "java"; the Maven that runs the build, if known
    env.put("JAVA_HOME", System.getProperty("java.home"));
    String path = Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin");
    String mavenHome = System.getProperty("storygraph.mavenHome", "");
    env.put("PATH", mavenHome.isEmpty() ? path : Path.of(mavenHome, "bin") + ":" + path);
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in 5 minutes").isTrue();
    String stdout = Files.readString(out);
    String stderr = Files.readString(err);
    assertThat(p.exitValue()).as("exit code of %s; standard output:%n%s%nstandard error:%n%s", run, stdout, stderr)
        .isZero();

    // compiled for Java 17 (class file version 61): the pom's compiler level took effect
    Path classFile = project.resolve("target/classes").resolve(pkg.replace('.', '/')).resolve(cls + ".class");
    try (InputStream in = Files.newInputStream(classFile)) {
      byte[] head = in.readNBytes(8);
      assertThat(((head[6] & 0xff) << 8) | (head[7] & 0xff)).as("class file major version").isEqualTo(61);
    }
    List<String> facts = stdout.lines().filter(l -> FACT_LINE.matcher(l).matches()).toList();
    assertThat(facts).as("fact lines in:%n%s%nstandard error:%n%s", stdout, stderr).isNotEmpty()
        .anySatisfy(l -> assertThat(l).containsAnyOf("Quist", "Ellingsen"));
    assertThat(files(USER_REPOSITORY.resolve("dev/storygraph"))).as("StoryGraph in the user's repository")
        .isEqualTo(before);
  }
}
