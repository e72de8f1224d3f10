package dev.storygraph.examples;

import dev.storygraph.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders of {@code .txt}. A file that cannot be used (unreadable, empty,
 * binary, not UTF-8) becomes an {@link Input} with the reason, so that the batch reports it.
 */
public final class ArticleReader {

  /**
   * One input: an article, or why a file could not be one.
   *
   * @param id      the article id: the file name without its extension
   * @param article the article, when the file could be read
   * @param error   why not, otherwise
   */
  public record Input(String id, Optional<Article> article, Optional<String> error) {}

  private ArticleReader() {}

  /** Reads every {@code .txt} file of the given files and folders (folders recursively, sorted by name). */
  public static List<Input> read(List<Path> paths, LocalDate referenceDate) throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted()
              .toList()) {
            out.add(readFile(f, referenceDate));
          }
        }
      } else {
        out.add(readFile(p, referenceDate));
      }
    }
    return out;
  }

  static Input readFile(Path f, LocalDate referenceDate) {
    String id = idOf(f);
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
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return failed(id, "not UTF-8 text: " + source);
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
    return new Input(id, Optional.of(a), Optional.empty());
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
    String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Input failed(String id, String why) {
    return new Input(id, Optional.empty(), Optional.of(why));
  }
}
