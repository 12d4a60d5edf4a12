package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date of a plain-text article that has no metadata: a short line near the top that
 * carries a full date ("Wednesday, March 22, 2023", "Some Outlet, December 15, 2021", "15 December 2021",
 * "2022-01-05"). Only short lines count: a date inside a body sentence is about an event, not the article.
 */
public final class Datelines {
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
          + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
  private static final int LINES_TO_SCAN = 20;
  private static final int MAX_LINE_LENGTH = 80;

  private Datelines() {}

  static Optional<LocalDate> publicationDate(String text) {
    int seen = 0;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (++seen > LINES_TO_SCAN) break;
      if (l.length() > MAX_LINE_LENGTH) continue;
      Optional<LocalDate> d = dateIn(l);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /**
   * A reference date for resolving "Friday" or "on November 15" in an article with no known publication date:
   * the latest full date the text mentions (a caption's "Moscow, November 30, 2021"). Only an estimate, so it is
   * never stored as the publication date.
   */
  public static Optional<LocalDate> latestMentionedDate(String text) {
    LocalDate latest = null;
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Optional<LocalDate> d = dateIn(m.group());
        if (d.isPresent() && (latest == null || d.get().isAfter(latest))) latest = d.get();
      }
    }
    return Optional.ofNullable(latest);
  }

  static Optional<LocalDate> dateIn(String line) {
    try {
      Matcher m = MONTH_DAY_YEAR.matcher(line);
      if (m.find()) return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
      m = DAY_MONTH_YEAR.matcher(line);
      if (m.find()) return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
      m = ISO.matcher(line);
      if (m.find()) return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30, 2022": not a date
    }
    return Optional.empty();
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month m : Month.values()) if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) return m;
    throw new DateTimeException("unknown month " + name);
  }
}
