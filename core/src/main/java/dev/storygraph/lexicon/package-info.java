/**
 * The data of the {@code storygraph-models} module read into typed tables: the closed predicate vocabulary
 * ({@link dev.storygraph.lexicon.Vocabulary} and its {@code Predicate}s), the trigger lexicon, gazetteer, roles
 * and name lists ({@link dev.storygraph.lexicon.Lexicons}), the word lists of cues and constructions
 * ({@link dev.storygraph.lexicon.Cues}) and of dates ({@link dev.storygraph.lexicon.DateWords}), and the small
 * string measures that compare names ({@link dev.storygraph.lexicon.Names}). Every table is immutable once loaded
 * and thread-safe.
 *
 * <p>It lies below {@code extract}, {@code merge} and {@code write}, which read it, and imports no other package of
 * StoryGraph: no CoreNLP type and nothing of {@code annotate} or {@code clean}, not even the public records; only
 * the JDK.
 *
 * <p>Internal: not part of the public API; it may change without notice.
 */
package dev.storygraph.lexicon;
