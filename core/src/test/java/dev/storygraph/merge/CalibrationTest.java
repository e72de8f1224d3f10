package dev.storygraph.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.storygraph.ArticleResult;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Mention;
import dev.storygraph.Modality;
import dev.storygraph.ReferenceDateSource;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CalibrationTest {
  private static final Lexicons LEX = Lexicons.load(List.of());
  private static final List<String> SUBJECTS = List.of("Ysolde Marrack", "Benedikt Quorral", "Tamsin Oyelaran",
      "Corvin Haldeby");
  private static final List<String> OBJECTS = List.of("Priya Stenmark", "Lucan Feriday", "Odile Brannagh",
      "Kasimir Volte");

  /** Four pairs of invented people; pair k meets in the first k + 1 articles (support 1, 2, 3, 5). */
  private static List<ArticleResult> articlesOfRisingSupport() {
    int[] support = {1, 2, 3, 5};
    List<ArticleResult> out = new ArrayList<>();
    for (int a = 0; a < 5; a++) {
      String id = "art" + a;
      List<Entity> entities = new ArrayList<>();
      List<Fact> facts = new ArrayList<>();
      for (int k = 0; k < support.length; k++) {
        if (a >= support[k]) {
          continue;
        }
        String s = person(entities, id, SUBJECTS.get(k));
        String o = person(entities, id, OBJECTS.get(k));
        facts.add(new Fact(s, "meet", Optional.of(o), Optional.empty(), Optional.empty(), Modality.ASSERTED, "met",
            "040", 0.6, List.of(new Evidence(id, 100 * k + 50, 100 * k + 90, "They met.")), List.of()));
      }
      out.add(new ArticleResult(id, Status.OK, Optional.empty(), Optional.empty(), ReferenceDateSource.NONE, 100,
          entities, List.of(), List.of(), facts));
    }
    return out;
  }

  private static String person(List<Entity> entities, String article, String name) {
    String id = "e" + (entities.size() + 1);
    entities.add(new Entity(id, name, EntityType.PERSON, List.of(),
        List.of(new Mention(article, name, 0, name.length())), Optional.empty()));
    return id;
  }

  @Test
  void merge_storyFacts_calibratedInZeroOneAndRisingWithSupport() {
    Story story = new StoryMerger(LEX).merge(articlesOfRisingSupport());
    List<Fact> bySupport = story.facts().stream().sorted(Comparator.comparingInt(Fact::support)).toList();
    assertThat(bySupport).extracting(Fact::support).containsExactly(1, 2, 3, 5);
    double last = 0;
    for (Fact f : bySupport) {
      assertThat(f.confidence()).as("support %s", f.support()).isBetween(0.0, 1.0).isGreaterThan(last);
      last = f.confidence();
    }
  }

  @Test
  void merge_storyFact_hasTheModelsConfidenceNotTheArticles() {
    Story story = new StoryMerger(LEX).merge(articlesOfRisingSupport());
    Calibration model = new Calibration(LEX);
    Map<String, EntityType> types = new java.util.HashMap<>();
    story.entities().forEach(e -> types.put(e.id(), e.type()));
    for (Fact f : story.facts()) {
      assertThat(f.confidence()).isCloseTo(model.confidence(f, id -> Optional.ofNullable(types.get(id))),
          within(1e-12));
    }
  }

  @Test
  void confidence_isTheLogisticOfTheWeightedFeatures() {
    Calibration model = new Calibration(LEX, Map.of(Calibration.BIAS, -1.0, "place", 2.0, "articles", 1.0,
        "object:PERSON", 0.5));
    Fact f = new Fact("e1", "meet", Optional.of("e2"), Optional.of("e3"), Optional.empty(), Modality.ASSERTED,
        "met", "040", 0.3, List.of(new Evidence("x", 0, 9, "They met."), new Evidence("y", 0, 9, "They met.")),
        List.of());
    double z = -1.0 + 2.0 + Math.log(2) + 0.5;
    assertThat(model.confidence(f, id -> Optional.of(EntityType.PERSON))).isCloseTo(1 / (1 + Math.exp(-z)),
        within(1e-12));
  }

  @Test
  void features_holdKindsNotWords() {
    Calibration model = new Calibration(LEX, Map.of(Calibration.BIAS, 0.0));
    Fact noun = new Fact("e1", "meet", Optional.empty(), Optional.empty(), Optional.empty(), Modality.PLANNED,
        "held talks with", "040", 0.3, List.of(new Evidence("x", 0, 20, "They held talks.")), List.of());
    Map<String, Double> x = model.features(noun, id -> Optional.of(EntityType.ORGANIZATION));
    assertThat(x).containsEntry("trigger:noun", 1.0).containsEntry("family:04", 1.0)
        .containsEntry("modality:planned", 1.0).containsEntry("subject:ORGANIZATION", 1.0)
        .containsEntry("object:none", 1.0).containsEntry("headline", 1.0).containsEntry("place", 0.0);
    Fact outside = new Fact("e1", "meet", Optional.empty(), Optional.empty(), Optional.empty(), Modality.ASSERTED,
        "zzq", "-", 0.3, List.of(new Evidence("x", 40, 60, "They zzq.")), List.of());
    assertThat(model.features(outside, id -> Optional.empty())).containsEntry("trigger:other", 1.0)
        .containsEntry("family:none", 1.0).containsEntry("subject:unknown", 1.0).containsEntry("headline", 0.0);
  }

  @Test
  void parse_badFile_namesLineAndValue() {
    assertThatThrownBy(() -> Calibration.parse(List.of("# c", "bias\t0.5", "place\tlots"), "w.tsv"))
        .hasMessageContaining("w.tsv line 3").hasMessageContaining("lots");
    assertThatThrownBy(() -> Calibration.parse(List.of("place\t0.5"), "w.tsv")).hasMessageContaining("no 'bias'");
    assertThatThrownBy(() -> Calibration.parse(List.of("bias\t1", "bias\t2"), "w.tsv"))
        .hasMessageContaining("'bias' given twice");
    assertThatThrownBy(() -> Calibration.parse(List.of("bias 1"), "w.tsv")).hasMessageContaining("feature<TAB>weight");
  }

  @Test
  void standardModel_loadsFromTheModels() {
    assertThat(new Calibration(LEX).weights()).containsKey(Calibration.BIAS).containsKey("articles");
  }
}
