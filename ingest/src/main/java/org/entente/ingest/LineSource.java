package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at LF, keeping at most {@code max} bytes of a line; a longer line
 * is skipped to its end and flagged. A trailing CR is dropped. Bytes, not chars, so that each line
 * can be decoded strictly on its own.
 */
final class LineSource {
  private final InputStream in;
  private final int max;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;

  private byte[] line = new byte[4096];
  private int len;
  private long fullLength;
  private boolean tooLong;

  LineSource(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    len = 0;
    fullLength = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        if (eof) break;
        int n = in.read(buf);
        if (n < 0) {
          eof = true;
          break;
        }
        pos = 0;
        lim = n;
        continue;
      }
      any = true;
      int start = pos;
      while (pos < lim && buf[pos] != '\n') pos++;
      append(start, pos - start);
      if (pos < lim) {
        pos++;
        dropCr();
        return true;
      }
    }
    if (!any) return false;
    dropCr();
    return true;
  }

  private void dropCr() {
    if (!tooLong && len > 0 && line[len - 1] == '\r') {
      len--;
    }
  }

  private void append(int from, int n) {
    fullLength += n;
    if (tooLong || n == 0) return;
    if (fullLength > max) {
      tooLong = true;
      return;
    }
    if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, Math.min(max, line.length * 2)));
    System.arraycopy(buf, from, line, len, n);
    len += n;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return len;
  }

  /** The whole line's length in bytes, also when it was too long to keep. */
  long fullLength() {
    return fullLength;
  }

  boolean tooLong() {
    return tooLong;
  }
}
