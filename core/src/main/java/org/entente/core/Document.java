package org.entente.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as ingested: a stable id, its text and what is known about it.
 *
 * @param id        stable identifier: the file name for text files, the {@code id} field for JSON Lines
 * @param text      the article body (title excluded unless the source had no separate title)
 * @param title     headline, or null
 * @param published publication date, or null when unknown
 * @param outlet    publishing outlet, or null
 * @param author    byline, or null
 * @param url       where it came from, or null
 * @param origin    the file (and line, for JSON Lines) it was read from, for error messages and provenance
 */
public record Document(String id, String text, String title, LocalDate published, String outlet,
                       String author, String url, String origin) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** The title and the body as the NLP stage sees them: the title is its own first "sentence". */
  public String fullText() {
    return title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
  }

  /** Character offset of the body inside {@link #fullText()}. */
  public int bodyOffset() {
    return title == null || title.isBlank() ? 0 : title.strip().length() + 2;
  }
}
