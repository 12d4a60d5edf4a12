package org.entente.cli;

import org.entente.ingest.Duplicates;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Reads, codes and stores documents in the embedded DuckDB store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read documents, code their events, quotations and figures, and store everything in the DuckDB "
        + "file; a repeat of a document read before is stored once, as a link to the original.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Inputs: text (.txt, .md), HTML, JSON Lines and "
      + "RSS/Atom files, folders of them, or http(s) addresses of pages and feeds.")
  List<String> inputs;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "entente.duckdb",
      description = "The DuckDB store (default: ${DEFAULT-VALUE}); created when missing.")
  Path db;

  @Option(names = "--force", description = "Re-code documents even when they are stored unchanged.")
  boolean force;

  @Mixin PipelineOptions options;

  @Override public Integer call() {
    try (EventStore store = EventStore.open(db)) {
      RunStats stats = ingest(inputs, store, options, force);
      System.err.println("entente ingest: " + stats.summary() + " -> " + db);
      return stats.exitCode();
    }
  }

  /** Codes and stores every input not already stored unchanged; one transaction per document. */
  static RunStats ingest(List<String> inputs, EventStore store, PipelineOptions options, boolean force) {
    RunStats stats = new RunStats();
    Pipeline pipeline = options.build();
    // documents stored by earlier runs are originals too: a repost of one of them is linked, not coded again
    Duplicates duplicates = new Duplicates();
    for (EventStore.DocumentRow row : store.documents(null, 0)) {
      if (row.duplicateOf() == null) store.document(row.id()).ifPresent(duplicates::check);
    }
    Inputs.run(inputs, pipeline, options.threads, stats, duplicates,
        d -> !force && store.hasDocument(d.id(), EventStore.contentHash(d)),
        result -> {
          if (result.isDuplicate()) {
            store.storeDuplicate(result.document().document(), result.duplicate());
          } else {
            store.store(result.document(), Inputs.bySentence(result.mentions()),
                result.events().stream().filter(e -> e.confidence() >= options.minConfidence).toList(),
                result.quotes(), result.figures());
          }
        });
    return stats;
  }
}
