package dev.storygraph.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import dev.storygraph.ArticleResult;
import dev.storygraph.ArticleSummary;
import dev.storygraph.DateExpression;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Mention;
import dev.storygraph.Modality;
import dev.storygraph.ReferenceDateSource;
import dev.storygraph.Role;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The explicit schemas of the Spark outputs and the conversion of StoryGraph's records to and from rows.
 * Field names are those of the JSON contract (DESIGN.md); dates are ISO strings as in the contract. Each
 * record round-trips exactly, so that a story merged from rows equals the story merged from the records.
 */
final class Rows {
  static final StructType EVIDENCE = new StructType()
      .add("article", StringType, false)
      .add("begin", IntegerType, false)
      .add("end", IntegerType, false)
      .add("text", StringType, false);
  static final StructType MENTION = new StructType()
      .add("article", StringType, false)
      .add("text", StringType, false)
      .add("begin", IntegerType, false)
      .add("end", IntegerType, false);
  static final StructType ENTITY = new StructType()
      .add("id", StringType, false)
      .add("name", StringType, false)
      .add("type", StringType, false)
      .add("aliases", strings(), false)
      .add("articles", strings(), false)
      .add("mentions", IntegerType, false)
      .add("partOf", StringType, true)
      .add("spans", createArrayType(MENTION, false), false);
  static final StructType ROLE = new StructType()
      .add("person", StringType, false)
      .add("role", StringType, false)
      .add("of", StringType, true)
      .add("former", BooleanType, false)
      .add("articles", strings(), false)
      .add("evidence", createArrayType(EVIDENCE, false), false)
      .add("forms", strings(), false);
  static final StructType TIME = new StructType()
      .add("value", StringType, false)
      .add("begin", StringType, false)
      .add("end", StringType, false);
  static final StructType CONFLICT_VALUE = new StructType()
      .add("value", StringType, false)
      .add("articles", strings(), false);
  static final StructType CONFLICT = new StructType()
      .add("field", StringType, false)
      .add("values", createArrayType(CONFLICT_VALUE, false), false);
  static final StructType FACT = new StructType()
      .add("subject", StringType, false)
      .add("predicate", StringType, false)
      .add("object", StringType, true)
      .add("place", StringType, true)
      .add("time", TIME, true)
      .add("modality", StringType, false)
      .add("raw", StringType, false)
      .add("cameo", StringType, false)
      .add("support", IntegerType, false)
      .add("confidence", DoubleType, false)
      .add("articles", strings(), false)
      .add("evidence", createArrayType(EVIDENCE, false), false)
      .add("conflicts", createArrayType(CONFLICT, false), false);
  static final StructType DATE = new StructType()
      .add("article", StringType, false)
      .add("text", StringType, false)
      .add("value", StringType, false)
      .add("begin", IntegerType, false)
      .add("end", IntegerType, false);
  /** The contract's article fields. */
  static final StructType SUMMARY = new StructType()
      .add("id", StringType, true)
      .add("referenceDate", StringType, true)
      .add("referenceDateSource", StringType, false)
      .add("status", StringType, false)
      .add("error", StringType, true)
      .add("tokens", IntegerType, false);
  /** The input of an extraction: the article, the reference date given (ISO, or null) and its story. */
  static final StructType INPUT = new StructType()
      .add("id", StringType, true)
      .add("text", StringType, true)
      .add("referenceDate", StringType, true)
      .add("storyId", StringType, true);
  /** One article's result: the story it belongs to, the contract's article fields and what it yields. */
  static final StructType ARTICLE = new StructType()
      .add("storyId", StringType, true)
      .add("id", StringType, true)
      .add("referenceDate", StringType, true)
      .add("referenceDateSource", StringType, false)
      .add("status", StringType, false)
      .add("error", StringType, true)
      .add("tokens", IntegerType, false)
      .add("entities", createArrayType(ENTITY, false), false)
      .add("roles", createArrayType(ROLE, false), false)
      .add("facts", createArrayType(FACT, false), false)
      .add("dates", createArrayType(DATE, false), false);
  /** An article's result with what a story needs to extract it again: its text and the date given. */
  static final StructType EXTRACTED = ARTICLE
      .add("text", StringType, true)
      .add("givenReferenceDate", StringType, true);
  /** One story: its articles, entities, roles, facts and dates, its JSON, or why it could not be merged. */
  static final StructType STORY = new StructType()
      .add("storyId", StringType, true)
      .add("articles", createArrayType(SUMMARY, false), false)
      .add("entities", createArrayType(ENTITY, false), false)
      .add("roles", createArrayType(ROLE, false), false)
      .add("facts", createArrayType(FACT, false), false)
      .add("dates", createArrayType(DATE, false), false)
      .add("json", StringType, true)
      .add("error", StringType, true);

