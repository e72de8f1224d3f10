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

  private static String value(Attribute a) {
    return a.getValue();
  }
}
