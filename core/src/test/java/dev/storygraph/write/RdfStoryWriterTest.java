package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

final class RdfStoryWriterTest {
  private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  private static final String BASE = "https://example.org/stories/harbour/";
  private final Story story = SampleStory.story();
  private final RdfStoryWriter writer = new RdfStoryWriter(BASE);

  private static Model jena(String text, Lang lang) {
    return RDFParser.fromString(text, lang).toModel();
  }

  private static org.eclipse.rdf4j.model.Model rdf4j(String text, RDFFormat format) throws Exception {
    return Rio.parse(new StringReader(text), BASE, format);
  }

  private static long rdf4jEvents(org.eclipse.rdf4j.model.Model m) {
    IRI event = SimpleValueFactory.getInstance().createIRI(SEM + "Event");
    return m.filter(null, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, event).subjects().size();
  }

  @Test
  void turtle_parsesWithJenaAndRdf4j_oneEventPerFact() throws Exception {
    String ttl = writer.toString(story, RdfStoryWriter.Syntax.TURTLE);
    Model m = jena(ttl, Lang.TURTLE);
    assertThat(m.isIsomorphicWith(writer.toModel(story))).isTrue();
    assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(SEM + "Event")).toList())
        .hasSize(story.facts().size());
    org.eclipse.rdf4j.model.Model r = rdf4j(ttl, RDFFormat.TURTLE);
    assertThat(r.size()).isEqualTo(m.size());
    assertThat(rdf4jEvents(r)).isEqualTo(story.facts().size());
  }

  @Test
  void turtle_mapsFactToSemEventWithConceptEvidenceAndSources() {
    Model m = writer.toModel(story);
    Resource meet = m.getResource(BASE + "fact/1");
    assertThat(meet.getProperty(m.createProperty(SEM, "eventType")).getResource().getURI())
        .isEqualTo("https://storygraph.dev/predicate/meet");
    Resource concept = m.getResource("https://storygraph.dev/predicate/meet");
    assertThat(concept.getProperty(org.apache.jena.vocabulary.SKOS.notation).getString()).isEqualTo("040");
    assertThat(meet.getProperty(m.createProperty("https://storygraph.dev/ns#", "object")).getResource().getURI())
        .isEqualTo(BASE + "entity/E2");
    Resource time = meet.getProperty(m.createProperty(SEM, "hasTime")).getResource();
    assertThat(time.getProperty(m.createProperty(SEM, "hasBeginTimeStamp")).getLiteral().getLexicalForm())
        .isEqualTo("2025-03-05");
    Set<String> sources = meet.listProperties(m.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom"))
        .mapWith(s -> s.getResource().getURI()).toSet();
    assertThat(sources).containsExactlyInAnyOrder(BASE + "article/harbour-talks-1", BASE + "article/harbour-talks-2");
    Fact f = story.facts().get(0);
    String ev = BASE + "article/harbour-talks-1#char=" + f.evidence().get(0).begin() + "," + f.evidence().get(0).end();
    Set<String> denoted = meet.listProperties(m.createProperty("http://groundedannotationframework.org/gaf#",
        "denotedBy")).mapWith(s -> s.getResource().getURI()).toSet();
    assertThat(denoted).contains(ev);
    Resource nif = m.getResource(ev);
    assertThat(nif.getProperty(m.createProperty(RdfStoryWriter.NIF, "anchorOf")).getString())
        .isEqualTo(f.evidence().get(0).text());
    // roles are org:Memberships with a role concept
    assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(RdfStoryWriter.ORG + "Membership")).toList())
        .hasSize(story.roles().size());
    // a role's other titles are alternative labels of its concept
    Resource ceo = m.getResource(RdfStoryWriter.ROLES + "chief-executive");
    assertThat(ceo.listProperties(SKOS.altLabel).mapWith(st -> st.getString()).toList()).containsExactly("ceo");
    assertThat(ceo.getProperty(SKOS.prefLabel).getString()).isEqualTo("chief executive");
  }

  @Test
  void trig_putsEachDisputedValueInANamedGraphAccordingToItsArticle() throws Exception {
    String trig = writer.toString(story, RdfStoryWriter.Syntax.TRIG);
    Dataset ds = RDFParser.fromString(trig, Lang.TRIG).toDataset();
    long values = story.facts().stream().flatMap(f -> f.conflicts().stream()).mapToLong(c -> c.values().size()).sum();
    assertThat(values).isEqualTo(2);
    Set<String> graphs = new java.util.HashSet<>();
    ds.listModelNames().forEachRemaining(r -> graphs.add(r.getURI()));
    assertThat(graphs).containsExactlyInAnyOrder(BASE + "fact/1/conflict/1/1", BASE + "fact/1/conflict/1/2");
    Model g2 = ds.getNamedModel(BASE + "fact/1/conflict/1/2");
    assertThat(g2.listObjectsOfProperty(g2.createProperty(SEM, "hasBeginTimeStamp")).mapWith(o -> o.asLiteral()
        .getLexicalForm()).toList()).containsExactly("2025-03-01");
    Model def = ds.getDefaultModel();
    assertThat(def.getResource(BASE + "fact/1/conflict/1/2").getProperty(def.createProperty(SEM, "accordingTo"))
        .getResource().getURI()).isEqualTo(BASE + "article/harbour-talks-2");
    org.eclipse.rdf4j.model.Model r = rdf4j(trig, RDFFormat.TRIG);
    assertThat(r.contexts().stream().filter(c -> c != null).map(Object::toString).collect(Collectors.toSet()))
        .isEqualTo(graphs);
    assertThat(rdf4jEvents(r)).isEqualTo(story.facts().size());
  }

  @Test
  void jsonLd_isTheSameGraphCompactedWithTheShippedContext() throws Exception {
    String json = writer.toString(story, RdfStoryWriter.Syntax.JSON_LD);
    assertThat(json).contains("\"eventType\"").contains("\"denotedBy\"");
    assertThat(json.indexOf("\"@context\"")).as("@context comes first").isLessThan(json.indexOf("\"@graph\""));
    Model m = jena(json, Lang.JSONLD11);
    assertThat(m.isIsomorphicWith(writer.toModel(story))).isTrue();
    org.eclipse.rdf4j.model.Model r = rdf4j(json, RDFFormat.JSONLD);
    assertThat(r.size()).isEqualTo(m.size());
    assertThat(rdf4jEvents(r)).isEqualTo(story.facts().size());
  }

  @Test
  void conflicts_twoOnOneField_eachValueKeepsItsOwnIriAndLabel() {
    Fact f = story.facts().get(0);
    Fact twice = new Fact(f.subject(), f.predicate(), f.object(), f.place(), f.time(), f.modality(), f.raw(),
        f.cameo(), f.confidence(), f.evidence(), List.of(f.conflicts().get(0), new Fact.Conflict("time", List.of(
            new Fact.ConflictValue("2025-02", List.of("harbour-talks-1")),
            new Fact.ConflictValue("2025-03-05", List.of("harbour-talks-2"))))));
    Story s = new Story(story.articles(), story.entities(), story.roles(), List.of(twice), story.dates());
    Model m = writer.toModel(s);
    List<Resource> alternatives = m.listSubjectsWithProperty(m.createProperty(SEM, "accordingTo")).toList();
    assertThat(alternatives).hasSize(4);
    assertThat(alternatives).allSatisfy(a -> assertThat(a.listProperties(
        org.apache.jena.vocabulary.RDFS.label).toList()).hasSize(1));
    Dataset ds = writer.toDataset(s);
    List<Resource> graphs = new java.util.ArrayList<>();
    ds.listModelNames().forEachRemaining(graphs::add);
    assertThat(graphs).hasSize(4);
  }

  @Test
  void iris_encodeIdsIntoOneSegment() {
    assertThat(RdfStoryWriter.encode("2023/a b")).isEqualTo("2023%2Fa%20b");
    assertThat(RdfStoryWriter.slug("Foreign  Minister")).isEqualTo("foreign-minister");
  }

  @Test
  void base_mustBeAnAbsoluteIriEndingInSlashOrHash() {
    assertThatThrownBy(() -> new RdfStoryWriter("https://example.org/x")).hasMessageContaining("must end in");
    assertThatThrownBy(() -> new RdfStoryWriter("stories/")).hasMessageContaining("absolute");
    assertThat(new RdfStoryWriter().base()).isEqualTo(RdfStoryWriter.DEFAULT_BASE);
  }
}
