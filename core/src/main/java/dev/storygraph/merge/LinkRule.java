package dev.storygraph.merge;

import java.util.List;

/**
 * One way two article entities are found to be one referent ("Duarte" and "Ana Duarte"). The merge runs its
 * rules in order over the same {@link Clusters}; a rule proposes links, and the clusters refuse those whose
 * full names clash. Implementations are stateless and thread-safe.
 */
interface LinkRule {
  /** Links the nodes this rule finds to be one referent. */
  void link(List<EntityNode> nodes, Clusters clusters);
}
