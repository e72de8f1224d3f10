package dev.storygraph.examples;

import dev.storygraph.ArticleInput;
import dev.storygraph.Articles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample articles bundled with the examples, read as {@link Articles} reads files (files, folders and
 * standard input are read by {@link Articles} itself, in core).
 */
public final class ArticleReader {

  private ArticleReader() {}

  /** The bundled sample articles written for this project. */
  public static List<ArticleInput> samples(LocalDate referenceDate) throws IOException {
    List<ArticleInput> out = new ArrayList<>();
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
          out.add(Articles.fromBytes(Articles.idOf(Path.of(name.strip())), "sample:" + name.strip(),
              in.readAllBytes(), referenceDate));
        }
      }
    }
    return out;
  }
}
