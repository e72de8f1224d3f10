package dev.storygraph.extract;

import dev.storygraph.EntityType;
import dev.storygraph.Fact;
import dev.storygraph.Role;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds n-ary facts (subject – predicate – object – place – time) from the dependency graph.
 *
 * <p>{@link Triggers} finds the verbs and event nouns of the predicate lexicon; {@link FactReader} reads each
 * into facts with its arguments ({@link Arguments}), place and time ({@link Setting}), modality
 * ({@link ModalityReader}) and confidence ({@link Confidence}); a later clause telling where or when an event
 * occurred settles it ({@link Occurrence}). Facts of the same meaning within the article are
 * merged: one article that gives an event two times gets the vaguer time, never a conflict (conflicts are between
 * articles). Thread-safe.
 */
public final class FactExtractor {
  private static final String TRAVEL = FactReader.TRIP;
  private static final int CONTINUATION_CHARS = 400;

  private final Lexicons lex;
  private final Triggers triggers;
  private final FactReader reader;

  public FactExtractor(Lexicons lex) {
    this.lex = lex;
    this.triggers = new Triggers(lex);
    this.reader = new FactReader(lex);
  }

  /** The facts of a document; facts of the same meaning within the article are merged. */
  public List<Fact> extract(String articleId, Doc doc, ArticleEntities ents, List<Role> roles,
      List<DateNormalizer.Dated> dates, LocalDate reference) {
    FactContext c = FactContext.of(articleId, doc, ents, roles, dates, reference, lex);
    List<Fact> found = new ArrayList<>();
    java.util.Set<Fact> toldAsNews = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Token t : doc.tokens()) {
      if (Cues.CONSTRUCTIONS.has("source-case", t.word()) && doc.relation(t.index()).equals("case")) {
        reader.according(c, t.index(), found);
        continue;
      }
      for (Triggers.Trigger tr : triggers.at(doc, t.index())) {
        int before = found.size();
        boolean read = reader.read(c, tr, found);
        if (found.size() > before && NewsTime.toldAsNews(c, t.index())) {
          toldAsNews.addAll(found.subList(before, found.size()));
        }
        if (read) {
          break; // the first sense of the word its object fits
        }
      }
      if (t.isNoun()) {
        reader.copularTravel(c, t.index(), found);
      }
    }
    // "The incident occurred near Lyon": the setting an occurrence clause gives to the event it refers back to
    List<Fact> settled = Occurrence.settle(c, found);
    for (int i = 0; i < found.size(); i++) {
      if (settled.get(i) != found.get(i) && toldAsNews.contains(found.get(i))) {
        toldAsNews.add(settled.get(i));
      }
    }
    found = settled;
    Map<String, List<Fact>> byKey = new LinkedHashMap<>();
    for (Fact f : found) {
      byKey.computeIfAbsent(FactMerge.key(f), k -> new ArrayList<>()).add(f);
    }
    List<Fact> merged = new ArrayList<>();
    List<Boolean> news = new ArrayList<>();
    java.util.function.Predicate<Fact> repeated = f -> f.evidence().stream()
        .anyMatch(e -> Lexicons.marksRepetition(e.text()));
    byKey.values().forEach(group -> {
      // "met on Monday ... met again on Friday": two occurrences, two facts
      for (List<Fact> fs : FactMerge.occurrences(group, repeated)) {
        merged.add(withinArticle(fs, FactMerge.merge(fs, (a, b) -> lex.within(
            ents.entities().get(Integer.parseInt(a.substring(1)) - 1).name(),
            ents.entities().get(Integer.parseInt(b.substring(1)) - 1).name()))));
        news.add(fs.stream().anyMatch(toldAsNews::contains));
      }
    });
    // one fact for one fact, in order: the news flags stay aligned
    int headline = doc.sentences().isEmpty() ? 0 : doc.sentences().get(0).begin();
    return NewsTime.withNewsTime(placeOfDateline(doc, ents, placeOfTrip(inheritSetting(merged))), news, found,
        headline, reference);
  }

  /**
   * "PORT ALDER, Northland — Rebels stormed the town hall on Monday": the events of the lead that a wire dateline
   * opens, when the lead names no place of their own, happened in the dateline's city, where the reporter was.
   */
  private List<Fact> placeOfDateline(Doc doc, ArticleEntities ents, List<Fact> facts) {
    List<int[]> datelines = EntityExtractor.datelineCities(doc, lex);
    int city = datelines.isEmpty() ? -1 : ents.at(datelines.get(0)[0]);
    if (city < 0 || ents.entities().get(city).type() != EntityType.PLACE) {
      return facts;
    }
    // the lead: the dateline's sentence, or the next one when the dateline stands on a line of its own
    int s = doc.token(datelines.get(0)[0]).sentence();
    int lead = -1;
    for (int k = s; k <= s + 1 && k < doc.sentences().size() && lead < 0; k++) {
      int begin = doc.sentences().get(k).begin();
      lead = facts.stream().anyMatch(f -> f.evidence().stream().anyMatch(x -> x.begin() == begin)) ? begin : -1;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      int at = lead;
      boolean inLead = f.evidence().stream().anyMatch(x -> x.begin() == at);
      out.add(inLead && f.place().isEmpty() && !f.predicate().equals(TRAVEL)
          ? f.toBuilder().place(Optional.of(ents.id(city))).build() : f);
    }
    return out;
  }

  /**
   * "a visit by Ruiz to Lisbon, where he would meet Costa": what a traveller does in the sentence that tells
   * his trip, without a place of its own, happens where the trip goes.
   */
  private static List<Fact> placeOfTrip(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact fact = f;
      if (f.place().isEmpty() && !f.predicate().equals(TRAVEL)) {
        for (Fact trip : facts) {
          // a trip's object is where it goes; its place, when it has one, the more precise spot there
          Optional<String> where = trip.place().or(trip::object);
          if (trip.predicate().equals(TRAVEL) && where.isPresent() && trip.subject().equals(f.subject())
              && sameSentence(f, trip)) {
            fact = f.toBuilder().place(where).build();
            break;
          }
        }
      }
      out.add(fact);
    }
    return out;
  }

  private static boolean sameSentence(Fact a, Fact b) {
    for (dev.storygraph.Evidence x : a.evidence()) {
      for (dev.storygraph.Evidence y : b.evidence()) {
        if (x.article().equals(y.article()) && x.begin() == y.begin()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A conflict is between articles: when one article gives one event two times, the fact gets the vaguer
   * time that spans both, and its place disagreement keeps the place most mentions give.
   */
  private static Fact withinArticle(List<Fact> readings, Fact merged) {
    if (merged.conflicts().isEmpty()) {
      return merged;
    }
    Optional<TimeSpan> time = merged.time();
    for (Fact f : readings) {
      if (f.time().isPresent()) {
        TimeSpan t = f.time().get();
        time = Optional.of(time.isEmpty() ? t : TimeSpan.between(
            t.begin().isBefore(time.get().begin()) ? t.begin() : time.get().begin(),
            t.end().isAfter(time.get().end()) ? t.end() : time.get().end()));
      }
    }
    return merged.toBuilder().time(time).conflicts(List.of()).build();
  }

  /**
   * "Ma sat down with Berg in Hanoi on Friday. Ma told Berg ...": a fact between the same
   * two participants, stated within the next two sentences, shares the place and time of the event it
   * continues when it names none of its own.
   */
  private static List<Fact> inheritSetting(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact fact = f;
      if (f.object().isPresent() && (f.place().isEmpty() || f.time().isEmpty())) {
        for (Fact g : facts) {
          if (g == f || g.object().isEmpty() || !sameParticipants(f, g)) {
            continue;
          }
          int fBegin = f.evidence().get(0).begin();
          int gBegin = g.evidence().get(0).begin();
          if (gBegin >= fBegin || fBegin - g.evidence().get(0).end() > CONTINUATION_CHARS) {
            continue;
          }
          // "Previously, Ma rejected Berg's bid": a word of another time keeps the earlier event's time away
          Optional<TimeSpan> time = f.evidence().stream().anyMatch(e -> NewsTime.tellsOtherTime(e.text()))
              ? f.time() : f.time().or(g::time);
          fact = f.toBuilder().place(f.place().or(g::place)).time(time).build();
          break;
        }
      }
      out.add(fact);
    }
    return out;
  }

  private static boolean sameParticipants(Fact a, Fact b) {
    String a1 = a.subject();
    String a2 = a.object().orElse("");
    String b1 = b.subject();
    String b2 = b.object().orElse("");
    return a1.equals(b1) && a2.equals(b2) || a1.equals(b2) && a2.equals(b1);
  }
}
