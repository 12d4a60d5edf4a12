package org.entente.core;

/**
 * A token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the surface form
 * @param lemma lower-case lemma
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity class (PERSON, LOCATION, DATE, ...) or "O"; "O" when the sentence was not deep-annotated
 * @param begin character offset in the document's full text
 * @param end   end character offset (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
  public boolean isVerb() { return pos.startsWith("VB") || pos.equals("MD"); }
  public boolean isNoun() { return pos.startsWith("NN"); }
  public boolean isProperNoun() { return pos.startsWith("NNP"); }
}
