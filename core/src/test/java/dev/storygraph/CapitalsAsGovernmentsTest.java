package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital that acts is its country's government; after a locative preposition it stays the place. The capitals
 * are those of the generated gazetteer (capitals.tsv), not only the ones typed by hand before it.
 */
final class CapitalsAsGovernmentsTest {
  @Test
  void extract_capitalAsSubjectOfACommunicationOrCoerciveVerb_isItsCountry_andAPlaceAfterIn() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "Ghana and Nigeria have argued over the border for a month. On Monday Accra accused Abuja of closing the "
            + "crossing at Seme, and Abuja rejected the charge.\nOfficials of both countries met in Accra on "
            + "Tuesday.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    List<String> subjects = r.facts().stream()
        .map(f -> r.entity(f.subject()).orElseThrow().name() + " " + f.predicate()).toList();
    assertThat(subjects).contains("Ghana accuse", "Nigeria reject").noneMatch(s -> s.startsWith("Accra")
        || s.startsWith("Abuja"));
    assertThat(r.entities()).filteredOn(e -> e.name().equals("Accra")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PLACE));
  }

  @Test
  void extract_capitalAsPossessorOfAnEventNoun_isItsCountry() {
    ArticleResult r = Shared.extractor().extract(Article.of("t",
        "Ghana and Nigeria have argued over the border for a month. Lawmakers in Lagos criticized Accra's "
            + "rejection of the plan on Monday.").withReferenceDate(LocalDate.of(2025, 3, 3)));
    List<String> subjects = r.facts().stream()
        .map(f -> r.entity(f.subject()).orElseThrow().name() + " " + f.predicate()).toList();
    assertThat(subjects).contains("Ghana reject").noneMatch(s -> s.startsWith("Accra"));
  }
}
