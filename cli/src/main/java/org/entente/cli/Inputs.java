package org.entente.cli;

import org.entente.core.ActorMention;
import org.entente.core.Document;
import org.entente.core.Duplicate;
import org.entente.core.IngestProblem;
import org.entente.ingest.DocumentReader;
import org.entente.ingest.Duplicates;
import org.entente.ingest.UniqueIdFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Reads inputs, reports unreadable ones on one line each, and runs the pipeline over the rest with progress. */
final class Inputs {
  private Inputs() {}

  static void run(List<String> inputs, Pipeline pipeline, int threads, RunStats stats, Consumer<Pipeline.Result> sink) {
    run(inputs, pipeline, threads, stats, new Duplicates(), d -> false, sink);
  }

  /**
   * Reads the inputs and processes each document that is neither to be skipped nor a copy of one checked before
   * (by {@code duplicates}, in input order); a copy reaches the sink as a duplicate link, in its place.
   */
  static void run(List<String> inputs, Pipeline pipeline, int threads, RunStats stats, Duplicates duplicates,
                  Predicate<Document> skip, Consumer<Pipeline.Result> sink) {
    List<Document> documents = read(inputs, stats);
    List<Document> todo = new ArrayList<>();
    Map<String, Duplicate> copies = new HashMap<>();
    for (Document d : documents) {
      // a document stored before under the same id is that document again, not a copy of another
      Optional<Duplicate> copy = duplicates.check(d).filter(c -> !c.original().equals(d.id()));
      if (skip.test(d)) {
        stats.skippedUnchanged++;
      } else {
        copy.ifPresent(c -> copies.put(d.id(), c));
        todo.add(d);
      }
    }
    Progress progress = new Progress("coding", todo.size());
    pipeline.processAll(todo.iterator(), threads, d -> {
      Duplicate c = copies.get(d.id());
      return c == null ? null : Pipeline.Result.duplicate(d, c);
    }, result -> {
      Document d = result.document().document();
      if (result.isDuplicate()) {
        sink.accept(result);
        stats.duplicates++;
      } else if (result.failed()) {
        report(stats, new IngestProblem(d.origin() == null ? d.id() : d.origin(),
            "could not be processed: " + result.failure()));
      } else {
        sink.accept(result);
        stats.documents++;
        stats.sentences += result.document().sentences().size();
        stats.parsedSentences += result.parsedSentences();
        stats.events += result.events().size();
      }
      progress.step(d.id());
    });
  }

  /**
   * Every readable document of the inputs (files, folders and http(s) URLs of feeds or pages); problems are printed
   * as they are found.
   */
  static List<Document> read(List<String> inputs, RunStats stats) {
    List<Document> out = new ArrayList<>();
    DocumentReader reader = new DocumentReader();
    Consumer<IngestProblem> problems = p -> report(stats, p);
    List<Path> files = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (String input : inputs) {
      if (DocumentReader.isUrl(input)) urls.add(input); else files.add(Path.of(input));
    }
    // files first (in the order of DocumentReader.expand), then the URLs as given; ids unique across all of them
    Consumer<Document> unique = new UniqueIdFilter(out::add, problems);
    for (Path file : reader.expand(files, problems)) reader.readFile(file, unique, problems);
    for (String url : urls) reader.readUrl(url, unique, problems);
    return out;
  }

  /** The corpus a command was given, or the bundled sample corpus beside the launcher. */
  static Path corpusOrSamples(Path given) {
    return given != null ? given : Path.of(System.getProperty("entente.home", "."), "samples");
  }

  static synchronized void report(RunStats stats, IngestProblem problem) {
    stats.problems.add(problem);
    System.err.println("entente: " + problem);
  }

  static Map<Integer, List<ActorMention>> bySentence(List<List<ActorMention>> mentions) {
    Map<Integer, List<ActorMention>> out = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) if (!mentions.get(i).isEmpty()) out.put(i, mentions.get(i));
    return out;
  }
}
