package dev.storygraph.extract;

import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.lexicon.Cues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time of an article's news, for the events it tells as news without repeating the day.
 *
 * <p>A news article reports the day's event in its lead ("Acme raised its offer for Globex on Monday") and goes
 * on without repeating the day ("Acme also criticized the Globex board"). An event told as done by a verb in
 * the past tense, or in the headline's present, in a sentence that names no time and no word of another time
 * ("since", "ago", "previously": cues.tsv {@code other-time}), happened when the article's news did: the time
 * of the article's first dated fact, when that is a day or a weekend at most a week before the article was
 * written. Event coders date every event by its article's day; this is the same rule, one step closer to the
 * event. Event nouns ("Chile's invasion of Peru") often name a state of affairs older than the news and take no
 * such time, unless a support verb tells them as a clause would ("Chile held talks with Peru").
 *
 * <p>A time found this way is stated by no sentence of the fact: when the story merges, a time a source states
 * wins over it without a conflict (FactMerge). Stateless; thread-safe.
 */
final class NewsTime {
  /** How long before its reference date an article's news may be, in days. */
  static final int MAX_AGE_DAYS = 7;
  /** The longest news time, in days: a day, or a weekend. */
  static final int MAX_SPAN_DAYS = 3;

  private NewsTime() {}

  /**
   * Whether the event of trigger {@code t} is told as the article's news: a verb in the past tense (or the
   * headline's present), an event noun whose support verb is, or the headline's main word, in a sentence with no
   * date and no cue of another time.
   */
  static boolean toldAsNews(FactContext c, int t) {
    Doc doc = c.doc();
    Sentence s = doc.sentenceOf(t);
    if (s.index() == 0 && doc.governor(t) < 0) {
      // the headline's main word names the news, verb or noun: "Rebels Storm Town", "Rebel attacks on town"
      return undated(c, s);
    }
    int verb = t;
    if (!doc.token(t).isVerb()) {
      // "held talks", "convened a meeting": a support verb tells its event noun as a verb would
      if (!Arguments.isSupported(doc, t)) {
        return false;
      }
      verb = doc.governor(t);
    }
    Tense tense = Tense.of(doc, verb);
    if (tense != Tense.PAST && !(s.index() == 0 && tense == Tense.PRESENT)) {
      return false;
    }
    return undated(c, s);
  }

  /**
   * A sentence with no date and no cue of another time outside the modifiers of its nouns: "criticized its returns
   * since 2010" says nothing of when the criticism was made.
   */
  private static boolean undated(FactContext c, Sentence s) {
    Doc doc = c.doc();
    for (DateNormalizer.Dated d : c.dates()) {
      if (doc.token(d.first()).sentence() == s.index() && !modifiesANoun(doc, d.first())) {
        return false;
      }
    }
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (Cues.MODALITY.has("other-time", doc.token(k).word().toLowerCase(Locale.ROOT))
          && !modifiesANoun(doc, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word lies in a modifier of a noun ("its returns over the past five years", "a firm founded decades
   * ago"): it dates that noun, not the clause's event.
   */
  private static boolean modifiesANoun(Doc doc, int k) {
    for (int t = k, guard = 0; t >= 0 && guard < 32; t = doc.governor(t), guard++) {
      String rel = doc.relation(t);
      int g = doc.governor(t);
      if (g >= 0 && doc.token(g).isNoun()
          && (rel.startsWith("nmod") || rel.startsWith("acl") || rel.equals("appos"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence has a word that puts its event at another time than the article's news. */
  static boolean tellsOtherTime(String sentence) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (!w.isEmpty() && Cues.MODALITY.has("other-time", w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The article's facts, each undated asserted one told as news dated by the article's news.
   *
   * @param facts     the article's facts, merged within the article
   * @param news      for each fact, whether a reading of it was {@link #toldAsNews told as news}
   * @param readings  the article's facts as each sentence tells them, before they were merged: the news time is
   *                  the time the first of them gives (the lead's "on Monday"), not the span that merging it with a
   *                  later mention of another day made of it
   * @param headline  where the article's first sentence, its headline, begins
   * @param reference the day the article was written, or null when unknown
   */
  static List<Fact> withNewsTime(List<Fact> facts, List<Boolean> news, List<Fact> readings, int headline,
      LocalDate reference) {
    Optional<TimeSpan> time = newsTime(readings, reference);
    if (time.isEmpty()) {
      return facts;
    }
    boolean dated = readings.stream().anyMatch(f -> f.modality() == Modality.ASSERTED && f.time().isPresent());
    List<Fact> out = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      // the headline's present is news of the day the article's lead gives, not of a day it never names
      boolean headlineOnly = f.evidence().stream().allMatch(e -> e.begin() == headline);
      out.add(f.time().isPresent() || f.modality() != Modality.ASSERTED || !news.get(i) || !dated && headlineOnly
          ? f : f.toBuilder().time(time).build());
    }
    return out;
  }

  /**
   * The time of the article's first dated asserted fact, when it is recent news; when no asserted fact of the
   * article has a time, the day it was written: an article that tells its news without a day ("Rebels have
   * stormed the town") tells the day's news, the rule event coders apply to every event.
   */
  static Optional<TimeSpan> newsTime(List<Fact> facts, LocalDate reference) {
    if (reference == null) {
      return Optional.empty();
    }
    Optional<Fact> first = facts.stream()
        .filter(f -> f.modality() == Modality.ASSERTED && f.time().isPresent())
        .min(Comparator.comparingInt(f -> f.evidence().stream().mapToInt(Evidence::begin).min().orElse(0)));
    if (first.isEmpty()) {
      return Optional.of(TimeSpan.day(reference));
    }
    return first.flatMap(Fact::time)
        .filter(t -> t.days() <= MAX_SPAN_DAYS && !t.end().isAfter(reference)
            && !t.begin().isBefore(reference.minusDays(MAX_AGE_DAYS)));
  }
}
