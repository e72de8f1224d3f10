package dev.storygraph.write;

import dev.storygraph.Entity;
import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Story} as GraphML for Gephi, yEd, Cytoscape or NetworkX: one node per entity ({@code name},
 * {@code type}, {@code mentions}, {@code aliases}), one directed edge per fact with an object ({@code predicate},
 * {@code support}, {@code time}, {@code place}, {@code modality}, {@code confidence}, {@code cameo}, {@code raw},
 * {@code articles}). A fact without an object is listed in its subject's {@code facts} attribute
 * ({@code "resign 2025-02; buy (planned)"}). Node ids are entity ids; edge ids are {@code f} and the fact's
 * 1-based position in {@link Story#facts()}. Stateless and thread-safe.
 */
public final class GraphMlStoryWriter implements StoryWriter {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";

  /** The story as GraphML text. */
  public String toGraphMl(Story story) {
    StringWriter out = new StringWriter();
    try {
      write(story, out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to a string", e);
    }
    return out.toString();
  }

  /** Writes the story to {@code out} as UTF-8 GraphML; does not close it. */
  @Override
  public void write(Story story, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(story, w);
    w.flush();
  }

  /** {@code graphml}. */
  @Override
  public String format() {
    return "graphml";
  }

  /** {@code graphml}. */
  @Override
  public String extension() {
    return "graphml";
  }

  /** {@code application/graphml+xml}. */
  @Override
  public String mediaType() {
    return "application/graphml+xml";
  }

  /** Writes the story to {@code out}; does not close it. */
  public void write(Story story, Writer out) throws IOException {
    Map<String, String> names = new HashMap<>();
    story.entities().forEach(e -> names.put(e.id(), e.name()));
    Map<String, List<String>> unary = new LinkedHashMap<>();
    for (Fact f : story.facts()) {
      if (f.object().isEmpty()) {
        unary.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(describe(f, names));
      }
    }
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      key(x, "n_name", "node", "name", "string");
      key(x, "n_type", "node", "type", "string");
      key(x, "n_mentions", "node", "mentions", "int");
      key(x, "n_aliases", "node", "aliases", "string");
      key(x, "n_facts", "node", "facts", "string");
      key(x, "e_predicate", "edge", "predicate", "string");
      key(x, "e_support", "edge", "support", "int");
      key(x, "e_time", "edge", "time", "string");
      key(x, "e_place", "edge", "place", "string");
      key(x, "e_modality", "edge", "modality", "string");
      key(x, "e_confidence", "edge", "confidence", "double");
      key(x, "e_cameo", "edge", "cameo", "string");
      key(x, "e_raw", "edge", "raw", "string");
      key(x, "e_articles", "edge", "articles", "string");
      nl(x, 1);
      x.writeStartElement("graph");
      x.writeAttribute("id", "story");
      x.writeAttribute("edgedefault", "directed");
      for (Entity e : story.entities()) {
        nl(x, 2);
        x.writeStartElement("node");
        x.writeAttribute("id", xml10(e.id()));
        data(x, "n_name", e.name());
        data(x, "n_type", e.type().name().toLowerCase(Locale.ROOT));
        data(x, "n_mentions", Integer.toString(e.mentions().size()));
        data(x, "n_aliases", String.join(", ", e.aliases()));
        data(x, "n_facts", String.join("; ", unary.getOrDefault(e.id(), List.of())));
        nl(x, 2);
        x.writeEndElement();
      }
      int n = 0;
      for (Fact f : story.facts()) {
        n++;
        if (f.object().isEmpty()) {
          continue;
        }
        nl(x, 2);
        x.writeStartElement("edge");
        x.writeAttribute("id", "f" + n);
        x.writeAttribute("source", xml10(f.subject()));
        x.writeAttribute("target", xml10(f.object().get()));
        data(x, "e_predicate", f.predicate());
        data(x, "e_support", Integer.toString(f.support()));
        data(x, "e_time", f.time().map(t -> t.value()).orElse(""));
        data(x, "e_place", f.place().map(p -> names.getOrDefault(p, p)).orElse(""));
        data(x, "e_modality", f.modality().label());
        data(x, "e_confidence", String.format(Locale.ROOT, "%.3f", f.confidence()));
        data(x, "e_cameo", f.cameo());
        data(x, "e_raw", f.raw());
        data(x, "e_articles", String.join(", ", f.articles()));
        nl(x, 2);
        x.writeEndElement();
      }
      nl(x, 1);
      x.writeEndElement();
      nl(x, 0);
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
    out.flush();
  }

  /** "resign 2025-02 in Port Alder (planned)". */
  private static String describe(Fact f, Map<String, String> names) {
    StringBuilder b = new StringBuilder(f.predicate());
    f.time().ifPresent(t -> b.append(' ').append(t.value()));
    f.place().ifPresent(p -> b.append(" in ").append(names.getOrDefault(p, p)));
    if (!f.modality().label().equals("asserted")) {
      b.append(" (").append(f.modality().label()).append(')');
    }
    return b.toString();
  }

  private static void key(XMLStreamWriter x, String id, String domain, String name, String type)
      throws XMLStreamException {
    nl(x, 1);
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    if (value.isEmpty()) {
      return;
    }
    nl(x, 3);
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    String[] lines = xml10(value).split("\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        x.writeEntityRef("#13"); // a raw CR would be read back as a line feed
      }
      x.writeCharacters(lines[i]);
    }
    x.writeEndElement();
  }

  /**
   * The text without the characters XML 1.0 cannot hold (control characters other than tab, line feed and
   * carriage return, U+FFFE, U+FFFF, lone surrogates): StAX writes them through and the file would not parse.
   */
  static String xml10(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      int width = 1;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        ok = true;
        width = 2;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && b != null) {
        b.append(s, i, i + width);
      }
      i += width - 1;
    }
    return b == null ? s : b.toString();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }
}
