package org.entente.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference {@code score.py} and {@link GoldScorer} on the shared gold and system files
 * made from it, and requires the same standard output, byte for byte. Skipped without python3
 * or without the shared folder ({@code -Dentente.shared}, set by the build).
 */
class GoldScorerParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path script;
  private static Path gold;

  @BeforeAll
  static void findScorer() {
    String shared = System.getProperty("entente.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "no shared folder: " + shared);
    script = Path.of(shared, "eval", "score.py");
    gold = Path.of(shared, "eval", "seeds-gold.jsonl");
    assumeTrue(Files.isRegularFile(script) && Files.isRegularFile(gold), "no score.py or gold");
    assumeTrue(pythonWorks(), "python3 not available");
  }

  private static boolean pythonWorks() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String python(Path goldFile, Path system, List<String> flags) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), goldFile.toString(),
        system.toString()));
    cmd.addAll(flags);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "score.py timed out");
    assertEquals(0, p.exitValue(), "score.py failed on " + cmd);
    return out;
  }

  private static ScoreOptions options(List<String> flags) {
    int i = flags.indexOf("--misses");
    return new ScoreOptions(flags.contains("--main"), flags.contains("--by-root"),
        i < 0 ? 0 : Integer.parseInt(flags.get(i + 1)));
  }

  private static List<ObjectNode> goldLines() throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add((ObjectNode) JSON.readTree(line));
      }
    }
    return out;
  }

  private static Path write(String name, List<? extends JsonNode> lines) throws IOException {
    StringBuilder b = new StringBuilder();
    for (JsonNode n : lines) {
      b.append(JSON.writeValueAsString(n)).append('\n');
    }
    return Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
  }

  /** A third of the lines dropped, some roots changed, and the other ways a system differs. */
  private static List<ObjectNode> perturbed(List<ObjectNode> lines) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i % 3 == 2) {
        continue;
      }
      ObjectNode e = lines.get(i).deepCopy();
      String sent = e.path("sent").asText();
      if (i % 5 == 0) {
        int root = Integer.parseInt(e.path("root").asText("01"));
        e.put("root", String.format("%02d", root % 20 + 1));
      }
      if (i % 4 == 0) {
        e.remove("sent");
        e.put("sentence", sent.replace('\u201c', '"').replace('\u201d', '"').toUpperCase()
            .replace(" ", "  "));
      } else if (i % 6 == 1) {
        e.put("sent", sent.substring(0, sent.length() * 7 / 10));
      }
      if (i % 7 == 2) {
        e.put("source", e.path("source").asText().substring(0, 3) + "MIL");
      }
      if (i % 11 == 3) {
        e.put("cameo", e.path("cameo").asText());
        e.remove("root");
      }
      if (i % 8 == 3) {
        e.remove("status");
      } else if (i % 8 == 5) {
        e.put("status", "negated");
      }
      if (i % 9 == 4) {
        e.put("date", e.hasNonNull("date") ? e.get("date").asText() + "-15" : "2021");
      } else if (i % 9 == 6) {
        e.remove("date");
      }
      if (i % 10 == 7) {
        e.put("background", !e.path("background").asBoolean());
      }
      out.add(e);
    }
    ObjectNode outside = lines.get(0).deepCopy();
    outside.put("doc", "not-in-gold.txt");
    out.add(outside);
    out.add(lines.get(1).deepCopy());   // a duplicate: one of the two is extra
    ObjectNode none = JSON.createObjectNode();
    none.put("doc", lines.get(0).path("doc").asText());
    none.put("none", true);
    out.add(none);
    return out;
  }

  private static List<ObjectNode> backgroundFlipped(List<ObjectNode> lines) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode line : lines) {
      ObjectNode e = line.deepCopy();
      e.put("background", !e.path("background").asBoolean());
      out.add(e);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> javaPrintsWhatScorePyPrints() throws IOException {
    List<ObjectNode> lines = goldLines();
    Path identity = write("identity.jsonl", lines);
    List<ObjectNode> changed = perturbed(lines);
    Path perturbed = write("perturbed.jsonl", changed);
    List<ObjectNode> backwards = new ArrayList<>(changed);
    Collections.reverse(backwards);
    Path reversed = write("reversed.jsonl", backwards);
    Path flipped = write("flipped.jsonl", backgroundFlipped(lines));
    Path empty = write("empty.jsonl", List.of());

    record Case(String name, Path gold, Path system, List<String> flags) {}
    List<Case> cases = List.of(
        new Case("gold itself", gold, identity, List.of()),
        new Case("gold itself, by root, misses", gold, identity, List.of("--by-root", "--misses", "3")),
        new Case("perturbed", gold, perturbed, List.of()),
        new Case("perturbed --main", gold, perturbed, List.of("--main")),
        new Case("perturbed --by-root", gold, perturbed, List.of("--by-root")),
        new Case("perturbed --misses 10", gold, perturbed, List.of("--misses", "10")),
        new Case("perturbed, all flags", gold, perturbed, List.of("--main", "--by-root", "--misses", "4")),
        new Case("perturbed --misses -5", gold, perturbed, List.of("--misses", "-5")),
        new Case("perturbed, reversed order", gold, reversed, List.of("--misses", "6")),
        new Case("background flipped", gold, flipped, List.of()),
        new Case("background flipped --main", gold, flipped, List.of("--main")),
        new Case("perturbed as gold", perturbed, gold, List.of("--by-root", "--misses", "5")),
        new Case("empty system", gold, empty, List.of()));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String expected = python(c.gold(), c.system(), c.flags());
      ScoreReport r = GoldScorer.score(c.gold(), c.system(), options(c.flags()));
      assertEquals(expected, r.render());
    }));
  }
}
