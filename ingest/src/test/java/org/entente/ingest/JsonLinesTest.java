package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.BODY_B;
import static org.entente.ingest.Samples.BODY_C;
import static org.entente.ingest.Samples.jsonString;
import static org.entente.ingest.Samples.write;
import static org.entente.ingest.Samples.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  @TempDir Path dir;
  final DocumentReader reader = new DocumentReader();

  private static String line(String id, String text, String extra) {
    return "{\"id\": " + id + ", \"text\": " + jsonString(text) + (extra.isEmpty() ? "" : ", " + extra) + "}\n";
  }

  private static Map<String, String> byOrigin(List<IngestProblem> problems) {
    Map<String, String> m = new TreeMap<>();
    for (IngestProblem p : problems) assertNull(m.put(p.origin(), p.reason()), problems::toString);
    return m;
  }

  @Test void goodLinesWithAllFields() {
    Path f = write(dir.resolve("docs.jsonl"),
        line("\"w-1\"", BODY_A, "\"title\": \"Crossing to reopen\", \"published\": \"2022-02-04\", "
            + "\"outlet\": \"Sample Wire\", \"author\": \"Desk\", \"url\": \"https://example.org/1\", \"extra\": [1, 2]")
            + "\n   \n"
            + line("42", BODY_B, "\"published\": \"2022-03-01T23:15:00+09:00\", \"title\": null")
            + line("\"w-3\"", BODY_C, "\"published\": \"2022-03\""));
    ReadResult r = reader.readFile(f);
    assertEquals(List.of(), r.problems());
    List<Document> d = r.documents();
    assertEquals(3, d.size());
    assertEquals(new Document("w-1", BODY_A, "Crossing to reopen", LocalDate.of(2022, 2, 4), "Sample Wire", "Desk",
        "https://example.org/1", f + ":1", null, java.util.Map.of("title", "JSON field title", "published",
        "JSON field published", "author", "JSON field author", "outlet", "JSON field outlet", "url", "JSON field url",
        "body", "JSON field text")), d.get(0));
    assertEquals("42", d.get(1).id());
    assertEquals(f + ":4", d.get(1).origin(), "blank lines count in line numbers");
    assertEquals(LocalDate.of(2022, 3, 1), d.get(1).published(), "the date as written, no zone conversion");
    assertNull(d.get(1).title());
    assertNull(d.get(2).published());
    assertEquals("2022-03", d.get(2).publishedIso(), "a month is kept as a month");
  }

  @Test void badLinesAreReportedWithTheirNumberAndTheRestIsRead() {
    String good = line("\"ok-1\"", BODY_A, "");
    Path f = write(dir.resolve("mixed.ndjson"), good
        + "{\"id\": \"x\", \"text\": \"unterminated\n"                              // 2 malformed
        + "{\"text\": " + jsonString(BODY_B) + "}\n"                               // 3 no id
        + "{\"id\": \"y\"}\n"                                                      // 4 no text
        + "{\"title\": \"neither\"}\n"                                             // 5 no id, no text
        + line("\"z\"", BODY_B, "\"published\": \"yesterday\"")                    // 6 bad date
        + line("\"v\"", BODY_B, "\"published\": 20220204")                         // 7 date not a string
        + "[1, 2, 3]\n"                                                            // 8 not an object
        + line("1.5", BODY_B, "")                                                  // 9 id not integer
        + line("\"w\"", "   ", "")                                                 // 10 blank text
        + "{\"id\": \"u\", \"text\": 5}\n"                                         // 11 text not a string
        + line("\"t\"", BODY_B, "") .replace("}\n", "} {\"id\": 2}\n")             // 12 trailing content
        + line("\"s\"", BODY_B, "\"title\": {\"a\": 1}")                           // 13 title an object
        + line("\"ok-2\"", BODY_C, ""));                                           // 14 good
    ReadResult r = reader.readFile(f);
    assertEquals(List.of("ok-1", "ok-2"), r.documents().stream().map(Document::id).toList());
    Map<String, String> m = byOrigin(r.problems());
    assertEquals(12, m.size(), r.problems()::toString);
    assertTrue(m.get(f + ":2").startsWith("malformed JSON at column "), m.get(f + ":2"));
    assertEquals("missing \"id\"", m.get(f + ":3"));
    assertEquals("missing \"text\"", m.get(f + ":4"));
    assertEquals("missing \"id\" and \"text\"", m.get(f + ":5"));
    assertEquals("bad \"published\" date 'yesterday' (use YYYY-MM-DD or an ISO date-time)", m.get(f + ":6"));
    assertTrue(m.get(f + ":7").startsWith("bad \"published\" date 20220204"), m.get(f + ":7"));
    assertEquals("expected a JSON object, found an array", m.get(f + ":8"));
    assertEquals("\"id\" must be a string or an integer, found a number", m.get(f + ":9"));
    assertEquals("no text (\"text\" is blank)", m.get(f + ":10"));
    assertEquals("\"text\" must be a string, found a number", m.get(f + ":11"));
    assertTrue(m.get(f + ":12").startsWith("malformed JSON"), m.get(f + ":12"));
    assertEquals("\"title\" must be a string, found an object", m.get(f + ":13"));
    for (IngestProblem p : r.problems()) assertTrue(p.toString().indexOf('\n') < 0, p.toString());
  }

  @Test void bomAndCrlf() {
    byte[] body = ("\uFEFF" + line("\"a\"", "One line.\r\nThe minister said that the talks had ended in a deal.", "")
        .replace("\n", "\r\n") + "\r\n" + line("\"b\"", BODY_A, "")).getBytes(StandardCharsets.UTF_8);
    ReadResult r = reader.readFile(writeBytes(dir.resolve("crlf.jsonl"), body));
    assertEquals(List.of(), r.problems());
    assertEquals("One line.\nThe minister said that the talks had ended in a deal.", r.documents().get(0).text());
    assertEquals(2, r.documents().size());
  }

  @Test void badUtf8OnOneLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(line("\"a\"", BODY_A, "").getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\": \"b\", \"text\": \"S\u00e3o Paulo\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(line("\"c\"", BODY_C, "").getBytes(StandardCharsets.UTF_8));
    Path f = writeBytes(dir.resolve("enc.jsonl"), out.toByteArray());
    ReadResult r = reader.readFile(f);
    assertEquals(List.of("a", "c"), r.documents().stream().map(Document::id).toList());
    assertEquals(List.of(new IngestProblem(f + ":2",
        "not valid UTF-8 (byte offset 22 in the line); save the file as UTF-8")), r.problems());
  }

  @Test void overlongLineIsSkipped() {
    String longText = BODY_A.repeat(20);
    Path f = write(dir.resolve("long.jsonl"), line("\"a\"", BODY_A, "") + line("\"big\"", longText, "")
        + line("\"c\"", BODY_C, ""));
    ReadResult r = new DocumentReader(ReaderOptions.DEFAULT.withMaxBytes(1024)).readFile(f);
    assertEquals(List.of("a", "c"), r.documents().stream().map(Document::id).toList());
    assertEquals(1, r.problems().size());
    assertEquals(f + ":2", r.problems().get(0).origin());
    assertTrue(r.problems().get(0).reason().matches("line too long \\(\\d+(\\.\\d)? KB > 1 KB\\)"),
        r.problems().get(0).reason());
  }

  @Test void wholeFileProblems() {
    Path empty = write(dir.resolve("empty.jsonl"), "");
    Path blank = write(dir.resolve("blank.jsonl"), "\n  \n\n");
    Path binary = writeBytes(dir.resolve("bin.jsonl"), new byte[] {'{', 0, 0, 1, 2, '}', '\n'});
    assertEquals(List.of(new IngestProblem(empty.toString(), "empty file")), reader.readFile(empty).problems());
    assertEquals(List.of(new IngestProblem(blank.toString(), "no documents (only blank lines)")),
        reader.readFile(blank).problems());
    assertEquals(List.of(new IngestProblem(binary.toString(), "binary file, not text")),
        reader.readFile(binary).problems());
    assertEquals(List.of(new IngestProblem(dir.resolve("gone.jsonl").toString(), "cannot read: no such file")),
        reader.readFile(dir.resolve("gone.jsonl")).problems());
  }

  @Test void nonEnglishLine() {
    Path f = write(dir.resolve("lang.jsonl"), line("\"en\"", BODY_A, "")
        + line("\"es\"", "El gobierno anunció el lunes que aumentará la ayuda al país vecino, "
            + "y un portavoz dijo que las conversaciones con los socios continuarán en los próximos días.", ""));
    ReadResult r = reader.readFile(f);
    assertEquals(List.of("en"), r.documents().stream().map(Document::id).toList());
    assertEquals(f + ":2", r.problems().get(0).origin());
    assertTrue(r.problems().get(0).reason().startsWith("does not look like English text"));
  }

  @Test void manyBadLinesAreSummedUp() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10; i++) sb.append("not json at all\n");
    sb.append(line("\"last\"", BODY_A, ""));
    Path f = write(dir.resolve("noise.jsonl"), sb.toString());
    ReadResult r = new DocumentReader(ReaderOptions.DEFAULT.withMaxProblemsPerFile(3)).readFile(f);
    assertEquals(List.of("last"), r.documents().stream().map(Document::id).toList());
    assertEquals(4, r.problems().size());
    assertEquals(f + ":3", r.problems().get(2).origin());
    assertEquals(new IngestProblem(f.toString(), "7 more bad lines not listed (only the first 3 are)"),
        r.problems().get(3));
  }

  @Test void duplicateIdsWithinOneFileInARun() {
    Path f = write(dir.resolve("dup.jsonl"), line("\"a\"", BODY_A, "") + line("\"a\"", BODY_B, ""));
    List<Document> docs = new java.util.ArrayList<>();
    List<IngestProblem> problems = new java.util.ArrayList<>();
    reader.read(List.of(f), docs::add, problems::add);
    assertEquals(1, docs.size());
    assertEquals(BODY_A, docs.get(0).text());
    assertEquals(List.of(new IngestProblem(f + ":2", "duplicate document id a (also in " + f + ":1)")), problems);
  }

  @Test void lastLineWithoutNewline() {
    Path f = write(dir.resolve("nonl.jsonl"), line("\"a\"", BODY_A, "") + line("\"b\"", BODY_B, "").strip());
    assertEquals(2, reader.readFile(f).documents().size());
  }

  @Test void linesLongerThanTheReadBuffer() {
    String text = BODY_A.repeat(2000); // about 370 kB, several buffer fills
    Path f = write(dir.resolve("wide.jsonl"), line("\"a\"", text, "") + line("\"b\"", BODY_B, ""));
    ReadResult r = reader.readFile(f);
    assertEquals(List.of(), r.problems());
    assertEquals(text, r.documents().get(0).text());
    assertEquals(f + ":2", r.documents().get(1).origin());
  }
}
