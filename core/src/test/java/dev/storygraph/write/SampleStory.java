package dev.storygraph.write;

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
import java.util.List;
import java.util.Optional;

/**
 * A small story built in code (no CoreNLP), with every shape a writer must handle: facts with and without an
 * object, place and time; a time conflict between two articles; a role with and without its organization; a
 * failed article; text with quotes, ampersands and angle brackets. The names and sentences are invented.
 */
public final class SampleStory {
  static final String A1 = "harbour-talks-1";
  static final String A2 = "harbour-talks-2";
  static final String A3 = "harbour-talks-3";

  private SampleStory() {}

  private static List<Mention> mentions(String name, String... articles) {
    List<Mention> out = new ArrayList<>();
    int at = 0;
    for (String a : articles) {
      out.add(new Mention(a, name, at, at + name.length()));
      at += 40;
    }
    return out;
  }

  private static Evidence ev(String article, int begin, String text) {
    return new Evidence(article, begin, begin + text.length(), text);
  }

  /** The story. */
  public static Story story() {
    List<ArticleSummary> articles = List.of(
        new ArticleSummary(A1, Status.OK, Optional.empty(), Optional.of(LocalDate.of(2025, 3, 6)),
            ReferenceDateSource.TEXT, 412),
        new ArticleSummary(A2, Status.OK, Optional.empty(), Optional.of(LocalDate.of(2025, 3, 3)),
            ReferenceDateSource.GIVEN, 388),
        new ArticleSummary(A3, Status.FAILED, Optional.of("empty file: harbour-talks-3.txt"), Optional.empty(),
            ReferenceDateSource.NONE, 0));
    List<Entity> entities = List.of(
        new Entity("E1", "Lena Marsh", EntityType.PERSON, List.of("Marsh", "Ms Marsh"),
            mentions("Lena Marsh", A1, A1, A1, A2, A2, A2, A2)),
        new Entity("E2", "Tomas Brenner", EntityType.PERSON, List.of("Brenner"),
            mentions("Tomas Brenner", A1, A2, A2)),
        new Entity("E3", "Port Alder", EntityType.PLACE, List.of(), mentions("Port Alder", A1, A2)),
        new Entity("E4", "Northern Shipping & Co", EntityType.ORGANIZATION, List.of("Northern"),
            mentions("Northern Shipping & Co", A2)),
        new Entity("E5", "Velland", EntityType.PLACE, List.of(), mentions("Velland", A1, A2, A2),
            Optional.empty()));
    List<Role> roles = List.of(
        new Role("E1", "foreign minister", Optional.of("E5"), false,
            List.of(ev(A1, 0, "Velland's Foreign Minister Lena Marsh arrived on Monday."))),
        new Role("E2", "chief executive", Optional.of("E4"), true,
            List.of(ev(A2, 10, "Tomas Brenner, the former chief executive of Northern Shipping & Co, said...")),
            List.of("ceo")),
        new Role("E2", "negotiator", Optional.empty(), false,
            List.of(ev(A2, 200, "The negotiator Tomas Brenner declined to comment."))));
    String meet1 = "Marsh met Brenner in Port Alder on Wednesday, \"a first\" <for both> sides.";
    String meet2 = "Ms Marsh held talks with Tomas Brenner over the weekend in Port Alder.";
    List<Fact> facts = List.of(
        new Fact("E1", "meet", Optional.of("E2"), Optional.of("E3"), Optional.of(TimeSpan.day(LocalDate.of(2025, 3, 5))),
            Modality.ASSERTED, "met", "040", 0.92, List.of(ev(A1, 60, meet1), ev(A2, 30, meet2)),
            List.of(new Fact.Conflict("time", List.of(
                new Fact.ConflictValue("2025-03-05", List.of(A1)),
                new Fact.ConflictValue("2025-03-01/2025-03-02", List.of(A2)))))),
        new Fact("E1", "travel", Optional.of("E3"), Optional.empty(),
            Optional.of(TimeSpan.day(LocalDate.of(2025, 3, 3))), Modality.ASSERTED, "arrived in", "042", 0.8,
            List.of(ev(A1, 0, "Velland's Foreign Minister Lena Marsh arrived on Monday.")), List.of()),
        new Fact("E2", "resign", Optional.empty(), Optional.empty(), Optional.of(TimeSpan.parse("2025-02").get()),
            Modality.ASSERTED, "stepped down", "080", 0.6,
            List.of(ev(A2, 120, "Brenner stepped down in February.")), List.of()),
        new Fact("E4", "buy", Optional.empty(), Optional.of("E3"), Optional.empty(), Modality.PLANNED,
            "plans to acquire", "-", 0.5, List.of(ev(A2, 300, "Northern Shipping & Co plans to acquire a terminal.")),
            List.of()));
    List<DateExpression> dates = List.of(
        new DateExpression(A1, "on Wednesday", "2025-03-05", 100, 112),
        new DateExpression(A2, "over the weekend", "2025-03-01/2025-03-02", 60, 76));
    return new Story(articles, entities, roles, facts, dates);
  }
}
