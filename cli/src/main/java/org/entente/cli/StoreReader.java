package org.entente.cli;

import org.entente.store.EventStore;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** What the docs, quotes and figures commands share: opening the store and writing rows where asked. */
final class StoreReader {
  private StoreReader() {}

  interface Query {
    List<Map<String, Object>> rows(EventStore store);
  }

  /** Runs the query on the store and prints its rows where the options say; the exit code. */
  static int run(String command, StoreListOptions o, Map<String, Integer> columns, Query query) throws Exception {
    if (!Files.exists(o.db)) {
      System.err.println("entente " + command + ": no store at " + o.db + " (run `entente ingest` or `entente demo` first)");
      return 1;
    }
    List<Map<String, Object>> rows;
    try (EventStore store = EventStore.open(o.db)) {
      rows = query.rows(store);
    }
    if (o.out == null) {
      PrintWriter w = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      FactJson.print(w, rows, o.format, columns);
      w.flush();
      return 0;
    }
    AtomicOutput file = AtomicOutput.open(o.out);
    try {
      PrintWriter w = new PrintWriter(file.writer());
      FactJson.print(w, rows, o.format, columns);
      w.flush();
      file.commit();
    } catch (RuntimeException | IOException e) {
      file.abandon();
      throw e;
    }
    System.err.println("entente " + command + ": wrote " + rows.size() + " rows to " + o.out);
    return 0;
  }
}
