package org.entente.analysis.eval;

import java.io.IOException;

/**
 * A scorer input that {@code score.py} rejects or fails on: a line that is not JSON, not a JSON
 * object, not UTF-8, or a field of a type the scorer cannot use. The message starts with
 * {@code file:line:}, as {@code score.py}'s does.
 */
public final class ScoreInputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public ScoreInputException(String file, int line, String problem, Throwable cause) {
    super(file + ":" + line + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** The file as it was named to the scorer. */
  public String file() {
    return file;
  }

  /** 1-based line number. */
  public int line() {
    return line;
  }
}
