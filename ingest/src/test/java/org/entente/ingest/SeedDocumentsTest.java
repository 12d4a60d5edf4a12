package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.core.Document;
import org.junit.jupiter.api.Test;

/**
 * Document facts of the seed articles (read from the shared folder at test time) against their gold: title,
 * publication date, author, outlet, and where the body starts and ends. Every field found must say where it
 * came from.
 */
class SeedDocumentsTest {
  static String fold(String s) {
    return s == null ? "" : s.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Same value, or (for outlets, which gold may spell with a distributor) one inside the other. */
  static boolean agrees(String gold, String system, boolean loose) {
    if (gold == null || system == null) return gold == null && system == null;
    String g = fold(gold);
    String s = fold(system).replaceFirst("^the ", "");
    return loose ? g.contains(s) || s.contains(g.replaceFirst("^the ", "")) : g.equals(fold(system));
  }

  @Test void seedFactsAgreeWithTheGold() throws IOException {
    String shared = System.getProperty("entente.shared");
    assumeTrue(shared != null, "entente.shared not set");
    Path root = Path.of(shared);
    Path docs = root.resolve("eval/seeds-docs.jsonl");
    assumeTrue(Files.isRegularFile(docs) && Files.isDirectory(root.resolve("seeds")), "no seeds under " + root);

    DocumentReader reader = new DocumentReader();
    ObjectMapper json = new ObjectMapper();
    int total = 0;
    int[] right = new int[6]; // title, published, author, outlet, body start, body end
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode gold = json.readTree(line);
      String name = gold.path("doc").asText();
      Path file = root.resolve("seeds").resolve(name);
      if (!Files.isRegularFile(file)) continue;
      total++;
      ReadResult r = reader.readFile(file);
      assertEquals(1, r.documents().size(), () -> name + ": " + r.problems());
      Document d = r.documents().get(0);
      String[][] fields = {
          {"title", gold.path("title").asText(null), d.title()},
          {"published", gold.path("published").asText(null), d.publishedIso()},
          {"author", gold.path("author").asText(null), d.author()},
          {"outlet", gold.path("outlet").asText(null), d.outlet()}};
      for (int i = 0; i < fields.length; i++) {
        if (agrees(fields[i][1], fields[i][2], i == 3)) {
          right[i]++;
        } else {
          misses.add(name + " " + fields[i][0] + ": gold '" + fields[i][1] + "', found '" + fields[i][2] + "'");
        }
        if (fields[i][2] != null) {
          assertTrue(d.source(fields[i][0]) != null, name + ": " + fields[i][0] + " has no source");
        }
      }
      String body = fold(PastedPage.body(d.text()));
      if (body.startsWith(fold(gold.path("body_first_sentence").asText()))) right[4]++;
      else misses.add(name + " body starts '" + body.substring(0, Math.min(80, body.length())) + "'");
      if (body.endsWith(fold(gold.path("body_last_sentence").asText()))) right[5]++;
      else misses.add(name + " body ends '" + body.substring(Math.max(0, body.length() - 80)) + "'");
    }
    assumeTrue(total > 0, "no seed files found");
    System.out.printf("seed documents (%d): title %d, published %d, author %d, outlet %d, body start %d, body end %d%n",
        total, right[0], right[1], right[2], right[3], right[4], right[5]);
    misses.forEach(m -> System.out.println("  miss: " + m));
    // floors at what was measured (5 of 5 for every field when this test was written), one miss allowed for dates
    assertTrue(right[1] >= total - 1, "publication dates: " + right[1] + " of " + total + " " + misses);
    assertEquals(total, right[4], "body starts: " + misses);
    assertEquals(total, right[5], "body ends: " + misses);
    assertTrue(right[0] >= total - 1, "titles: " + misses);
    assertTrue(right[2] >= total - 1 && right[3] >= total - 1, "authors/outlets: " + misses);
  }
}
