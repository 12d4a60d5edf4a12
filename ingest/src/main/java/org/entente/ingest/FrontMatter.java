package org.entente.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The optional {@code ---} block at the very top of a text file: {@code key: value} lines, blank
 * lines and {@code #} comments, closed by another {@code ---} line. Keys are case-insensitive;
 * unknown keys are ignored; a value may be wrapped in matching single or double quotes.
 *
 * @param fields    key (lower case) to value, blank values left out
 * @param fieldLine key to the 1-based line it was on, for messages
 * @param body      the text after the closing line, exactly as it was
 */
record FrontMatter(Map<String, String> fields, Map<String, Integer> fieldLine, String body) {

  /** The front matter of a normalised text, or null when it does not start with one. */
  static FrontMatter parse(String text, String origin) throws Rejected {
    int firstEnd = lineEnd(text, 0);
    if (!text.substring(0, firstEnd).stripTrailing().equals("---")) return null;
    // Find the closing line first, so an unclosed block is reported as such.
    int close = -1;
    for (int pos = firstEnd + 1; pos < text.length(); pos = lineEnd(text, pos) + 1) {
      if (text.substring(pos, lineEnd(text, pos)).stripTrailing().equals("---")) {
        close = pos;
        break;
      }
    }
    if (close < 0) throw new Rejected("front matter is not closed (no '---' line after the opening one)");
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    int lineNo = 2;
    for (int pos = firstEnd + 1; pos < close; pos = lineEnd(text, pos) + 1, lineNo++) {
      String line = text.substring(pos, lineEnd(text, pos));
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!key.matches("[a-z0-9_-]+")) {
        throw new Rejected(origin + ":" + lineNo, "front matter line is not 'key: value': " + Text.oneLine(trimmed));
      }
      String value = unquote(line.substring(colon + 1).strip());
      if (!value.isEmpty()) {
        fields.put(key, value);
        lines.put(key, lineNo);
      }
    }
    int closeEnd = lineEnd(text, close);
    String body = closeEnd >= text.length() ? "" : text.substring(closeEnd + 1);
    return new FrontMatter(fields, lines, body);
  }

  String get(String key) {
    return fields.get(key);
  }

  String where(String origin, String key) {
    Integer line = fieldLine.get(key);
    return line == null ? origin : origin + ":" + line;
  }

  private static int lineEnd(String s, int from) {
    int nl = s.indexOf('\n', from);
    return nl < 0 ? s.length() : nl;
  }

  private static String unquote(String v) {
    if (v.length() >= 2) {
      char first = v.charAt(0);
      char last = v.charAt(v.length() - 1);
      if ((first == '"' || first == '\'') && last == first) return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
