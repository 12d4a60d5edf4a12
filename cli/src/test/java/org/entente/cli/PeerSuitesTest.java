package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.coding.EventCoder;
import org.entente.coding.PatternDictionary;
import org.entente.coding.Cues;
import org.entente.coding.codebook.Codebook;
import org.entente.core.Document;
import org.entente.core.Event;
import org.entente.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The peers' validation sets, read from ../shared/external at test time: PLOVER's gold-standard records (CAMEO
 * manual examples coded in PLOVER) and UniversalPetrarch's PETR-2 GSR validation records (real English with
 * expected CAMEO codes). The floors sit a few points under the figures in docs/benchmarks.md.
 */
class PeerSuitesTest {
  // recorded 2026-11-25, session 6 (see docs/benchmarks.md): PLOVER root 0.661 (cameo, domestic), UP root 0.500
  static final double PLOVER_ROOT_FLOOR = 0.65;
  static final double UP_ROOT_FLOOR = 0.46;

  /**
   * PLOVER's records are coded the CAMEO way (announced actions as intents, threats or rejections) and include
   * events within one state, so they are scored with `--convention cameo --domestic` (the figure with Entente's
   * defaults is printed too); PETRARCH-2's codings keep the actions, so its records are scored with the defaults.
   */
  private static final Pipeline PIPELINE = new Pipeline(NlpPipeline.shared(),
      new ActorResolver(ActorDictionary.bundled()), new EventCoder(PatternDictionary.bundled(), Codebook.loadDefault(),
      Cues.bundled(), new EventCoder.Settings(true, true)));
  private static final Pipeline DEFAULTS = new Pipeline(NlpPipeline.shared(),
      new ActorResolver(ActorDictionary.bundled()), EventCoder.bundled());

  private static Pipeline.Result code(String id, String text, LocalDate date) {
    return code(PIPELINE, id, text, date);
  }

  private static Pipeline.Result code(Pipeline pipeline, String id, String text, LocalDate date) {
    return pipeline.process(new Document(id, text, null, date, null, null, null, "suite"));
  }

