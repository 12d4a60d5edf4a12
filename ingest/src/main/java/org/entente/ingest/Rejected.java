package org.entente.ingest;

/** A file or line that cannot become a document; turned into an {@code IngestProblem}. */
final class Rejected extends Exception {
  private static final long serialVersionUID = 1L;

  /** Where, more precisely than the file ("file:LINE"), or null for the whole file. */
  final String origin;

  Rejected(String reason) {
    this(null, reason);
  }

  Rejected(String origin, String reason) {
    super(reason, null, false, false);
    this.origin = origin;
  }

  String reason() {
    return getMessage();
  }
}
