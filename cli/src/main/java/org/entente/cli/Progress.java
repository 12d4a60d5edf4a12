package org.entente.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error. On a terminal it redraws one line; in a log (CI, a pipe) it prints a line
 * at every quarter so the log stays short.
 */
final class Progress {
  private final PrintStream err;
  private final String what;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long done;
  private int lastQuarter = -1;
  private long lastDraw;

  Progress(String what, long total) {
    this(System.err, what, total, System.console() != null);
  }

  Progress(PrintStream err, String what, long total, boolean terminal) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
  }

  synchronized void step(String detail) {
    done++;
    long now = System.nanoTime();
    if (terminal) {
      if (now - lastDraw < 100_000_000L && done < total) return;
      lastDraw = now;
      err.print("\r" + line(detail) + "\u001b[K");
      if (done >= total) err.println();
    } else {
      int quarter = total <= 0 ? 0 : (int) (4 * done / total);
      if (quarter != lastQuarter && (quarter > lastQuarter)) {
        lastQuarter = quarter;
        err.println(line(detail));
      }
    }
    err.flush();
  }

  private String line(String detail) {
    double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    int width = 30;
    int filled = total <= 0 ? width : (int) (width * done / total);
    String bar = "#".repeat(filled) + " ".repeat(Math.max(0, width - filled));
    String d = detail == null ? "" : "  " + (detail.length() > 40 ? detail.substring(0, 37) + "..." : detail);
    return String.format(Locale.ROOT, "%s [%s] %d/%d  %.1f/s%s", what, bar, done, total, done / secs, d);
  }
}
