package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Document facts, duplicate links and the docs command, as a user runs them; the articles are written here. */
class DocumentFactsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String BODY = """
      Chile and Peru signed an agreement on fishing rights in Lima on Tuesday, ending a dispute over their maritime \
      border that had lasted more than a decade, officials from both governments said.

      The accord sets up a joint commission that will meet every six months and report to both foreign ministries \
      on catches, patrols and any incidents at sea along the agreed line.

      Chilean Foreign Minister Alberto van Klaveren said the agreement showed that neighbours could settle old \
      quarrels by talking, and his Peruvian counterpart called it a model for the region.
      """;

  static final String ORIGINAL = "---\ntitle: Chile and Peru sign fishing accord\npublished: 2023-05-16\n"
      + "outlet: Andes Wire\n---\n\n" + BODY;

  /** The same story reposted by another site: its own headline, byline and dateline, typographic quotes. */
  static final String REPOST = "Subscribe to our weekly briefing\n\nNeighbours Settle a Long Quarrel Over Fish\n\n"
      + "By Ana Example\n\nHarbour Weekly, May 17, 2023\n\n" + BODY.replace("'", "’") + "\nSource: Andes Wire\n";

  @Test
  void aRepostIsLinkedToItsOriginalAndNotCountedTwice(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a-original.txt"), ORIGINAL);
    Files.writeString(corpus.resolve("b-repost.txt"), REPOST);
    Path docs = dir.resolve("docs.jsonl");
    Path events = dir.resolve("events.jsonl");
    CliRunner.Run run = CliRunner.run("code", corpus.toString(), "--out", events.toString(), "--docs", docs.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("1 duplicate linked"), run.err());
    List<JsonNode> lines = Files.readAllLines(docs).stream().map(DocumentFactsCliTest::json).toList();
    assertEquals(2, lines.size());
    JsonNode repost = lines.get(1);
    assertEquals("b-repost.txt", repost.get("doc").asText());
    assertEquals("a-original.txt", repost.get("duplicate_of").asText());
    assertEquals("Neighbours Settle a Long Quarrel Over Fish", repost.get("title").asText());
    assertEquals("2023-05-17", repost.get("published").asText());
    assertEquals("Ana Example", repost.get("author").asText());
    assertEquals("Harbour Weekly", repost.get("outlet").asText());
    assertTrue(repost.get("sources").get("published").asText().startsWith("dateline 'Harbour Weekly, May 17, 2023'"));
    assertTrue(repost.get("body").asText().startsWith("Chile and Peru signed"), repost.get("body").asText());
    JsonNode original = lines.get(0);
    assertTrue(original.get("duplicate_of").isNull());
    assertEquals("front matter title", original.get("sources").get("title").asText());
    List<String> coded = Files.readAllLines(events);
    assertFalse(coded.isEmpty());
    assertTrue(coded.stream().noneMatch(l -> l.contains("b-repost.txt")), "nothing is coded from the copy");
  }

  @Test
  void theStoreKeepsTheLinkAcrossRunsAndDocsListsIt(@TempDir Path dir) throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    Files.writeString(first.resolve("a-original.txt"), ORIGINAL);
    Files.writeString(second.resolve("b-repost.txt"), REPOST);
    Path db = dir.resolve("store.duckdb");
    assertEquals(0, CliRunner.run("ingest", first.toString(), "--db", db.toString()).exitCode());
    CliRunner.Run again = CliRunner.run("ingest", second.toString(), "--db", db.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.err().contains("1 duplicate linked"), again.err());
    // re-reading the original is not a copy of itself
    CliRunner.Run forced = CliRunner.run("ingest", first.toString(), "--db", db.toString(), "--force");
    assertFalse(forced.err().contains("duplicate"), forced.err());

    CliRunner.Run table = CliRunner.run("docs", "--db", db.toString());
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("Harbour Weekly") && table.out().contains("a-original.txt"), table.out());
    CliRunner.Run dups = CliRunner.run("docs", "--db", db.toString(), "--duplicates", "--format", "jsonl");
    List<JsonNode> rows = dups.out().lines().map(DocumentFactsCliTest::json).toList();
    assertEquals(1, rows.size(), dups.out());
    assertEquals("a-original.txt", rows.get(0).get("duplicate_of").asText());
    assertEquals(0, rows.get(0).get("events").asInt());
    CliRunner.Run csv = CliRunner.run("docs", "--db", db.toString(), "--format", "csv");
    assertTrue(csv.out().startsWith("doc,title,published,author,outlet"), csv.out());
    assertEquals(3, csv.out().lines().count(), csv.out());
  }

  @Test
  void aFeedIsReadFromAWebAddress(@TempDir Path dir) throws Exception {
    String item = BODY.strip().replace("\n\n", "</p><p>");
    String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Andes Wire</title>"
        + "<link>http://example.org/</link><description>News</description><item><title>Chile and Peru sign fishing accord"
        + "</title><link>http://example.org/fish</link><guid>andes-fish-1</guid><pubDate>Tue, 16 May 2023 18:00:00 GMT"
        + "</pubDate><description><![CDATA[<p>" + item + "</p>]]></description></item></channel></rss>";
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.rss", exchange -> {
      byte[] body = feed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
      Path docs = dir.resolve("docs.jsonl");
      Path events = dir.resolve("events.jsonl");
      CliRunner.Run run = CliRunner.run("code", url, "--out", events.toString(), "--docs", docs.toString());
      assertEquals(0, run.exitCode(), run.err());
      JsonNode doc = json(Files.readAllLines(docs).get(0));
      assertEquals("andes-fish-1", doc.get("doc").asText());
      assertEquals("Andes Wire", doc.get("outlet").asText());
      assertEquals("2023-05-16", doc.get("published").asText());
      assertTrue(doc.get("sources").get("outlet").asText().contains("channel title"), doc.toString());
      assertTrue(Files.readString(events).contains("\"source\":\"CHL"), Files.readString(events));
      // an address that answers 404 is one problem, and the run says some inputs failed
      CliRunner.Run missing = CliRunner.run("code", url.replace("feed.rss", "none.rss"), "--out", events.toString());
      assertEquals(Main.SOME_INPUTS_FAILED, missing.exitCode(), missing.err());
      assertTrue(missing.err().contains("404"), missing.err());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void commandsWithoutAStoreSaySo(@TempDir Path dir) {
    for (String cmd : List.of("docs", "quotes", "figures")) {
      CliRunner.Run run = CliRunner.run(cmd, "--db", dir.resolve("none.duckdb").toString());
      assertEquals(1, run.exitCode(), cmd);
      assertTrue(run.err().contains("no store at"), run.err());
    }
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
