package org.entente.cli;

import org.entente.analysis.eval.GoldScorer;
import org.entente.analysis.eval.ScoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Scores coded events against gold annotations, the same way as the project's reference scorer. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Precision, recall and F1 of EVENTS against --gold (same matching and output as score.py).")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "Gold events, JSON Lines.") Path gold;
  @Parameters(index = "0", paramLabel = "EVENTS", description = "Events from `entente code`, JSON Lines.") Path events;
  @Option(names = "--main", description = "Score only events not marked background, on both sides.") boolean main;
  @Option(names = "--by-root", description = "Counts per CAMEO root.") boolean byRoot;
  @Option(names = "--misses", defaultValue = "0", description = "List up to N misses and extras.") int misses;

  @Override public Integer call() throws Exception {
    System.out.print(GoldScorer.score(gold, events, new ScoreOptions(main, byRoot, misses)).render());
    System.out.flush();
    return 0;
  }
}
