package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short made-up English texts and file helpers for the tests. */
final class Samples {
  static final String BODY_A = "The foreign ministers of two neighbouring states met on Monday in a border town. "
      + "They agreed to reopen a crossing that had been closed for a year, and said that talks would go on.\n";
  static final String BODY_B = "A regional bloc said on Tuesday that it was ready to send observers to the election. "
      + "The government has not yet replied to the offer, which was made in a letter to the president.\n";
  static final String BODY_C = "Police in the capital detained several protesters after a march to the parliament. "
      + "The interior minister said that the march had not been allowed and that more arrests were possible.\n";

  private Samples() {}

  static Path write(Path file, String text) {
    return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