  private Rows() {}

  private static DataType strings() {
    return createArrayType(StringType, false);
  }

  // ---- records to rows

  static Row article(String storyId, ArticleResult r, String text, String givenDate) {
    return RowFactory.create(storyId, r.articleId(), r.referenceDate().map(LocalDate::toString).orElse(null),
        r.referenceDateSource().label(), r.status().label(), r.error().orElse(null), r.tokens(),
        seq(r.entities(), Rows::entity), seq(r.roles(), Rows::role), seq(r.facts(), Rows::fact),
        seq(r.dates(), Rows::date), text, givenDate);
  }

  /** A failed input row that has no article id, or no usable article. */
  static Row failed(String storyId, String id, String error, String text, String givenDate) {
    return RowFactory.create(storyId, id, null, ReferenceDateSource.NONE.label(), Status.FAILED.label(), error, 0,
        seq(List.of(), x -> x), seq(List.of(), x -> x), seq(List.of(), x -> x), seq(List.of(), x -> x), text,
        givenDate);
  }

  static Row story(String storyId, Story s, String json) {
    return RowFactory.create(storyId, seq(s.articles(), Rows::summary), seq(s.entities(), Rows::entity),
        seq(s.roles(), Rows::role), seq(s.facts(), Rows::fact), seq(s.dates(), Rows::date), json, null);
  }

  static Row failedStory(String storyId, List<ArticleSummary> articles, String error) {
    return RowFactory.create(storyId, seq(articles, Rows::summary), seq(List.of(), x -> x), seq(List.of(), x -> x),
        seq(List.of(), x -> x), seq(List.of(), x -> x), null, error);
  }

  static Row summary(ArticleSummary a) {
    return RowFactory.create(a.id(), a.referenceDate().map(LocalDate::toString).orElse(null),
        a.referenceDateSource().label(), a.status().label(), a.error().orElse(null), a.tokens());
  }

  static Row entity(Entity e) {
    return RowFactory.create(e.id(), e.name(), e.type().name(), seq(e.aliases(), x -> x), seq(e.articles(), x -> x),
        e.mentions().size(), e.partOf().orElse(null), seq(e.mentions(), Rows::mention));
  }

  static Row mention(Mention m) {
    return RowFactory.create(m.article(), m.text(), m.begin(), m.end());
  }

  static Row role(Role r) {
    return RowFactory.create(r.person(), r.role(), r.of().orElse(null), r.former(), seq(r.articles(), x -> x),
        seq(r.evidence(), Rows::evidence), seq(r.forms(), x -> x));
  }

  static Row evidence(Evidence e) {
    return RowFactory.create(e.article(), e.begin(), e.end(), e.text());
  }

  static Row fact(Fact f) {
    Row time = f.time().map(t -> RowFactory.create(t.value(), t.begin().toString(), t.end().toString())).orElse(null);
    return RowFactory.create(f.subject(), f.predicate(), f.object().orElse(null), f.place().orElse(null), time,
        f.modality().label(), f.raw(), f.cameo(), f.support(), f.confidence(), seq(f.articles(), x -> x),
        seq(f.evidence(), Rows::evidence), seq(f.conflicts(), c -> RowFactory.create(c.field(),
            seq(c.values(), v -> RowFactory.create(v.value(), seq(v.articles(), x -> x))))));
  }

  static Row date(DateExpression d) {
    return RowFactory.create(d.article(), d.text(), d.value(), d.begin(), d.end());
  }

