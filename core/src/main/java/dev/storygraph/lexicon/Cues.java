package dev.storygraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of a two-column data file (kind, word): the cues of modality, negation and tense ({@code cues.tsv})
 * that the fact extractor and {@code extract.Tense} share, and the construction data of {@code constructions.tsv}
 * (support verbs, control verbs, group nouns). Immutable; thread-safe.
 */
public final class Cues {
  /** Kinds whose words are predicates of the vocabulary, checked on loading. */
  private static final Set<String> PREDICATE_KINDS = Set.of("patient-possessor", "modifier-agent",
      "answered-event", "received-event", "incident-event", "trip-event", "statement-event", "dispatch-event",
      "result-event", "keep-event", "office-event");
  /** Modality, negation and tense cues. */
  public static final Cues MODALITY = load("cues.tsv", Set.of("negation", "possible-aux", "possible-word", "future-aux",
      "future-frame", "planned-word", "past-cue", "future-cue", "report-frame", "intent-frame", "possible-frame",
      "condition-mark", "negative-frame", "other-time", "appeal-frame", "invite-frame", "repeat-cue", "expect-frame",
      "perfect-aux"));
  /** The data of the argument constructions. */
  public static final Cues CONSTRUCTIONS = load("constructions.tsv", Set.of("object-control", "place-case",
      "support-verb", "group-head", "member-head", "object-pronoun", "time-frame-case", "place-noun", "definite-det",
      "firm-body-head", "firm-member-head", "patient-possessor", "modifier-agent", "answered-event",
      "answering-predicate", "participle-mark", "reason-mark", "result-verb", "death-state", "keep-verb", "force-noun",
      "recipient-verb", "received-event", "occurrence-verb", "generic-event", "incident-event", "trip-event",
      "statement-event", "dispatch-event", "result-event", "keep-event", "source-case", "copula", "trip-case",
      "dispatch-case", "thing-class", "owner-case", "agent-case", "capacity-case", "office-event", "topic-case",
      "pair-case", "party-case", "infinitive-mark", "goal-case", "until-case", "while-mark", "place-relative",
      "purpose-case", "person-pronoun", "thing-pronoun", "thing-possessive", "definite-article", "indefinite-article",
      "metonym-place-case", "located-case", "former-mark", "position-noun", "group-class", "body-class",
      "counterpart-head", "leader-verb", "lethal-event", "death-case", "state-act"));

  private final Map<String, Set<String>> byKind;

  private Cues(Map<String, Set<String>> byKind) {
    this.byKind = byKind;
  }

  /**
   * The one word the file lists under {@code kind}: the predicate a construction states ("trip-event": the
   * predicate of going to a place).
   *
   * @throws IllegalStateException when the kind lists no word or more than one
   */
  public String only(String kind) {
    Set<String> words = byKind.get(kind);
    if (words == null || words.size() != 1) {
      throw new IllegalStateException("cue kind " + kind + " must list exactly one word: " + words);
    }
    return words.iterator().next();
  }

  /** The words the file lists under {@code kind}, sorted. */
  public List<String> words(String kind) {
    Set<String> words = byKind.get(kind);
    if (words == null) {
      throw new IllegalArgumentException("no cue kind " + kind);
    }
    return words.stream().sorted().toList();
  }

  /** The words of {@code kind} as a regular-expression alternation ("a|b"), each quoted. */
  public String alternation(String kind) {
    return String.join("|", words(kind).stream().map(java.util.regex.Pattern::quote).toList());
  }

  /** True when the file lists {@code word} (compared in lower case) under {@code kind}. */
  public boolean has(String kind, String word) {
    Set<String> words = byKind.get(kind);
    if (words == null) {
      throw new IllegalArgumentException("no cue kind " + kind);
    }
    return words.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True when the file lists {@code word} under {@code kind} as it is written: a word with a capital is no match,
   * for rules that read a lower-case word only ("of" in "analyst X of Y", never "Of" in a name).
   */
  public boolean hasExact(String kind, String word) {
    return word.equals(word.toLowerCase(java.util.Locale.ROOT)) && has(kind, word);
  }

  /** True when the file lists {@code word} under {@code kind}, alone or as the first word of an entry. */
  public boolean begins(String kind, String word) {
    if (has(kind, word)) {
      return true;
    }
    String first = word.toLowerCase(java.util.Locale.ROOT) + " ";
    for (String w : byKind.get(kind)) {
      if (w.startsWith(first)) {
        return true;
      }
    }
    return false;
  }

  static Cues load(String file, Set<String> kinds) {
    return parse(Lexicons.resource(file), file, kinds);
  }

  /**
   * @throws IllegalArgumentException naming file and line of a malformed row, an unknown kind, or a predicate
   *     outside the vocabulary
   */
  static Cues parse(List<String> lines, String file, Set<String> kinds) {
    Map<String, Set<String>> map = new HashMap<>();
    kinds.forEach(k -> map.put(k, new HashSet<>()));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 2 || !kinds.contains(c[0].strip()) || c[1].isBlank()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected one of " + kinds
            + ", a tab and a word: " + line);
      }
      if (PREDICATE_KINDS.contains(c[0].strip())) {
        Vocabulary.standard().require(c[1].strip(), file, i + 1);
      }
      map.get(c[0].strip()).add(c[1].strip().toLowerCase(java.util.Locale.ROOT));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new Cues(Map.copyOf(frozen));
  }
}
