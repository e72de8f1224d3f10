package dev.storygraph.write;

import static java.util.Objects.requireNonNull;

import dev.storygraph.Story;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Writes a {@link Story} as one self-contained HTML page that works offline: the graph of the entities that facts
 * link (node size by mentions, edge width by support, colour by type; facts without an object listed on their
 * subject), laid out in the browser by a seeded force layout in a frame of the panel's shape, so that it fills the
 * panel and the same story in the same window gets the same positions on every load; labels placed so that none
 * covers another and none is under 10 px, edge labels where they fit and on hover; the entities no fact links
 * listed beside it; a timeline of dated facts whose labels stay inside its panel; and, on a click on a fact, its
 * evidence sentences, articles, conflicts and confidence as a share.
 * The page embeds the story's JSON contract and Cytoscape.js (MIT licence, from its WebJar), so it needs no
 * network. Immutable and thread-safe.
 */
public final class HtmlStoryWriter implements StoryWriter {
  private static final String TEMPLATE = "story-page.html";
  private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/%s/dist/cytoscape.min.js";
  private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  private static final class Assets {
    static final String TEMPLATE_TEXT = resource(HtmlStoryWriter.class, TEMPLATE);
    static final String CYTOSCAPE = cytoscape();
  }

  private final String title;

  /** A writer whose pages are titled "StoryGraph". */
  public HtmlStoryWriter() {
    this("StoryGraph");
  }

  /** A writer whose pages carry this title. */
  public HtmlStoryWriter(String title) {
    this.title = requireNonNull(title, "title");
  }

  /** Writes the page to {@code out}; does not close it. */
  public void write(Story story, Writer out) throws IOException {
    out.write(toHtml(story));
    out.flush();
  }

  /** Writes the page to {@code out} as UTF-8; does not close it. */
  @Override
  public void write(Story story, OutputStream out) throws IOException {
    StoryWriters.writeUtf8(toHtml(story), out);
  }

  /** {@code html}. */
  @Override
  public String format() {
    return "html";
  }

  /** {@code html}. */
  @Override
  public String extension() {
    return "html";
  }

  /** {@code text/html}. */
  @Override
  public String mediaType() {
    return "text/html";
  }

  /** The page as text. */
  public String toHtml(Story story) {
    String data;
    try {
      data = Unicode.jsonMapper().writeValueAsString(new JsonStoryWriter().tree(story));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Inside <script> the JSON must not close the element: "<" only occurs in JSON strings, where \u003c is legal.
    data = data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    String t = Assets.TEMPLATE_TEXT;
    StringBuilder b = new StringBuilder(t.length() + data.length() + Assets.CYTOSCAPE.length());
    int at = 0;
    while (true) {
      int next = t.indexOf('@', at);
      int close = next < 0 ? -1 : t.indexOf('@', next + 1);
      if (next < 0 || close < 0) {
        b.append(t, at, t.length());
        break;
      }
      String name = t.substring(next + 1, close);
      String value = switch (name) {
        case "TITLE" -> escapeHtml(title);
        case "DATA" -> data;
        case "CYTOSCAPE" -> Assets.CYTOSCAPE;
        default -> null;
      };
      if (value == null) {
        b.append(t, at, next + 1);
        at = next + 1;
      } else {
        b.append(t, at, next).append(value);
        at = close + 1;
      }
    }
    return b.toString();
  }

  static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String cytoscape() {
    Properties p = new Properties();
    try (InputStream in = HtmlStoryWriter.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
      if (in == null) {
        throw new IllegalStateException("the Cytoscape.js WebJar is missing from the classpath (" + WEBJAR_VERSION
            + ")");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String js = resource(null, String.format(WEBJAR, p.getProperty("version")));
    return js.replace("</script", "<\\/script");
  }

  private static String resource(Class<?> near, String name) {
    try (InputStream in = near != null ? near.getResourceAsStream(name)
        : HtmlStoryWriter.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
