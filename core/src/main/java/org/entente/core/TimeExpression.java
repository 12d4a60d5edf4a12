package org.entente.core;

/**
 * A temporal expression found in a sentence and normalised against the publication date.
 *
 * @param startToken first token index
 * @param endToken   index after the last token
 * @param text       the words
 * @param value      normalised TIMEX3 value, e.g. {@code 2021-12-15}, {@code 2019-11}, {@code 2021-W48}, {@code PAST_REF}
 */
public record TimeExpression(int startToken, int endToken, String text, String value) {
  /** The value as a calendar date prefix (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is not one. */
  public String calendarDate() {
    if (value == null) return null;
    var m = java.util.regex.Pattern.compile("^(\\d{4})(-\\d{2})?(-\\d{2})?").matcher(value);
    if (!m.find()) return null;
    String date = m.group(0);
    // "last week" is "2022-W04": the month of the week's Thursday (the ISO rule for which month a week is in)
    var week = java.util.regex.Pattern.compile("^(\\d{4})-W(\\d{2})$").matcher(value);
    if (week.find()) {
      try {
        java.time.LocalDate thursday = java.time.LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
            .with(java.time.DayOfWeek.THURSDAY);
        return thursday.toString().substring(0, 7);
      } catch (java.time.DateTimeException e) {
        return week.group(1);
      }
    }
    // other "2021-W48-..." values and the like: only the year is a calendar date.
    if (value.length() > date.length() && value.charAt(date.length()) == '-' && m.group(2) == null) return m.group(1);
    return date;
  }

  public boolean covers(int tokenIndex) { return tokenIndex >= startToken && tokenIndex < endToken; }
}
