package dev.storygraph.annotate;

import java.io.IOException;

/** The rules of {@code rules/event-nouns.semgrex}: event nouns with a possessor, "by", "from" or "under". */
final class EventNounRulesTest extends RuleFileTest {
  EventNounRulesTest() throws IOException {
    super("event-nouns.semgrex");
  }
}
