package org.entente.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** A file written under a temporary name and moved over its real name only when everything went well. */
final class AtomicOutput {
  private final Path target;
  private final Path tmp;
  private final Writer writer;

  private AtomicOutput(Path target) throws IOException {
    this.target = target;
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    this.tmp = Files.createTempFile(folder, ".entente-", ".part");
    this.writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
  }

  /** Opens an output for the target, or returns null when there is none; the output is added to {@code all}. */
  static AtomicOutput open(Path target, List<AtomicOutput> all) throws IOException {
    if (target == null) return null;
    AtomicOutput o = open(target);
    all.add(o);
    return o;
  }

  static AtomicOutput open(Path target) throws IOException {
    return new AtomicOutput(target);
  }

  Writer writer() {
    return writer;
  }

  void line(String s) throws IOException {
    writer.write(s);
    writer.write('\n');
  }

  void commit() throws IOException {
    writer.close();
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  void abandon() {
    try {
      writer.close();
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // best effort: the run already failed
    }
  }
}
