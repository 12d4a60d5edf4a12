package org.entente.ingest;

import java.util.List;
import org.entente.core.Document;
import org.entente.core.IngestProblem;

/** What reading one file gave: the documents in file order and the problems met on the way. */
public record ReadResult(List<Document> documents, List<IngestProblem> problems) {
  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
