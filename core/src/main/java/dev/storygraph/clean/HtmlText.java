package dev.storygraph.clean;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into its text, at the same offsets: markup, scripts, styles and comments become spaces,
 * block elements and {@code <br>} become line breaks, and each text node stays where it was in the page (an
 * entity such as {@code &amp;} is decoded in place, the rest of its characters blanked). Every offset found in
 * the text is therefore an offset in the page.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]{0,15})\\b[^<>]{0,2000}>");
  /** A page has at least this many tags that HTML knows; a text that mentions one tag is still text. */
  private static final int MIN_TAGS = 3;

  private HtmlText() {}

  /** True when the text is HTML markup rather than plain text. */
  public static boolean isHtml(String text) {
    Matcher m = TAG.matcher(text);
    int known = 0;
    while (m.find()) {
      if (Tag.isKnownTag(m.group(1).toLowerCase(java.util.Locale.ROOT)) && ++known >= MIN_TAGS) {
        return true;
      }
    }
    return false;
  }

  /** The page's text at the page's offsets, or empty when the text is not HTML. */
  public static Optional<String> text(String page) {
    if (!isHtml(page)) {
      return Optional.empty();
    }
    char[] out = new char[page.length()];
    Arrays.fill(out, ' ');
    for (int i = 0; i < page.length(); i++) {
      if (page.charAt(i) == '\n') {
        out[i] = '\n';
      }
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(page, "", parser);
    doc.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          copy(page, out, t);
        } else if (node instanceof Element e && breaks(e)) {
          lineBreak(out, e.sourceRange().start().pos());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && breaks(e) && e.endSourceRange().isTracked()) {
          lineBreak(out, e.endSourceRange().start().pos());
        }
      }
    });
    return Optional.of(new String(out));
  }

  private static boolean breaks(Element e) {
    return e.isBlock() || e.normalName().equals("br");
  }

  private static void lineBreak(char[] out, int pos) {
    if (pos >= 0 && pos < out.length) {
      out[pos] = '\n';
    }
  }

  private static void copy(String page, char[] out, TextNode t) {
    if (!t.sourceRange().isTracked() || t.parent() instanceof Element p && p.normalName().equals("title")) {
      return;
    }
    int begin = t.sourceRange().start().pos();
    int end = Math.min(t.sourceRange().end().pos(), out.length);
    if (begin < 0 || begin >= end) {
      return;
    }
    String decoded = t.getWholeText();
    if (decoded.length() == end - begin) {
      page.getChars(begin, end, out, begin);
      return;
    }
    // Entities make the source longer than the text: put the text at the start, blank the rest, keep lines.
    int n = Math.min(decoded.length(), end - begin);
    decoded.getChars(0, n, out, begin);
    for (int i = begin + n; i < end; i++) {
      out[i] = page.charAt(i) == '\n' ? '\n' : ' ';
    }
  }
}
