package org.entente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cue words of {@code cues.tsv} that decide status and background, grouped by kind. */
public final class Cues {
  private static volatile Cues bundled;
  private final Map<String, Set<String>> byKind = new HashMap<>();

  private Cues() {}

  public static Cues bundled() {
    Cues c = bundled;
    if (c == null) {
      synchronized (Cues.class) {
        c = bundled;
        if (c == null) {
          c = read();
          c.readDiscards();
          bundled = c;
        }
      }
    }
    return c;
  }

  private void readDiscards() {
    InputStream in = Cues.class.getClassLoader().getResourceAsStream("entente/coding/discards.tsv");
    if (in == null) return;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length < 2 || !cols[1].matches("\\*|\\d{2}(\\|\\d{2})*")) {
          throw new IllegalArgumentException("discards.tsv:" + n + ": expected phrase<TAB>roots ('*' or 19|18)<TAB>example");
        }
        String phrase = cols[0].strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
        discards.add(new String[] {phrase, cols[1].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cues read() {
    Cues cues = new Cues();
    InputStream in = Cues.class.getClassLoader().getResourceAsStream("entente/coding/cues.tsv");
    if (in == null) throw new IllegalStateException("bundled entente/coding/cues.tsv is missing");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length < 2) throw new IllegalArgumentException("cues.tsv:" + n + ": expected cue<TAB>kind<TAB>example");
        cues.byKind.computeIfAbsent(cols[1].strip(), k -> new HashSet<>()).add(cols[0].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cues;
  }

  private final List<String[]> discards = new java.util.ArrayList<>();

  /**
   * Roots that a discard phrase in the sentence rules out: "*" for all, else the listed two-digit roots; empty
   * when no discard phrase occurs.
   */
  public java.util.Set<String> discardedRoots(String sentence) {
    String text = " " + sentence.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String[] d : discards) {
      if (text.contains(" " + d[0] + " ")) out.addAll(java.util.Arrays.asList(d[1].split("\\|")));
    }
    return out;
  }

  public boolean is(String kind, String word) {
    return word != null && byKind.getOrDefault(kind, Set.of()).contains(word);
  }
}
