package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Byte-level checks and strict decoding shared by the text and JSON Lines readers. */
final class Text {
  /** How much of a file's start is sniffed for binary content. */
  static final int SNIFF_BYTES = 64 * 1024;

  static final String BINARY = "binary file, not text";

  private Text() {}

  /**
   * Why these leading bytes of a file are not UTF-8 text, or null when they may be.
   *
   * @param b   the bytes
   * @param len how many of them to look at
   */
  static String sniff(byte[] b, int len) {
    if (len >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
        || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return "not valid UTF-8 (it is UTF-16); save it as UTF-8";
    }
    if (startsWith(b, len, "%PDF-")) return BINARY + " (looks like a PDF; extract its text first)";
    if (startsWith(b, len, "PK\u0003\u0004")) {
      return BINARY + " (looks like a ZIP archive or an Office document; save it as plain text)";
    }
    if (len >= 4 && b[0] == (byte) 0xD0 && b[1] == (byte) 0xCF && b[2] == 0x11 && b[3] == (byte) 0xE0) {
      return BINARY + " (looks like an old Office document; save it as plain text)";
    }
    if (len >= 2 && b[0] == 0x1F && b[1] == (byte) 0x8B) return BINARY + " (looks like gzip; unpack it first)";
    int n = Math.min(len, SNIFF_BYTES);
    int nulEven = 0;
    int nulOdd = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        if ((i & 1) == 0) nulEven++; else nulOdd++;
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        control++;
      }
    }
    int half = n / 2;
    if (half >= 8 && Math.max(nulEven, nulOdd) > half * 0.3 && Math.min(nulEven, nulOdd) < half * 0.01) {
      return "not valid UTF-8 (looks like UTF-16); save it as UTF-8";
    }
    if (nulEven + nulOdd > 0) return BINARY;
    if (n > 0 && control > n * 0.10) return BINARY;
    return null;
  }

  /** True when a NUL byte occurs anywhere in the first {@code len} bytes. */
  static boolean hasNul(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] == 0) return true;
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int len, String ascii) {
    if (len < ascii.length()) return false;
    for (int i = 0; i < ascii.length(); i++) {
      if (b[i] != (byte) ascii.charAt(i)) return false;
    }
    return true;
  }

  /**
   * Decodes UTF-8 strictly.
   *
   * @return the text, or null when the bytes are not valid UTF-8; then {@code badOffset[0]} holds
   *         the offset (from {@code off}) of the first bad byte
   */
  static String decodeUtf8(byte[] b, int off, int len, long[] badOffset) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate(len + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      badOffset[0] = in.position() - off;
      return null;
    }
    out.flip();
    return out.toString();
  }

  static String notUtf8(long offset) {
    return "not valid UTF-8 (byte offset " + offset + "); save it as UTF-8";
  }

  private static final java.util.regex.Pattern MARKDOWN_LINK =
      java.util.regex.Pattern.compile("!?\\[([^\\]\n]*)\\]\\([^)\\s]*\\)");

  /**
   * Keeps the words of markdown links and images and drops their markup ("[signed](#)" becomes "signed"):
   * pages saved as text carry them mid-sentence, and the brackets break tokenising and parsing.
   */
  static String stripMarkdownLinks(String s) {
    if (s.indexOf("](") < 0) return s;
    return MARKDOWN_LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
  }

  /** Drops a leading byte order mark and turns CRLF and lone CR line endings into LF. */
  static String normalise(String s) {
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
    if (s.indexOf('\r') < 0) return s;
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** "23.4 MB", "7.6 KB" or "12 bytes"; rounded up to a tenth, so a size over a limit never reads as the limit. */
  static String size(long bytes) {
    if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
    boolean mega = bytes >= ReaderOptions.MB;
    double units = Math.ceil(bytes * 10.0 / (mega ? ReaderOptions.MB : 1024)) / 10.0;
    String unit = mega ? " MB" : " KB";
    if (units == Math.rint(units)) return (long) units + unit;
    return String.format(Locale.ROOT, "%.1f", units) + unit;
  }

  /** "too large (23.4 MB > 20 MB)" */
  static String tooLarge(String what, long bytes, long max) {
    String size = size(bytes);
    String limit = size(max);
    if (size.equals(limit)) {
      size = bytes + " bytes";
      limit = max + " bytes";
    }
    return what + " (" + size + " > " + limit + ")";
  }

  /** Makes a value safe to quote inside a one-line message. */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
    for (int i = 0; i < s.length() && sb.length() < 200; i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (sb.length() < s.length()) sb.append('…');
    return sb.toString();
  }
}
