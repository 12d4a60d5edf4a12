package org.entente.coding.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks cameo.tsv against peers' tables in the shared folder (read in place, never copied).
 * Skips when the shared folder is absent, e.g. in a bare checkout.
 */
class CodebookExternalSourcesTest {

  /**
   * Codes we carry that the ICEWS table lacks. 1214 (reject intelligence cooperation) is listed by
   * the PLOVER conversion table and the text_to_CAMEO code file and is emitted by PETRARCH verb
   * patterns; its Goldstein value is taken from its parent 121 and sibling 1213 (-4).
   */
  private static final Set<String> NOT_IN_ICEWS = Set.of("1214");

  /**
   * Where we deliberately differ from the PLOVER conversion's mode column. 175 lists
   * "pro_autocracy", which is a PLOVER context value (used so for 137, 1322-1324, 1722-1724)
   * that slipped into the mode column, so we leave the mode empty.
   */
  private static final Map<String, String> MODE_DEVIATIONS = Map.of("175", "");

  private static final Codebook CODEBOOK = Codebook.loadDefault();

  private static Path external(String relative) {
    String shared = System.getProperty("entente.shared");
    assumeTrue(shared != null, "system property entente.shared is not set");
    Path p = Path.of(shared, "external").resolve(relative);
    assumeTrue(Files.isDirectory(p.getParent()), "shared folder not present: " + p.getParent());
    assumeTrue(Files.isRegularFile(p), "missing " + p);
    return p;
  }

  // ---- ICEWS Goldstein values ------------------------------------------------------------

  @Test
  void goldsteinMatchesIcewsTable() throws IOException {
    Map<String, Double> icews =
        readIcewsGoldstein(external("andybega__icews/data-raw/cameo-codes.csv"));
    assertTrue(icews.size() >= 300, "parsed only " + icews.size() + " ICEWS codes");

    List<String> problems = new ArrayList<>();
    icews.forEach(
        (code, g) -> {
          var ours = CODEBOOK.lookup(code);
          if (ours.isEmpty()) {
            problems.add(code + ": missing from cameo.tsv");
          } else if (Math.abs(ours.get().goldstein() - g) > 1e-9) {
            problems.add(code + ": ours " + ours.get().goldstein() + ", ICEWS " + g);
          }
        });
    assertEquals(List.of(), problems, "Goldstein disagreements with ICEWS");

    Set<String> extra = new TreeSet<>();
    CODEBOOK.all().forEach(c -> {
      if (!icews.containsKey(c.code())) {
        extra.add(c.code());
      }
    });
    assertEquals(NOT_IN_ICEWS, extra, "codes in cameo.tsv that the ICEWS table lacks");
    assertEquals(-4.0, CODEBOOK.require("1214").goldstein(), 1e-9);
    assertEquals(icews.get("121"), CODEBOOK.require("1214").goldstein(), 1e-9);
  }

