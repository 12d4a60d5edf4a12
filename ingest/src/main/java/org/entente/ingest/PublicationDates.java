package org.entente.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an article appeared from the dates it mentions, for text that carries no dateline or metadata.
 *
 * <p>The method, in order:
 * <ol>
 *   <li>Dated references: full dates ("November 30, 2021"), months with a year ("September 2021"), the year of a
 *       copyright line ("© 2022"), and month-days without a year ("Jan. 31", "December 16"). Ranges ("February
 *       4-20") are left out: they are mostly schedules, which look ahead.</li>
 *   <li>Month-days without a year are placed in the year that puts them nearest the latest reference that names
 *       its year (news reports the weeks and months around it): after a reference to September 2021,
 *       "December 16" is 2021-12-16 and "January 1" is 2022-01-01. Under a copyright year alone they stay in
 *       that year.</li>
 *   <li>The latest reference {@code D} is a lower bound. The text's relative words then fix the day: "yesterday"
 *       puts the article the day after {@code D}; a weekday name for {@code D}'s own weekday puts it on {@code D}
 *       (news names the days of the current week); other weekday names ("on Friday") put it on the latest named
 *       weekday in the six days after {@code D}; otherwise "today" or "this morning" put it on {@code D}.</li>
 *   <li>With no relative word to fix the day, only the month of {@code D} is given ({@code YYYY-MM}).</li>
 * </ol>
 * Every estimate carries the evidence it rests on, so a reader can judge it.
 */
public final class PublicationDates {
  /** An estimated publication date: {@code YYYY-MM-DD} or {@code YYYY-MM}, with the evidence in words. */
  public record Estimate(String iso, String evidence) {
    /** The day, when the estimate is day-precise. */
    public Optional<LocalDate> day() {
      return iso.length() == 10 ? Optional.of(LocalDate.parse(iso)) : Optional.empty();
    }
  }

  private static final String MONTH_NAMES =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
          + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern FULL_DATE = Pattern.compile(
      "\\b" + MONTH_NAMES + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b"
          + "|\\b(\\d{1,2})\\s+" + MONTH_NAMES + ",?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH_NAMES + ",?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH_NAMES + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[-–]\\s*\\d)(?!,?\\s+(?:19|20)\\d{2})(?!\\d)"
          + "|(?<!\\d\\s?[-–]\\s?)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAMES + "(?!,?\\s+(?:19|20)\\d{2})");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?((?:19|20)\\d{2})\\b");
  private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");
  private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this morning|this afternoon|this evening|tonight)\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private PublicationDates() {}

  private record Ref(LocalDate date, String words, boolean yearKnown) {}

  /** The estimate for the text, or empty when it mentions no date that places it. */
  public static Optional<Estimate> estimate(String text) {
    LocalDate today = LocalDate.now();
    List<Ref> dated = new ArrayList<>();
    Matcher m = FULL_DATE.matcher(text);
    List<int[]> taken = new ArrayList<>();
    while (m.find()) {
      LocalDate d = m.group(1) != null
          ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(6), m.group(5), m.group(4));
      taken.add(new int[] {m.start(), m.end()});
      if (d != null && !d.isAfter(today)) dated.add(new Ref(d, m.group(), true));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      if (inside(taken, m.start())) continue;
      Month month = month(m.group(1));
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
      if (!ym.atDay(1).isAfter(today)) dated.add(new Ref(ym.atDay(1), m.group(), true));
    }
    Integer copyrightYear = null;
    m = COPYRIGHT.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y <= today.getYear() && (copyrightYear == null || y > copyrightYear)) copyrightYear = y;
    }
    List<int[]> monthDays = new ArrayList<>(); // month, day
    List<String> monthDayWords = new ArrayList<>();
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      if (inside(taken, m.start())) continue;
      Month month = month(m.group(1) != null ? m.group(1) : m.group(4));
      int day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
      if (day < 1 || day > month.maxLength()) continue;
      if (m.group(1) != null && m.group(1).equals("May") && !Character.isUpperCase(m.group().charAt(0))) continue;
      monthDays.add(new int[] {month.getValue(), day});
      monthDayWords.add(m.group());
    }

    LocalDate floor = null; // the latest reference whose year is known
    String floorWords = null;
    for (Ref r : dated) {
      if (floor == null || r.date().isAfter(floor)) {
        floor = r.date();
        floorWords = r.words();
      }
    }
    if (copyrightYear != null && (floor == null || floor.getYear() < copyrightYear)) {
      floor = LocalDate.of(copyrightYear, 1, 1);
      floorWords = "© " + copyrightYear;
    }
    if (floor == null) return Optional.empty();

    // Place each yearless month-day in the year that puts it nearest the floor: news reports the weeks and months
    // around its latest dated reference. A copyright year only says which year, so its month-days stay in it.
    LocalDate latest = floor;
    String latestWords = floorWords;
    boolean yearOnly = floorWords.startsWith("©");
    for (int i = 0; i < monthDays.size(); i++) {
      LocalDate p = yearOnly ? inYear(monthDays.get(i), floor.getYear()) : nearest(monthDays.get(i), floor);
      if (p.isAfter(latest) && !p.isAfter(today)) {
        latest = p;
        latestWords = monthDayWords.get(i) + "' (placed in " + p.getYear() + ")";
      }
    }
    if (!latestWords.endsWith(")")) latestWords = latestWords + "'";

    String base = "latest date mentioned: '" + latestWords + " = " + latest;
    if (YESTERDAY.matcher(text).find()) {
      return Optional.of(new Estimate(latest.plusDays(1).toString(), base + "; the text says 'yesterday'"));
    }
    Set<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
    m = WEEKDAY.matcher(text);
    while (m.find()) named.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    if (named.contains(latest.getDayOfWeek())) {
      // the text names that day by its weekday, as news does for days of the current week
      return Optional.of(new Estimate(latest.toString(), base + "; the text names its weekday, "
          + cap(latest.getDayOfWeek())));
    }
    if (!named.isEmpty()) {
      for (int ahead = 6; ahead >= 1; ahead--) {
        LocalDate d = latest.plusDays(ahead);
        if (named.contains(d.getDayOfWeek()) && !d.isAfter(today)) {
          return Optional.of(new Estimate(d.toString(), base + "; the latest weekday named after it is "
              + cap(d.getDayOfWeek()) + " " + d));
        }
      }
    }
    if (TODAY.matcher(text).find()) {
      return Optional.of(new Estimate(latest.toString(), base + "; the text says 'today'"));
    }
    return Optional.of(new Estimate(YearMonth.from(latest).toString(), base + "; no word fixes the day, so only the month"));
  }

  /** The occurrence of the month-day nearest the given day (Feb 29 falls back to Feb 28 in common years). */
  private static LocalDate nearest(int[] monthDay, LocalDate around) {
    LocalDate best = null;
    for (int y = around.getYear() - 1; y <= around.getYear() + 1; y++) {
      LocalDate d = inYear(monthDay, y);
      if (best == null || Math.abs(d.toEpochDay() - around.toEpochDay()) < Math.abs(best.toEpochDay() - around.toEpochDay())) {
        best = d;
      }
    }
    return best;
  }

  private static LocalDate inYear(int[] monthDay, int year) {
    try {
      return LocalDate.of(year, monthDay[0], monthDay[1]);
    } catch (DateTimeException e) {
      return LocalDate.of(year, monthDay[0], 28);
    }
  }

  private static boolean inside(List<int[]> spans, int at) {
    for (int[] s : spans) if (at >= s[0] && at < s[1]) return true;
    return false;
  }

  private static LocalDate date(String year, String monthName, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month(monthName), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month mo : Month.values()) if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) return mo;
    throw new DateTimeException("unknown month " + name);
  }

  private static String cap(DayOfWeek d) {
    String s = d.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
