package dev.storygraph.examples;

import dev.storygraph.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders of {@code .txt}. A file that cannot be used (unreadable, empty,
 * binary) becomes an {@link Input} with the reason, so that the batch reports it; bytes that are not UTF-8 are
 * replaced and reported as a warning with their offsets. An id is the file name without its extension; when two
 * files share a name, their ids are their paths relative to the folder given, without the extension.
 */
public final class ArticleReader {

  /**
   * One input: an article, or why a file could not be one.
   *
   * @param id      the article id: the file name without its extension, unique in one read
   * @param article the article, when the file could be read
   * @param error   why not, otherwise
   * @param warning what was wrong with a file that could still be read (bytes that are not UTF-8)
   */
  public record Input(String id, Optional<Article> article, Optional<String> error, Optional<String> warning) {}

  /** Reports at most this many offsets of bytes that are not UTF-8. */
  private static final int MAX_OFFSETS = 5;

  private ArticleReader() {}

  /**
   * Reads every {@code .txt} file of the given files and folders (folders recursively, sorted by name). Ids
   * follow the rule of the class comment; a file given twice is read once.
   */
  public static List<Input> read(List<Path> paths, LocalDate referenceDate) throws IOException {
    Map<Path, Path> fileToRoot = new LinkedHashMap<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted()
              .toList()) {
            fileToRoot.putIfAbsent(f.toAbsolutePath().normalize(), p.toAbsolutePath().normalize());
          }
        }
      } else {
        Path f = p.toAbsolutePath().normalize();
        fileToRoot.putIfAbsent(f, f.getParent() == null ? f : f.getParent());
      }
    }
    Map<String, Long> byName = fileToRoot.keySet().stream()
        .collect(Collectors.groupingBy(ArticleReader::idOf, Collectors.counting()));
    List<Input> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Map.Entry<Path, Path> e : fileToRoot.entrySet()) {
      Path f = e.getKey();
      String id = byName.get(idOf(f)) > 1 ? withoutExtension(e.getValue().relativize(f).toString()
          .replace(java.io.File.separatorChar, '/')) : idOf(f);
      if (!taken.add(id)) { // the same relative path under two folders given: the full path tells them apart
        id = withoutExtension(f.toString());
        taken.add(id);
      }
      out.add(readFile(f, id, referenceDate));
    }
    return out;
  }

  static Input readFile(Path f, String id, LocalDate referenceDate) {
    if (!Files.exists(f)) {
      return failed(id, "no such file: " + f);
    }
    if (!Files.isRegularFile(f)) {
      return failed(id, "not a regular file: " + f);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      return failed(id, "cannot read " + f + ": " + e.getMessage());
    }
    return fromBytes(id, f.toString(), bytes, referenceDate);
  }

  /** An article from raw bytes, or the reason they are not one. */
  public static Input fromBytes(String id, String source, byte[] bytes, LocalDate referenceDate) {
    if (bytes.length == 0) {
      return failed(id, "empty file: " + source);
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return failed(id, "binary file (NUL byte at offset " + i + "): " + source);
      }
    }
    List<Integer> bad = new ArrayList<>();
    String text = decode(bytes, bad);
    Optional<String> warning = Optional.empty();
    if (!bad.isEmpty()) {
      warning = Optional.of(bad.size() + (bad.size() == 1 ? " byte" : " bytes") + " not UTF-8, replaced by U+FFFD, at"
          + " byte offset" + (bad.size() == 1 ? " " : "s ")
          + bad.stream().limit(MAX_OFFSETS).map(String::valueOf).collect(Collectors.joining(", "))
          + (bad.size() > MAX_OFFSETS ? ", ..." : ""));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return failed(id, "no text, only white space: " + source);
    }
    Article a = Article.of(id, text).withSource(source);
    if (referenceDate != null) {
      a = a.withReferenceDate(referenceDate);
    }
    return new Input(id, Optional.of(a), Optional.empty(), warning);
  }

  /** The bytes as UTF-8, each malformed sequence replaced by U+FFFD and its byte offset added to {@code bad}. */
  private static String decode(byte[] bytes, List<Integer> bad) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        bad.add(in.position());
        out.put('\uFFFD');
        in.position(in.position() + r.length());
      } else {
        break;
      }
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The bundled sample articles written for this project. */
  public static List<Input> samples(LocalDate referenceDate) throws IOException {
    List<Input> out = new ArrayList<>();
    try (InputStream index = ArticleReader.class.getResourceAsStream("samples/index.txt")) {
      if (index == null) {
        throw new IOException("the sample articles are missing from the classpath");
      }
      for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (name.isBlank()) {
          continue;
        }
        try (InputStream in = ArticleReader.class.getResourceAsStream("samples/" + name.strip())) {
          if (in == null) {
            throw new IOException("sample article missing: " + name);
          }
          out.add(fromBytes(idOf(Path.of(name.strip())), "sample:" + name.strip(), in.readAllBytes(), referenceDate));
        }
      }
    }
    return out;
  }

  static String idOf(Path f) {
    return withoutExtension(f.getFileName() == null ? f.toString() : f.getFileName().toString());
  }

  private static String withoutExtension(String path) {
    int dot = path.lastIndexOf('.');
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  private static Input failed(String id, String why) {
    return new Input(id, Optional.empty(), Optional.of(why), Optional.empty());
  }
}
