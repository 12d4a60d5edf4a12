package org.entente.cli;

import org.entente.core.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** Codes events from files without a store: the evaluation contract. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code events from text files, folders or JSON Lines and write them as JSON Lines (no store).")
final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Inputs: .txt files, .jsonl files, folders.")
  List<Path> inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write events (default: standard output).")
  Path out;

  @Option(names = "--mentions", paramLabel = "FILE",
      description = "Also write each sentence's actor mentions (JSON Lines), to see why an event was or was not coded.")
  Path mentionsOut;

  @Option(names = "--news-only", description = "Leave out background events (mentioned in passing).")
  boolean newsOnly;

  @Mixin PipelineOptions options;

  @Override public Integer call() throws Exception {
    Pipeline pipeline = options.build();
    RunStats stats = new RunStats();
    Writer mentionWriter = mentionsOut == null ? null : Files.newBufferedWriter(mentionsOut, StandardCharsets.UTF_8);
    Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".entente-", ".jsonl.part");
    try (Writer w = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      Inputs.run(inputs, pipeline, options.threads, stats, result -> {
        if (mentionWriter != null) MentionJson.write(mentionWriter, result);
        for (Event e : result.events()) {
          if (e.confidence() < options.minConfidence || (newsOnly && e.background())) continue;
          try {
            w.write(EventJson.line(e));
            w.write('\n');
          } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        }
      });
    } catch (RuntimeException | java.io.IOException e) {
      if (tmp != null) Files.deleteIfExists(tmp);
      throw e;
    }
    if (mentionWriter != null) mentionWriter.close();
    if (tmp != null) Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.err.println("entente code: " + stats.summary() + (out == null ? "" : " -> " + out));
    return stats.exitCode();
  }
}
