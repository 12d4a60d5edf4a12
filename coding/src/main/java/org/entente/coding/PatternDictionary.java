package org.entente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb and noun patterns that turn a parsed sentence into CAMEO events, read from {@code patterns.tsv}
 * (bundled) and optionally a user's file, whose lines come first and so win ties.
 */
public final class PatternDictionary {
  static final String RESOURCE = "entente/coding/patterns.tsv";
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d{2,4}");
  private static final java.util.regex.Pattern TRIGGER =
      java.util.regex.Pattern.compile("([VN]):([a-z][a-z'\\-]*)(?:\\+([a-z]+))?");
  static final Set<String> SLOTS = Set.of("subj", "obj", "iobj", "poss", "amod", "compound", "clause", "if", "none", "with", "to",
      "on", "against", "for", "from", "toward", "towards", "between", "of", "over", "into", "at", "in", "about",
      "upon", "by", "among", "across", "near", "onto", "behind", "via");
  private static volatile PatternDictionary bundled;

  private final Map<String, List<Pattern>> verbs = new HashMap<>();
  private final Map<String, List<Pattern>> nouns = new HashMap<>();
  private int size;

  private PatternDictionary() {}

  public static PatternDictionary bundled() {
    PatternDictionary d = bundled;
    if (d == null) {
      synchronized (PatternDictionary.class) {
        d = bundled;
        if (d == null) bundled = d = load(null);
      }
    }
    return d;
  }

  /** The bundled patterns, preceded by those of {@code extra} (may be null). */
  public static PatternDictionary load(Path extra) {
    PatternDictionary d = new PatternDictionary();
    if (extra != null) {
      try (Reader r = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
        d.read(r, extra.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(extra + ": " + e.getMessage(), e);
      }
    }
    InputStream in = PatternDictionary.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("bundled " + RESOURCE + " is missing from the class path");
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      d.read(r, "patterns.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    d.sort();
    return d;
  }

  /** Reads patterns from any reader; used by {@link #load} and by tests. */
  public static PatternDictionary parse(Reader reader, String source) {
    PatternDictionary d = new PatternDictionary();
    try {
      d.read(reader, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    d.sort();
    return d;
  }

  private void read(Reader reader, String source) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String origin = source + ":" + n;
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) throw new IllegalArgumentException(origin + ": expected 'code<TAB>pattern<TAB>example'");
      Pattern p = parsePattern(cols[0].strip(), cols[1].strip(), cols.length > 2 ? cols[2].strip() : "", origin);
      (p.noun() ? nouns : verbs).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
      size++;
    }
  }

  static Pattern parsePattern(String code, String text, String example, String origin) {
    if (!CODE.matcher(code).matches()) throw new IllegalArgumentException(origin + ": code '" + code + "' is not 2-4 digits");
    String[] parts = text.split("\\s+");
    var m = TRIGGER.matcher(parts[0]);
    if (!m.matches()) {
      throw new IllegalArgumentException(origin + ": trigger '" + parts[0] + "' is not V:lemma, V:lemma+particle or N:lemma");
    }
    boolean noun = m.group(1).equals("N");
    Set<String> objects = Set.of();
    Set<String> modifiers = Set.of();
    Set<String> complements = Set.of();
    Set<String> subjects = Set.of();
    List<String> targets = null;
    List<String> sources = null;
    boolean symmetric = false;
    String mirror = null;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals("sym")) symmetric = true;
      else if (part.startsWith("obj=")) objects = set(part.substring(4));
      else if (part.startsWith("mod=")) modifiers = set(part.substring(4));
      else if (part.startsWith("comp=")) complements = set(part.substring(5));
      else if (part.startsWith("subj=")) subjects = set(part.substring(5));
      else if (part.startsWith("mirror=")) {
        mirror = part.substring(7);
        if (!CODE.matcher(mirror).matches()) throw new IllegalArgumentException(origin + ": mirror code '" + mirror + "' is not 2-4 digits");
      }
      else if (part.startsWith("T=")) targets = slots(part.substring(2), origin);
      else if (part.startsWith("S=")) sources = slots(part.substring(2), origin);
      else throw new IllegalArgumentException(origin + ": unknown pattern part '" + part + "'");
    }
    if (targets == null) targets = noun ? List.of("of", "with", "to", "on", "against") : List.of("obj");
    if (sources == null) sources = noun ? List.of("poss", "amod", "compound", "subj") : List.of("subj");
    return new Pattern(code, noun, m.group(2), m.group(3), objects, modifiers, complements, subjects, targets,
        sources, symmetric, mirror, origin, example);
  }

  private static Set<String> set(String s) {
    return new LinkedHashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("\\|")));
  }

  private static List<String> slots(String s, String origin) {
    List<String> out = new ArrayList<>();
    for (String slot : s.toLowerCase(Locale.ROOT).split("\\|")) {
      // besides the named slots, any preposition (multi-word ones joined by '_', as in "in_front_of")
      if (!SLOTS.contains(slot) && !slot.matches("[a-z]+(_[a-z]+)*")) {
        throw new IllegalArgumentException(origin + ": unknown slot '" + slot + "'");
      }
      out.add(slot.equals("towards") ? "toward" : slot);
    }
    return out;
  }

  private void sort() {
    // Stable: among equally specific patterns the earlier line wins.
    Comparator<Pattern> bySpecificity = Comparator.comparingInt(Pattern::specificity).reversed();
    verbs.values().forEach(l -> l.sort(bySpecificity));
    nouns.values().forEach(l -> l.sort(bySpecificity));
  }

  public List<Pattern> verbPatterns(String lemma) { return verbs.getOrDefault(lemma, List.of()); }

  public List<Pattern> nounPatterns(String lemma) { return nouns.getOrDefault(lemma, List.of()); }

  /** Whether a word could trigger an event: the cheap test that decides whether a sentence is parsed. */
  public boolean isTrigger(String lemma, String pos) {
    if (pos.startsWith("VB")) return verbs.containsKey(lemma);
    if (pos.startsWith("NN")) return nouns.containsKey(lemma);
    // taggers mislabel some verbs (e.g. -ing forms as JJ); accept both
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }

  public int size() { return size; }
}
