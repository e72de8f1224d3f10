package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storygraph.Entity;
import dev.storygraph.Story;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * Every writer, written as UTF-8 bytes and read back by an independent reader, keeps names with control
 * characters, quotes, angle brackets, a carriage return, a character outside the BMP and 10,000 characters.
 * JSON (and the HTML page's data) escapes lone surrogates and keeps everything; RDF drops lone surrogates,
 * which UTF-8 cannot carry; GraphML also drops the control characters XML 1.0 forbids.
 */
final class HostileNamesTest {
  private static final String HOSTILE = "Ana \u001b[31mRed\u0007 \"Q\" <b>&amp;</b>'\rnext \ud800lone \udc00 "
      + "\ud83d\ude00 end";
  /** What UTF-8 can carry when the format has no escape for a lone surrogate (RDF). */
  private static final String WELL_FORMED = "Ana \u001b[31mRed\u0007 \"Q\" <b>&amp;</b>'\rnext lone  "
      + "\ud83d\ude00 end";
  /** What XML 1.0 can carry. */
  private static final String KEPT = "Ana [31mRed \"Q\" <b>&amp;</b>'\rnext lone  \ud83d\ude00 end";
  private static final String LONG = "Qorv".repeat(2_500);

  private static Story story() {
    Story s = SampleStory.story();
    List<Entity> entities = new ArrayList<>(s.entities());
    Entity e1 = entities.get(0);
    entities.set(0, new Entity(e1.id(), HOSTILE, e1.type(), e1.aliases(), e1.mentions()));
    Entity e3 = entities.get(2);
    entities.set(2, new Entity(e3.id(), LONG, e3.type(), e3.aliases(), e3.mentions()));
    return new Story(s.articles(), entities, s.roles(), s.facts(), s.dates());
  }

  private static byte[] utf8(WriterBody body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    body.write(w);
    w.flush();
    return out.toByteArray();
  }

  private interface WriterBody {
    void write(Writer w) throws Exception;
  }

  @Test
  void json_readsBackTheNames() throws Exception {
    byte[] bytes = utf8(w -> new JsonStoryWriter().write(story(), w));
    JsonNode tree = new ObjectMapper().readTree(bytes);
    List<String> names = new ArrayList<>();
    tree.get("entities").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).contains(HOSTILE, LONG);
  }

  @Test
  void rdf_everySyntaxReadsBackTheNames() throws Exception {
    RdfStoryWriter rdf = new RdfStoryWriter();
    for (RdfStoryWriter.Syntax syntax : RdfStoryWriter.Syntax.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      rdf.write(story(), out, syntax);
      Lang lang = switch (syntax) {
        case TURTLE -> Lang.TURTLE;
        case TRIG -> Lang.TRIG;
        case JSON_LD -> Lang.JSONLD11;
      };
      Model m = syntax == RdfStoryWriter.Syntax.TRIG
          ? RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).toDataset().getDefaultModel()
          : RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).toModel();
      assertThat(m.listObjectsOfProperty(RDFS.label).mapWith(n -> n.asLiteral().getString()).toList())
          .as(syntax.name()).contains(WELL_FORMED, LONG);
    }
  }

  @Test
  void html_embeddedStoryReadsBackTheNames() throws Exception {
    byte[] bytes = utf8(w -> new HtmlStoryWriter("t").write(story(), w));
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    String data = page.select("script").stream().map(org.jsoup.nodes.Element::data)
        .filter(d -> d.contains("\"entities\"")).findFirst().orElseThrow();
    String json = data.substring(data.indexOf('{'), data.lastIndexOf('}') + 1);
    JsonNode tree = new ObjectMapper().readTree(json);
    List<String> names = new ArrayList<>();
    tree.get("entities").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).contains(HOSTILE, LONG);
  }

  @Test
  void graphMl_readsBackTheNames() throws Exception {
    byte[] bytes = utf8(w -> new GraphMlStoryWriter().write(story(), w));
    javax.xml.stream.XMLStreamReader r = javax.xml.stream.XMLInputFactory.newFactory()
        .createXMLStreamReader(new ByteArrayInputStream(bytes));
    List<String> names = new ArrayList<>();
    while (r.hasNext()) {
      if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("data")
          && "n_name".equals(r.getAttributeValue(null, "key"))) {
        names.add(r.getElementText());
      }
    }
    assertThat(names).contains(KEPT, LONG);
  }
}
