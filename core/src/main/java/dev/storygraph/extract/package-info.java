/**
 * Extraction: entities, roles, dates and facts from an annotated document, driven by the lexicons of the
 * {@code storygraph-models} module as {@code lexicon} reads them.
 *
 * <p>Internal: not part of the public API; it may change without notice.
 */
package dev.storygraph.extract;
