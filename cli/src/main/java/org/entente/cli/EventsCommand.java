package org.entente.cli;

import org.entente.core.Event;
import org.entente.core.EventStatus;
import org.entente.store.EventQuery;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Lists and exports stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List or export the events in the store, filtered.")
final class EventsCommand implements Callable<Integer> {
  enum Format { table, csv, jsonl, parquet }

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "entente.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db;
  @Option(names = "--doc", description = "Only this document.") String doc;
  @Option(names = "--source", description = "Source code prefix, e.g. RUS or RUSGOV.") String source;
  @Option(names = "--target", description = "Target code prefix.") String target;
  @Option(names = "--root", description = "CAMEO root, e.g. 04.") String root;
  @Option(names = "--quad", description = "Quad class 1-4.") Integer quad;
  @Option(names = "--status", description = "actual, negated or hypothetical.") String status;
  @Option(names = "--from", description = "Events dated on or after (YYYY-MM-DD).") LocalDate from;
  @Option(names = "--to", description = "Events dated on or before (YYYY-MM-DD).") LocalDate to;
  @Option(names = "--news-only", description = "Leave out background events.") boolean newsOnly;
  @Option(names = "--min-confidence", description = "Minimum confidence 0..1.") Double minConfidence;
  @Option(names = "--limit", defaultValue = "0", description = "At most N events (0: all; table default 50).") int limit;
  @Option(names = "--format", defaultValue = "table", description = "table, csv, jsonl or parquet (default: ${DEFAULT-VALUE}).")
  Format format;
  @Option(names = {"-o", "--out"}, description = "Output file (required for parquet; default standard output).") Path out;

  @Override public Integer call() throws Exception {
    if (!Files.exists(db)) {
      System.err.println("entente events: no store at " + db + " (run `entente ingest` or `entente demo` first)");
      return 1;
    }
    EventQuery q = EventQuery.builder().doc(doc).sourcePrefix(source).targetPrefix(target).root(root).quad(quad)
        .status(status == null ? null : EventStatus.parse(status)).from(from).to(to)
        .background(newsOnly ? Boolean.FALSE : null).minConfidence(minConfidence)
        .limit(limit == 0 && format == Format.table && out == null ? 50 : limit).build();
    try (EventStore store = EventStore.open(db)) {
      switch (format) {
        case table -> printTable(store.events(q));
        case csv, jsonl, parquet -> {
          if (out == null) {
            if (format == Format.parquet) {
              System.err.println("entente events: --format parquet needs --out FILE");
              return 2;
            }
            List<Event> events = store.events(q);
            if (format == Format.csv && !events.isEmpty()) System.out.println(String.join(",", EventJson.toMap(events.get(0)).keySet()));
            for (Event e : events) System.out.println(format == Format.jsonl ? EventJson.line(e) : csvLine(e));
          } else {
            switch (format) {
              case csv -> store.exportCsv(q, out);
              case jsonl -> store.exportJsonLines(q, out);
              default -> store.exportParquet(q, out);
            }
            System.err.println("entente events: wrote " + store.eventCount(q) + " events to " + out);
          }
        }
      }
    }
    return 0;
  }

  static void printTable(List<Event> events) {
    System.out.printf("%-10s %-8s %-8s %-5s %-6s %-12s %-4s %s%n", "date", "source", "target", "cameo", "quad",
        "status", "bg", "evidence");
    for (Event e : events) {
      System.out.printf(Locale.ROOT, "%-10s %-8s %-8s %-5s %-6d %-12s %-4s %s  [%s #%d]%n",
          e.date() == null ? "-" : e.date(), e.source(), e.target() == null ? "-" : e.target(), e.cameo(), e.quad(),
          e.status().label(), e.background() ? "yes" : "", abbreviate(e.sentence(), 90), e.doc(), e.sentenceIndex());
    }
  }

  private static String csvLine(Event e) {
    StringBuilder sb = new StringBuilder();
    for (Object v : EventJson.toMap(e).values()) {
      if (sb.length() > 0) sb.append(',');
      String s = v == null ? "" : v.toString();
      sb.append(s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
    }
    return sb.toString();
  }

  static String abbreviate(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
