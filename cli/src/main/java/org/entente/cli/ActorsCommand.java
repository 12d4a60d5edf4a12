package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorLookup;
import org.entente.actors.ActorResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Actor dictionary tools. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Inspect the actor dictionary.",
    subcommands = {ActorsCommand.Lookup.class, ActorsImportCommand.class})
final class ActorsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override public void run() { spec.commandLine().usage(System.out); }

  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Show how names resolve to actor codes on a date, and why.")
  static final class Lookup implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Names or phrases, e.g. \"Wang Yi\" \"the Kremlin\".")
    List<String> names;
    @Option(names = "--date", description = "Date of the event (YYYY-MM-DD); default today.") LocalDate date;
    @Option(names = "--json", description = "One JSON object per resolution.") boolean json;
    @Option(names = "--dictionary", paramLabel = "DIR", description = "Extra dictionary files.") Path dictionary;
    @Option(names = "--historical-states", description = "Keep former states under their own code (SUN, not RUS).")
    boolean historicalStates;

    @Override public Integer call() throws Exception {
      LocalDate on = date == null ? LocalDate.now() : date;
      ActorDictionary dict = dictionary == null ? ActorDictionary.bundled() : ActorDictionary.load(dictionary);
      ActorLookup lookup = new ActorLookup(new ActorResolver(dict, historicalStates));
      ObjectMapper mapper = new ObjectMapper();
      int unresolved = 0;
      for (String name : names) {
        for (ActorLookup.Resolution r : lookup.lookup(name, on)) {
          if (r.code() == null) unresolved++;
          if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", r.query());
            m.put("code", r.code());
            m.put("name", r.name());
            m.put("role", r.role());
            m.put("valid_from", r.validFrom() == null ? null : r.validFrom().toString());
            m.put("valid_to", r.validTo() == null ? null : r.validTo().toString());
            m.put("matched_by", r.matchedBy());
            System.out.println(mapper.writeValueAsString(m));
          } else if (r.code() == null) {
            System.out.printf("%-28s -> (no actor)%n", r.query());
          } else {
            String span = r.role() == null ? "" : String.format("  %s, %s..%s", r.role(),
                r.validFrom() == null ? "?" : r.validFrom(), r.validTo() == null ? "" : r.validTo());
            System.out.printf("%-28s -> %-8s %s  [%s]%s%n", r.query(), r.code(), r.name(), r.matchedBy(), span);
          }
        }
      }
      return unresolved == 0 ? 0 : Main.SOME_INPUTS_FAILED;
    }
  }
}
