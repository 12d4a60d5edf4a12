package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/** Reads the {@code published} field. */
final class Dates {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].+");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private Dates() {}

  /**
   * A publication date: {@code YYYY-MM-DD}, or an ISO date-time whose date (as written, no time
   * zone conversion) is taken. A bare year or year-month is too vague for a publication date and
   * gives null, as does an empty value.
   *
   * @throws IllegalArgumentException with a user-facing reason when the value is no such date
   */
  static LocalDate parsePublished(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) return null;
    try {
      if (DATE.matcher(s).matches()) return LocalDate.parse(s);
      if (DATE_TIME.matcher(s).matches()) {
        String iso = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
        return LocalDate.from(t);
      }
      if (YEAR_MONTH.matcher(s).matches()) {
        YearMonth.parse(s);
        return null;
      }
      if (YEAR.matcher(s).matches()) return null;
    } catch (DateTimeException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("bad \"published\" date '" + Text.oneLine(s)
        + "' (use YYYY-MM-DD or an ISO date-time)");
  }
}
