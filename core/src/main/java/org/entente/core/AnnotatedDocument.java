package org.entente.core;

import java.util.List;

/** A document with its sentences, as the NLP stage hands it on. */
public record AnnotatedDocument(Document document, List<Sentence> sentences) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }
}
