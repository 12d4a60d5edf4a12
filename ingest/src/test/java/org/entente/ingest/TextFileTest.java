package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.BODY_B;
import static org.entente.ingest.Samples.write;
import static org.entente.ingest.Samples.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {
  @TempDir Path dir;
  final DocumentReader reader = new DocumentReader();

  private Document only(Path file) {
    ReadResult r = reader.readFile(file);
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.documents().size());
    return r.documents().get(0);
  }

  private IngestProblem onlyProblem(Path file) {
    ReadResult r = reader.readFile(file);
    assertEquals(List.of(), r.documents());
    assertEquals(1, r.problems().size(), () -> r.problems().toString());
    return r.problems().get(0);
  }

  @Test void plainTextKeepsBodyExactlyAndUsesFileNameAsId() {
    String text = "  Leading spaces stay.\n\n" + BODY_A + "\n\n";
    Path f = write(dir.resolve("000_93b0e6e5c250ab23.txt"), text);
    Document d = only(f);
    assertEquals("000_93b0e6e5c250ab23.txt", d.id());
    assertEquals(text, d.text());
    assertNull(d.title());
    assertNull(d.published());
    assertNull(d.outlet());
    assertEquals(f.toString(), d.origin());
  }

  @Test void frontMatterFieldsAreRead() {
    String file = "---\n"
        + "title: Ministers agree to reopen crossing\n"
        + "outlet: Entente Sample Wire\n"
        + "published: 2022-02-04\n"
        + "author: Sample Desk\n"
        + "url: https://example.org/x\n"
        + "---\n"
        + BODY_A;
    Document d = only(write(dir.resolve("a.md"), file));
    assertEquals("a.md", d.id());
    assertEquals("Ministers agree to reopen crossing", d.title());
    assertEquals("Entente Sample Wire", d.outlet());
    assertEquals(LocalDate.of(2022, 2, 4), d.published());
    assertEquals("Sample Desk", d.author());
    assertEquals("https://example.org/x", d.url());
    assertEquals(BODY_A, d.text());
  }

  @Test void frontMatterExplicitIdQuotesCommentsAndUnknownKeys() {
    String file = "---\n"
        + "# a comment\n"
        + "ID: wire-0042\n"
        + "Title: \"Bloc: ready to send observers\"\n"
        + "tags: politics\n"
        + "\n"
        + "published:\n"
        + "---\n"
        + "\n" + BODY_B;
    Document d = only(write(dir.resolve("b.txt"), file));
    assertEquals("wire-0042", d.id());
    assertEquals("Bloc: ready to send observers", d.title());
    assertNull(d.published());
    assertEquals("\n" + BODY_B, d.text(), "the body starts right after the closing line");
  }

  @Test void yearMonthAndDateTimeInFrontMatter() {
    Document month = only(write(dir.resolve("m.txt"), "---\npublished: 2022-02\n---\n" + BODY_A));
    assertNull(month.published());
    Document year = only(write(dir.resolve("y.txt"), "---\npublished: 2022\n---\n" + BODY_A));
    assertNull(year.published());
    Document time = only(write(dir.resolve("t.txt"), "---\npublished: 2022-02-04T23:30:00-05:00\n---\n" + BODY_A));
    assertEquals(LocalDate.of(2022, 2, 4), time.published());
  }

  @Test void badFrontMatterDateNamesTheLine() {
    Path f = write(dir.resolve("d.txt"), "---\ntitle: T\npublished: 4 Feb 2022\n---\n" + BODY_A);
    IngestProblem p = onlyProblem(f);
    assertEquals(f + ":3", p.origin());
    assertTrue(p.reason().startsWith("bad \"published\" date '4 Feb 2022'"), p.reason());
  }

  @Test void impossibleDateIsAProblem() {
    IngestProblem p = onlyProblem(write(dir.resolve("d.txt"), "---\npublished: 2022-02-30\n---\n" + BODY_A));
    assertTrue(p.reason().startsWith("bad \"published\" date"), p.reason());
  }

  @Test void frontMatterProblems() {
    Path open = write(dir.resolve("open.txt"), "---\ntitle: never closed\n" + BODY_A);
    assertTrue(onlyProblem(open).reason().startsWith("front matter is not closed"));
    Path noKey = write(dir.resolve("nokey.txt"), "---\ntitle: T\njust words here\n---\n" + BODY_A);
    IngestProblem p = onlyProblem(noKey);
    assertEquals(noKey + ":3", p.origin());
    assertTrue(p.reason().startsWith("front matter line is not 'key: value'"), p.reason());
    Path noBody = write(dir.resolve("nobody.txt"), "---\ntitle: T\n---\n  \n\n");
    assertEquals("no text after the front matter", onlyProblem(noBody).reason());
  }

  @Test void bomIsStrippedAndLineEndingsNormalised() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String crlf = "---\r\ntitle: Crossing\r\n---\r\nFirst line of the text.\r\nSecond line, and the end.\rThird.\r\n";
    byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    Document d = only(writeBytes(dir.resolve("crlf.txt"), all));
    assertEquals("Crossing", d.title());
    assertEquals("First line of the text.\nSecond line, and the end.\nThird.\n", d.text());
  }

  @Test void bomWithoutFrontMatter() {
    byte[] text = ("\uFEFF" + BODY_A).getBytes(StandardCharsets.UTF_8);
    assertEquals(BODY_A, only(writeBytes(dir.resolve("bom.txt"), text)).text());
  }

  @Test void idIsTheFileNameWhereverTheFileIs() {
    Path a = write(dir.resolve("x/y/report.txt"), BODY_A);
    Document viaAbsolute = only(a);
    Document viaRelative = only(Path.of("").toAbsolutePath().relativize(a));
    assertEquals("report.txt", viaAbsolute.id());
    assertEquals(viaAbsolute.id(), viaRelative.id());
    assertEquals(viaAbsolute.text(), viaRelative.text());
  }

  @Test void nonAsciiEnglishTextIsKept() {
    String text = "The “envoy” met Erdoğan and Lavrov’s deputy in Kyiv — talks that both sides called useful.\n";
    assertEquals(text, only(write(dir.resolve("u.txt"), text)).text());
  }
}
