package dev.storygraph.annotate;

/**
 * A named-entity mention found by CoreNLP's NER: a run of tokens with one type.
 *
 * @param first index of the first token
 * @param end   index one past the last token
 * @param type  coarse NER type: PERSON, LOCATION, ORGANIZATION or MISC
 * @param text  the surface text
 * @param begin character offset in the original text
 * @param endChar one past the last character
 */
public record NamedSpan(int first, int end, String type, String text, int begin, int endChar) {}
