package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.core.Document;
import org.entente.core.Duplicate;
import org.entente.core.Figure;
import org.entente.core.Quote;
import org.entente.ingest.PastedPage;
import org.entente.store.EventStore;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON Lines, CSV and table forms of documents, quotations and figures, in a fixed field order. */
final class FactJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FactJson() {}

  /** One document as read: its facts, its body, its duplicate link, and where each field came from. */
  static Map<String, Object> document(Document d, Duplicate duplicate) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", d.id());
    m.put("title", d.title());
    m.put("published", d.publishedIso());
    m.put("author", d.author());
    m.put("outlet", d.outlet());
    m.put("url", d.url());
    m.put("origin", d.origin());
    m.put("body", PastedPage.body(d.text()));
    m.put("duplicate_of", duplicate == null ? null : duplicate.original());
    m.put("duplicate_similarity", duplicate == null ? null : round(duplicate.similarity()));
    m.put("sources", d.sources());
    return m;
  }

  /** One stored document's facts (no body), with how much was read from it. */
  static Map<String, Object> document(EventStore.DocumentRow d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", d.id());
    m.put("title", d.title());
    m.put("published", d.published());
    m.put("author", d.author());
    m.put("outlet", d.outlet());
    m.put("url", d.url());
    m.put("origin", d.origin());
    m.put("duplicate_of", d.duplicateOf());
    m.put("duplicate_similarity", d.duplicateSimilarity() == null ? null : round(d.duplicateSimilarity()));
    m.put("events", d.events());
    m.put("quotes", d.quotes());
    m.put("figures", d.figures());
    m.put("sources", d.sources());
    return m;
  }

  static Map<String, Object> quote(Quote q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", q.doc());
    m.put("quote", q.text());
    m.put("speaker", q.speaker());
    m.put("speaker_actor", q.speakerActor());
    m.put("attribution", q.attribution());
    m.put("sentence_index", q.sentenceIndex());
    m.put("char_start", q.charStart());
    m.put("char_end", q.charEnd());
    return m;
  }

  static Map<String, Object> figure(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", f.doc());
    m.put("text", f.text());
    m.put("kind", f.kind());
    m.put("value", f.value());
    m.put("unit", f.unit());
    m.put("qualifier", f.qualifier());
    m.put("measures", f.measures());
    m.put("year", f.year());
    m.put("actors", f.actors());
    m.put("sentence_index", f.sentenceIndex());
    m.put("char_start", f.charStart());
    m.put("char_end", f.charEnd());
    m.put("sentence", f.sentence());
    return m;
  }

  static String line(Map<String, Object> m) {
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  // ---------------------------------------------------------------- printing rows

  enum Format { table, csv, jsonl }

  /**
   * Prints rows in the format: JSON Lines as they are, CSV with a header (lists joined by spaces, maps as JSON),
   * or a table of the named columns, each cut to its width.
   */
  static void print(PrintWriter out, List<Map<String, Object>> rows, Format format, Map<String, Integer> tableColumns) {
    switch (format) {
      case jsonl -> rows.forEach(r -> out.println(line(r)));
      case csv -> {
        if (rows.isEmpty()) return;
        out.println(String.join(",", rows.get(0).keySet()));
        for (Map<String, Object> r : rows) {
          List<String> cells = new ArrayList<>();
          for (Object v : r.values()) cells.add(csvCell(v));
          out.println(String.join(",", cells));
        }
      }
      case table -> {
        StringBuilder header = new StringBuilder();
        tableColumns.forEach((c, w) -> header.append(pad(c, w)).append(' '));
        out.println(header.toString().stripTrailing());
        for (Map<String, Object> r : rows) {
          StringBuilder sb = new StringBuilder();
          tableColumns.forEach((c, w) -> sb.append(pad(cell(r.get(c)), w)).append(' '));
          out.println(sb.toString().stripTrailing());
        }
      }
    }
  }

  private static String cell(Object v) {
    if (v == null) return "-";
    if (v instanceof List<?> l) return String.join(" ", l.stream().map(String::valueOf).toList());
    if (v instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.0f", d)
        : String.format(Locale.ROOT, "%.4g", d);
    return v.toString().replaceAll("\\s+", " ").strip();
  }

  private static String pad(String s, int width) {
    if (width <= 0) return s;
    if (s.length() > width) return s.substring(0, width - 1) + "…";
    return s + " ".repeat(width - s.length());
  }

  private static String csvCell(Object v) {
    String s;
    if (v == null) s = "";
    else if (v instanceof Map<?, ?>) s = line(castMap(v));
    else if (v instanceof List<?> l) s = String.join(" ", l.stream().map(String::valueOf).toList());
    else s = v.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object v) {
    return (Map<String, Object>) v;
  }
}