  private static <T> scala.collection.immutable.Seq<Object> seq(Collection<T> items, Function<T, Object> f) {
    List<Object> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(f.apply(i)));
    return CollectionConverters.asScala(out).toList();
  }

  // ---- rows to records (by position: rows inside Spark functions carry no schema)

  static ArticleResult toArticleResult(Row r) {
    StructType s = ARTICLE;
    return new ArticleResult(get(r, s, "id"), status(get(r, s, "status")), Optional.ofNullable(get(r, s, "error")),
        isoDate(get(r, s, "referenceDate")), source(get(r, s, "referenceDateSource")), get(r, s, "tokens"),
        list(r, s, "entities", Rows::toEntity), list(r, s, "roles", Rows::toRole), list(r, s, "dates", Rows::toDate),
        list(r, s, "facts", Rows::toFact));
  }

  static Story toStory(Row r) {
    StructType s = STORY;
    return new Story(list(r, s, "articles", Rows::toSummary), list(r, s, "entities", Rows::toEntity),
        list(r, s, "roles", Rows::toRole), list(r, s, "facts", Rows::toFact), list(r, s, "dates", Rows::toDate));
  }

  static ArticleSummary toSummary(Row r) {
    StructType s = SUMMARY;
    return new ArticleSummary(get(r, s, "id"), status(get(r, s, "status")), Optional.ofNullable(get(r, s, "error")),
        isoDate(get(r, s, "referenceDate")), source(get(r, s, "referenceDateSource")), get(r, s, "tokens"));
  }

  static Entity toEntity(Row r) {
    StructType s = ENTITY;
    return new Entity(get(r, s, "id"), get(r, s, "name"), EntityType.valueOf(get(r, s, "type")),
        strings(r, s, "aliases"), list(r, s, "spans", Rows::toMention), Optional.ofNullable(get(r, s, "partOf")));
  }

  static Mention toMention(Row r) {
    StructType s = MENTION;
    return new Mention(get(r, s, "article"), get(r, s, "text"), get(r, s, "begin"), get(r, s, "end"));
  }

  static Role toRole(Row r) {
    StructType s = ROLE;
    return new Role(get(r, s, "person"), get(r, s, "role"), Optional.ofNullable(get(r, s, "of")), get(r, s, "former"),
        list(r, s, "evidence", Rows::toEvidence), strings(r, s, "forms"));
  }

  static Evidence toEvidence(Row r) {
    StructType s = EVIDENCE;
    return new Evidence(get(r, s, "article"), get(r, s, "begin"), get(r, s, "end"), get(r, s, "text"));
  }

  static Fact toFact(Row r) {
    StructType s = FACT;
    Row t = get(r, s, "time");
    Optional<TimeSpan> time = t == null ? Optional.empty()
        : Optional.of(new TimeSpan(get(t, TIME, "value"), LocalDate.parse(get(t, TIME, "begin")),
            LocalDate.parse(get(t, TIME, "end"))));
    List<Fact.Conflict> conflicts = list(r, s, "conflicts", c -> new Fact.Conflict(get(c, CONFLICT, "field"),
        list(c, CONFLICT, "values", v -> new Fact.ConflictValue(get(v, CONFLICT_VALUE, "value"),
            strings(v, CONFLICT_VALUE, "articles")))));
    return new Fact(get(r, s, "subject"), get(r, s, "predicate"), Optional.ofNullable(get(r, s, "object")),
        Optional.ofNullable(get(r, s, "place")), time, Modality.valueOf(upper(get(r, s, "modality"))),
        get(r, s, "raw"), get(r, s, "cameo"), get(r, s, "confidence"), list(r, s, "evidence", Rows::toEvidence),
        conflicts);
  }

  static DateExpression toDate(Row r) {
    StructType s = DATE;
    return new DateExpression(get(r, s, "article"), get(r, s, "text"), get(r, s, "value"), get(r, s, "begin"),
        get(r, s, "end"));
  }

  /** The value of a field of a row of the given schema. */
  @SuppressWarnings("unchecked")
  static <T> T get(Row r, StructType schema, String field) {
    return (T) r.get(schema.fieldIndex(field));
  }

  private static List<String> strings(Row r, StructType schema, String field) {
    return new ArrayList<>(r.<String>getList(schema.fieldIndex(field)));
  }

  private static <T> List<T> list(Row r, StructType schema, String field, Function<Row, T> f) {
    List<Row> items = r.getList(schema.fieldIndex(field));
    List<T> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(f.apply(i)));
    return out;
  }

  private static Optional<LocalDate> isoDate(String iso) {
    return Optional.ofNullable(iso).map(LocalDate::parse);
  }

  private static Status status(String label) {
    return Status.valueOf(upper(label));
  }

  private static ReferenceDateSource source(String label) {
    return ReferenceDateSource.valueOf(upper(label));
  }

  private static String upper(String label) {
    return label.toUpperCase(Locale.ROOT);
  }
}