  /** code -> Goldstein, from a quoted CSV whose free-text columns are Latin-1 and may hold newlines. */
  private static Map<String, Double> readIcewsGoldstein(Path csv) throws IOException {
    List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.ISO_8859_1));
    List<String> header = rows.get(0);
    int codeCol = header.indexOf("code");
    int goldCol = header.indexOf("goldstein");
    assertTrue(codeCol >= 0 && goldCol >= 0, "unexpected header " + header);
    Map<String, Double> out = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue; // trailing newline
      }
      assertEquals(header.size(), row.size(), "ragged CSV row " + row);
      Double previous = out.put(row.get(codeCol), Double.parseDouble(row.get(goldCol)));
      assertEquals(null, previous, "code listed twice in ICEWS table: " + row.get(codeCol));
    }
    return out;
  }

  /** RFC 4180 CSV: quoted fields may contain commas, newlines and doubled quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  @Test
  void csvParserHandlesQuotesCommasAndNewlines() {
    List<List<String>> rows = parseCsv("a,\"b,c\",\"say \"\"hi\"\"\nthere\"\r\n1,2,3\n");
    assertEquals(List.of(List.of("a", "b,c", "say \"hi\"\nthere"), List.of("1", "2", "3")), rows);
  }

  // ---- PLOVER conversion -----------------------------------------------------------------

  private static final Pattern PLOVER_LINE = Pattern.compile("^(\\d{2,4}):\\s*([^#]*)");

  private record PloverEntry(String type, String mode) {}

  /** code -> entries; a code may appear more than once (08 heads both CONCEDE and RETREAT). */
  private static Map<String, Set<PloverEntry>> readPlover(Path file) throws IOException {
    Map<String, Set<PloverEntry>> out = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = PLOVER_LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      String[] f = m.group(2).split(",", -1);
      String type = f[0].strip();
      String mode = f.length > 1 ? f[1].strip() : "";
      out.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(new PloverEntry(type, mode));
    }
    return out;
  }

  @Test
  void ploverTypeMatchesConversionTable() throws IOException {
    Map<String, Set<PloverEntry>> plover =
        readPlover(external("openeventdata__PLOVER/CAMEO2PLOVER-2021.txt"));
    assertTrue(plover.size() >= 250, "parsed only " + plover.size() + " PLOVER lines");

    List<String> problems = new ArrayList<>();
    Set<String> ambiguous = new TreeSet<>();
    plover.forEach(
        (code, entries) -> {
          var ours = CODEBOOK.lookup(code);
          if (ours.isEmpty()) {
            problems.add(code + ": missing from cameo.tsv");
            return;
          }
          Set<String> types = new TreeSet<>();
          entries.forEach(e -> types.add(e.type()));
          if (types.size() > 1) {
            ambiguous.add(code);
          }
          if (!types.contains(ours.get().plover())) {
            problems.add(code + ": ours " + ours.get().plover() + ", PLOVER " + types);
          }
        });
    assertEquals(List.of(), problems, "PLOVER type disagreements");
    // The table's "08: CONCEDE" and "08: RETREAT" are section headings for the split of YIELD;
    // root 08 itself is CONCEDE like 080. Any new ambiguity should be looked at, so pin the set.
    assertEquals(Set.of("08"), ambiguous);
    assertEquals("CONCEDE", CODEBOOK.require("08").plover());
  }

  @Test
  void ploverModeMatchesConversionTable() throws IOException {
    Map<String, Set<PloverEntry>> plover =
        readPlover(external("openeventdata__PLOVER/CAMEO2PLOVER-2021.txt"));
    List<String> problems = new ArrayList<>();
    plover.forEach(
        (code, entries) -> {
          Set<String> modes = new TreeSet<>();
          entries.forEach(e -> modes.add(e.mode()));
          String ours = CODEBOOK.require(code).ploverMode();
          String expected =
              MODE_DEVIATIONS.containsKey(code) ? MODE_DEVIATIONS.get(code) : single(modes);
          if (!ours.equals(expected)) {
            problems.add(code + ": ours '" + ours + "', expected '" + expected + "' " + modes);
          }
        });
    assertEquals(List.of(), problems, "PLOVER mode disagreements");
  }

  private static String single(Set<String> modes) {
    assertEquals(1, modes.size(), "conflicting modes " + modes);
    return modes.iterator().next();
  }

  @Test
  void onlyDroppedRootsAreMissingFromPlover() throws IOException {
    Map<String, Set<PloverEntry>> plover =
        readPlover(external("openeventdata__PLOVER/CAMEO2PLOVER-2021.txt"));
    Set<String> notInPlover = new TreeSet<>();
    CODEBOOK.all().forEach(c -> {
      if (!plover.containsKey(c.code())) {
        notInPlover.add(c.code());
      }
    });
    for (String code : notInPlover) {
      assertTrue(
          code.startsWith("01") || code.startsWith("02"),
          code + " is neither in the PLOVER table nor under a dropped root");
    }
    assertTrue(notInPlover.contains("01") && notInPlover.contains("02"));
  }
}
