package org.entente.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What the docs, quotes and figures commands share: the store, one document, how many rows, and where to. */
final class StoreListOptions {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "entente.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db;
  @Option(names = "--doc", description = "Only this document.") String doc;
  @Option(names = "--limit", defaultValue = "0", description = "At most N rows (0: all).") int limit;
  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
  FactJson.Format format;
  @Option(names = {"-o", "--out"}, description = "Output file (default: standard output).") Path out;
}
