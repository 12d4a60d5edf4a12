package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.BODY_B;
import static org.entente.ingest.Samples.BODY_C;
import static org.entente.ingest.Samples.write;
import static org.entente.ingest.Samples.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  @TempDir Path dir;

  private final List<Document> docs = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  private void run(DocumentReader reader, Path... inputs) {
    reader.read(List.of(inputs), docs::add, problems::add);
  }

  private Map<String, String> problemsByOrigin() {
    Map<String, String> m = new TreeMap<>();
    for (IngestProblem p : problems) {
      String old = m.put(p.origin(), p.reason());
      assertEquals(null, old, "more than one problem for " + p.origin() + ": " + problems);
    }
    return m;
  }

  private List<String> ids() {
    return docs.stream().map(Document::id).toList();
  }

  @Test void eachBadFileGivesOneProblemAndGoodFilesAreStillRead() throws IOException {
    write(dir.resolve("01_good.txt"), BODY_A);
    Path empty = write(dir.resolve("02_empty.txt"), "");
    Path blank = write(dir.resolve("03_blank.txt"), "  \n\t\n  \r\n");
    Path nul = writeBytes(dir.resolve("04_nul.txt"), "some text\u0000more text".getBytes(StandardCharsets.UTF_8));
    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    Path control = writeBytes(dir.resolve("05_control.txt"), controls);
    byte[] latin1 = "The minister met his counterpart in S\u00e3o Paulo on Monday.".getBytes(StandardCharsets.ISO_8859_1);
    Path notUtf8 = writeBytes(dir.resolve("06_latin1.txt"), latin1);
    Path pdf = writeBytes(dir.resolve("07_paper.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = writeBytes(dir.resolve("08_utf16.txt"), ("\uFEFF" + BODY_B).getBytes(StandardCharsets.UTF_16LE));
    Path german = write(dir.resolve("09_german.txt"),
        "Die Regierung hat am Montag beschlossen, die Hilfen für das Nachbarland deutlich zu erhöhen. "
            + "Ein Sprecher sagte, man werde die Lage weiter beobachten und mit den Partnern sprechen.");
    Path russian = write(dir.resolve("10_russian.txt"),
        "Правительство в понедельник объявило, что увеличит помощь соседней стране.");
    write(dir.resolve("11_good.txt"), BODY_C);
    Path missing = dir.resolve("nope/missing.txt");

    run(new DocumentReader(), dir, missing);

    assertEquals(List.of("01_good.txt", "11_good.txt"), ids());
    Map<String, String> byOrigin = problemsByOrigin();
    assertEquals(10, byOrigin.size(), problems::toString);
    assertEquals("empty file", byOrigin.get(empty.toString()));
    assertEquals("no text (only whitespace)", byOrigin.get(blank.toString()));
    assertEquals("binary file, not text", byOrigin.get(nul.toString()));
    assertEquals("binary file, not text", byOrigin.get(control.toString()));
    int bad = new String(latin1, StandardCharsets.ISO_8859_1).indexOf('\u00e3');
    assertEquals("not valid UTF-8 (byte offset " + bad + "); save it as UTF-8", byOrigin.get(notUtf8.toString()));
    assertTrue(byOrigin.get(pdf.toString()).startsWith("binary file, not text (looks like a PDF"));
    assertTrue(byOrigin.get(utf16.toString()).contains("UTF-16"));
    assertTrue(byOrigin.get(german.toString()).startsWith("does not look like English text"));
    assertEquals("does not look like English text (mostly Cyrillic letters)", byOrigin.get(russian.toString()));
    assertEquals("cannot read: no such file", byOrigin.get(missing.toString()));
    // the problem line a user sees
    assertTrue(problems.stream().anyMatch(p -> p.toString().equals(empty + ": empty file")));
  }

  @Test void utf16WithoutBom() {
    Path f = writeBytes(dir.resolve("w.txt"), BODY_A.getBytes(StandardCharsets.UTF_16LE));
    run(new DocumentReader(), f);
    assertEquals("not valid UTF-8 (looks like UTF-16); save it as UTF-8", problemsByOrigin().get(f.toString()));
  }

  @Test void tooLargeAtTheDefaultLimit() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(21L * 1024 * 1024); // sparse: size is all that is looked at
    }
    write(dir.resolve("small.txt"), BODY_A);
    run(new DocumentReader(), dir);
    assertEquals(List.of("small.txt"), ids());
    assertEquals(Map.of(big.toString(), "too large (21 MB > 20 MB)"), problemsByOrigin());
  }

  @Test void tooLargeWithASmallLimit() {
    Path f = write(dir.resolve("f.txt"), BODY_A.repeat(40)); // a few kB
    run(new DocumentReader(ReaderOptions.DEFAULT.withMaxBytes(ReaderOptions.MB / 1024)), f);
    String reason = problemsByOrigin().get(f.toString());
    assertTrue(reason.matches("too large \\(\\d+(\\.\\d)? KB > 1 KB\\)"), reason);
  }

  @Test void unreadableFile() throws IOException {
    Path f = write(dir.resolve("locked.txt"), BODY_A);
    write(dir.resolve("open.txt"), BODY_B);
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeFalse(true, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(f), "running as a user who reads everything");
    run(new DocumentReader(), dir);
    assertEquals(List.of("open.txt"), ids());
    assertEquals(Map.of(f.toString(), "cannot read: permission denied"), problemsByOrigin());
  }

  @Test void duplicateIdsAcrossFilesAndFormats() {
    Path first = write(dir.resolve("a/report.txt"), BODY_A);
    Path second = write(dir.resolve("b/report.txt"), BODY_B);
    Path jsonl = write(dir.resolve("c/more.jsonl"),
        "{\"id\": \"report.txt\", \"text\": " + Samples.jsonString(BODY_C) + "}\n"
            + "{\"id\": \"fresh\", \"text\": " + Samples.jsonString(BODY_C) + "}\n");
    run(new DocumentReader(), dir);
    assertEquals(List.of("report.txt", "fresh"), ids());
    assertEquals(BODY_A, docs.get(0).text());
    assertEquals(Map.of(
        second.toString(), "duplicate document id report.txt (also in " + first + ")",
        jsonl + ":1", "duplicate document id report.txt (also in " + first + ")"), problemsByOrigin());
  }

  @Test void englishCheckCanBeSwitchedOff() {
    Path f = write(dir.resolve("de.txt"), "Die Regierung hat am Montag beschlossen, die Hilfen für das "
        + "Nachbarland deutlich zu erhöhen, und ein Sprecher sagte, man werde die Lage weiter beobachten.");
    run(new DocumentReader(ReaderOptions.DEFAULT.withCheckEnglish(false)), f);
    assertEquals(List.of("de.txt"), ids());
    assertEquals(List.of(), problems);
  }

  @Test void readFileOnAFolder() {
    ReadResult r = new DocumentReader().readFile(dir);
    assertEquals(List.of(new IngestProblem(dir.toString(), "cannot read: is a folder")), r.problems());
  }
}
