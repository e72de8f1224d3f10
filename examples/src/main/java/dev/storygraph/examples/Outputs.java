package dev.storygraph.examples;

import dev.storygraph.Story;
import dev.storygraph.write.GraphMlStoryWriter;
import dev.storygraph.write.HtmlStoryWriter;
import dev.storygraph.write.JsonStoryWriter;
import dev.storygraph.write.RdfStoryWriter;
import dev.storygraph.write.StoryWriter;
import dev.storygraph.write.StoryWriters;
import dev.storygraph.write.TableStoryWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The story's output files: each file's format from its extension, checked before any work, and every file
 * written whole or not at all. Every file is first written to a temporary file beside its target; only when all
 * of them are complete are they renamed onto their targets, so a failure (a full disk) leaves the targets as
 * they were and no temporary file behind.
 *
 * <p>{@link #write(Story, String, OutputStream)} is the one place where a format name finds its writer.
 *
 * <p>Not thread-safe: one instance serves one run.
 */
final class Outputs {
  /** Opens the stream a temporary file is written through (tests inject one that fails like a full disk). */
  @FunctionalInterface
  interface Opener {
    OutputStream open(Path file) throws IOException;
  }

  /** Opens a new file (the temporary file, created with the permissions of the umask). */
  static final Opener FILES = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
      StandardOpenOption.WRITE);

  /** One output file and its format. */
  record Target(Path file, String format) {}

  private final Opener opener;
  private final StoryWriters.Options options;
  private final TableStoryWriter table;
  /** Temporary files not yet renamed: an interrupted run deletes them. */
  private final Set<Path> temporary = ConcurrentHashMap.newKeySet();

  /**
   * @param base  the base IRI of RDF output (checked by {@link #checkBase})
   * @param title the HTML page's title
   * @param table the writer of the table format (its width, its evidence)
   */
  Outputs(Opener opener, String base, String title, TableStoryWriter table) {
    this.opener = opener;
    this.options = StoryWriters.Options.DEFAULT.withBase(base).withTitle(title);
    this.table = table;
  }

  /** Outputs written to the file system, tables 100 columns wide. */
  Outputs(String base, String title) {
    this(FILES, base, title, new TableStoryWriter());
  }

  /** Why the base IRI cannot be used, if it cannot. */
  static Optional<String> checkBase(String base) {
    try {
      new RdfStoryWriter(base);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The target of one {@code --out} file, or why it cannot be one: an unknown extension, a folder, a folder that
   * does not exist, a dangling symbolic link or a file that cannot be written. A symbolic link is followed: the
   * file it points to is replaced, the link stays.
   */
  static Target target(Path out) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String format = StoryWriters.extensions().contains(ext) ? StoryWriters.forExtension(ext).format() : null;
    if (format == null) {
      throw new IllegalArgumentException("--out " + out + ": " + (ext.isEmpty() ? "no extension" : "unknown extension ."
          + ext) + "; the format comes from the extension: ." + String.join(", .",
          new java.util.TreeSet<>(StoryWriters.extensions())));
    }
    Path file = out;
    try {
      for (int hops = 0; Files.isSymbolicLink(file); hops++) {
        if (hops > 40) {
          throw new IllegalArgumentException("--out " + out + " is a loop of symbolic links");
        }
        Path link = Files.readSymbolicLink(file);
        file = file.toAbsolutePath().getParent().resolve(link);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + out + " cannot be read as a link: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().getParent();
    String link = file.equals(out) ? "" : " (a symbolic link to " + file + ")";
    String problem = Files.isDirectory(file) ? "is a folder"
        : dir == null || !Files.isDirectory(dir) ? "is in a folder that does not exist: " + dir
        : !Files.isWritable(dir) ? "is in a folder that cannot be written: " + dir
        : Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(file) ? "cannot be written" : null;
    if (problem != null) {
      throw new IllegalArgumentException("--out " + out + link + " " + problem);
    }
    return new Target(file.toAbsolutePath(), format);
  }

  /**
   * Writes every target, whole or not at all.
   *
   * @throws IOException naming the file that could not be written; then no target has changed
   */
  void writeAll(Story story, List<Target> targets) throws IOException {
    List<Path[]> done = new ArrayList<>();
    try {
      for (Target t : targets) {
        // not Files.createTempFile: its files are private (0600); this one gets the umask's, or the target's
        Path tmp = t.file().resolveSibling("." + t.file().getFileName() + "." + Long.toHexString(
            java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        temporary.add(tmp);
        done.add(new Path[] {tmp, t.file()});
        try (OutputStream out = opener.open(tmp)) {
          write(story, t.format(), out);
        } catch (IOException | RuntimeException e) {
          throw new IOException("cannot write " + t.file() + ": " + reason(e), e);
        }
      }
      for (Path[] d : done) {
        if (Files.exists(d[1]) && Files.getFileStore(d[0]).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(d[0], Files.getPosixFilePermissions(d[1]));
        }
        try {
          Files.move(d[0], d[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(d[0], d[1], StandardCopyOption.REPLACE_EXISTING);
        }
        temporary.remove(d[0]);
      }
    } finally {
      deleteTemporary();
    }
  }

  /** The message of the innermost I/O error (RDF writers wrap it), else of the throwable itself. */
  private static String reason(Throwable e) {
    Throwable io = null;
    for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof IOException) {
        io = c;
      }
    }
    Throwable shown = io != null ? io : e;
    return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
  }

  /** Deletes the temporary files not yet renamed (a failed or interrupted run). */
  void deleteTemporary() {
    for (Path tmp : temporary) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // the run is failing already; a leftover .tmp file is named by its target
      }
      temporary.remove(tmp);
    }
  }

  /** Writes the story in the named format: the one lookup of a writer by format name. */
  void write(Story story, String format, OutputStream out) throws IOException {
    StoryWriter writer = format.equals(table.format()) ? table : StoryWriters.forFormat(format, options);
    writer.write(story, out);
    out.flush();
  }

}
