package org.entente.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The few Python 3 semantics that {@code score.py} relies on, applied to Jackson trees: truth
 * values, {@code ==}, {@code str()}, {@code repr()}, code-point slicing, {@code str.isspace},
 * {@code f"{x:.3f}"}. Package-private: only the scorer needs them.
 */
final class Py {
  private Py() {}

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(#\\)");

  /** {@code str.isspace()}, which is also what {@code \s} and {@code str.strip()} use. */
  static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
        || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /** {@code s.strip()}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** {@code re.sub(r"\s+", " ", s)}. */
  static String foldSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          b.append(' ');
          inRun = true;
        }
      } else {
        b.append(c);
        inRun = false;
      }
    }
    return b.toString();
  }

  /** score.py's {@code norm}: NFKC, straight quotes, markdown links unwrapped, spaces folded, lower case. */
  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    t = t.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'');
    t = MARKDOWN_LINK.matcher(t).replaceAll("$1");
    return strip(foldSpace(t)).toLowerCase(Locale.ROOT);
  }

  /** {@code len(s)}: code points, not UTF-16 units. */
  static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  /** {@code s[:n]} for {@code n >= 0}, in code points. */
  static String prefix(String s, int n) {
    if (n >= len(s)) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** {@code len} of {@code xs[:n]} for a list of {@code size} items, negative {@code n} included. */
  static int sliceEnd(int size, int n) {
    return n >= 0 ? Math.min(n, size) : Math.max(0, size + n);
  }

  /** Python's ordering of {@code str}: by code point. */
  static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  };

  /** {@code f"{x:.3f}"}: correctly rounded from the exact binary value, ties to even. */
  static String f3(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
  }

  // ---- Python values parsed by json.loads, held as Jackson nodes (null = missing = None) ----

  static boolean isNone(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }

  /** {@code bool(v)}. */
  static boolean truthy(JsonNode v) {
    if (isNone(v)) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().signum() != 0;
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0.0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isContainerNode()) {
      return v.size() > 0;
    }
    return true;
  }

  /** {@code a or b}. */
  static JsonNode or(JsonNode a, JsonNode b) {
    return truthy(a) ? a : b;
  }

  /** {@code a == b} between values json.loads produced. */
  static boolean eq(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    boolean na = a.isNumber() || a.isBoolean();
    boolean nb = b.isNumber() || b.isBoolean();
    if (na || nb) {
      return na && nb && numEq(a, b);
    }
    if (a.isTextual() || b.isTextual()) {
      return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!eq(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        if (other == null || !eq(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean numEq(JsonNode a, JsonNode b) {
    boolean oddA = isFloat(a) && !Double.isFinite(a.doubleValue());
    boolean oddB = isFloat(b) && !Double.isFinite(b.doubleValue());
    if (oddA || oddB) {  // nan equals nothing, inf only inf
      return isFloat(a) && isFloat(b) && a.doubleValue() == b.doubleValue();
    }
    return exact(a).compareTo(exact(b)) == 0;
  }

  private static boolean isFloat(JsonNode v) {
    return v.isNumber() && !v.isIntegralNumber();
  }

  private static BigDecimal exact(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v.isIntegralNumber()) {
      return new BigDecimal(v.bigIntegerValue());
    }
    return v.isBigDecimal() ? v.decimalValue() : new BigDecimal(v.doubleValue());
  }

  /** {@code str(v)}. */
  static String str(JsonNode v) {
    if (isNone(v)) {
      return "None";
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return repr(v);
  }

  /** {@code repr(v)}. */
  static String repr(JsonNode v) {
    if (isNone(v)) {
      return "None";
    }
    if (v.isTextual()) {
      return reprString(v.textValue());
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return reprFloat(v.doubleValue());
    }
    if (v.isArray()) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < v.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(repr(v.get(i)));
      }
      return b.append(']').toString();
    }
    if (v.isObject()) {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        b.append(first ? "" : ", ").append(reprString(e.getKey())).append(": ").append(repr(e.getValue()));
        first = false;
      }
      return b.append('}').toString();
    }
    return v.toString();
  }

  /** {@code repr(s)} of a {@code str}. */
  static String reprString(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints().forEach(c -> {
      if (c == quote || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c < ' ' || c == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\x%02x", c));
      } else if (c < 0x7f || printable(c)) {
        b.appendCodePoint(c);
      } else if (c <= 0xff) {
        b.append(String.format(Locale.ROOT, "\\x%02x", c));
      } else if (c <= 0xffff) {
        b.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        b.append(String.format(Locale.ROOT, "\\U%08x", c));
      }
    });
    return b.append(quote).toString();
  }

  private static boolean printable(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> {
        return c == ' ';
      }
      default -> {
        return true;
      }
    }
  }

  /** {@code repr(x)} of a {@code float}: the shortest digits that read back as {@code x}. */
  static String reprFloat(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal best = null;
    for (int p = 1; p <= 17 && best == null; p++) {
      BigDecimal near = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (readsBack(near, x)) {
        best = near;
      } else {
        for (RoundingMode m : new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP}) {
          BigDecimal other = exact.round(new MathContext(p, m));
          if (best == null && readsBack(other, x)) {
            best = other;
          }
        }
      }
    }
    if (best == null) {
      best = exact.round(MathContext.DECIMAL64);
    }
    best = best.stripTrailingZeros();
    String digits = best.unscaledValue().abs().toString();
    int n = digits.length();
    int decpt = n - best.scale();
    StringBuilder b = new StringBuilder(x < 0 ? "-" : "");
    if (decpt <= -4 || decpt > 16) {
      int exp = decpt - 1;
      b.append(digits.charAt(0));
      if (n > 1) {
        b.append('.').append(digits, 1, n);
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      String e = Integer.toString(Math.abs(exp));
      b.append(e.length() < 2 ? "0" : "").append(e);
    } else if (decpt <= 0) {
      b.append("0.").append("0".repeat(-decpt)).append(digits);
    } else if (decpt < n) {
      b.append(digits, 0, decpt).append('.').append(digits, decpt, n);
    } else {
      b.append(digits).append("0".repeat(decpt - n)).append(".0");
    }
    return b.toString();
  }

  private static boolean readsBack(BigDecimal d, double x) {
    return Double.parseDouble(d.toString()) == x;
  }
}
