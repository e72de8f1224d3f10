package dev.storygraph.annotate;

import java.io.IOException;

/** The rules of {@code rules/objects.semgrex}: what a verb acts on. */
final class ObjectRulesTest extends RuleFileTest {
  ObjectRulesTest() throws IOException {
    super("objects.semgrex");
  }
}
