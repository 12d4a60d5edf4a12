package org.entente.store;

/**
 * Events from one state to another.
 *
 * @param source        the first three letters of the source actor code (its state, e.g. {@code RUS})
 * @param target        the first three letters of the target actor code
 * @param events        how many events
 * @param meanGoldstein mean Goldstein score of those events
 */
public record DyadCount(String source, String target, long events, double meanGoldstein) {
  @Override public String toString() {
    return source + "->" + target + " " + events + " (mean Goldstein " + String.format(java.util.Locale.ROOT, "%.2f", meanGoldstein) + ")";
  }
}
