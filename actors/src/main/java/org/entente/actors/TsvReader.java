package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the dictionaries' tab-separated format: '#' comments, fixed column count, ';' lists inside cells. */
final class TsvReader {
  private TsvReader() {}

  /** A data line: its cells (padded to {@code columns}) and where it came from. */
  record Row(String[] cells, String origin) {
    String get(int i) { return cells[i].strip(); }

    List<String> list(int i) {
      List<String> out = new ArrayList<>();
      for (String part : cells[i].split(";")) if (!part.isBlank()) out.add(part.strip());
      return out;
    }

    IllegalArgumentException error(String what) { return new IllegalArgumentException(origin + ": " + what); }
  }

  static List<Row> read(Reader reader, String source, int columns, int required) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        String origin = source + ":" + n;
        if (cells.length > columns) {
          throw new IllegalArgumentException(origin + ": " + cells.length + " columns, expected at most " + columns);
        }
        if (cells.length < required) {
          throw new IllegalArgumentException(origin + ": " + cells.length + " columns, expected at least " + required);
        }
        String[] padded = Arrays.copyOf(cells, columns);
        for (int i = 0; i < padded.length; i++) if (padded[i] == null) padded[i] = "";
        rows.add(new Row(padded, origin));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
