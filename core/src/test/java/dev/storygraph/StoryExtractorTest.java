package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real pipeline on short articles written for the test. */
final class StoryExtractorTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  private static ArticleResult extract(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(MONDAY));
    assertThat(r.status()).as("status of %s", r.error()).isEqualTo(Status.OK);
    return r;
  }

  private static Map<String, Entity> byName(ArticleResult r) {
    return r.entities().stream().collect(Collectors.toMap(Entity::name, Function.identity()));
  }

  private static String name(ArticleResult r, String id) {
    return r.entity(id).orElseThrow().name();
  }

  @Test
  void extract_resolvesSurnamesHonorificsAndDemonyms() {
    ArticleResult r = extract("Italian Foreign Minister Paolo Gentile met officials in Rome. "
        + "Mr Gentile said the Italian position had not changed. Gentile flew home on Sunday.");
    Entity person = byName(r).get("Paolo Gentile");
    assertThat(person).isNotNull();
    assertThat(person.mentions()).hasSize(3);
    assertThat(person.aliases()).contains("Gentile");
    assertThat(byName(r).get("Italy").aliases()).contains("Italian");
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Gentile", "Mr Gentile");
  }

  @Test
  void extract_mentionsCarryOffsetsIntoTheOriginalText() {
    String text = "Advertisement\nSubscribe to our newsletter\nNorwegian Prime Minister Jonas Dahl visited Berlin.";
    ArticleResult r = Shared.extractor().extract(Article.of("t", text));
    Entity dahl = byName(r).get("Jonas Dahl");
    Mention m = dahl.mentions().get(0);
    assertThat(text.substring(m.begin(), m.end())).isEqualTo("Jonas Dahl");
  }

  @Test
  void extract_rolesFromTitlesAppositionsAndAs() {
    ArticleResult r = extract("Brazilian President Ana Duarte arrived on Tuesday. "
        + "Carlos Mendes, the head of Brazil's Central Bank, joined her. "
        + "Peru's defence minister, Luis Arce, stayed at home. "
        + "Maria Lopes returned as finance minister in July.");
    List<String> roles = r.roles().stream()
        .map(x -> name(r, x.person()) + ": " + x.role() + x.of().map(o -> " of " + name(r, o)).orElse(""))
        .toList();
    assertThat(roles).contains("Ana Duarte: president of Brazil", "Luis Arce: defence minister of Peru",
        "Maria Lopes: finance minister");
    assertThat(roles).anyMatch(s -> s.startsWith("Carlos Mendes: head of"));
  }

  @Test
  void extract_formerRole() {
    ArticleResult r = extract("Former Chilean President Rosa Vidal spoke at the conference.");
    assertThat(r.roles()).singleElement().satisfies(x -> {
      assertThat(x.role()).isEqualTo("president");
      assertThat(x.former()).isTrue();
    });
  }

  @Test
  void extract_datesFollowTense() {
    ArticleResult r = extract("The envoy arrived on Wednesday. She will stay from Monday to Thursday. "
        + "Talks were held over the weekend. The ministry said the deal was signed last month. "
        + "The next round is planned for next month.");
    Map<String, String> values = r.dates().stream()
        .collect(Collectors.toMap(DateExpression::text, DateExpression::value, (a, b) -> a));
    assertThat(values).containsEntry("Wednesday", "2025-02-26")
        .containsEntry("Monday to Thursday", "2025-03-03/2025-03-06")
        .containsEntry("last month", "2025-02")
        .containsEntry("next month", "2025-04");
    assertThat(values.entrySet()).anyMatch(e -> e.getKey().contains("weekend")
        && e.getValue().equals("2025-03-01/2025-03-02"));
  }

  @Test
  void extract_referenceDateFromTheText() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "Published Mar 3, 2025\nThe minister resigned on Friday."));
    assertThat(r.referenceDate()).contains(MONDAY);
    assertThat(r.referenceDateSource()).isEqualTo(ReferenceDateSource.TEXT);
    assertThat(r.dates()).extracting(DateExpression::value).contains("2025-02-28");
  }

  @Test
  void extract_wireDatelineWithDate_isTheReferenceDateAndNoPartOfTheSentence() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "VARDEN, Norland, March 3, 2025 (Wire) - Mayor Ola Dahl resigned on Friday."));
    assertThat(r.referenceDate()).contains(MONDAY);
    assertThat(r.referenceDateSource()).isEqualTo(ReferenceDateSource.TEXT);
    assertThat(r.dates()).extracting(DateExpression::value).contains("2025-02-28");
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Wire").contains("Ola Dahl");
  }

  @Test
  void extract_printedDateAndClockTime_isTheReferenceDate() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "Mayor resigns\nMar 3, 2025, 10:42 PM ET\nMayor Ola Dahl resigned on Friday."));
    assertThat(r.referenceDate()).contains(MONDAY);
    assertThat(r.referenceDateSource()).isEqualTo(ReferenceDateSource.TEXT);
  }

  @Test
  void extract_cityAndAgencyOnly_isCutButGivesNoDate() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "VARDEN (Wire) — Mayor Ola Dahl resigned on Friday."));
    assertThat(r.referenceDate()).isEmpty();
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Wire").contains("Ola Dahl");
  }

  @Test
  void extractStory_yearlessWireDateline_takesItsYearFromTheStory() {
    Story s = Shared.extractor().extractStory(List.of(
        Article.of("dated", "Published Mar 3, 2025\nSwedish Foreign Minister Anna Berg met Finnish Foreign "
            + "Minister Olli Virtanen in Helsinki on Sunday."),
        Article.of("wire", "March 4 (Wire) - Farmers protested in Lyon on Monday.")));
    ArticleSummary wire = s.articles().get(1);
    assertThat(wire.referenceDate()).contains(LocalDate.of(2025, 3, 4));
    assertThat(s.dates()).filteredOn(d -> d.article().equals("wire")).extracting(DateExpression::value)
        .contains("2025-03-03");
  }

  @Test
  void extract_quartersHalvesAndRangesOfYears_areTimeMlValues() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "Orvik Bank said its profit fell in the fourth quarter of 2024 and in the first half of last year. "
            + "The Holm family ran the bank in 1950-53.").withReferenceDate(MONDAY));
    Map<String, String> values = r.dates().stream()
        .collect(Collectors.toMap(DateExpression::text, DateExpression::value, (a, b) -> a));
    assertThat(values).containsEntry("the fourth quarter of 2024", "2024-Q4")
        .containsEntry("the first half of last year", "2024-H1").containsEntry("1950-53", "1950/1953")
        .doesNotContainKey("2024");
  }

  @Test
  void extract_noDate_leavesRelativeDatesUnresolved() {
    ArticleResult r = Shared.extractor().extract(Article.of("t", "The minister resigned on Friday."));
    assertThat(r.referenceDate()).isEmpty();
    assertThat(r.referenceDateSource()).isEqualTo(ReferenceDateSource.NONE);
    assertThat(r.dates()).extracting(DateExpression::value).noneMatch(v -> v.startsWith("20"));
  }

  @Test
  void extract_emptyArticle_failsWithTheReason() {
    ArticleResult r = Shared.extractor().extract(Article.of("empty-1", "   \n  "));
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.error()).get().asString().contains("empty-1").contains("empty");
  }

  @Test
  void extractStory_keepsEveryArticleInOrder_failedOnesIncluded() {
    Story s = Shared.extractor().extractStory(List.of(
        Article.of("b", "Kenyan President Grace Otieno visited Kampala on Friday.").withReferenceDate(MONDAY),
        Article.of("a", " "),
        Article.of("c", "Grace Otieno returned to Nairobi.").withReferenceDate(MONDAY)));
    assertThat(s.articles()).extracting(ArticleSummary::id).containsExactly("b", "a", "c");
    assertThat(s.articles()).extracting(ArticleSummary::status).containsExactly(Status.OK, Status.FAILED, Status.OK);
    assertThat(s.entities()).filteredOn(e -> e.name().equals("Grace Otieno")).singleElement()
        .satisfies(e -> assertThat(e.articles()).containsExactly("b", "c"));
  }

  @Test
  void extractStory_undatedArticleOfTheSameEvent_takesTheStoryDate() {
    Story s = Shared.extractor().extractStory(List.of(
        Article.of("dated", "Published Mar 3, 2025\nSwedish Foreign Minister Anna Berg met Finnish Foreign Minister "
            + "Olli Virtanen in Helsinki over the weekend."),
        Article.of("undated", "Anna Berg held talks with Olli Virtanen in Helsinki over the weekend.")));
    ArticleSummary undated = s.articles().get(1);
    assertThat(undated.referenceDate()).contains(MONDAY);
    assertThat(undated.referenceDateSource()).isEqualTo(ReferenceDateSource.STORY);
    assertThat(s.dates()).filteredOn(d -> d.article().equals("undated")).extracting(DateExpression::value)
        .contains("2025-03-01/2025-03-02");
    assertThat(s.facts()).filteredOn(f -> f.predicate().equals("meet")).singleElement()
        .satisfies(f -> assertThat(f.support()).isEqualTo(2));
  }

  @Test
  void mergeStory_redatedArticlesExtractedByTheCaller_sameStory() {
    StoryExtractor x = Shared.extractor();
    List<Article> articles = List.of(
        Article.of("undated", "Anna Berg held talks with Olli Virtanen in Helsinki over the weekend."),
        Article.of("dated", "Published Mar 3, 2025\nSwedish Foreign Minister Anna Berg met Finnish Foreign Minister "
            + "Olli Virtanen in Helsinki over the weekend."));
    List<ArticleResult> results = x.extractAll(articles);
    List<Article> again = x.redated(articles, results);
    assertThat(again).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("undated");
      assertThat(a.referenceDate()).contains(MONDAY);
    });
    List<ArticleResult> redone = again.stream().map(x::extract).toList();
    Story expected = x.extractStory(articles);
    assertThat(x.mergeStory(articles, results, redone)).isEqualTo(expected);
    assertThat(x.mergeStory(articles, results, List.of())).as("missing ones extracted here").isEqualTo(expected);
    assertThat(expected.articles().get(0).referenceDateSource()).isEqualTo(ReferenceDateSource.STORY);
  }

  @Test
  void extractStory_undatedArticleOfAnotherEvent_staysUndated() {
    Story s = Shared.extractor().extractStory(List.of(
        Article.of("dated", "Published Mar 3, 2025\nAnna Berg met Olli Virtanen in Helsinki."),
        Article.of("other", "Farmers protested in Lyon on Friday.")));
    assertThat(s.articles().get(1).referenceDateSource()).isEqualTo(ReferenceDateSource.NONE);
  }

  @Test
  void extract_isThreadSafe_concurrentCallsGiveTheSequentialResults() throws Exception {
    List<Article> seeds = Shared.seeds().stream().map(a -> a.withReferenceDate(LocalDate.of(2023, 9, 18))).toList();
    List<ArticleResult> sequential = seeds.stream().map(Shared.extractor()::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ArticleResult>> calls = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Article a : seeds) {
          calls.add(() -> Shared.extractor().extract(a));
        }
      }
      List<Future<ArticleResult>> futures = pool.invokeAll(calls);
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % seeds.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builder_rejectsBadValuesWithTheValue() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryExtractor.builder().threads(0))
        .hasMessageContaining("threads must be at least 1: 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryExtractor.builder()
        .gazetteer(java.nio.file.Path.of("/no/such/file.tsv"))).hasMessageContaining("/no/such/file.tsv");
  }

  @Test
  void builder_minConfidenceOutsideZeroOne_rejectedWithTheValue() {
    for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryExtractor.builder().minConfidence(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minConfidence must be in [0, 1]: " + bad);
    }
    StoryExtractor.builder().minConfidence(0).minConfidence(1); // both ends are allowed
  }

  @Test
  void withMinConfidence_dropsExactlyTheFactsBelowIt() {
    double[] confidences = {0.2, 0.5, 0.4999, 0.81, 1.0, 0.0};
    List<Fact> facts = new ArrayList<>();
    for (double c : confidences) {
      facts.add(new Fact("e1", "meet", Optional.of("e2"), Optional.empty(), Optional.empty(), Modality.ASSERTED,
          "met", "040", c, List.of(new Evidence("a", 0, 9, "They met.")), List.of()));
    }
    Entity e1 = new Entity("e1", "Ysolde Marrack", EntityType.PERSON, List.of(), List.of(), Optional.empty());
    Entity e2 = new Entity("e2", "Priya Stenmark", EntityType.PERSON, List.of(), List.of(), Optional.empty());
    Story story = new Story(List.of(), List.of(e1, e2), List.of(), facts, List.of());
    for (double min : new double[] {0.0, 0.3, 0.5, 0.81, 1.0}) {
      Story kept = StoryExtractor.withMinConfidence(story, min);
      assertThat(kept.facts()).as("min %s", min)
          .containsExactlyElementsOf(facts.stream().filter(f -> f.confidence() >= min).toList());
      assertThat(kept.entities()).isEqualTo(story.entities());
    }
    assertThat(StoryExtractor.withMinConfidence(story, 0.5).facts()).extracting(Fact::confidence)
        .containsExactly(0.5, 0.81, 1.0);
  }

  @Test
  void gazetteer_extendsPlaces() throws Exception {
    java.nio.file.Path g = java.nio.file.Files.createTempFile("gazetteer", ".tsv");
    java.nio.file.Files.writeString(g, "Port Verity\tcity\tMalta\tVerity\n");
    // Lexicons are per extractor; a fresh one would load CoreNLP again, so check the lexicon itself.
    dev.storygraph.lexicon.Lexicons lex = dev.storygraph.lexicon.Lexicons.load(List.of(g));
    assertThat(lex.place("Verity")).contains("Port Verity");
    assertThat(lex.within("Port Verity", "Malta")).isTrue();
    assertThat(Optional.of(lex.within("Port Verity", "Italy"))).contains(false);
  }
}
