package org.entente.coding.codebook;

import java.util.Objects;

/**
 * One CAMEO event code and the values Entente attaches to it.
 *
 * <p>Goldstein value, quad class and PLOVER type live next to the code so that the coder, the
 * store and the analyses read them from one table instead of each keeping its own copy.
 *
 * @param code CAMEO code of 2 to 4 digits, e.g. {@code "01"}, {@code "057"}, {@code "0311"}
 * @param name short English label
 * @param goldstein Goldstein scale value in -10..10
 * @param quad quad class 1..4, fixed by the root (see {@link Codebook#quadOfRoot(String)})
 * @param plover PLOVER event type, or an Entente extension ({@code STATEMENT}, {@code APPEAL})
 * @param ploverMode PLOVER mode, empty (never null) when the conversion gives none
 */
public record CameoCode(
    String code, String name, double goldstein, int quad, String plover, String ploverMode) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plover, "plover");
    ploverMode = ploverMode == null ? "" : ploverMode;
    if (!code.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
    }
  }

  /** The two-digit root ("cue category"), which decides quad class and most aggregations. */
  public String root() {
    return code.substring(0, 2);
  }
}
