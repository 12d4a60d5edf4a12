package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTest {
  @TempDir Path dir;
  final DocumentReader reader = new DocumentReader();

  private List<String> relative(List<Path> files) {
    return files.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
  }

  @Test void recursiveSortedAndFilteredByExtension() {
    for (String name : List.of("b.txt", "a.md", "c.TEXT", "sub/z.jsonl", "sub/deeper/y.ndjson", "sub/a.txt",
        "aa/x.txt", "notes.docx", "data.csv", "README", ".hidden.txt", ".git/config.txt", "sub/.x.md")) {
      write(dir.resolve(name), BODY_A);
    }
    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = reader.expand(List.of(dir), problems::add);
    assertEquals(List.of("a.md", "aa/x.txt", "b.txt", "c.TEXT", "sub/a.txt", "sub/deeper/y.ndjson", "sub/z.jsonl"),
        relative(files));
    assertEquals(List.of(), problems);
  }

  @Test void explicitFilesKeepTheirOrderAndAnyExtensionIsText() {
    Path docx = write(dir.resolve("story.article"), BODY_A);
    Path txt = write(dir.resolve("a.txt"), BODY_A.replace("Monday", "Friday"));
    Path hidden = write(dir.resolve(".draft.txt"), BODY_A.replace("Monday", "Sunday"));
    List<Path> files = reader.expand(List.of(docx, txt, hidden), p -> { });
    assertEquals(List.of(docx, txt, hidden), files);
    List<Document> docs = new ArrayList<>();
    reader.read(files, docs::add, p -> { throw new AssertionError(p.toString()); });
    assertEquals(List.of("story.article", "a.txt", ".draft.txt"), docs.stream().map(Document::id).toList());
  }

  @Test void aFileReachedTwiceIsListedOnce() {
    Path a = write(dir.resolve("f/a.txt"), BODY_A);
    List<Path> files = reader.expand(List.of(dir.resolve("f"), a, dir.resolve("f/../f/a.txt")), p -> { });
    assertEquals(List.of(a), files);
  }

  @Test void emptyFolderGivesNothing() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    List<IngestProblem> problems = new ArrayList<>();
    assertEquals(List.of(), reader.expand(List.of(dir.resolve("empty")), problems::add));
    assertEquals(List.of(), problems);
  }

  @Test void symlinkLoopIsNotFollowedForever() throws IOException {
    write(dir.resolve("top/a.txt"), BODY_A);
    try {
      Files.createSymbolicLink(dir.resolve("top/loop"), dir.resolve("top"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this system
    }
    assertEquals(List.of("top/a.txt"), relative(reader.expand(List.of(dir.resolve("top")), p -> { })));
  }

  @Test void readingTwiceGivesTheSameDocuments() {
    write(dir.resolve("one.txt"), BODY_A);
    write(dir.resolve("two/three.jsonl"), "{\"id\": 7, \"text\": " + Samples.jsonString(BODY_A) + "}\n");
    List<Document> first = new ArrayList<>();
    List<Document> second = new ArrayList<>();
    reader.read(List.of(dir), first::add, p -> { throw new AssertionError(p.toString()); });
    reader.read(List.of(dir), second::add, p -> { throw new AssertionError(p.toString()); });
    assertEquals(first, second);
    assertEquals(List.of("one.txt", "7"), first.stream().map(Document::id).toList());
  }
}
