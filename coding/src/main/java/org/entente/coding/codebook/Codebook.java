package org.entente.coding.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CAMEO codebook: every event code Entente may emit, with its Goldstein value, quad class
 * and PLOVER type.
 *
 * <p>The table is data ({@code entente/coding/cameo.tsv}) rather than code so that users can
 * add codes without recompiling, and so that tests can check it against other projects' tables.
 * Because it is hand-edited, the loader is strict and names the file and line of any mistake.
 */
public final class Codebook {

  /** Class-path location of the table shipped with Entente. */
  public static final String DEFAULT_RESOURCE = "/entente/coding/cameo.tsv";

  /**
   * PLOVER draft 0.8 event types, plus STATEMENT and APPEAL: PLOVER drops CAMEO roots 01 and 02,
   * but Entente still codes them, so they need a type of their own.
   */
  public static final Set<String> PLOVER_TYPES =
      Set.of(
          "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
          "STATEMENT", "APPEAL");

  private static final int COLUMNS = 6;

  private final String sourceName;
  private final Map<String, CameoCode> byCode;
  private final List<CameoCode> all;

  private Codebook(String sourceName, Map<String, CameoCode> byCode) {
    this.sourceName = sourceName;
    this.byCode = byCode;
    this.all = List.copyOf(byCode.values());
  }

  /** The shipped codebook; parsed once because every coder and store needs the same instance. */
  public static Codebook loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final Codebook INSTANCE = readDefault();

    private static Codebook readDefault() {
      InputStream in = Codebook.class.getResourceAsStream(DEFAULT_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("codebook resource " + DEFAULT_RESOURCE + " is missing");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return load(reader, "cameo.tsv");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /**
   * Reads a codebook in the cameo.tsv format (see docs/codebook.md).
   *
   * @param sourceName used only in error messages, e.g. {@code "cameo.tsv"}
   * @throws FormatException on the first malformed line
   * @throws UncheckedIOException if the reader fails
   */
  public static Codebook load(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Map<String, CameoCode> byCode = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        CameoCode c = parseLine(line, sourceName, lineNo);
        Integer previous = lineOf.putIfAbsent(c.code(), lineNo);
        if (previous != null) {
          throw new FormatException(
              sourceName, lineNo, "code '" + c.code() + "' is already defined on line " + previous);
        }
        byCode.put(c.code(), c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + " after line " + lineNo, e);
    }
    if (byCode.isEmpty()) {
      throw new FormatException(sourceName, 0, "no CAMEO codes found");
    }
    // Parents are checked after reading so that rows need not be in any particular order.
    for (CameoCode c : byCode.values()) {
      String parent = c.code().length() == 2 ? null : c.code().substring(0, c.code().length() - 1);
      if (parent != null && !byCode.containsKey(parent)) {
        throw new FormatException(
            sourceName,
            lineOf.get(c.code()),
            "code '" + c.code() + "' has no parent code '" + parent + "' in the file");
      }
    }
    return new Codebook(sourceName, byCode);
  }

  private static CameoCode parseLine(String line, String source, int lineNo) {
    String[] f = line.split("\t", -1);
    // plover_mode is often empty, and editors like to strip the trailing tab, so accept 5 columns.
    if (f.length != COLUMNS && f.length != COLUMNS - 1) {
      String hint = f.length == 1 ? " (columns must be separated by tabs)" : "";
      throw new FormatException(
          source,
          lineNo,
          "expected 6 columns (code, name, goldstein, quad, plover, plover_mode), found "
              + f.length
              + hint);
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    String code = f[0];
    if (!code.matches("[0-9]{2,4}")) {
      throw new FormatException(source, lineNo, "code '" + code + "' is not 2 to 4 digits");
    }
    int expectedQuad = quadOfRoot(code.substring(0, 2));
    if (expectedQuad == 0) {
      throw new FormatException(
          source, lineNo, "code '" + code + "' has root '" + code.substring(0, 2)
              + "', but CAMEO roots run from 01 to 20");
    }
    String name = f[1];
    if (name.isEmpty()) {
      throw new FormatException(source, lineNo, "name is empty");
    }
    double goldstein;
    try {
      goldstein = Double.parseDouble(f[2]);
    } catch (NumberFormatException e) {
      throw new FormatException(source, lineNo, "goldstein '" + f[2] + "' is not a number");
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new FormatException(source, lineNo, "goldstein " + f[2] + " is outside -10..10");
    }
    int quad;
    try {
      quad = Integer.parseInt(f[3]);
    } catch (NumberFormatException e) {
      throw new FormatException(source, lineNo, "quad '" + f[3] + "' is not a whole number");
    }
    if (quad != expectedQuad) {
      throw new FormatException(
          source, lineNo, "quad " + quad + " does not match root " + code.substring(0, 2)
              + " (expected " + expectedQuad + ")");
    }
    String plover = f[4];
    if (!PLOVER_TYPES.contains(plover)) {
      throw new FormatException(
          source, lineNo,
          "plover type '" + plover + "' is not one of " + new TreeSet<>(PLOVER_TYPES));
    }
    String mode = f.length == COLUMNS ? f[5] : "";
    if (!mode.matches("([a-z][a-z_-]*)?")) {
      throw new FormatException(
          source, lineNo, "plover_mode '" + mode + "' must be lower case letters, '-' or '_'");
    }
    return new CameoCode(code, name, goldstein, quad, plover, mode);
  }

  /**
   * Quad class of a CAMEO root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
   * 3 verbal conflict (09-13), 4 material conflict (14-20); 0 if {@code root} is not a root.
   */
  public static int quadOfRoot(String root) {
    if (root == null || !root.matches("[0-9]{2}")) {
      return 0;
    }
    int r = Integer.parseInt(root);
    if (r >= 1 && r <= 5) {
      return 1;
    } else if (r >= 6 && r <= 8) {
      return 2;
    } else if (r >= 9 && r <= 13) {
      return 3;
    } else if (r >= 14 && r <= 20) {
      return 4;
    }
    return 0;
  }

  /** The code, or empty if this codebook does not define it (including for null). */
  public Optional<CameoCode> lookup(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /** The code; for callers where an unknown code means a bug or a bad dictionary entry. */
  public CameoCode require(String code) {
    CameoCode c = code == null ? null : byCode.get(code);
    if (c == null) {
      throw new IllegalArgumentException(
          "unknown CAMEO code '" + code + "' (not in " + sourceName + ")");
    }
    return c;
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  /** All codes in file order (roots before their children in the shipped table); unmodifiable. */
  public Collection<CameoCode> all() {
    return all;
  }

  /** Name given to {@link #load}; shown in error messages. */
  public String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "Codebook[" + sourceName + ", " + all.size() + " codes]";
  }

  /**
   * A malformed codebook line. The message starts with {@code file:line:} so that editors and
   * terminals can jump to it; line is 0 when the problem is the file as a whole.
   */
  public static final class FormatException extends IllegalArgumentException {
    private final String sourceName;
    private final int line;

    FormatException(String sourceName, int line, String problem) {
      super(sourceName + ":" + (line > 0 ? line + ":" : "") + " " + problem);
      this.sourceName = sourceName;
      this.line = line;
    }

    public String sourceName() {
      return sourceName;
    }

    public int line() {
      return line;
    }
  }
}
