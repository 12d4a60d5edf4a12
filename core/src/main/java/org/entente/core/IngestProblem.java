package org.entente.core;

/**
 * Why one input could not be read; reported on one line and the run goes on.
 *
 * @param origin the file (and line) concerned
 * @param reason what is wrong with it, in words a user understands
 */
public record IngestProblem(String origin, String reason) {
  @Override public String toString() { return origin + ": " + reason; }
}
