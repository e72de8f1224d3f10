package dev.storygraph.write;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds the {@link StoryWriter} of a format, by its name ({@code ttl}) or its file extension ({@code .ttl}):
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>format</th><th>extension</th><th>media type</th><th>writer</th></tr>
 *   <tr><td>table</td><td>txt</td><td>text/plain</td><td>{@link TableStoryWriter}</td></tr>
 *   <tr><td>json</td><td>json</td><td>application/json</td><td>{@link JsonStoryWriter}</td></tr>
 *   <tr><td>ttl</td><td>ttl</td><td>text/turtle</td><td>{@link RdfStoryWriter}</td></tr>
 *   <tr><td>trig</td><td>trig</td><td>application/trig</td><td>{@link RdfStoryWriter}</td></tr>
 *   <tr><td>jsonld</td><td>jsonld</td><td>application/ld+json</td><td>{@link RdfStoryWriter}</td></tr>
 *   <tr><td>graphml</td><td>graphml</td><td>application/graphml+xml</td><td>{@link GraphMlStoryWriter}</td></tr>
 *   <tr><td>html</td><td>html</td><td>text/html</td><td>{@link HtmlStoryWriter}</td></tr>
 * </table>
 *
 * <p>Names and extensions are case-insensitive. Stateless and thread-safe.
 */
public final class StoryWriters {

  /** One format: its name and how to build its writer from the options. */
  private record Entry(String format, String extension, Function<Options, StoryWriter> make) {}

  private static final List<Entry> ALL = List.of(
      new Entry("table", "txt", o -> new TableStoryWriter()),
      new Entry("json", "json", o -> new JsonStoryWriter()),
      new Entry("ttl", "ttl", o -> new RdfStoryWriter(o.base(), RdfStoryWriter.Syntax.TURTLE)),
      new Entry("trig", "trig", o -> new RdfStoryWriter(o.base(), RdfStoryWriter.Syntax.TRIG)),
      new Entry("jsonld", "jsonld", o -> new RdfStoryWriter(o.base(), RdfStoryWriter.Syntax.JSON_LD)),
      new Entry("graphml", "graphml", o -> new GraphMlStoryWriter()),
      new Entry("html", "html", o -> new HtmlStoryWriter(o.title())));

  private StoryWriters() {}

  /**
   * What some formats take besides the story.
   *
   * @param base  the base IRI of the story's resources in RDF ({@link RdfStoryWriter#DEFAULT_BASE} by default):
   *              absolute, ending in {@code /} or {@code #}
   * @param title the title of the HTML page ("StoryGraph" by default)
   */
  public record Options(String base, String title) {
    /** The defaults. */
    public static final Options DEFAULT = new Options(RdfStoryWriter.DEFAULT_BASE, "StoryGraph");

    /**
     * Checks both values.
     *
     * @throws IllegalArgumentException when the base is not an absolute IRI ending in {@code /} or {@code #}
     */
    public Options {
      requireNonNull(title, "title");
      new RdfStoryWriter(requireNonNull(base, "base"));
    }

    /** These options with another base IRI. */
    public Options withBase(String newBase) {
      return new Options(newBase, title);
    }

    /** These options with another page title. */
    public Options withTitle(String newTitle) {
      return new Options(base, newTitle);
    }
  }

  /** The format names, in the order of the table above. */
  public static List<String> formats() {
    return ALL.stream().map(Entry::format).toList();
  }

  /** The file extensions, without the dot, in the order of {@link #formats()}. */
  public static List<String> extensions() {
    return ALL.stream().map(Entry::extension).toList();
  }

  /** The writer of a format with the default options. */
  public static StoryWriter forFormat(String format) {
    return forFormat(format, Options.DEFAULT);
  }

  /**
   * The writer of a format.
   *
   * @param format a name of {@link #formats()}, in any case
   * @throws IllegalArgumentException when no format has that name; the message lists the names
   */
  public static StoryWriter forFormat(String format, Options options) {
    requireNonNull(format, "format");
    requireNonNull(options, "options");
    String f = format.strip().toLowerCase(Locale.ROOT);
    for (Entry e : ALL) {
      if (e.format().equals(f)) {
        return e.make().apply(options);
      }
    }
    throw new IllegalArgumentException("unknown output format '" + format + "'; the formats are "
        + String.join(", ", formats()));
  }

  /** The writer of the format whose files end in this extension, with the default options. */
  public static StoryWriter forExtension(String extension) {
    return forExtension(extension, Options.DEFAULT);
  }

  /**
   * The writer of the format whose files end in this extension.
   *
   * @param extension an extension of {@link #extensions()}, with or without its dot, in any case
   * @throws IllegalArgumentException when no format has that extension; the message lists the extensions
   */
  public static StoryWriter forExtension(String extension, Options options) {
    requireNonNull(extension, "extension");
    requireNonNull(options, "options");
    String x = extension.strip().toLowerCase(Locale.ROOT);
    x = x.startsWith(".") ? x.substring(1) : x;
    for (Entry e : ALL) {
      if (e.extension().equals(x)) {
        return e.make().apply(options);
      }
    }
    throw new IllegalArgumentException("unknown output file extension '" + extension + "'; the extensions are ."
        + String.join(", .", extensions()));
  }

  /**
   * The writer of a file, by the extension of its name ({@code story.ttl}).
   *
   * @throws IllegalArgumentException when the name has no extension or an unknown one
   */
  public static StoryWriter forFileName(String fileName, Options options) {
    requireNonNull(fileName, "fileName");
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    checkArgument(dot > slash + 1 && dot < fileName.length() - 1,
        "output file '%s' has no extension to tell its format; the extensions are .%s", fileName,
        String.join(", .", extensions()));
    return forExtension(fileName.substring(dot + 1), options);
  }

  /** Writes text as UTF-8 and flushes: the writers of text formats share this. */
  static void writeUtf8(String text, OutputStream out) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
