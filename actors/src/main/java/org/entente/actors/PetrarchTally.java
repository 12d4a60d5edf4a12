package org.entente.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what an import skipped or changed, by reason, keeping the first place each reason occurred. */
final class PetrarchTally {
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, String> first = new LinkedHashMap<>();

  void add(String reason, PetrarchText.Line line) {
    add(reason, line.origin() + ": " + abbreviate(line.raw().strip()));
  }

  void add(String reason, String where) {
    counts.merge(reason, 1, Integer::sum);
    first.putIfAbsent(reason, where);
  }

  int total() { return counts.values().stream().mapToInt(Integer::intValue).sum(); }

  /** The reasons, most frequent first. */
  List<PetrarchImport.Tally> list() {
    List<PetrarchImport.Tally> out = new ArrayList<>();
    counts.forEach((reason, n) -> out.add(new PetrarchImport.Tally(reason, n, first.get(reason))));
    out.sort(Comparator.comparingInt(PetrarchImport.Tally::count).reversed());
    return out;
  }

  private static String abbreviate(String s) {
    String t = s.replace('\t', ' ');
    return t.length() <= 80 ? t : t.substring(0, 77) + "...";
  }
}
