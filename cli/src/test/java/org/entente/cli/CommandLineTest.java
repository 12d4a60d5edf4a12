package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The commands as a user runs them: help, exit codes, bad input, the store round trip. */
class CommandLineTest {
  private static final String ARTICLE = """
      ---
      title: Envoys of Chile and Peru meet in Lima
      published: 2023-05-12
      ---

      Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart in Lima on Thursday.
      Chile and Peru signed an agreement on border crossings.
      """;

  @Test
  void everyCommandHasHelp() {
    for (List<String> cmd : List.<List<String>>of(List.of(), List.of("demo"), List.of("code"), List.of("ingest"), List.of("events"),
        List.of("eval"), List.of("bench"), List.of("explain"), List.of("actors"), List.of("actors", "lookup"),
        List.of("actors", "import-petrarch"), List.of("docs"), List.of("quotes"), List.of("figures"))) {
      List<String> withHelp = new java.util.ArrayList<>(cmd);
      withHelp.add("--help");
      String[] args = withHelp.toArray(String[]::new);
      CliRunner.Run run = CliRunner.run(args);
      assertEquals(0, run.exitCode(), String.join(" ", cmd));
      assertTrue(run.out().contains("Usage:"), run.out());
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRunner.Run run = CliRunner.run("code", "--no-such-option", "x");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no-such-option"), run.err());
  }

  @Test
  void badInputsGetOneLineEachAndTheRestIsCoded(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks in Lima".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"a\", \"text\": \n");
    Path out = dir.resolve("events.jsonl");
    CliRunner.Run run = CliRunner.run("code", dir.toString(), "--out", out.toString());
    assertEquals(Main.SOME_INPUTS_FAILED, run.exitCode(), run.err());
    for (String bad : List.of("empty.txt", "binary.txt", "latin1.txt", "broken.jsonl")) {
      long lines = run.err().lines().filter(l -> l.startsWith("entente: ") && l.contains(bad)).count();
      assertEquals(1, lines, bad + " in:\n" + run.err());
    }
    List<String> events = Files.readAllLines(out);
    assertTrue(events.stream().anyMatch(l -> l.contains("\"doc\":\"good.txt\"") && l.contains("\"cameo\":\"04")),
        String.join("\n", events));
    assertTrue(events.stream().anyMatch(l -> l.contains("\"source\":\"PER") && l.contains("\"root\":\"05\"")),
        String.join("\n", events));
  }

  @Test
  void ingestStoresOnceAndEventsExports(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), ARTICLE);
    Path db = dir.resolve("store.duckdb");
    CliRunner.Run first = CliRunner.run("ingest", corpus.toString(), "--db", db.toString());
    assertEquals(0, first.exitCode(), first.err());
    CliRunner.Run again = CliRunner.run("ingest", corpus.toString(), "--db", db.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.err().contains("1 unchanged documents skipped"), again.err());

    CliRunner.Run table = CliRunner.run("events", "--db", db.toString(), "--source", "CHL");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("CHL") && table.out().contains("a.txt"), table.out());

    Path parquet = dir.resolve("events.parquet");
    CliRunner.Run export = CliRunner.run("events", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertTrue(Files.size(parquet) > 0);
  }

  @Test
  void demoCodesTheSampleCorpusAndReports(@TempDir Path dir) {
    Path db = dir.resolve("demo.duckdb");
    CliRunner.Run run = CliRunner.run("demo", "--db", db.toString(), "--samples", CliRunner.root().resolve("samples").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Articles read: 15 (1 repost linked to an original, not coded)"), run.out());
    assertTrue(run.out().contains("Events by quad class:"), run.out());
    assertTrue(run.out().contains("Top dyads"), run.out());
    assertEquals(5, run.out().lines().filter(l -> l.strip().startsWith("\"")).count(), run.out());
  }

  @Test
  void actorsLookupExplainsAResolution() {
    CliRunner.Run run = CliRunner.run("actors", "lookup", "Wang Yi", "--date", "2022-02-04", "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"code\":\"CHNGOV\"") && run.out().contains("\"role\":\"Foreign Minister\""), run.out());
  }

  @Test
  void theCameoConventionAndDomesticEventsAreOptionsOfTheCoder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), """
        ---
        title: Offers and arrests
        published: 2019-03-06
        ---

        Chile has offered to hand over two suspects to Peru.
        Sudanese police arrested opposition leaders in Khartoum on Monday.
        """);
    Path plain = dir.resolve("plain.jsonl"), cameo = dir.resolve("cameo.jsonl");
    assertEquals(0, CliRunner.run("code", dir.resolve("a.txt").toString(), "--out", plain.toString()).exitCode());
    CliRunner.Run run = CliRunner.run("code", dir.resolve("a.txt").toString(), "--out", cameo.toString(),
        "--convention", "cameo", "--domestic");
    assertEquals(0, run.exitCode(), run.err());
    String byDefault = Files.readString(plain), theCameoWay = Files.readString(cameo);
    assertTrue(byDefault.contains("\"cameo\":\"063\"") && byDefault.contains("\"status\":\"hypothetical\""), byDefault);
    assertFalse(byDefault.contains("SDNOPP"), byDefault);
    assertTrue(theCameoWay.contains("\"cameo\":\"0313\"") && theCameoWay.contains("+cameo:announced"), theCameoWay);
    assertTrue(theCameoWay.contains("\"target\":\"SDNOPP\""), theCameoWay);
    CliRunner.Run bad = CliRunner.run("code", dir.resolve("a.txt").toString(), "--out", cameo.toString(),
        "--convention", "icews");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("entente, cameo"), bad.err());
  }
}
