package dev.storygraph.write;

import dev.storygraph.Story;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Story} in one output format: the JSON contract, tables, RDF, GraphML or an HTML page. Every
 * format is a view of the same story (docs/OUTPUT.md). Find a writer by its format name or file extension with
 * {@link StoryWriters#forFormat(String)} and {@link StoryWriters#forExtension(String)}:
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("story.ttl"))) {
 *   StoryWriters.forExtension("ttl").write(story, out);
 * }
 * }</pre>
 *
 * <p>Every implementation of StoryGraph is immutable and thread-safe: one writer may write many stories at once.
 */
public interface StoryWriter {

  /**
   * Writes the story to {@code out} in this writer's format, as UTF-8 when the format is text; flushes
   * {@code out} and does not close it.
   *
   * @throws IOException when {@code out} cannot be written
   */
  void write(Story story, OutputStream out) throws IOException;

  /** The format's name, as {@code --format} takes it: {@code table}, {@code json}, {@code ttl}, ... */
  String format();

  /** The file extension of the format, without the dot: {@code txt}, {@code json}, {@code ttl}, ... */
  String extension();

  /** The format's media type: {@code text/plain}, {@code application/json}, {@code text/turtle}, ... */
  String mediaType();
}
