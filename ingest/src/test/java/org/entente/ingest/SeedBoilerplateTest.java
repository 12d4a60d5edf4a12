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
import org.entente.core.Document;
import org.junit.jupiter.api.Test;

/**
 * On the project's seed articles (read from the shared folder at test time, never copied here), the text kept
 * after boilerplate removal starts and ends where the evaluation's annotations say the body does.
 */
class SeedBoilerplateTest {
  /** How far into the text after the title and byline lines the body's first sentence may start. */
  static final int FIRST_WITHIN = 400;
  /** How far from the end the body's last sentence may start (or its own length, when longer). */
  static final int LAST_WITHIN = 300;

  static String fold(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test void seedBodiesStartAndEndWhereAnnotated() throws IOException {
    String shared = System.getProperty("entente.shared");
    assumeTrue(shared != null, "entente.shared not set");
    Path root = Path.of(shared);
    Path docs = root.resolve("eval/seeds-docs.jsonl");
    assumeTrue(Files.isRegularFile(docs) && Files.isDirectory(root.resolve("seeds")), "no seeds under " + root);

    DocumentReader reader = new DocumentReader();
    ObjectMapper json = new ObjectMapper();
    int total = 0;
    int good = 0;
    List<String> report = new ArrayList<>();
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
      String first = fold(gold.path("body_first_sentence").asText());
      String last = fold(gold.path("body_last_sentence").asText());
      String firstWhy = firstProblem(d.text(), gold.path("title").asText(null), first);
      String lastWhy = lastProblem(d.text(), last);
      if (firstWhy == null && lastWhy == null) {
        good++;
        report.add(name + ": ok");
      } else {
        report.add(name + ": " + (firstWhy == null ? "" : "start " + firstWhy + " ") + (lastWhy == null ? "" : "end " + lastWhy));
      }
    }
    assumeTrue(total > 0, "no seed files found");
    System.out.println("seed body boundaries: " + good + " of " + total + " " + report);
    assertTrue(good >= total - 1 && good >= Math.min(4, total), good + " of " + total + ": " + report);
  }

  /** Null when the first body sentence opens the text after the title and byline lines. */
  static String firstProblem(String text, String title, String first) {
    String[] lines = text.split("\n", -1);
    int start = 0;
    if (title != null) {
      String t = fold(title);
      for (int i = 0; i < Math.min(lines.length, 15); i++) {
        if (!fold(lines[i]).isEmpty() && fold(lines[i]).contains(t)) {
          start = i + 1;
          break;
        }
      }
    }
    StringBuilder rest = new StringBuilder();
    boolean head = true;
    for (int i = start; i < lines.length; i++) {
      String l = lines[i].strip();
      if (head && (l.isEmpty() || l.matches("(?i)by\\s+\\S.{0,80}"))) continue;
      head = false;
      rest.append(lines[i]).append('\n');
    }
    String f = fold(rest.toString());
    int at = f.indexOf(first);
    if (at < 0) return "not found";
    return at <= FIRST_WITHIN ? null : "at " + at + " (text before: '" + f.substring(0, Math.min(at, 120)) + "...')";
  }

  /** Null when the last body sentence closes the text, with nothing after it but blank lines. */
  static String lastProblem(String text, String last) {
    String f = fold(text);
    int at = f.lastIndexOf(last);
    if (at < 0) return "not found";
    int after = f.length() - (at + last.length());
    if (after > 0) return "followed by '" + f.substring(at + last.length(), Math.min(f.length(), at + last.length() + 120)) + "...'";
    return f.length() - at <= Math.max(LAST_WITHIN, last.length()) ? null : "too far from the end";
  }
}
