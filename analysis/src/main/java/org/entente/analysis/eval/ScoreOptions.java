package org.entente.analysis.eval;

/**
 * Options of {@link GoldScorer}, the same as {@code score.py}'s flags.
 *
 * @param mainOnly leave out events marked {@code "background": true} on both sides ({@code --main})
 * @param byRoot   print one count line per CAMEO root ({@code --by-root})
 * @param misses   list up to this many missed gold and extra system events; 0 lists none and a
 *                 negative number drops that many from the end of each list, as Python's
 *                 {@code list[:n]} does ({@code --misses N})
 */
public record ScoreOptions(boolean mainOnly, boolean byRoot, int misses) {
  /** Every event scored, no per-root lines, no miss listing: {@code score.py GOLD SYSTEM}. */
  public static ScoreOptions defaults() {
    return new ScoreOptions(false, false, 0);
  }
}
