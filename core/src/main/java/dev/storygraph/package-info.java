/**
 * StoryGraph's public API: {@link dev.storygraph.StoryExtractor} turns {@link dev.storygraph.Article}s into
 * {@link dev.storygraph.ArticleResult}s and merges them into a {@link dev.storygraph.Story}; every result
 * type is an immutable record. The packages {@code annotate}, {@code clean}, {@code lexicon} and {@code extract}
 * are internal; {@code merge} and {@code write} may be used directly.
 */
package dev.storygraph;
