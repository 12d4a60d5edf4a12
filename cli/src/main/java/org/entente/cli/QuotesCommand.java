package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Lists the stored quotations with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List the direct quotations in the store with their speakers and the speakers' actor codes.")
final class QuotesCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "entente.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db;
  @Option(names = "--doc", description = "Only this document.") String doc;
  @Option(names = "--speaker", paramLabel = "CODE", description = "Speaker actor code prefix, e.g. RUS or CHNGOV.") String speaker;
  @Option(names = "--limit", defaultValue = "0", description = "At most N quotations (0: all).") int limit;
  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
  FactJson.Format format;
  @Option(names = {"-o", "--out"}, description = "Output file (default: standard output).") Path out;

  @Override public Integer call() throws Exception {
    Map<String, Integer> columns = new LinkedHashMap<>();
    columns.put("speaker_actor", 13);
    columns.put("speaker", 30);
    columns.put("quote", 80);
    columns.put("doc", 0);
    return StoreReader.run("quotes", db, out, format, columns,
        store -> store.quotes(doc, speaker, limit).stream().map(FactJson::quote).toList());
  }
}
