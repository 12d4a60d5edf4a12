package org.entente.cli;

import org.entente.actors.PetrarchImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Converts PETRARCH / Phoenix actor and agent dictionaries into an Entente dictionary directory. */
@Command(name = "import-petrarch", mixinStandardHelpOptions = true,
    description = {"Convert PETRARCH / Phoenix .actors and .agents dictionaries into Entente's people.tsv, "
        + "institutions.tsv and agents.tsv, for use with --dictionary DIR.",
        "See docs/actor-dictionary.md, \"Importing PETRARCH / Phoenix dictionaries\"."})
final class ActorsImportCommand implements Callable<Integer> {
  @Option(names = "--actors", arity = "1..*", paramLabel = "FILE",
      description = "PETRARCH actor dictionaries (e.g. Phoenix.Countries.actors.txt).")
  List<Path> actors = List.of();

  @Option(names = "--agents", arity = "1..*", paramLabel = "FILE",
      description = "PETRARCH agent dictionaries (e.g. Phoenix.agents.txt).")
  List<Path> agents = List.of();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write into (created when missing); files of the same names are replaced.")
  Path out;

  @Override public Integer call() {
    if (actors.isEmpty() && agents.isEmpty()) return fail("give --actors FILE... and/or --agents FILE...");
    PetrarchImport.Result result;
    try {
      result = PetrarchImport.importFiles(actors, agents, out);
    } catch (NoSuchFileException e) {
      return fail("no such file: " + e.getFile());
    } catch (FileAlreadyExistsException e) {
      return fail("cannot write into " + e.getFile() + ": it exists and is not a directory");
    } catch (AccessDeniedException e) {
      return fail("permission denied: " + e.getFile());
    } catch (IOException | RuntimeException e) {
      return fail(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    result.summary().forEach(System.out::println);
    for (Path p : result.written()) System.out.println("wrote " + p);
    System.out.println("use it with --dictionary " + out);
    return 0;
  }

  private static int fail(String message) {
    System.err.println("entente actors import-petrarch: " + message.replace('\n', ' '));
    return 1;
  }
}
