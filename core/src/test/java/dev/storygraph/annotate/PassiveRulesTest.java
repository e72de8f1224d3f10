package dev.storygraph.annotate;

import java.io.IOException;

/** The rules of {@code rules/passives.semgrex}: passives and their agents. */
final class PassiveRulesTest extends RuleFileTest {
  PassiveRulesTest() throws IOException {
    super("passives.semgrex");
  }
}
