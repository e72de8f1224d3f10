package dev.storygraph.annotate;

import java.io.IOException;

/** The rules of {@code rules/subjects.semgrex}: subjects of verbs: own, controlled, coordinated, of participles. */
final class SubjectRulesTest extends RuleFileTest {
  SubjectRulesTest() throws IOException {
    super("subjects.semgrex");
  }
}
