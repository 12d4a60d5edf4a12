package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
    description = "Reads news about international relations and codes it into evidence-backed event data.",
    subcommands = {DemoCommand.class, CodeCommand.class, IngestCommand.class, EventsCommand.class, DocsCommand.class,
        QuotesCommand.class, FiguresCommand.class,
        EvalCommand.class, BenchCommand.class, ActorsCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the run failed (see the message)",
        "2:wrong usage (unknown option, missing argument)",
        "3:finished, but some inputs could not be read (one line each on standard error)"})
public final class Main implements Runnable {
  /** Some inputs were unreadable; the rest were processed. */
  static final int SOME_INPUTS_FAILED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("entente: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      return 1;
    });
    return cl;
  }
}
