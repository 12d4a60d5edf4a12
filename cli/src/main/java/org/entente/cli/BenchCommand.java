package org.entente.cli;

import org.entente.core.Document;
import org.entente.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Measures the pipeline end to end: model load, documents/s, sentences/s, peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run the pipeline on the sample corpus, repeated, and print throughput and memory.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--docs", defaultValue = "200", description = "Documents to process (default: ${DEFAULT-VALUE}).")
  int docs;
  @Option(names = "--samples", paramLabel = "DIR_OR_FILE", description = "Corpus to repeat (default: the bundled samples/).")
  Path samples;
  @Mixin PipelineOptions options;

  @Override public Integer call() {
    Path corpus = Inputs.corpusOrSamples(samples);
    if (!Files.exists(corpus)) {
      System.err.println("entente bench: corpus not found at " + corpus);
      return 1;
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = options.build();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    RunStats readStats = new RunStats();
    List<Document> base = Inputs.read(List.of(corpus.toString()), readStats);
    if (base.isEmpty()) {
      System.err.println("entente bench: no readable documents in " + corpus);
      return 1;
    }
    List<Document> work = new ArrayList<>();
    for (int i = 0; work.size() < docs; i++) {
      Document d = base.get(i % base.size());
      work.add(new Document(d.id() + "#" + i, d.text(), d.title(), d.published(), d.outlet(), d.author(), d.url(), d.origin()));
    }
    // warm-up: the JIT and CoreNLP's lazy structures, not measured
    for (int i = 0; i < Math.min(base.size(), 5); i++) pipeline.process(base.get(i));
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();

    int[] sentences = {0}, parsed = {0}, events = {0};
    Progress progress = new Progress("bench", work.size());
    long start = System.nanoTime();
    pipeline.processAll(work.iterator(), options.threads, r -> {
      sentences[0] += r.document().sentences().size();
      parsed[0] += r.parsedSentences();
      events[0] += r.events().size();
      progress.step(null);
    });
    double secs = (System.nanoTime() - start) / 1e9;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peakHeap += pool.getPeakUsage().getUsed();
    }
    System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "model load: %.1f s (CoreNLP %.1f s); parser scoring: %s%n", loadSeconds,
        NlpPipeline.shared().loadMillis() / 1000.0, NlpPipeline.shared().parserScoring());
    System.out.printf(Locale.ROOT, "documents: %d in %.1f s = %.1f documents/s on %d threads%n", work.size(), secs,
        work.size() / secs, options.threads);
    System.out.printf(Locale.ROOT, "sentences: %d = %.0f sentences/s (%d parsed, %.0f%%)%n", sentences[0],
        sentences[0] / secs, parsed[0], 100.0 * parsed[0] / Math.max(1, sentences[0]));
    System.out.printf(Locale.ROOT, "events: %d%n", events[0]);
    System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %d MB%n", peakHeap >> 20);
    return 0;
  }
}
