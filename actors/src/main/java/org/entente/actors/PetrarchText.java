package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text conventions PETRARCH's actor and agent dictionaries share: comments, phrases written with underscores,
 * bracketed codes and YYMMDD dates.
 */
final class PetrarchText {
  private PetrarchText() {}

  /** A line with its comments removed, and where it came from ({@code file:line}). */
  record Line(String text, String raw, String origin) {}

  /**
   * The lines of a PETRARCH dictionary that carry content. Removes {@code <!-- -->} comments (also over several
   * lines), lines starting with {@code <!}, and everything from {@code #} to the end of a line; stops at a
   * {@code ---STOP---} line. Blank results are dropped. Malformed UTF-8 is replaced rather than fatal.
   */
  static List<Line> read(Path file) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    List<Line> out = new ArrayList<>();
    String name = file.getFileName().toString();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String raw;
      int n = 0;
      boolean inXml = false;
      while ((raw = in.readLine()) != null) {
        n++;
        String line = raw;
        if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        if (inXml) {
          int end = line.indexOf("-->");
          if (end < 0) continue;
          line = line.substring(end + 3);
          inXml = false;
        }
        if (line.strip().equals("---STOP---")) break;
        int hash = line.indexOf('#');
        if (hash >= 0) line = line.substring(0, hash);
        int open;
        while ((open = line.indexOf("<!--")) >= 0) {
          int end = line.indexOf("-->", open + 4);
          if (end < 0) {
            line = line.substring(0, open);
            inXml = true;
            break;
          }
          line = line.substring(0, open) + line.substring(end + 3);
        }
        if (line.strip().startsWith("<!")) continue; // PETRARCH skips any line starting "<!"
        if (line.isBlank()) continue;
        out.add(new Line(line.replace('\r', ' '), raw, name + ":" + n));
      }
    }
    return out;
  }

  private static final Set<String> PARTICLES = Set.of(
      "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "della", "der", "den", "des", "di",
      "da", "das", "do", "dos", "du", "la", "le", "les", "van", "von", "al", "el", "bin", "ibn", "bint", "y", "e");
  private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}?");

  /** The words of a PETRARCH phrase: underscores and spaces both separate words; stray brackets are dropped. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    String clean = phrase.replace('_', ' ').replace('[', ' ').replace(']', ' ').strip();
    for (String w : clean.split("\\s+")) if (!w.isEmpty()) out.add(w);
    if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) out.remove(0);
    return out;
  }

  /**
   * An upper-case PETRARCH phrase as a name: {@code ABDULLAH_GUL_} becomes "Abdullah Gul", {@code AL-QAEDA} becomes
   * "al-Qaeda", {@code U.S.} and {@code AT&T} stay as they are. Words without a vowel (acronyms such as "PKK") or
   * with a digit stay in capitals; joining words and particles (of, de, al, bin...) are lower case, which Entente
   * matches in any case.
   */
  static String name(String phrase) {
    List<String> words = words(phrase);
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(words.size() == 1 ? word(w, false) : word(w, true));
    }
    return sb.toString();
  }

  private static String word(String w, boolean particlesLower) {
    if (INITIALS.matcher(w).matches() || w.chars().anyMatch(c -> Character.isDigit(c) || c == '&')
        || isConsonantCluster(w)) {
      return w.toUpperCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    String[] parts = w.split("-", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) sb.append('-');
      String p = parts[i];
      String lower = p.toLowerCase(Locale.ROOT);
      // "al-Qaeda", "bin Laden": particles in lower case, which Entente matches in any case
      if ((particlesLower || parts.length > 1 && i < parts.length - 1) && PARTICLES.contains(lower)) sb.append(lower);
      else sb.append(segment(p));
    }
    return sb.toString();
  }

  /** Capitalises a word segment: "D'IVOIRE" gives "d'Ivoire", "O'BRIEN" "O'Brien", "MCCLOY" "McCloy". */
  private static String segment(String p) {
    String lower = p.toLowerCase(Locale.ROOT);
    int apos = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
    if (apos == 1 && lower.length() > 2) {
      String head = lower.charAt(0) == 'd' || lower.charAt(0) == 'l' ? lower.substring(0, 2) : capitalise(lower.substring(0, 2));
      return head + capitalise(lower.substring(2));
    }
    if (lower.startsWith("mc") && lower.length() > 3) return "Mc" + capitalise(lower.substring(2));
    return capitalise(lower);
  }

  private static String capitalise(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return s.substring(0, i) + s.substring(i, i + 1).toUpperCase(Locale.ROOT) + s.substring(i + 1);
      }
    }
    return s;
  }

  /** Two or more letters and no vowel: an acronym such as "PKK" or "TV". */
  private static boolean isConsonantCluster(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if ("AEIOUYaeiouy".indexOf(c) >= 0 || c > 127) return false;
    }
    return letters >= 2;
  }

  /** A lower-case phrase for agents.tsv. */
  static String lowerPhrase(String phrase) {
    return String.join(" ", words(phrase)).toLowerCase(Locale.ROOT);
  }

  /** The contents of each {@code [...]} block in a line; an unclosed block runs to the end of the line. */
  static List<String> brackets(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while ((i = line.indexOf('[', i)) >= 0) {
      int end = line.indexOf(']', i + 1);
      out.add(line.substring(i + 1, end < 0 ? line.length() : end).strip());
      if (end < 0) break;
      i = end + 1;
    }
    return out;
  }

  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");

  /**
   * A PETRARCH date: YYMMDD (YY up to 30 is 20YY, otherwise 19YY, as in KEDS, TABARI and PETRARCH) or YYYYMMDD.
   *
   * @throws IllegalArgumentException when it is neither or not a calendar date
   */
  static LocalDate date(String s) {
    if (!DATE.matcher(s).matches()) throw new IllegalArgumentException("date is not YYMMDD or YYYYMMDD");
    int year;
    int at;
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      at = 2;
    } else {
      year = Integer.parseInt(s.substring(0, 4));
      at = 4;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(s.substring(at, at + 2)), Integer.parseInt(s.substring(at + 2, at + 4)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date is not a calendar date");
    }
  }

  /** A code with its optional date restriction, as written inside brackets: {@code USAGOV >090120}. */
  record Restriction(String code, LocalDate from, LocalDate to, boolean dated) {}

  private static final Pattern RESTRICTION = Pattern.compile("(\\S+)\\s*(.*)");
  private static final Pattern FROM = Pattern.compile(">\\s*(\\d+)");
  private static final Pattern UNTIL = Pattern.compile("<\\s*(\\d+)");
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

  /**
   * Parses a bracket's contents: a code alone, or followed by {@code >DATE}, {@code <DATE} or {@code DATE-DATE}. The
   * code is returned as written; see {@link #code}.
   *
   * @throws IllegalArgumentException when the restriction cannot be read; the message is a fixed reason
   */
  static Restriction restriction(String contents) {
    Matcher m = RESTRICTION.matcher(contents.strip());
    if (!m.matches()) throw new IllegalArgumentException("empty code block");
    String code = m.group(1);
    String rest = m.group(2).strip();
    if (rest.isEmpty()) return new Restriction(code, null, null, false);
    Matcher r;
    if ((r = FROM.matcher(rest)).matches()) return new Restriction(code, date(r.group(1)), null, true);
    if ((r = UNTIL.matcher(rest)).matches()) return new Restriction(code, null, date(r.group(1)), true);
    if ((r = RANGE.matcher(rest)).matches()) {
      LocalDate from = date(r.group(1));
      LocalDate to = date(r.group(2));
      if (to.isBefore(from)) throw new IllegalArgumentException("date range ends before it starts");
      return new Restriction(code, from, to, true);
    }
    throw new IllegalArgumentException("date restriction is not >DATE, <DATE or DATE-DATE");
  }

  private static final Pattern ENTENTE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

  /** Why a PETRARCH actor code was not kept, or how it was changed. */
  enum CodeIssue { NULL_CODE, COMPOUND, MALFORMED, TRUNCATED, UPPER_CASED }

  /** A PETRARCH actor code made into an Entente one, with what had to be done to it. */
  record Code(String code, CodeIssue issue) {
    boolean usable() { return code != null; }
  }

  /** Upper-cases the code and truncates it to six characters; rejects null codes ("---"), "A/B" and malformed ones. */
  static Code code(String petrarch) {
    if (petrarch.chars().noneMatch(Character::isLetterOrDigit)) return new Code(null, CodeIssue.NULL_CODE);
    if (petrarch.contains("/")) return new Code(null, CodeIssue.COMPOUND);
    String upper = petrarch.toUpperCase(Locale.ROOT);
    CodeIssue issue = upper.equals(petrarch) ? null : CodeIssue.UPPER_CASED;
    if (upper.length() > 6) {
      upper = upper.substring(0, 6);
      issue = CodeIssue.TRUNCATED;
    }
    if (!ENTENTE_CODE.matcher(upper).matches()) return new Code(null, CodeIssue.MALFORMED);
    return new Code(upper, issue);
  }
}
