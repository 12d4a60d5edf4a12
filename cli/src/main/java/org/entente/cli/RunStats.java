package org.entente.cli;

import org.entente.core.IngestProblem;

import java.util.ArrayList;
import java.util.List;

/** Counts of one pipeline run, for the closing summary and the exit code. */
final class RunStats {
  int documents;
  int skippedUnchanged;
  int sentences;
  int parsedSentences;
  int events;
  int duplicates;
  final List<IngestProblem> problems = new ArrayList<>();
  long startedNanos = System.nanoTime();

  double seconds() { return (System.nanoTime() - startedNanos) / 1e9; }

  int exitCode() { return problems.isEmpty() ? 0 : Main.SOME_INPUTS_FAILED; }

  String summary() {
    return String.format(java.util.Locale.ROOT,
        "%d documents, %d sentences (%d parsed), %d events in %.1f s%s%s%s", documents, sentences, parsedSentences,
        events, seconds(), duplicates > 0 ? ", " + duplicates + " duplicate" + (duplicates == 1 ? "" : "s")
            + " linked to earlier documents, not coded" : "",
        skippedUnchanged > 0 ? ", " + skippedUnchanged + " unchanged documents skipped" : "",
        problems.isEmpty() ? "" : ", " + problems.size() + " inputs could not be read");
  }
}
