package org.entente.cli;

import org.entente.core.Event;
import org.entente.core.Figure;
import org.entente.core.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Codes events from files without a store: the evaluation contract. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code events (and, if asked, document facts, quotations and figures) from documents and write "
        + "them as JSON Lines (no store).")
final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Inputs: text (.txt, .md), HTML, JSON Lines and "
      + "RSS/Atom files, folders of them, or http(s) addresses of pages and feeds.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write events (default: standard output).")
  Path out;

  @Option(names = "--mentions", paramLabel = "FILE",
      description = "Also write each sentence's actor mentions (JSON Lines), to see why an event was or was not coded.")
  Path mentionsOut;

  @Option(names = "--docs", paramLabel = "FILE",
      description = "Also write one line per document: title, published, author, outlet, body, duplicate_of, and "
          + "where each field came from (JSON Lines).")
  Path docsOut;

  @Option(names = "--quotes", paramLabel = "FILE",
      description = "Also write one line per direct quotation: quote, speaker, speaker_actor, offsets (JSON Lines).")
  Path quotesOut;

  @Option(names = "--figures", paramLabel = "FILE",
      description = "Also write one line per figure: money, percentages, counts with what they measure (JSON Lines).")
  Path figuresOut;

  @Option(names = "--news-only", description = "Leave out background events (mentioned in passing).")
  boolean newsOnly;

  @Mixin PipelineOptions options;

  @Override public Integer call() throws Exception {
    Pipeline pipeline = options.build();
    RunStats stats = new RunStats();
    // every output is written to a hidden file beside it and moved into place only when the run succeeds
    List<AtomicOutput> side = new ArrayList<>();
    AtomicOutput mentions = AtomicOutput.open(mentionsOut, side);
    AtomicOutput docs = AtomicOutput.open(docsOut, side);
    AtomicOutput quotes = AtomicOutput.open(quotesOut, side);
    AtomicOutput figures = AtomicOutput.open(figuresOut, side);
    AtomicOutput events = out == null ? null : AtomicOutput.open(out, side);
    Writer w = events != null ? events.writer()
        : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try {
      Inputs.run(inputs, pipeline, options.threads, stats, result -> {
        try {
          if (mentions != null) MentionJson.write(mentions.writer(), result);
          if (docs != null) docs.line(FactJson.line(FactJson.document(result.document().document(), result.duplicate())));
          if (quotes != null) for (Quote q : result.quotes()) quotes.line(FactJson.line(FactJson.quote(q)));
          if (figures != null) for (Figure f : result.figures()) figures.line(FactJson.line(FactJson.figure(f)));
          for (Event e : result.events()) {
            if (e.confidence() < options.minConfidence || (newsOnly && e.background())) continue;
            w.write(EventJson.line(e));
            w.write('\n');
          }
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
      w.flush();
      for (AtomicOutput o : side) o.commit();
    } catch (RuntimeException | IOException e) {
      for (AtomicOutput o : side) o.abandon();
      throw e;
    }
    System.err.println("entente code: " + stats.summary() + (out == null ? "" : " -> " + out));
    return stats.exitCode();
  }
}
