/**
 * The CoreNLP adapter: the only package that sees CoreNLP types. It turns a CoreNLP annotation into a small
 * immutable document model ({@link dev.storygraph.annotate.Doc}) that the extractors read, with the matches of
 * the construction rules (the Semgrex families of {@code rules/} in the models, compiled once) as
 * {@link dev.storygraph.annotate.Construction}s.
 *
 * <p>Internal: not part of the public API; it may change without notice.
 */
package dev.storygraph.annotate;
