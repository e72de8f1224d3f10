package dev.storygraph.annotate;

/**
 * One token of an annotated document.
 *
 * @param index    position in the document, from 0
 * @param sentence index of its sentence
 * @param word     the text
 * @param lemma    the lemma, lower case
 * @param pos      Penn Treebank part of speech
 * @param ner      coarse named-entity tag ("PERSON", "LOCATION", "ORGANIZATION", "MISC", "DATE", "O", ...)
 * @param begin    character offset in the original text
 * @param end      one past the last character
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner, int begin, int end) {
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
