package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whole lines of site boilerplate in pasted articles: newsletter prompts, "Print Friendly", share and
 * follow prompts, tag lines, disclaimers, copyright lines, photo credits. The patterns are data, in the
 * resource {@code entente/ingest/boilerplate.tsv} ({@code pattern<TAB>example[<TAB>max length]}, one
 * case-insensitive regular expression a line, {@code #} comments), loaded once.
 *
 * <p>A line is dropped only when a pattern matches it and it is short (under {@value #DEFAULT_MAX_LENGTH}
 * characters unless the pattern says otherwise), so a real paragraph that mentions "subscribe" survives.
 * One more rule needs no pattern: a caption that a page repeats with a credit added ("X." then "X. Agency")
 * loses the credited copy; the first copy goes too when nothing but boilerplate follows it.
 */
final class Boilerplate {
  static final String RESOURCE = "/entente/ingest/boilerplate.tsv";
  static final int DEFAULT_MAX_LENGTH = 300;
  /** The most a repeated caption's second copy may add (a credit such as "Sputnik/Name/Reuters"). */
  private static final int MAX_CREDIT_LENGTH = 80;

  record Rule(Pattern pattern, String example, int maxLength) {}

  private static final List<Rule> RULES = load();
  private static final Pattern EMPHASIS = Pattern.compile("^[*_]+\\s*|\\s*[*_]+$");

  private Boilerplate() {}

  static List<Rule> rules() {
    return RULES;
  }

  private static List<Rule> load() {
    return RuleFile.load(RESOURCE, cols -> {
      int max = cols.length >= 3 && !cols[2].isBlank() ? Integer.parseInt(cols[2].strip()) : DEFAULT_MAX_LENGTH;
      return new Rule(RuleFile.pattern(cols[0]), cols.length >= 2 ? cols[1] : "", max);
    });
  }

  /** True when the line (of one paragraph or line of text) is boilerplate by one of the patterns. */
  static boolean isBoilerplate(String line) {
    String s = line.strip();
    if (s.isEmpty()) return false;
    // "**Become a member**": markdown emphasis around a line does not hide it
    String plain = EMPHASIS.matcher(s).replaceAll("");
    for (Rule rule : RULES) {
      if (s.length() < rule.maxLength()
          && (rule.pattern().matcher(s).find() || (!plain.isEmpty() && rule.pattern().matcher(plain).find()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without its boilerplate lines. What is kept is the original characters of the remaining
   * lines, joined by their original line breaks; blank lines stay.
   */
  static String clean(String text) {
    List<String> lines = splitKeepingBreaks(text);
    boolean[] drop = new boolean[lines.size()];
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      if (isBoilerplate(lines.get(i))) {
        drop[i] = true;
        any = true;
      }
    }
    // A caption repeated with a credit: "Leaders meet in May." then "Leaders meet in May. Agency/Name".
    for (int i = 0; i + 1 < lines.size(); i++) {
      String a = lines.get(i).strip();
      String b = lines.get(i + 1).strip();
      if (a.length() >= 20 && a.length() < DEFAULT_MAX_LENGTH && b.startsWith(a)
          && b.length() > a.length() && b.length() - a.length() <= MAX_CREDIT_LENGTH) {
        // the credited copy goes; the caption itself stays unless it trails the article (nothing but
        // boilerplate and blank lines after it), where it is not part of the body
        drop[i + 1] = true;
        drop[i] = onlyBoilerplateAfter(lines, drop, i + 2);
        any = true;
      }
    }
    if (!any) return text;
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) sb.append(lines.get(i));
    }
    return sb.toString();
  }

  private static boolean onlyBoilerplateAfter(List<String> lines, boolean[] drop, int from) {
    for (int k = from; k < lines.size(); k++) {
      if (!drop[k] && !lines.get(k).isBlank() && !isBoilerplate(lines.get(k))) return false;
    }
    return true;
  }

  /** The lines of a text, each with its line break ("\n") if it has one. */
  private static List<String> splitKeepingBreaks(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
