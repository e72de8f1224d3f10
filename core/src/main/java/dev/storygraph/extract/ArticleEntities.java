package dev.storygraph.extract;

import dev.storygraph.Entity;
import java.util.List;

/**
 * The entities of one article and where each of their mentions lies in the token sequence.
 *
 * @param entities the entities; entity {@code i} has id {@code "E" + (i + 1)}
 * @param spans    every mention as a token range, in text order
 * @param entityAt for each token, the index of the entity it belongs to, or -1
 */
public record ArticleEntities(List<Entity> entities, List<Span> spans, int[] entityAt) {

  /**
   * A mention as a token range.
   *
   * @param first  first token
   * @param end    one past the last token
   * @param entity index into {@link #entities()}
   */
  public record Span(int first, int end, int entity) {}

  public String id(int entity) {
    return entities.get(entity).id();
  }

  /** The entity of the token, or -1. */
  public int at(int token) {
    return token >= 0 && token < entityAt.length ? entityAt[token] : -1;
  }
}
