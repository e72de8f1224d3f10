package dev.storygraph.merge;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;

/**
 * One article's entity in the merge: its article's index, the entity, its lookup key ({@link NameKeys#key})
 * and that key's words.
 */
record EntityNode(int article, Entity entity, String key, String[] words) {
  EntityType type() {
    return entity.type();
  }

  boolean isPerson() {
    return entity.type() == EntityType.PERSON;
  }
}
