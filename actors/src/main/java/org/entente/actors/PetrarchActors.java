package org.entente.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads PETRARCH / TABARI {@code .actors} dictionaries into Entente rows. An entry is a phrase line, optionally
 * followed by {@code +SYNONYM} lines and by indented code lines; codes may also follow the phrase on its own line.
 * Entries with a date-restricted code become people rows (one per code); entries with a single undated code become
 * institution rows.
 */
final class PetrarchActors {
  /** A people.tsv row; {@code from}/{@code to} null when open. */
  record PersonRow(String name, List<String> aliases, String code, LocalDate from, LocalDate to) {}

  /** An institutions.tsv row. */
  record InstitutionRow(String name, List<String> aliases, String code) {}

  final List<PersonRow> people = new ArrayList<>();
  final List<InstitutionRow> institutions = new ArrayList<>();
  private final PetrarchTally skipped;
  private final PetrarchTally adjusted;

  PetrarchActors(PetrarchTally skipped, PetrarchTally adjusted) {
    this.skipped = skipped;
    this.adjusted = adjusted;
  }

  /** An entry being read: its phrase, synonyms and codes. */
  private static final class Pending {
    final String phrase;
    final PetrarchText.Line line;
    final List<String> synonyms = new ArrayList<>();
    final List<PetrarchText.Restriction> codes = new ArrayList<>();
    final List<PetrarchText.Line> codeLines = new ArrayList<>();
    boolean sawCodeBlock;

    Pending(String phrase, PetrarchText.Line line) {
      this.phrase = phrase;
      this.line = line;
    }
  }

  void read(Path file) throws IOException {
    Pending current = null;
    for (PetrarchText.Line line : PetrarchText.read(file)) {
      String text = line.text();
      String s = text.strip();
      boolean indented = Character.isWhitespace(text.charAt(0));
      if (s.startsWith("[")) { // a code line (normally indented)
        if (current == null) skipped.add("code line before any entry", line);
        else addCodes(current, s, line);
        continue;
      }
      if (s.startsWith("+")) {
        if (current == null) {
          skipped.add("synonym before any entry", line);
          continue;
        }
        String phrase = s.substring(1);
        int bracket = phrase.indexOf('[');
        if (bracket >= 0) {
          adjusted.add("code on a synonym line ignored (the entry's codes apply)", line);
          phrase = phrase.substring(0, bracket);
        }
        current.synonyms.add(phrase);
        continue;
      }
      int bracket = s.indexOf('[');
      String phrase = bracket < 0 ? s : s.substring(0, bracket);
      if (indented && current != null) {
        // PETRARCH reads an indented line as a code line of the entry above; its phrase is a variant of that name.
        adjusted.add("indented phrase read as a synonym of the entry above", line);
        current.synonyms.add(phrase);
        if (bracket >= 0) addCodes(current, s.substring(bracket), line);
        continue;
      }
      if (current != null && !current.sawCodeBlock) {
        // PETRARCH gives consecutive phrase lines without codes the codes that follow them: one entry, many phrases.
        adjusted.add("phrase line without codes read as a synonym (it shares the codes below)", line);
        current.synonyms.add(phrase);
        if (bracket >= 0) addCodes(current, s.substring(bracket), line);
        continue;
      }
      finish(current);
      current = new Pending(phrase, line);
      if (bracket >= 0) addCodes(current, s.substring(bracket), line);
    }
    finish(current);
  }

  private void addCodes(Pending entry, String text, PetrarchText.Line line) {
    entry.sawCodeBlock = true;
    for (String block : PetrarchText.brackets(text)) {
      PetrarchText.Restriction r;
      try {
        r = PetrarchText.restriction(block);
      } catch (IllegalArgumentException e) {
        skipped.add("code block skipped: " + e.getMessage(), line);
        continue;
      }
      PetrarchText.Code code = PetrarchText.code(r.code());
      if (code.issue() != null) {
        switch (code.issue()) {
          case NULL_CODE -> skipped.add("null code (---, +++): no Entente equivalent", line);
          case COMPOUND -> skipped.add("compound code A/B: no Entente equivalent", line);
          case MALFORMED -> skipped.add("code is not 2-6 letters or digits starting with a letter", line);
          case TRUNCATED -> adjusted.add("code longer than 6 characters truncated to 6", line);
          case UPPER_CASED -> adjusted.add("lower-case code upper-cased", line);
        }
      }
      if (!code.usable()) continue;
      entry.codes.add(new PetrarchText.Restriction(code.code(), r.from(), r.to(), r.dated()));
      entry.codeLines.add(line);
    }
  }

  private void finish(Pending entry) {
    if (entry == null) return;
    if (entry.phrase.contains("{") || entry.phrase.contains("}") || entry.phrase.strip().startsWith("&")) {
      skipped.add("unsupported syntax in phrase ({...} or a leading &)", entry.line);
      return;
    }
    String name = PetrarchText.name(cutComment(entry.phrase));
    if (name.isEmpty()) {
      skipped.add("entry without a phrase", entry.line);
      return;
    }
    if (entry.codes.isEmpty()) {
      skipped.add("entry without a usable code", entry.line);
      return;
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    for (String synonym : entry.synonyms) {
      String alias = PetrarchText.name(cutComment(synonym));
      String key = alias.toLowerCase(Locale.ROOT);
      if (alias.isEmpty() || key.equals(name.toLowerCase(Locale.ROOT))) continue;
      aliases.putIfAbsent(key, alias);
    }
    List<String> aliasList = List.copyOf(aliases.values());
    PetrarchText.Restriction undated = null;
    List<PetrarchText.Restriction> dated = new ArrayList<>();
    for (int i = 0; i < entry.codes.size(); i++) {
      PetrarchText.Restriction r = entry.codes.get(i);
      if (r.dated()) dated.add(r);
      else if (undated == null) undated = r;
      else adjusted.add("second undated code ignored (PETRARCH uses the first)", entry.codeLines.get(i));
    }
    if (dated.isEmpty()) {
      institutions.add(new InstitutionRow(name, aliasList, undated.code()));
      return;
    }
    // The undated (default) code first: Entente prefers a dated post over it whenever the date falls inside.
    if (undated != null) people.add(new PersonRow(name, aliasList, undated.code(), null, null));
    for (PetrarchText.Restriction r : dated) people.add(new PersonRow(name, aliasList, r.code(), r.from(), r.to()));
  }

  /** TABARI's old ';' comment delimiter, still honoured by PETRARCH on phrase lines. */
  private static String cutComment(String phrase) {
    int semi = phrase.indexOf(';');
    return semi < 0 ? phrase : phrase.substring(0, semi);
  }
}
