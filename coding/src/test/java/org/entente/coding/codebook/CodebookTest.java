package org.entente.coding.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodebookTest {

  private static final String HEADER = "#code\tname\tgoldstein\tquad\tplover\tplover_mode\n";

  /** The quad rule, written out independently of {@link Codebook#quadOfRoot}. */
  private static int expectedQuad(String root) {
    int r = Integer.parseInt(root);
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  private static Codebook parse(String text) {
    return Codebook.load(new StringReader(text), "test.tsv");
  }

  @Test
  void everyRootIsPresent() {
    Codebook cb = Codebook.loadDefault();
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      assertTrue(cb.contains(root), "root " + root + " missing");
      assertTrue(cb.contains(root + "0"), "residual code " + root + "0 missing");
    }
    long roots = cb.all().stream().filter(c -> c.code().length() == 2).count();
    assertEquals(20, roots, "only 01..20 may be roots");
  }

  @Test
  void quadFollowsRoot() {
    List<String> wrong = new ArrayList<>();
    for (CameoCode c : Codebook.loadDefault().all()) {
      if (c.quad() != expectedQuad(c.root())) {
        wrong.add(c.code() + " has quad " + c.quad());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void shippedTableIsCompleteAndHierarchical() {
    Codebook cb = Codebook.loadDefault();
    assertTrue(cb.all().size() >= 300, "expected about 300 codes, got " + cb.all().size());
    Set<String> seen = new HashSet<>();
    String previous = "";
    for (CameoCode c : cb.all()) {
      assertTrue(seen.add(c.code()), "duplicate " + c.code());
      assertTrue(c.code().compareTo(previous) > 0, c.code() + " is out of order after " + previous);
      previous = c.code();
      assertFalse(c.name().isBlank(), c.code() + " has no name");
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code() + " goldstein");
      assertTrue(Codebook.PLOVER_TYPES.contains(c.plover()), c.code() + " plover " + c.plover());
    }
  }

  @Test
  void knownGoldsteinValues() {
    Codebook cb = Codebook.loadDefault();
    assertEquals(0.0, cb.require("010").goldstein());
    assertEquals(1.0, cb.require("040").goldstein());
    assertEquals(8.0, cb.require("057").goldstein());
    assertEquals(-10.0, cb.require("190").goldstein());
    assertEquals(-5.0, cb.require("016").goldstein());
    assertEquals(10.0, cb.require("0874").goldstein());
  }

  @Test
  void ententeExtensionsForDroppedPloverRoots() {
    for (CameoCode c : Codebook.loadDefault().all()) {
      switch (c.root()) {
        case "01" -> assertEquals("STATEMENT", c.plover(), c.code());
        case "02" -> assertEquals("APPEAL", c.plover(), c.code());
        default -> assertFalse(
            c.plover().equals("STATEMENT") || c.plover().equals("APPEAL"),
            c.code() + " outside 01/02 uses an Entente extension type");
      }
    }
  }

  @Test
  void ploverSpotChecks() {
    Codebook cb = Codebook.loadDefault();
    assertEquals("AGREE", cb.require("0312").plover());
    assertEquals("CONSULT", cb.require("042").plover());
    assertEquals("visit", cb.require("042").ploverMode());
    assertEquals("CONCEDE", cb.require("081").plover());
    assertEquals("RETREAT", cb.require("0871").plover());
    assertEquals("ceasefire", cb.require("0871").ploverMode());
    assertEquals("ACCUSE", cb.require("091").plover());
    assertEquals("REQUEST", cb.require("1043").plover());
    assertEquals("COERCE", cb.require("163").plover());
    assertEquals("ASSAULT", cb.require("195").plover());
    assertEquals("", cb.require("190").ploverMode());
  }

  @Test
  void lookupRequireContains() {
    Codebook cb = Codebook.loadDefault();
    CameoCode c = cb.require("0312");
    assertEquals("03", c.root());
    assertEquals(1, c.quad());
    assertEquals(c, cb.lookup("0312").orElseThrow());
    assertTrue(cb.contains("20"));
    assertFalse(cb.contains("21"));
    assertFalse(cb.contains(null));
    assertTrue(cb.lookup("999").isEmpty());
    assertTrue(cb.lookup(null).isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> cb.require("0999"));
    assertTrue(e.getMessage().contains("'0999'"), e.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> cb.all().clear());
  }

  @Test
  void defaultIsCached() {
    assertSame(Codebook.loadDefault(), Codebook.loadDefault());
  }

  @Test
  void quadOfRoot() {
    assertEquals(1, Codebook.quadOfRoot("05"));
    assertEquals(2, Codebook.quadOfRoot("06"));
    assertEquals(3, Codebook.quadOfRoot("13"));
    assertEquals(4, Codebook.quadOfRoot("20"));
    assertEquals(0, Codebook.quadOfRoot("00"));
    assertEquals(0, Codebook.quadOfRoot("21"));
    assertEquals(0, Codebook.quadOfRoot("0"));
  }

  @Test
  void loadsSmallTableWithCommentsBlankLinesAndMissingTrailingMode() {
    Codebook cb =
        parse(
            "# a comment\n"
                + HEADER
                + "\n"
                + "04\tConsult\t1.0\t1\tCONSULT\t\n"
                + "040\tConsult\t1\t1\tCONSULT\n"
                + "041\tPhone call\t1.0\t1\tCONSULT\tphone\r\n");
    assertEquals(3, cb.all().size());
    assertEquals("", cb.require("040").ploverMode());
    assertEquals("phone", cb.require("041").ploverMode());
    assertEquals(List.of("04", "040", "041"), cb.all().stream().map(CameoCode::code).toList());
    assertEquals("test.tsv", cb.sourceName());
  }

  @Test
  void badGoldsteinNamesFileLineAndProblem() {
    String text = HEADER + "04\tConsult\t1.0\t1\tCONSULT\t\n" + "040\tConsult\tx\t1\tCONSULT\t\n";
    Codebook.FormatException e = assertThrows(Codebook.FormatException.class, () -> parse(text));
    assertEquals("test.tsv:3: goldstein 'x' is not a number", e.getMessage());
    assertEquals(3, e.line());
    assertEquals("test.tsv", e.sourceName());
  }

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        arguments("040 Consult 1.0 1 CONSULT", "columns must be separated by tabs"),
        arguments("040\tConsult\t1.0", "expected 6 columns"),
        arguments("40x\tConsult\t1.0\t1\tCONSULT\t", "code '40x' is not 2 to 4 digits"),
        arguments("21\tNew\t1.0\t4\tASSAULT\t", "root '21'"),
        arguments("040\t\t1.0\t1\tCONSULT\t", "name is empty"),
        arguments("040\tConsult\t11\t1\tCONSULT\t", "goldstein 11 is outside -10..10"),
        arguments("040\tConsult\tNaN\t1\tCONSULT\t", "goldstein NaN is outside -10..10"),
        arguments("040\tConsult\t1.0\tone\tCONSULT\t", "quad 'one' is not a whole number"),
        arguments("040\tConsult\t1.0\t2\tCONSULT\t", "quad 2 does not match root 04 (expected 1)"),
        arguments("040\tConsult\t1.0\t1\tTALK\t", "plover type 'TALK' is not one of"),
        arguments("040\tConsult\t1.0\t1\tCONSULT\tBy Phone", "plover_mode 'By Phone'"),
        arguments("04\tAgain\t1.0\t1\tCONSULT\t", "code '04' is already defined on line 2"),
        arguments("0411\tOrphan\t1.0\t1\tCONSULT\t", "code '0411' has no parent code '041'"));
  }

  @ParameterizedTest
  @MethodSource("malformedLines")
  void malformedLinesAreReportedWithFileAndLine(String badLine, String problem) {
    String text = HEADER + "04\tConsult\t1.0\t1\tCONSULT\t\n" + badLine + "\n";
    Codebook.FormatException e = assertThrows(Codebook.FormatException.class, () -> parse(text));
    assertTrue(e.getMessage().startsWith("test.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void emptyFileIsRejected() {
    Codebook.FormatException e =
        assertThrows(Codebook.FormatException.class, () -> parse(HEADER + "\n"));
    assertEquals("test.tsv: no CAMEO codes found", e.getMessage());
  }
}
