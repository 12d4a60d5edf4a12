package org.entente.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One article as ingested: a stable id, its text and what is known about it.
 *
 * @param id            stable identifier: the file name for text files, the {@code id} field for JSON Lines
 * @param text          the article body (title excluded unless the source had no separate title)
 * @param title         headline, or null
 * @param published     publication date to the day, or null when unknown or known only to the month or year
 * @param outlet        publishing outlet, or null
 * @param author        byline, or null
 * @param url           where it came from, or null
 * @param origin        the file (and line, for JSON Lines) it was read from, for error messages and provenance
 * @param publishedIso  the publication date as far as it is known: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY};
 *                      null when unknown. Equals {@code published.toString()} whenever {@code published} is set.
 * @param sources       for each detected field ({@code title}, {@code published}, {@code author}, {@code outlet},
 *                      {@code body}), where its value came from, in words: "front matter", "HTML meta og:title",
 *                      "dateline line 3", "estimated: ..."
 */
public record Document(String id, String text, String title, LocalDate published, String outlet,
                       String author, String url, String origin, String publishedIso, Map<String, String> sources) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (published != null) {
      if (publishedIso != null && !publishedIso.equals(published.toString())) {
        throw new IllegalArgumentException("publishedIso " + publishedIso + " differs from published " + published);
      }
      publishedIso = published.toString();
    } else if (publishedIso != null && !publishedIso.matches("\\d{4}(-\\d{2})?")) {
      throw new IllegalArgumentException("publishedIso must be YYYY or YYYY-MM without a day-level date: " + publishedIso);
    }
    // kept in the order the fields were found, for people reading the provenance
    sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /** A document whose fields carry no record of where they came from (tests, tools, the store). */
  public Document(String id, String text, String title, LocalDate published, String outlet,
                  String author, String url, String origin) {
    this(id, text, title, published, outlet, author, url, origin, null, Map.of());
  }

  /** The title and the body as the NLP stage sees them: the title is its own first "sentence". */
  public String fullText() {
    return title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
  }

  /** Character offset of the body inside {@link #fullText()}. */
  public int bodyOffset() {
    return title == null || title.isBlank() ? 0 : title.strip().length() + 2;
  }

  /** Where the named field's value came from, or null when not recorded. */
  public String source(String field) {
    return sources.get(field);
  }

  /** A copy with a field's source recorded (replacing an earlier one). */
  public Document withSource(String field, String source) {
    Map<String, String> m = new LinkedHashMap<>(sources);
    m.put(field, source);
    return new Document(id, text, title, published, outlet, author, url, origin, publishedIso, m);
  }
}
