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
    // "2021-W48" and similar: only the year is a calendar date.
    if (value.length() > date.length() && value.charAt(date.length()) == '-' && m.group(2) == null) return m.group(1);
    return date;
  }

  public boolean covers(int tokenIndex) { return tokenIndex >= startToken && tokenIndex < endToken; }
}
