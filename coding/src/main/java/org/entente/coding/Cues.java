package org.entente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code cues.tsv} (status, background, criticism), grouped by kind, and the discard phrases of
 * {@code discards.tsv}. Both files are documented in their headers.
 */
public final class Cues {
  private static volatile Cues bundled;

  /** A discard phrase, normalised like sentences are, and the roots it rules out. */
  private record Discard(String phrase, Set<String> roots) {}

  private final Map<String, Set<String>> byKind = new HashMap<>();
  private final List<Discard> discards = new ArrayList<>();

  /** conventions.tsv: action code -> {code when announced, code when refused (or "")}. */
  private final java.util.Map<String, String[]> conventions = new java.util.HashMap<>();

  private Cues() {}

  /**
   * The CAMEO code of an action its actor announces ({@code refused} false: "will send tanks" is 0332) or refuses
   * ({@code refused} true: "refused to send tanks" is 1222), from the longest matching prefix; null when none.
   */
  public String conventionalCode(String code, boolean refused) {
    for (int n = code.length(); n >= 2; n--) {
      String[] row = conventions.get(code.substring(0, n));
      if (row == null) continue;
      String out = refused ? row[1] : row[0];
      return out.isEmpty() ? null : out;
    }
    return null;
  }

  public static Cues bundled() {
    Cues c = bundled;
    if (c == null) {
      synchronized (Cues.class) {
        c = bundled;
        if (c == null) bundled = c = read();
      }
    }
    return c;
  }

  private static Cues read() {
    Cues cues = new Cues();
    forEachLine("cues.tsv", true, (cols, origin) -> {
      if (cols.length < 2) throw new IllegalArgumentException(origin + ": expected cue<TAB>kind<TAB>example");
      cues.byKind.computeIfAbsent(cols[1].strip(), k -> new HashSet<>()).add(cols[0].strip());
    });
    forEachLine("conventions.tsv", true, (cols, origin) -> {
      if (cols.length < 3 || !cols[0].strip().matches("\\d{2,4}") || !cols[1].strip().matches("\\d{3,4}")
          || !cols[2].strip().matches("(\\d{3,4})?")) {
        throw new IllegalArgumentException(origin + ": expected code<TAB>announced code<TAB>refused code (or empty)<TAB>example");
      }
      cues.conventions.put(cols[0].strip(), new String[] {cols[1].strip(), cols[2].strip()});
    });
    forEachLine("discards.tsv", false, (cols, origin) -> {
      if (cols.length < 2 || !cols[1].strip().matches("\\*|\\d{2}(\\|\\d{2})*")) {
        throw new IllegalArgumentException(origin + ": expected phrase<TAB>roots ('*' or 19|18)<TAB>example");
      }
      cues.discards.add(new Discard(words(cols[0]), Set.copyOf(Arrays.asList(cols[1].strip().split("\\|")))));
    });
    return cues;
  }

  private interface LineHandler { void accept(String[] columns, String origin); }

  private static void forEachLine(String name, boolean required, LineHandler handler) {
    InputStream in = Cues.class.getClassLoader().getResourceAsStream("entente/coding/" + name);
    if (in == null) {
      if (required) throw new IllegalStateException("bundled entente/coding/" + name + " is missing");
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) handler.accept(line.split("\t"), name + ":" + n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lower case, words only, single spaces: how phrases and sentences are compared. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
  }

  public boolean is(String kind, String word) {
    return word != null && byKind.getOrDefault(kind, Set.of()).contains(word);
  }

  /**
   * Roots that a discard phrase in the sentence rules out: "*" for all, else the listed two-digit roots; empty
   * when no discard phrase occurs.
   */
  public Set<String> discardedRoots(String sentence) {
    String text = " " + words(sentence) + " ";
    Set<String> out = new HashSet<>();
    for (Discard d : discards) if (text.contains(" " + d.phrase() + " ")) out.addAll(d.roots());
    return out;
  }
}
