package org.entente.cli;

import org.entente.analysis.eval.GoldScorer;
import org.entente.analysis.eval.ScoreOptions;
import org.entente.analysis.eval.ScoreReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the whole pipeline on the seed articles and scores it against the hand-made gold. The floors sit a few
 * points under the figures recorded in docs/benchmarks.md, so a regression fails the build.
 */
class SeedsEvaluationTest {
  static final double F1_FLOOR = 0.30;
  static final double MAIN_F1_FLOOR = 0.25;

  @Test
  void seedsScoreAgainstGold(@TempDir Path tmp) throws Exception {
    Path seeds = CliRunner.shared().resolve("seeds");
    Path gold = CliRunner.shared().resolve("eval/seeds-gold.jsonl");
    assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(gold), "../shared is absent: seeds not scored");
    Path events = tmp.resolve("events.jsonl");
    CliRunner.Run run = CliRunner.run("code", seeds.toString(), "--out", events.toString());
    assertEquals(0, run.exitCode(), run.err());

    ScoreReport all = GoldScorer.score(gold, events, ScoreOptions.defaults());
    ScoreReport main = GoldScorer.score(gold, events, new ScoreOptions(true, false, 0));
    System.out.println("seeds, all events:\n" + all.render());
    System.out.println("seeds, --main:\n" + main.render());
    assertTrue(all.f1() >= F1_FLOOR, "seeds F1 fell to " + all.f1());
    assertTrue(main.f1() >= MAIN_F1_FLOOR, "seeds --main F1 fell to " + main.f1());

    // the eval command prints the same thing as the scorer
    CliRunner.Run eval = CliRunner.run("eval", "--gold", gold.toString(), events.toString());
    assertEquals(0, eval.exitCode());
    assertEquals(all.render(), eval.out());
  }
}
