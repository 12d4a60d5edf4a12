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
 * Runs the whole pipeline on gold-annotated articles and scores it. The floors sit a few points under the
 * figures recorded in docs/benchmarks.md, so a regression fails the build while ordinary noise does not.
 */
class SeedsEvaluationTest {
  // recorded 2026-11-25 (session 6): seeds F1 0.696 (P 0.887), --main 0.630, status 125/133, dates 76/93,
  // background 129/133; samples F1 0.659, --main 0.627, dates 87/116
  static final double SEEDS_F1_FLOOR = 0.66;
  static final double SEEDS_PRECISION_FLOOR = 0.85;
  static final double SEEDS_MAIN_F1_FLOOR = 0.60;
  static final double SEEDS_BACKGROUND_FLOOR = 0.92;
  static final double SEEDS_STATUS_FLOOR = 0.90;
  static final double SEEDS_DATE_FLOOR = 0.77;
  static final double SAMPLES_F1_FLOOR = 0.63;
  static final double SAMPLES_MAIN_F1_FLOOR = 0.59;

  @Test
  void seedsScoreAgainstTheSharedGold(@TempDir Path tmp) throws Exception {
    Path seeds = CliRunner.shared().resolve("seeds");
    Path gold = CliRunner.shared().resolve("eval/seeds-gold.jsonl");
    assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(gold), "../shared is absent: seeds not scored");
    Path events = codeInto(seeds, tmp);
    ScoreReport all = GoldScorer.score(gold, events, ScoreOptions.defaults());
    ScoreReport main = GoldScorer.score(gold, events, new ScoreOptions(true, false, 0));
    System.out.println("seeds, all events:\n" + all.render() + "seeds, --main:\n" + main.render());
    assertTrue(all.f1() >= SEEDS_F1_FLOOR, "seeds F1 fell to " + all.f1());
    assertTrue(main.f1() >= SEEDS_MAIN_F1_FLOOR, "seeds --main F1 fell to " + main.f1());
    assertTrue(all.precision() >= SEEDS_PRECISION_FLOOR, "seeds precision fell to " + all.precision());
    assertTrue(all.backgroundAgree() >= SEEDS_BACKGROUND_FLOOR * all.matched(),
        "background agreement fell to " + all.backgroundAgree() + "/" + all.matched());
    assertTrue(all.statusAgree() >= SEEDS_STATUS_FLOOR * all.matched(),
        "status agreement fell to " + all.statusAgree() + "/" + all.matched());
    assertTrue(all.dateAgree() >= SEEDS_DATE_FLOOR * all.datedMatches(),
        "date agreement fell to " + all.dateAgree() + "/" + all.datedMatches());

    // the eval command prints exactly what the scorer renders
    CliRunner.Run eval = CliRunner.run("eval", "--gold", gold.toString(), events.toString());
    assertEquals(0, eval.exitCode());
    assertEquals(all.render(), eval.out());
  }

  @Test
  void samplesScoreAgainstTheProjectsOwnGold(@TempDir Path tmp) throws Exception {
    Path samples = CliRunner.root().resolve("samples");
    Path gold = CliRunner.root().resolve("eval/samples-gold.jsonl");
    Path events = codeInto(samples, tmp);
    ScoreReport all = GoldScorer.score(gold, events, ScoreOptions.defaults());
    ScoreReport main = GoldScorer.score(gold, events, new ScoreOptions(true, false, 0));
    System.out.println("samples, all events:\n" + all.render());
    assertTrue(all.f1() >= SAMPLES_F1_FLOOR, "samples F1 fell to " + all.f1());
    assertTrue(main.f1() >= SAMPLES_MAIN_F1_FLOOR, "samples --main F1 fell to " + main.f1());
  }

  /** Runs `entente code` on a corpus and returns the events file. */
  private static Path codeInto(Path corpus, Path tmp) {
    Path events = tmp.resolve("events.jsonl");
    CliRunner.Run run = CliRunner.run("code", corpus.toString(), "--out", events.toString());
    assertEquals(0, run.exitCode(), run.err());
    return events;
  }
}
