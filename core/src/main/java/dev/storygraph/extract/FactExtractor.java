package dev.storygraph.extract;

import dev.storygraph.Fact;
import dev.storygraph.annotate.Doc;
import java.util.List;

/** Builds n-ary facts from the dependency graph. Thread-safe. */
public final class FactExtractor {
  private final Lexicons lex;

  public FactExtractor(Lexicons lex) {
    this.lex = lex;
  }

  /** The facts of a document. */
  public List<Fact> extract(String articleId, Doc doc, ArticleEntities ents, List<DateNormalizer.Dated> dates) {
    return List.of();
  }
}
