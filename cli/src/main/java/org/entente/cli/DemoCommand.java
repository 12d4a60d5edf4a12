package org.entente.cli;

import org.entente.core.Event;
import org.entente.core.Figure;
import org.entente.core.Quote;
import org.entente.nlp.NlpPipeline;
import org.entente.store.DyadCount;
import org.entente.store.EventQuery;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Ingests the bundled sample corpus and prints a short report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample corpus into the store and print a short report.")
final class DemoCommand implements Callable<Integer> {
  static final String[] QUADS = {"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "entente.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db;
  @Option(names = "--samples", paramLabel = "DIR", description = "The corpus (default: the bundled samples/).")
  Path samples;
  @Mixin PipelineOptions options;

  @Override public Integer call() {
    Path corpus = Inputs.corpusOrSamples(samples);
    if (!Files.isDirectory(corpus)) {
      System.err.println("entente demo: sample corpus not found at " + corpus);
      return 1;
    }
    System.out.println("Entente demo: coding the sample corpus in " + corpus + " into " + db);
    try (EventStore store = EventStore.open(db)) {
      RunStats stats = IngestCommand.ingest(List.of(corpus.toString()), store, options, true);
      report(store, stats, db);
      return stats.exitCode();
    }
  }

  static void report(EventStore store, RunStats stats, Path db) {
    System.out.println();
    System.out.printf(Locale.ROOT, "Articles read: %d%s   sentences: %d (%d parsed)   events coded: %d   time: %.1f s (models %.1f s)%n",
        stats.documents + stats.duplicates, stats.duplicates == 0 ? ""
            : " (" + stats.duplicates + (stats.duplicates == 1 ? " repost" : " reposts") + " linked to an original, not coded)",
        stats.sentences, stats.parsedSentences, stats.events, stats.seconds(),
        NlpPipeline.shared().loadMillis() / 1000.0);
    System.out.printf("Store: %d documents, %d events%n", store.documentCount(), store.eventCount());
    System.out.println();
    System.out.println("Events by quad class:");
    Map<Integer, Long> quads = store.eventsByQuad();
    long max = quads.values().stream().mapToLong(Long::longValue).max().orElse(1);
    for (int q = 1; q <= 4; q++) {
      long n = quads.getOrDefault(q, 0L);
      System.out.printf("  %d %-22s %5d  %s%n", q, QUADS[q], n, "#".repeat((int) (30 * n / Math.max(1, max))));
    }
    System.out.println();
    System.out.println("Top dyads (source -> target):");
    for (DyadCount d : store.topDyads(8)) {
      System.out.printf(Locale.ROOT, "  %-5s -> %-5s %4d events, mean Goldstein %+.1f%n", d.source(), d.target(), d.events(),
          d.meanGoldstein());
    }
    System.out.println();
    System.out.println("Five events with their evidence:");
    List<Event> all = store.events(EventQuery.builder().background(Boolean.FALSE).build());
    List<Event> picked = all.stream().sorted(Comparator.comparingDouble(Event::confidence).reversed()
        .thenComparing(Event::doc).thenComparingInt(Event::sentenceIndex)).toList();
    java.util.Set<String> roots = new java.util.HashSet<>();
    int shown = 0;
    for (Event e : picked) {
      if (shown == 5) break;
      if (!roots.add(e.root())) continue; // variety: one event per CAMEO root
      shown++;
      System.out.printf(Locale.ROOT, "  %s  %s -> %s  CAMEO %s (%s, Goldstein %+.1f)  %s, confidence %.2f%n",
          e.date() == null ? "undated" : e.date(), e.source(), e.target() == null ? "-" : e.target(), e.cameo(),
          e.plover(), e.goldstein(), e.status().label(), e.confidence());
      System.out.printf("     \"%s\"%n     %s, sentence %d, characters %d-%d%n",
          EventsCommand.abbreviate(e.sentence(), 160), e.doc(), e.sentenceIndex(), e.charStart(), e.charEnd());
    }
    List<Quote> quotes = store.quotes(null, null, 0);
    if (!quotes.isEmpty()) {
      long attributed = quotes.stream().filter(q -> q.speakerActor() != null).count();
      System.out.println();
      System.out.printf("Quotations: %d, %d with the speaker resolved to an actor; for example:%n", quotes.size(), attributed);
      quotes.stream().filter(q -> q.speakerActor() != null && q.text().length() > 40).limit(2).forEach(q ->
          System.out.printf("  %-7s %s: \"%s\"%n", q.speakerActor(), q.speaker(), EventsCommand.abbreviate(q.text(), 110)));
    }
    List<Figure> figures = store.figures(null, null, 0);
    if (!figures.isEmpty()) {
      System.out.println();
      System.out.printf("Figures cited: %d; for example:%n", figures.size());
      figures.stream().filter(f -> f.measures() != null).limit(3).forEach(f ->
          System.out.printf(Locale.ROOT, "  %-7s \"%s\" -> %s%s  (%s)%n", f.kind(), f.text(), f.measures(),
              f.year() == null ? "" : ", " + f.year(), f.doc()));
    }
    System.out.println();
    System.out.println("Next: ./entente events --db " + db + " --source RUS --target CHN    (all commands: ./entente --help)");
    System.out.println("      ./entente docs --db " + db + "    ./entente quotes --db " + db + "    ./entente figures --db " + db);
  }
}