  /** CAMEO root to PLOVER category names, read from the conversion table in PLOVER's README. */
  private static Map<String, Set<String>> ploverByRoot(Path readme) throws Exception {
    Map<String, Set<String>> out = new HashMap<>();
    Pattern row = Pattern.compile("^(\\d\\d(?:,\\s*\\d\\d)*)\\s*\\|[^|]*\\|\\s*([A-Za-z ,]+?)\\s*\\|");
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line.strip());
      if (!m.find()) continue;
      for (String root : m.group(1).split(",")) {
        for (String name : m.group(2).split(",")) {
          out.computeIfAbsent(root.strip(), k -> new HashSet<>()).add(name.strip().toUpperCase(Locale.ROOT));
        }
      }
    }
    // the table omits 09; PLOVER's category for CAMEO's "investigate" is INVESTIGATE
    out.computeIfAbsent("09", k -> new HashSet<>()).add("INVESTIGATE");
    return out;
  }

  @Test
  void ploverGoldStandardRecords() throws Exception {
    Path dir = CliRunner.shared().resolve("external/openeventdata__PLOVER");
    Path records = dir.resolve("gold_standard_records/PLOVER_GSR_CAMEO.txt");
    assumeTrue(Files.isRegularFile(records), "PLOVER gold records absent");
    Map<String, Set<String>> plover = ploverByRoot(dir.resolve("README.md"));
    JsonNode all = new ObjectMapper().readTree(Files.readString(records, StandardCharsets.UTF_8));
    // the records (PLOVER 0.5b1) still use FIGHT, conventional military force, which is CAMEO's root 19; the README
    // table folds it into ASSAULT. Counted apart, so the table's figure stays comparable.
    int fightAsNineteen = 0;
    int total = 0, rootRight = 0, rootAndActors = 0, coded = 0, rootRightByDefault = 0;
    for (JsonNode r : all) {
      if (!r.has("text") || "DOCUMENT".equals(r.path("event").asText())) continue;
      total++;
      String wanted = r.path("event").asText();
      Set<String> sources = codes(r.path("source")), targets = codes(r.path("target"));
      LocalDate date = LocalDate.parse(r.path("date").asText("2000-01-01"));
      List<Event> events = code(r.path("id").asText(), r.path("text").asText(), date).events();
      if (code(DEFAULTS, r.path("id").asText(), r.path("text").asText(), date).events().stream()
          .anyMatch(e -> plover.getOrDefault(e.root(), Set.of()).contains(wanted))) rootRightByDefault++;
      if (!events.isEmpty()) coded++;
      boolean root = false, actors = false;
      for (Event e : events) {
        if (!plover.getOrDefault(e.root(), Set.of()).contains(wanted)) continue;
        root = true;
        boolean src = sources.isEmpty() || sources.contains(state(e.source()));
        boolean tgt = targets.isEmpty() || (e.target() != null && targets.contains(state(e.target())));
        actors |= src && tgt;
      }
      if (root) rootRight++;
      if (!root && wanted.equals("FIGHT") && events.stream().anyMatch(e -> e.root().equals("19"))) fightAsNineteen++;
      if (actors) rootAndActors++;
    }
    double share = rootRight / (double) total;
    System.out.printf(Locale.ROOT, "PLOVER GSR (--convention cameo --domestic): %d records, %d coded, right root %d (%.3f), "
        + "right root and actors %d (%.3f); with Entente's defaults right root %d (%.3f); FIGHT records coded 19: %d "
        + "(right root counting them: %.3f)%n", total, coded, rootRight, share,
        rootAndActors, rootAndActors / (double) total, rootRightByDefault, rootRightByDefault / (double) total,
        fightAsNineteen, (rootRight + fightAsNineteen) / (double) total);
    assertTrue(share >= PLOVER_ROOT_FLOOR, "PLOVER GSR root share fell to " + share);
  }

  @Test
  void universalPetrarchValidationRecords() throws Exception {
    Path file = CliRunner.shared().resolve(
        "external/openeventdata__UniversalPetrarch/UniversalPetrarch/data/text/PETR2_GSR_validation.xml");
    assumeTrue(Files.isRegularFile(file), "UniversalPetrarch validation records absent");
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher sentence = Pattern.compile("<Sentence [^>]*date=\"(\\d{8})\"[^>]*id=\"([^\"]+)\"[^>]*>(.*?)<Text>(.*?)</Text>",
        Pattern.DOTALL).matcher(xml);
    Pattern coding = Pattern.compile("<EventCoding eventcode=\"(\\d+)\" sourcecode=\"(\\w*)\" targetcode=\"(\\w*)\"");
    int codings = 0, exact = 0, root = 0, exactWithActors = 0, noEventRecords = 0, noEventKept = 0, records = 0;
    Codebook codebook = Codebook.loadDefault();
    while (sentence.find()) {
      records++;
      String d = sentence.group(1);
      LocalDate date = LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
          Integer.parseInt(d.substring(6, 8)));
      List<Event> events = code(DEFAULTS, sentence.group(2), sentence.group(4).strip().replaceAll("\\s+", " "), date).events();
      String header = sentence.group(3);
      if (header.contains("noevents=\"True\"")) {
        noEventRecords++;
        if (events.isEmpty()) noEventKept++;
        continue;
      }
      Matcher c = coding.matcher(header);
      List<Event> unused = new ArrayList<>(events);
      while (c.find()) {
        codings++;
        String code = c.group(1), src = c.group(2), tgt = c.group(3);
        if (!codebook.contains(code) && code.length() > 3) code = code.substring(0, 3);
        final String expected = code;
        boolean e1 = unused.stream().anyMatch(e -> e.cameo().equals(expected));
        boolean r1 = unused.stream().anyMatch(e -> e.root().equals(expected.substring(0, 2)));
        boolean a1 = unused.stream().anyMatch(e -> e.cameo().equals(expected) && src.startsWith(state(e.source()))
            && e.target() != null && tgt.startsWith(state(e.target())));
        if (e1) exact++;
        if (r1) root++;
        if (a1) exactWithActors++;
      }
    }
    double rootShare = root / (double) codings;
    System.out.printf(Locale.ROOT,
        "UniversalPetrarch GSR: %d records, %d expected codings: exact code %d (%.3f), root %d (%.3f), exact code and actors %d (%.3f); no-event records left empty %d/%d%n",
        records, codings, exact, exact / (double) codings, root, rootShare, exactWithActors,
        exactWithActors / (double) codings, noEventKept, noEventRecords);
    assertTrue(records > 70, "validation records not parsed: " + records);
    assertTrue(rootShare >= UP_ROOT_FLOOR, "UniversalPetrarch root agreement fell to " + rootShare);
  }

  private static Set<String> codes(JsonNode actors) {
    Set<String> out = new HashSet<>();
    for (JsonNode a : actors) if (a.hasNonNull("code") && !a.path("code").asText().isBlank()) out.add(state(a.path("code").asText()));
    return out;
  }

  private static String state(String code) { return code.length() > 3 ? code.substring(0, 3) : code; }
}
