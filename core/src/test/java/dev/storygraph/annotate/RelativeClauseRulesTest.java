package dev.storygraph.annotate;

import java.io.IOException;

/** The rules of {@code rules/relative-clauses.semgrex}: relative clauses. */
final class RelativeClauseRulesTest extends RuleFileTest {
  RelativeClauseRulesTest() throws IOException {
    super("relative-clauses.semgrex");
  }
}
