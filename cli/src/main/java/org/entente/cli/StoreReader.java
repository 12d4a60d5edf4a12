package org.entente.cli;

import org.entente.store.EventStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the docs, quotes and figures commands share: opening the store and writing rows where asked. */
final class StoreReader {
  private StoreReader() {}

  interface Query {
    List<Map<String, Object>> rows(EventStore store);
  }

  /** Runs the query on the store and prints its rows; the exit code. */
  static int run(String command, Path db, Path out, FactJson.Format format, Map<String, Integer> columns, Query query)
      throws Exception {
    if (!Files.exists(db)) {
      System.err.println("entente " + command + ": no store at " + db + " (run `entente ingest` or `entente demo` first)");
      return 1;
    }
    List<Map<String, Object>> rows;
    try (EventStore store = EventStore.open(db)) {
      rows = query.rows(store);
    }
    if (out == null) {
      FactJson.print(System.out, rows, format, columns);
      System.out.flush();
    } else {
      Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".entente-", ".part");
      try (PrintStream ps = new PrintStream(Files.newOutputStream(tmp), false, java.nio.charset.StandardCharsets.UTF_8)) {
        FactJson.print(ps, rows, format, columns);
      } catch (RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      System.err.println("entente " + command + ": wrote " + rows.size() + " rows to " + out);
    }
    return 0;
  }
}
