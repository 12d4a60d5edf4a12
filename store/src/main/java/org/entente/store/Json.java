package org.entente.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON shape the store keeps in a column: a flat object of strings (a document's field sources). Written
 * and read here so the store needs no JSON library.
 */
final class Json {
  private Json() {}

  static String object(Map<String, String> map) {
    if (map == null || map.isEmpty()) return null;
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (sb.length() > 1) sb.append(", ");
      string(sb, e.getKey());
      sb.append(": ");
      string(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }

  /** Reads what {@link #object} wrote; an empty map for null. */
  static Map<String, String> parseObject(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json == null || json.isBlank()) return out;
    int[] at = {json.indexOf('{') + 1};
    while (true) {
      skipSpace(json, at);
      if (at[0] >= json.length() || json.charAt(at[0]) == '}') return out;
      String key = readString(json, at);
      skipSpace(json, at);
      at[0]++; // ':'
      skipSpace(json, at);
      out.put(key, readString(json, at));
      skipSpace(json, at);
      if (at[0] < json.length() && json.charAt(at[0]) == ',') at[0]++;
    }
  }

  private static void skipSpace(String s, int[] at) {
    while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) at[0]++;
  }

  private static String readString(String s, int[] at) {
    if (s.charAt(at[0]) != '"') throw new IllegalArgumentException("expected a string at " + at[0] + " in " + s);
    StringBuilder sb = new StringBuilder();
    int i = at[0] + 1;
    while (s.charAt(i) != '"') {
      char c = s.charAt(i++);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char n = s.charAt(i++);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> sb.append(n);
      }
    }
    at[0] = i + 1;
    return sb.toString();
  }
}
