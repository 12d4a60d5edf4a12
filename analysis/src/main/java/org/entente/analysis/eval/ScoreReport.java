package org.entente.analysis.eval;

import java.util.List;
import java.util.Locale;

/**
 * What {@link GoldScorer} measured; {@link #render()} prints it exactly as {@code score.py} does.
 *
 * @param options         the options it was scored with
 * @param goldCount       gold events scored (after {@code --main})
 * @param goldActualCount of those, the ones with status {@code actual}
 * @param systemCount     system events scored: in documents the gold names (after {@code --main})
 * @param matched         one-to-one matches
 * @param precision       matched / systemCount (0 when no system events)
 * @param recall          matched / goldCount (0 when no gold events)
 * @param f1              harmonic mean of precision and recall
 * @param actualMatched   matches when only the actual gold events are matched
 * @param actualRecall    actualMatched / goldActualCount
 * @param statusAgree     matches whose status agrees (a missing status counts as actual)
 * @param datedMatches    matches whose gold event has a date
 * @param dateAgree       of those, the ones whose system date starts with the gold date
 * @param goldHasBackground whether some scored gold event is marked background (the line is printed then)
 * @param backgroundAgree matches whose background flags agree
 * @param docMatched      document-level multiset overlap of (doc, source state, target state, root)
 * @param docPrecision    docMatched / systemCount
 * @param docRecall       docMatched / goldCount
 * @param docF1           document-level F1
 * @param byRoot          gold, system and matched counts per root, in Python's string order
 *                        (always filled; printed only with {@code byRoot})
 * @param missed          unmatched gold events, as many as {@code misses} asks (empty when 0)
 * @param extra           unmatched system events, likewise
 */
public record ScoreReport(ScoreOptions options,
                          int goldCount, int goldActualCount, int systemCount, int matched,
                          double precision, double recall, double f1,
                          int actualMatched, double actualRecall,
                          int statusAgree, int datedMatches, int dateAgree,
                          boolean goldHasBackground, int backgroundAgree,
                          int docMatched, double docPrecision, double docRecall, double docF1,
                          List<RootCount> byRoot, List<Miss> missed, List<Miss> extra) {

  public ScoreReport {
    byRoot = List.copyOf(byRoot);
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
  }

  /** Counts for one CAMEO root. */
  public record RootCount(String root, int gold, int system, int matched) {}

  /**
   * An unmatched event as the miss listing shows it.
   *
   * @param source source state, or null (printed {@code None}) when the event has none
   * @param target target state, or null likewise
   * @param text   the raw sentence, cut to 120 characters
   */
  public record Miss(String doc, String source, String target, String root, String text) {
    String line() {
      return "  " + doc + " " + orNone(source) + "->" + orNone(target) + " " + root + " | " + text;
    }

    private static String orNone(String s) {
      return s == null ? "None" : s;
    }
  }

  /** The last line: {@code events: P=0.123 R=0.456 F1=0.789}. */
  public String summaryLine() {
    return "events: P=" + Py.f3(precision) + " R=" + Py.f3(recall) + " F1=" + Py.f3(f1);
  }

  /** Exactly what {@code score.py} writes to standard output, line ends ({@code \n}) included. */
  public String render() {
    StringBuilder b = new StringBuilder();
    line(b, "gold events " + goldCount + " (" + goldActualCount + " actual), system events "
        + systemCount + ", matched " + matched);
    line(b, "recall on actual gold events: " + Py.f3(actualRecall));
    if (matched > 0) {
      line(b, "status agreement on matches: " + statusAgree + "/" + matched);
    }
    if (datedMatches > 0) {
      line(b, "date agreement on dated matches: " + dateAgree + "/" + datedMatches);
    }
    if (goldHasBackground) {
      line(b, "background agreement on matches: " + backgroundAgree + "/" + matched);
    }
    line(b, "document-level dyad+root: P=" + Py.f3(docPrecision) + " R=" + Py.f3(docRecall)
        + " F1=" + Py.f3(docF1));
    if (options.byRoot()) {
      for (RootCount r : byRoot) {
        line(b, String.format(Locale.ROOT, "  root %s: gold %3d system %3d matched %3d",
            r.root(), r.gold(), r.system(), r.matched()));
      }
    }
    if (options.misses() != 0) {
      line(b, "missed (gold not found):");
      missed.forEach(m -> line(b, m.line()));
      line(b, "extra (system, not in gold):");
      extra.forEach(m -> line(b, m.line()));
    }
    line(b, summaryLine());
    return b.toString();
  }

  private static void line(StringBuilder b, String s) {
    b.append(s).append('\n');
  }
}
