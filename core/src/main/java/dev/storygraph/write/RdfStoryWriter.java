package dev.storygraph.write;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import dev.storygraph.ArticleSummary;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Role;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import dev.storygraph.lexicon.Vocabulary;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes a {@link Story} as RDF with Apache Jena: Turtle, TriG or JSON-LD, following the mapping of
 * {@code docs/OUTPUT.md} (SEM events, PROV sources, NIF offsets with GAF {@code denotedBy}, ORG memberships,
 * SKOS predicate concepts with their CAMEO code as {@code skos:notation}). As a {@link StoryWriter} it writes the
 * syntax it was built with ({@link Syntax#TURTLE} unless told). Every resource of the story gets an IRI
 * under the writer's base: {@code BASE/article/ID}, {@code BASE/entity/ID}, {@code BASE/fact/N},
 * {@code BASE/role/N}, evidence {@code BASE/article/ID#char=BEGIN,END}; story-independent terms live under
 * {@value #NS}. Immutable and thread-safe.
 */
public final class RdfStoryWriter implements StoryWriter {
  /** The base IRI used when none is given. */
  public static final String DEFAULT_BASE = "https://storygraph.dev/story/";
  /** The project namespace: properties, classes, predicate and role concepts. */
  public static final String NS = "https://storygraph.dev/ns#";
  static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  static final String GAF = "http://groundedannotationframework.org/gaf#";
  static final String ORG = "http://www.w3.org/ns/org#";
  static final String SCHEMA = "https://schema.org/";
  /** Predicate concepts: {@code https://storygraph.dev/predicate/meet}. */
  static final String PREDICATES = "https://storygraph.dev/predicate/";
  /** Role concepts: {@code https://storygraph.dev/role/foreign-minister}. */
  static final String ROLES = "https://storygraph.dev/role/";
  private static final String CONTEXT = "/dev/storygraph/models/storygraph.context.jsonld";

  /** RDF syntaxes. */
  public enum Syntax {
    /** Turtle: the default graph; conflicts as {@code sg:conflict} resources. */
    TURTLE("ttl", "text/turtle"),
    /** TriG: the default graph plus one named graph per disputed value. */
    TRIG("trig", "application/trig"),
    /** JSON-LD 1.1 of the default graph, compacted with the context shipped in the models jar. */
    JSON_LD("jsonld", "application/ld+json");

    private final String format;
    private final String mediaType;

    Syntax(String format, String mediaType) {
      this.format = format;
      this.mediaType = mediaType;
    }

    /** The format name, which is also the file extension: {@code ttl}, {@code trig}, {@code jsonld}. */
    public String format() {
      return format;
    }

    /** The media type: {@code text/turtle}, {@code application/trig}, {@code application/ld+json}. */
    public String mediaType() {
      return mediaType;
    }
  }

  private final String base;
  private final Syntax syntax;

  /** A Turtle writer with {@link #DEFAULT_BASE}. */
  public RdfStoryWriter() {
    this(DEFAULT_BASE);
  }

  /**
   * A Turtle writer whose story resources live under {@code base}.
   *
   * @param base an absolute IRI ending in {@code /} or {@code #} ("https://example.org/stories/harbour/")
   * @throws IllegalArgumentException when it is not
   */
  public RdfStoryWriter(String base) {
    this(base, Syntax.TURTLE);
  }

  /**
   * A writer of one syntax whose story resources live under {@code base}.
   *
   * @param base   an absolute IRI ending in {@code /} or {@code #} ("https://example.org/stories/harbour/")
   * @param syntax what {@link #write(Story, OutputStream)} writes
   * @throws IllegalArgumentException when the base is not such an IRI
   */
  public RdfStoryWriter(String base, Syntax syntax) {
    this.syntax = requireNonNull(syntax, "syntax");
    requireNonNull(base, "base");
    checkArgument(base.endsWith("/") || base.endsWith("#"), "base IRI must end in / or #: %s", base);
    try {
      URI u = new URI(base);
      checkArgument(u.isAbsolute(), "base IRI must be absolute: %s", base);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base is not an IRI: " + base + " (" + e.getReason() + ")", e);
    }
    this.base = base;
  }

  /** The base IRI of story resources. */
  public String base() {
    return base;
  }

  /** The syntax {@link #write(Story, OutputStream)} writes. */
  public Syntax syntax() {
    return syntax;
  }

  /** Writes the story to {@code out} in this writer's {@link #syntax()}, as UTF-8; does not close it. */
  @Override
  public void write(Story story, OutputStream out) throws IOException {
    write(story, out, syntax);
  }

  /** {@code ttl}, {@code trig} or {@code jsonld}: the name of this writer's {@link #syntax()}. */
  @Override
  public String format() {
    return syntax.format();
  }

  /** {@code ttl}, {@code trig} or {@code jsonld}. */
  @Override
  public String extension() {
    return syntax.format();
  }

  /** The media type of this writer's {@link #syntax()}. */
  @Override
  public String mediaType() {
    return syntax.mediaType();
  }

  /** The story as a Jena model: everything but the named graphs of conflicts. */
  public Model toModel(Story story) {
    Model m = build(story, null);
    Unicode.dropLoneSurrogates(m);
    return m;
  }

  /** The story as a Jena dataset: {@link #toModel} as the default graph, one named graph per disputed value. */
  public Dataset toDataset(Story story) {
    Dataset ds = DatasetFactory.create();
    Model model = build(story, ds);
    Unicode.dropLoneSurrogates(model);
    ds.listModelNames().forEachRemaining(name -> Unicode.dropLoneSurrogates(ds.getNamedModel(name)));
    ds.setDefaultModel(model);
    return ds;
  }

  /** Writes the story to {@code out} in the given syntax; does not close it. */
  public void write(Story story, OutputStream out, Syntax syntax) throws IOException {
    switch (syntax) {
      case TURTLE -> RDFDataMgr.write(out, toModel(story), RDFFormat.TURTLE_PRETTY);
      case TRIG -> RDFDataMgr.write(out, toDataset(story), RDFFormat.TRIG_PRETTY);
      case JSON_LD -> writeJsonLd(toModel(story), out);
    }
    out.flush();
  }

  /** The story as text in the given syntax. */
  public String toString(Story story, Syntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(story, out, syntax);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Jena writes expanded JSON-LD; Titanium compacts it with our context so that the keys read as words. */
  private static void writeJsonLd(Model model, OutputStream out) throws IOException {
    ByteArrayOutputStream expanded = new ByteArrayOutputStream();
    RDFDataMgr.write(expanded, model, RDFFormat.JSONLD11_FLAT);
    try (InputStream ctx = RdfStoryWriter.class.getResourceAsStream(CONTEXT)) {
      if (ctx == null) {
        throw new IOException("the JSON-LD context " + CONTEXT + " is missing from the models jar");
      }
      JsonObject compact = JsonLd.compact(
          JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8))), JsonDocument.of(ctx))
          .get();
      // @context first, where a reader looks for it
      jakarta.json.JsonObjectBuilder ordered = Json.createObjectBuilder();
      if (compact.containsKey("@context")) {
        ordered.add("@context", compact.get("@context"));
      }
      compact.forEach((k, v) -> {
        if (!k.equals("@context")) {
          ordered.add(k, v);
        }
      });
      compact = ordered.build();
      JsonWriterFactory f = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
      StringWriter text = new StringWriter();
      try (JsonWriter jw = f.createWriter(text)) {
        jw.write(compact);
      }
      OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(text.toString().strip());
      w.write('\n');
      w.flush();
    } catch (JsonLdError e) {
      throw new IOException("cannot write JSON-LD: " + e.getMessage(), e);
    }
  }

  private Model build(Story story, Dataset conflicts) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("sem", SEM).setNsPrefix("prov", PROV).setNsPrefix("nif", NIF).setNsPrefix("gaf", GAF)
        .setNsPrefix("org", ORG).setNsPrefix("skos", SKOS.uri).setNsPrefix("schema", SCHEMA)
        .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSD.NS).setNsPrefix("sg", NS)
        .setNsPrefix("sgp", PREDICATES).setNsPrefix("sgr", ROLES)
        .setNsPrefix("article", base + "article/").setNsPrefix("entity", base + "entity/")
        .setNsPrefix("fact", base + "fact/").setNsPrefix("role", base + "role/");
    Terms t = new Terms(m);
    m.add(t.subject, RDFS.subPropertyOf, m.createResource(SEM + "hasActor"));
    m.add(t.object, RDFS.subPropertyOf, m.createResource(SEM + "hasActor"));
    Map<String, String> names = new HashMap<>();
    story.entities().forEach(e -> names.put(e.id(), e.name()));
    Map<String, Resource> articles = new HashMap<>();
    for (ArticleSummary a : story.articles()) {
      Resource r = m.createResource(articleIri(a.id()), t.newsArticle).addProperty(RDF.type, t.provEntity)
          .addProperty(t.identifier, a.id()).addProperty(t.status, a.status().label())
          .addProperty(t.referenceDateSource, a.referenceDateSource().label())
          .addLiteral(t.tokens, m.createTypedLiteral(Integer.toString(a.tokens()), XSDDatatype.XSDinteger));
      a.referenceDate().ifPresent(d -> r.addProperty(t.datePublished, date(m, d.toString())));
      a.error().ifPresent(e -> r.addProperty(t.error, e));
      articles.put(a.id(), r);
    }
    Map<String, Resource> entities = new HashMap<>();
    for (Entity e : story.entities()) {
      Resource r = m.createResource(base + "entity/" + encode(e.id()));
      if (e.type() == EntityType.PLACE) {
        r.addProperty(RDF.type, t.semPlace).addProperty(RDF.type, t.schemaPlace);
      } else {
        r.addProperty(RDF.type, t.semActor)
            .addProperty(RDF.type, e.type() == EntityType.PERSON ? t.schemaPerson : t.schemaOrganization);
      }
      r.addProperty(RDFS.label, e.name()).addProperty(t.entityType, e.type().name().toLowerCase(Locale.ROOT))
          .addLiteral(t.mentions, m.createTypedLiteral(Integer.toString(e.mentions().size()), XSDDatatype.XSDinteger));
      e.aliases().forEach(a -> r.addProperty(SKOS.altLabel, a));
      e.articles().forEach(a -> r.addProperty(t.mentionedIn, article(m, articles, a)));
      entities.put(e.id(), r);
    }
    for (Entity e : story.entities()) {
      e.partOf().filter(entities::containsKey)
          .ifPresent(p -> entities.get(e.id()).addProperty(t.containedInPlace, entities.get(p)));
    }
    int n = 0;
    for (Role role : story.roles()) {
      n++;
      Resource r = m.createResource(base + "role/" + n, t.membership)
          .addProperty(t.member, entity(m, entities, role.person()))
          .addProperty(t.role, roleConcept(m, t, role.role(), role.forms()))
          .addLiteral(t.former, m.createTypedLiteral(Boolean.toString(role.former()), XSDDatatype.XSDboolean));
      role.of().ifPresent(o -> r.addProperty(t.organization, entity(m, entities, o)));
      role.articles().forEach(a -> r.addProperty(t.derivedFrom, article(m, articles, a)));
      role.evidence().forEach(ev -> r.addProperty(t.denotedBy, evidence(m, t, articles, ev)));
    }
    Vocabulary vocabulary = Vocabulary.standard();
    n = 0;
    for (Fact f : story.facts()) {
      n++;
      String iri = base + "fact/" + n;
      Resource r = m.createResource(iri, t.event)
          .addProperty(t.eventType, predicateConcept(m, t, vocabulary, f))
          .addProperty(t.subject, entity(m, entities, f.subject()))
          .addProperty(RDFS.label, label(names, f))
          .addProperty(t.modality, f.modality().label())
          .addProperty(t.raw, f.raw())
          .addLiteral(t.support, m.createTypedLiteral(Integer.toString(f.support()), XSDDatatype.XSDinteger))
          .addLiteral(t.confidence, m.createTypedLiteral(
              new java.math.BigDecimal(f.confidence()).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString(),
              XSDDatatype.XSDdecimal));
      f.object().ifPresent(o -> r.addProperty(t.object, entity(m, entities, o)));
      f.place().ifPresent(p -> r.addProperty(t.hasPlace, entity(m, entities, p)));
      f.time().ifPresent(ts -> r.addProperty(t.hasTime, time(m, t, iri + "/time", ts)));
      f.articles().forEach(a -> r.addProperty(t.derivedFrom, article(m, articles, a)));
      f.evidence().forEach(ev -> r.addProperty(t.denotedBy, evidence(m, t, articles, ev)));
      int ci = 0;
      for (Fact.Conflict c : f.conflicts()) {
        ci++;
        String citri = iri + "/conflict/" + ci;
        Resource conflict = m.createResource(citri, t.conflictClass).addProperty(t.field, c.field());
        r.addProperty(t.conflict, conflict);
        int k = 0;
        for (Fact.ConflictValue v : c.values()) {
          k++;
          String giri = citri + "/" + k;
          Resource alt = m.createResource(giri);
          conflict.addProperty(t.alternative, alt);
          boolean place = c.field().equals("place") && entities.containsKey(v.value());
          alt.addProperty(RDFS.label, place ? entities.get(v.value()).getProperty(RDFS.label).getString() : v.value());
          v.articles().forEach(a -> alt.addProperty(t.accordingTo, article(m, articles, a)));
          if (conflicts != null) {
            Model g = ModelFactory.createDefaultModel();
            g.setNsPrefixes(m.getNsPrefixMap());
            Resource fact = g.createResource(iri);
            if (place) {
              fact.addProperty(g.createProperty(SEM, "hasPlace"), g.createResource(entities.get(v.value()).getURI()));
            } else if (c.field().equals("time") && TimeSpan.parse(v.value()).isPresent()) {
              fact.addProperty(g.createProperty(SEM, "hasTime"),
                  time(g, new Terms(g), giri + "/time", TimeSpan.parse(v.value()).get()));
            } else {
              fact.addProperty(g.createProperty(NS, c.field()), v.value());
            }
            conflicts.addNamedModel(giri, g);
          }
        }
      }
    }
    return m;
  }

  private static String label(Map<String, String> names, Fact f) {
    return names.getOrDefault(f.subject(), f.subject()) + " " + f.predicate()
        + f.object().map(o -> " " + names.getOrDefault(o, o)).orElse("");
  }

  private String articleIri(String id) {
    return base + "article/" + encode(id);
  }

  private Resource article(Model m, Map<String, Resource> known, String id) {
    return known.computeIfAbsent(id, k -> m.createResource(articleIri(k)));
  }

  private Resource entity(Model m, Map<String, Resource> known, String id) {
    return known.computeIfAbsent(id, k -> m.createResource(base + "entity/" + encode(k)));
  }

  private Resource evidence(Model m, Terms t, Map<String, Resource> articles, Evidence ev) {
    Resource a = article(m, articles, ev.article());
    return m.createResource(a.getURI() + "#char=" + ev.begin() + "," + ev.end(), t.offsetString)
        .addProperty(RDF.type, t.nifString)
        .addLiteral(t.beginIndex, m.createTypedLiteral(Integer.toString(ev.begin()), XSDDatatype.XSDnonNegativeInteger))
        .addLiteral(t.endIndex, m.createTypedLiteral(Integer.toString(ev.end()), XSDDatatype.XSDnonNegativeInteger))
        .addProperty(t.anchorOf, ev.text())
        .addProperty(t.isPartOf, a);
  }

  private static Resource time(Model m, Terms t, String iri, TimeSpan ts) {
    return m.createResource(iri, t.semTime).addProperty(RDFS.label, ts.value())
        .addProperty(t.begin, date(m, ts.begin().toString())).addProperty(t.end, date(m, ts.end().toString()));
  }

  private static Resource predicateConcept(Model m, Terms t, Vocabulary vocabulary, Fact f) {
    Resource c = m.createResource(PREDICATES + encode(f.predicate()), SKOS.Concept)
        .addProperty(SKOS.prefLabel, f.predicate()).addProperty(SKOS.inScheme, m.createResource(NS + "predicates"));
    String cameo = vocabulary.get(f.predicate()).map(Vocabulary.Predicate::cameo).orElse(f.cameo());
    if (!cameo.isBlank() && !cameo.equals("-")) {
      c.addProperty(SKOS.notation, cameo);
    }
    vocabulary.get(f.predicate()).ifPresent(p -> c.addLiteral(t.symmetric,
        m.createTypedLiteral(Boolean.toString(p.symmetric()), XSDDatatype.XSDboolean)));
    return c;
  }

  /** The concept of a role, its other titles ({@link Role#forms}) as {@code skos:altLabel}. */
  private static Resource roleConcept(Model m, Terms t, String role, List<String> forms) {
    Resource c = m.createResource(ROLES + slug(role), SKOS.Concept).addProperty(RDF.type, t.orgRole)
        .addProperty(SKOS.prefLabel, role);
    forms.forEach(f -> c.addProperty(SKOS.altLabel, f));
    return c;
  }

  private static Literal date(Model m, String iso) {
    return m.createTypedLiteral(iso, XSDDatatype.XSDdate);
  }

  /** "foreign minister" -> "foreign-minister"; other characters percent-encoded. */
  static String slug(String s) {
    return encode(s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
  }

  /** Percent-encodes all but RFC 3986 unreserved characters, so that any id makes one IRI path segment. */
  static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /** The classes and properties of the mapping, for one model. */
  private static final class Terms {
    final Resource newsArticle;
    final Resource provEntity;
    final Resource semActor;
    final Resource semPlace;
    final Resource semTime;
    final Resource event;
    final Resource schemaPerson;
    final Resource schemaOrganization;
    final Resource schemaPlace;
    final Resource membership;
    final Resource orgRole;
    final Resource offsetString;
    final Resource nifString;
    final Resource conflictClass;
    final Property identifier;
    final Property datePublished;
    final Property status;
    final Property error;
    final Property referenceDateSource;
    final Property tokens;
    final Property entityType;
    final Property mentions;
    final Property mentionedIn;
    final Property containedInPlace;
    final Property member;
    final Property organization;
    final Property role;
    final Property former;
    final Property derivedFrom;
    final Property denotedBy;
    final Property eventType;
    final Property subject;
    final Property object;
    final Property hasPlace;
    final Property hasTime;
    final Property begin;
    final Property end;
    final Property modality;
    final Property raw;
    final Property support;
    final Property confidence;
    final Property symmetric;
    final Property beginIndex;
    final Property endIndex;
    final Property anchorOf;
    final Property isPartOf;
    final Property conflict;
    final Property field;
    final Property alternative;
    final Property accordingTo;

    Terms(Model m) {
      newsArticle = m.createResource(SCHEMA + "NewsArticle");
      provEntity = m.createResource(PROV + "Entity");
      semActor = m.createResource(SEM + "Actor");
      semPlace = m.createResource(SEM + "Place");
      semTime = m.createResource(SEM + "Time");
      event = m.createResource(SEM + "Event");
      schemaPerson = m.createResource(SCHEMA + "Person");
      schemaOrganization = m.createResource(SCHEMA + "Organization");
      schemaPlace = m.createResource(SCHEMA + "Place");
      membership = m.createResource(ORG + "Membership");
      orgRole = m.createResource(ORG + "Role");
      offsetString = m.createResource(NIF + "OffsetBasedString");
      nifString = m.createResource(NIF + "String");
      conflictClass = m.createResource(NS + "Conflict");
      identifier = m.createProperty(SCHEMA, "identifier");
      datePublished = m.createProperty(SCHEMA, "datePublished");
      status = m.createProperty(NS, "status");
      error = m.createProperty(NS, "error");
      referenceDateSource = m.createProperty(NS, "referenceDateSource");
      tokens = m.createProperty(NS, "tokens");
      entityType = m.createProperty(NS, "entityType");
      mentions = m.createProperty(NS, "mentions");
      mentionedIn = m.createProperty(NS, "mentionedIn");
      containedInPlace = m.createProperty(SCHEMA, "containedInPlace");
      member = m.createProperty(ORG, "member");
      organization = m.createProperty(ORG, "organization");
      role = m.createProperty(ORG, "role");
      former = m.createProperty(NS, "former");
      derivedFrom = m.createProperty(PROV, "wasDerivedFrom");
      denotedBy = m.createProperty(GAF, "denotedBy");
      eventType = m.createProperty(SEM, "eventType");
      subject = m.createProperty(NS, "subject");
      object = m.createProperty(NS, "object");
      hasPlace = m.createProperty(SEM, "hasPlace");
      hasTime = m.createProperty(SEM, "hasTime");
      begin = m.createProperty(SEM, "hasBeginTimeStamp");
      end = m.createProperty(SEM, "hasEndTimeStamp");
      modality = m.createProperty(NS, "modality");
      raw = m.createProperty(NS, "raw");
      support = m.createProperty(NS, "support");
      confidence = m.createProperty(NS, "confidence");
      symmetric = m.createProperty(NS, "symmetric");
      beginIndex = m.createProperty(NIF, "beginIndex");
      endIndex = m.createProperty(NIF, "endIndex");
      anchorOf = m.createProperty(NIF, "anchorOf");
      isPartOf = m.createProperty(SCHEMA, "isPartOf");
      conflict = m.createProperty(NS, "conflict");
      field = m.createProperty(NS, "field");
      alternative = m.createProperty(NS, "alternative");
      accordingTo = m.createProperty(SEM, "accordingTo");
    }
  }
}
