package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

final class GraphMlStoryWriterTest {
  private final Story story = SampleStory.story();

  @Test
  void graphMl_readsBackWithJGraphT_oneNodePerEntityOneEdgePerFactWithAnObject() {
    String xml = new GraphMlStoryWriter().toGraphMl(story);
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(false); // no schema download in CI
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> nodes = new HashMap<>();
    Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), value(a)));
    importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), value(a)));
    importer.importGraph(g, new StringReader(xml));

    assertThat(g.vertexSet()).containsExactlyInAnyOrderElementsOf(
        story.entities().stream().map(e -> e.id()).toList());
    long withObject = story.facts().stream().filter(f -> f.object().isPresent()).count();
    assertThat(g.edgeSet()).hasSize((int) withObject);
    assertThat(nodes.get("E1")).containsEntry("name", "Lena Marsh").containsEntry("type", "person")
        .containsEntry("mentions", "7");
    assertThat(nodes.get("E4").get("name")).isEqualTo("Northern Shipping & Co");
    assertThat(nodes.get("E2").get("facts")).isEqualTo("resign 2025-02");
    assertThat(nodes.get("E4").get("facts")).isEqualTo("buy in Port Alder (planned)");
    Fact meet = story.facts().get(0);
    DefaultEdge e = g.getAllEdges("E1", "E2").iterator().next();
    assertThat(edges.get(e)).containsEntry("predicate", "meet").containsEntry("support", "2")
        .containsEntry("time", meet.time().get().value()).containsEntry("place", "Port Alder");
  }

  @Test
  void graphMl_hostileNames_parseAndReadBack() throws Exception {
    String longName = "Qorv".repeat(2_500);
    String hostile = "Ana \u001b[31mRed\u0007 \"Q\" <b>&amp;</b>\rsecond line \ud800lone \udc00 \ud83d\ude00 end";
    String expected = "Ana [31mRed \"Q\" <b>&amp;</b>\rsecond line lone  \ud83d\ude00 end";
    java.util.List<dev.storygraph.Entity> entities = new java.util.ArrayList<>(story.entities());
    dev.storygraph.Entity e1 = entities.get(0);
    entities.set(0, new dev.storygraph.Entity(e1.id(), hostile, e1.type(), e1.aliases(), e1.mentions()));
    dev.storygraph.Entity e3 = entities.get(2);
    entities.set(2, new dev.storygraph.Entity(e3.id(), longName, e3.type(), e3.aliases(), e3.mentions()));
    Story nasty = new Story(story.articles(), entities, story.roles(), story.facts(), story.dates());
    String xml = new GraphMlStoryWriter().toGraphMl(nasty);
    Map<String, String> names = new HashMap<>();
    javax.xml.stream.XMLStreamReader r = javax.xml.stream.XMLInputFactory.newFactory()
        .createXMLStreamReader(new StringReader(xml));
    String node = null;
    while (r.hasNext()) {
      if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("node")) {
          node = r.getAttributeValue(null, "id");
        } else if (r.getLocalName().equals("data") && "n_name".equals(r.getAttributeValue(null, "key"))) {
          names.put(node, r.getElementText());
        }
      }
    }
    assertThat(names).containsEntry("E1", expected).containsEntry("E3", longName);
  }

  private static String value(Attribute a) {
    return a.getValue();
  }
}
