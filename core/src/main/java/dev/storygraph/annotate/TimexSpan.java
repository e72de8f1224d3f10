package dev.storygraph.annotate;

/**
 * A date expression found by SUTime.
 *
 * @param first   index of the first token
 * @param end     index one past the last token
 * @param text    the surface text
 * @param value   SUTime's TIMEX3 value, resolved against the document date when one was given
 * @param begin   character offset in the original text
 * @param endChar one past the last character
 */
public record TimexSpan(int first, int end, String text, String value, int begin, int endChar) {}
