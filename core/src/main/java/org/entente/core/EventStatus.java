package org.entente.core;

/** Whether an event happened as reported. */
public enum EventStatus {
  /** It happened (or is happening). */
  ACTUAL,
  /** The text says it did not happen. */
  NEGATED,
  /** Planned, expected, conditional, demanded, considered or possible, but not (yet) done. */
  HYPOTHETICAL;

  public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

  public static EventStatus parse(String s) {
    return s == null ? ACTUAL : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
