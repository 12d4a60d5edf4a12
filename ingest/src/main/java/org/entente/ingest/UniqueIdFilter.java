package org.entente.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.entente.core.Document;
import org.entente.core.IngestProblem;

/**
 * Passes each document on to a sink unless its id was already seen in this run; a repeated id is
 * reported as a problem at the second document's origin and that document is dropped. Use one
 * filter per run, in front of the real sink.
 */
public final class UniqueIdFilter implements Consumer<Document> {
  private final Consumer<Document> sink;
  private final Consumer<IngestProblem> problems;
  private final Map<String, String> seen = new HashMap<>();

  public UniqueIdFilter(Consumer<Document> sink, Consumer<IngestProblem> problems) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  @Override public void accept(Document doc) {
    String first = seen.putIfAbsent(doc.id(), doc.origin());
    if (first == null) {
      sink.accept(doc);
    } else {
      problems.accept(new IngestProblem(doc.origin(),
          "duplicate document id " + Text.oneLine(doc.id()) + " (also in " + first + ")"));
    }
  }

  /** How many distinct ids have gone through. */
  public int count() {
    return seen.size();
  }
}
