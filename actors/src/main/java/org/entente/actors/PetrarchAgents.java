package org.entente.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH {@code .agents} dictionaries into Entente agents.tsv rows: {@code PHRASE {PLURAL} [~SECTOR]},
 * with substitution sets {@code !NAME! = A, B} used as {@code !NAME!} inside phrases.
 */
final class PetrarchAgents {
  /** An agents.tsv row. */
  record AgentRow(String phrase, String sector, String note) {}

  final List<AgentRow> agents = new ArrayList<>();
  private final Map<String, String> sectorOf = new HashMap<>();
  private final PetrarchTally skipped;
  private final PetrarchTally adjusted;

  PetrarchAgents(PetrarchTally skipped, PetrarchTally adjusted) {
    this.skipped = skipped;
    this.adjusted = adjusted;
  }

  private static final Pattern MARKER_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
  private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");
  private static final Pattern CODE = Pattern.compile("(~?)\\s*([A-Za-z0-9]*)\\s*(~?).*");

  void read(Path file) throws IOException {
    Map<String, List<String>> markers = new HashMap<>();
    for (PetrarchText.Line line : PetrarchText.read(file)) {
      String s = line.text().strip();
      if (s.indexOf('[') < 0 && s.contains("!") && s.contains("=")) {
        Matcher m = MARKER_DEFINITION.matcher(s);
        if (!m.matches()) {
          skipped.add("malformed substitution set (!NAME! = A, B)", line);
          continue;
        }
        List<String> items = new ArrayList<>();
        for (String item : m.group(2).split(",")) if (!item.isBlank()) items.add(item.strip());
        markers.put(m.group(1).toUpperCase(Locale.ROOT), items);
        continue;
      }
      int bracket = s.indexOf('[');
      if (bracket < 0) {
        skipped.add("agent without a code", line);
        continue;
      }
      String sector = sector(PetrarchText.brackets(s).get(0), line);
      if (sector == null) continue;
      String body = s.substring(0, bracket);
      String plural = "";
      int brace = body.indexOf('{');
      if (brace >= 0) {
        int close = body.indexOf('}', brace);
        if (close < 0) {
          skipped.add("plural { not closed", line);
          continue;
        }
        plural = body.substring(brace + 1, close).strip(); // {} means "no plural": Entente matches lemmas anyway
        body = body.substring(0, brace);
      }
      List<String> phrases = expand(body, markers, line);
      if (phrases == null) continue;
      if (!plural.isEmpty()) {
        List<String> plurals = expand(plural, markers, line);
        if (plurals != null) phrases.addAll(plurals);
      }
      for (String phrase : phrases) add(PetrarchText.lowerPhrase(phrase), sector, line);
    }
  }

  /** The sector of an agent code {@code ~GOV}; longer codes ({@code ~GOVMED}) keep their first three letters. */
  private String sector(String block, PetrarchText.Line line) {
    Matcher m = CODE.matcher(block.strip());
    if (!m.matches() || m.group(2).isEmpty()) {
      skipped.add("malformed agent code", line);
      return null;
    }
    if (m.group(1).isEmpty()) {
      skipped.add(m.group(3).isEmpty() ? "agent code without ~" : "prefix agent code (XXX~): no Entente equivalent", line);
      return null;
    }
    String code = m.group(2).toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}[A-Z0-9]*")) {
      skipped.add("malformed agent code", line);
      return null;
    }
    if (code.length() > 3) {
      adjusted.add("agent code longer than 3 letters: the first 3 kept as the sector", line);
      code = code.substring(0, 3);
    }
    return code;
  }

  /** The phrase with every substitution marker replaced by each of its items; null when a marker is undefined. */
  private List<String> expand(String phrase, Map<String, List<String>> markers, PetrarchText.Line line) {
    List<String> out = new ArrayList<>();
    Matcher m = MARKER.matcher(phrase);
    if (!m.find()) {
      if (phrase.contains("!")) {
        skipped.add("malformed substitution marker", line);
        return null;
      }
      out.add(phrase);
      return out;
    }
    List<String> items = markers.get(m.group(1).toUpperCase(Locale.ROOT));
    if (items == null) {
      skipped.add("undefined substitution marker", line);
      return null;
    }
    for (String item : items) {
      List<String> rest = expand(phrase.substring(0, m.start()) + item + phrase.substring(m.end()), markers, line);
      if (rest == null) return null;
      out.addAll(rest);
    }
    return out;
  }

  private void add(String phrase, String sector, PetrarchText.Line line) {
    if (phrase.isEmpty()) {
      skipped.add("agent without a phrase", line);
      return;
    }
    String previous = sectorOf.putIfAbsent(phrase, sector);
    if (previous == null) {
      agents.add(new AgentRow(phrase, sector, "PETRARCH " + line.origin()));
    } else if (!previous.equals(sector)) {
      skipped.add("agent phrase listed again with another sector (first kept)", line);
    }
  }
}
