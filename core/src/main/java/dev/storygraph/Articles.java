package dev.storygraph;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads articles from files, folders and streams, as the {@code storygraph} command line does.
 *
 * <p><b>Text.</b> What is read is judged by its content, not its name: an empty file, a file with a NUL byte,
 * or one in which more than {@value #MAX_NOT_TEXT_PERCENT}% of the characters (and at least
 * {@value #MIN_NOT_TEXT}) are control characters or bytes that no encoding explains, is an
 * {@link ArticleInput#error} ("not text: ..."). UTF-8 is read as such (a few
 * damaged bytes are replaced by U+FFFD and their offsets given as a warning); UTF-16 and UTF-32 with a byte
 * order mark are decoded; other text (Latin-1, Windows-1252, ...) is decoded in the encoding that Mozilla's
 * detector (juniversalchardet) finds, with a warning naming it.
 *
 * <p><b>Ids.</b> An article's id is its file name without the extension. When files of one read share that
 * name, each id is the shortest trailing part of its path that tells them apart ({@code a/x}, {@code b/x}),
 * whatever the order in which they were given; an id is never an absolute path, and a name of dots only
 * becomes underscores. An article read from a stream is {@value #STDIN_ID}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Articles {
  /** The id of an article read from standard input. */
  public static final String STDIN_ID = "stdin";
  /** A text with a larger share of control characters or undecodable bytes is not text. */
  static final int MAX_NOT_TEXT_PERCENT = 2;
  /** Fewer such characters than this are damage in a short text, not a sign that it is no text. */
  static final int MIN_NOT_TEXT = 5;
  /** Reports at most this many offsets of bytes that are not UTF-8. */
  private static final int MAX_OFFSETS = 5;
  /** NUL bytes are looked for in this many leading bytes. */
  private static final int NUL_WINDOW = 8192;

  private Articles() {}

  /**
   * Reads every {@code .txt} file of the given files and folders (folders recursively, sorted by path; files
   * given by name whatever their extension). A file given twice is read once; a path that does not exist is an
   * input with an error. Ids follow the rule of the class comment.
   *
   * @param referenceDate the reference date of every article, or {@code null} to let StoryGraph find it
   * @throws IOException when a folder cannot be listed
   */
  public static List<ArticleInput> read(List<Path> paths, LocalDate referenceDate) throws IOException {
    requireNonNull(paths, "paths");
    Set<Path> files = new LinkedHashSet<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
              .forEach(f -> files.add(f.toAbsolutePath().normalize()));
        }
      } else {
        files.add(p.toAbsolutePath().normalize());
      }
    }
    Map<Path, String> ids = ids(files);
    List<ArticleInput> out = new ArrayList<>();
    for (Path f : files) {
      out.add(readFile(f, ids.get(f), referenceDate));
    }
    return out;
  }

  /** Reads one article from a stream (standard input), id {@value #STDIN_ID}; the stream is not closed. */
  public static ArticleInput read(InputStream in, LocalDate referenceDate) throws IOException {
    return fromBytes(STDIN_ID, "standard input", in.readAllBytes(), referenceDate);
  }

  /**
   * An article from raw bytes, or why they are not one.
   *
   * @param id            the article id
   * @param source        where the bytes came from, for messages and {@link Article#source()}
   * @param referenceDate the article's reference date, or {@code null}
   */
  public static ArticleInput fromBytes(String id, String source, byte[] bytes, LocalDate referenceDate) {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    if (bytes.length == 0) {
      return ArticleInput.failed(id, "empty file: " + source);
    }
    Decoded d = decode(bytes, source);
    if (d.error != null) {
      return ArticleInput.failed(id, d.error);
    }
    String text = d.text.startsWith("\uFEFF") ? d.text.substring(1) : d.text;
    if (text.isBlank()) {
      return ArticleInput.failed(id, "no text, only white space: " + source);
    }
    long bad = text.codePoints().filter(Articles::notText).count();
    if (bad >= MIN_NOT_TEXT && bad * 100 > MAX_NOT_TEXT_PERCENT * (long) text.length()) {
      return ArticleInput.failed(id, String.format(Locale.ROOT,
          "not text: %d of %d characters are control characters or undecodable bytes%s: %s", bad, text.length(),
          d.charset.equals(StandardCharsets.UTF_8) ? "" : " (read as " + d.charset.name() + ")", source));
    }
    Article a = Article.of(id, text).withSource(source);
    if (referenceDate != null) {
      a = a.withReferenceDate(referenceDate);
    }
    return new ArticleInput(id, Optional.of(a), Optional.empty(), Optional.ofNullable(d.warning));
  }

  /** A control character other than white space, or a replaced byte. */
  private static boolean notText(int c) {
    return c == '\uFFFD' || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
        && c != '\f';
  }

  private record Decoded(String text, Charset charset, String warning, String error) {}

  /**
   * The bytes as text: a byte order mark decides; else UTF-8 when the bytes are UTF-8 or hold at least one
   * well-formed multi-byte sequence (then damaged bytes are replaced); else the detector's encoding.
   */
  private static Decoded decode(byte[] bytes, String source) {
    Charset bom = bomCharset(bytes);
    if (bom != null && !bom.equals(StandardCharsets.UTF_8)) { // UTF-8's mark is read as UTF-8 and dropped after
      return new Decoded(new String(bytes, bom), bom, "not UTF-8: decoded from " + bom.name() + " (byte order mark)",
          null);
    }
    for (int i = 0; i < Math.min(bytes.length, NUL_WINDOW); i++) {
      if (bytes[i] == 0) {
        return new Decoded(null, null, null, "not text: a binary file (NUL byte at offset " + i + "): " + source);
      }
    }
    List<Integer> bad = new ArrayList<>();
    int[] multiByte = new int[1];
    String utf8 = decodeUtf8(bytes, bad, multiByte);
    if (bad.isEmpty() || multiByte[0] > 0) {
      String warning = bad.isEmpty() ? null : bad.size() + (bad.size() == 1 ? " byte" : " bytes")
          + " not UTF-8, replaced by U+FFFD, at byte offset" + (bad.size() == 1 ? " " : "s ")
          + bad.stream().limit(MAX_OFFSETS).map(String::valueOf).collect(Collectors.joining(", "))
          + (bad.size() > MAX_OFFSETS ? ", ..." : "");
      return new Decoded(utf8, StandardCharsets.UTF_8, warning, null);
    }
    Charset detected = detect(bytes);
    if (detected == null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, null, null); // judged by its share of U+FFFD
    }
    return new Decoded(new String(bytes, detected), detected, "not UTF-8: decoded as " + detected.name()
        + " (detected)", null);
  }

  /** The encoding Mozilla's detector finds, or null when it finds none Java knows. */
  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16; // reads the mark and drops it
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bytes as UTF-8, each malformed sequence replaced by U+FFFD and its byte offset added to {@code bad};
   * {@code multiByte[0]} counts the well-formed multi-byte characters.
   */
  private static String decodeUtf8(byte[] bytes, List<Integer> bad, int[] multiByte) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    while (true) {
      int before = in.position();
      int charsBefore = out.position();
      CoderResult r = decoder.decode(in, out, true);
      multiByte[0] += (in.position() - before) - (out.position() - charsBefore) > 0 ? 1 : 0;
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

  private static ArticleInput readFile(Path f, String id, LocalDate referenceDate) {
    if (!Files.exists(f)) {
      return ArticleInput.failed(id, "no such file: " + f);
    }
    if (!Files.isRegularFile(f)) {
      return ArticleInput.failed(id, "not a regular file: " + f);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      return ArticleInput.failed(id, "cannot read " + f + ": " + e.getMessage());
    }
    return fromBytes(id, f.toString(), bytes, referenceDate);
  }

  /**
   * The id of each file: the shortest trailing part of its path, without the extension, that no other file's
   * path ends with. Depends only on the set of files, not their order.
   */
  static Map<Path, String> ids(Collection<Path> files) {
    Map<Path, List<String>> parts = new HashMap<>();
    for (Path f : files) {
      List<String> p = new ArrayList<>();
      for (Path name : f) {
        p.add(safe(name.toString()));
      }
      if (!p.isEmpty()) {
        p.set(p.size() - 1, safe(withoutExtension(f.getFileName().toString())));
      } else {
        p.add("_");
      }
      parts.put(f, p);
    }
    Map<Path, String> out = new HashMap<>();
    int depth = parts.values().stream().mapToInt(List::size).max().orElse(0);
    for (int k = 1; k <= depth && out.size() < files.size(); k++) {
      int n = k;
      Map<String, Long> count = parts.values().stream()
          .collect(Collectors.groupingBy(p -> tail(p, n), Collectors.counting()));
      for (Path f : files) {
        String tail = tail(parts.get(f), k);
        if (!out.containsKey(f) && count.get(tail) == 1 && k <= parts.get(f).size()) {
          out.put(f, tail);
        }
      }
    }
    for (Path f : files) {
      out.putIfAbsent(f, String.join("/", parts.get(f)));
    }
    // Two files whose paths differ only by their extension: the extension tells them apart.
    Map<String, Long> count = out.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    Set<String> taken = new HashSet<>(out.values());
    for (Path f : files) {
      if (count.get(out.get(f)) > 1) {
        String id = out.get(f);
        String name = safe(f.getFileName().toString());
        out.put(f, taken.add(name) ? name : id.substring(0, id.lastIndexOf('/') + 1) + name);
      }
    }
    return out;
  }

  private static String tail(List<String> parts, int k) {
    return k > parts.size() ? "\u0000" + String.join("/", parts) : String.join("/", parts.subList(parts.size() - k,
        parts.size()));
  }

  /** The id of one file alone: its name without the extension. */
  public static String idOf(Path file) {
    Path name = file.getFileName();
    return safe(withoutExtension(name == null ? file.toString() : name.toString()));
  }

  /** A name of dots only (or nothing) would walk up a path or an IRI: its dots become underscores. */
  private static String safe(String name) {
    return name.isEmpty() ? "_" : name.chars().allMatch(c -> c == '.') ? name.replace('.', '_') : name;
  }

  private static String withoutExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
