package org.entente.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an article pasted from a web page as plain text: its headline, byline, dateline and outlet lines,
 * the body, and the site's boilerplate, which is dropped.
 *
 * <p>The page is read as lines. The body starts at the first paragraph (a line long enough to be prose, not a
 * caption with a photo credit); the lines above it are the head, where the first plain line is the title, a
 * short line with a full date is the dateline (with the outlet when it precedes the date: "Sample Wire, May 3,
 * 2022"), and "By ..." is the byline. Author and outlet lines elsewhere ("Source: ...", "© 2022 ...") come from
 * the rules in {@code entente/ingest/metadata.tsv}. With no dateline, the date is estimated from the dates the
 * text mentions ({@link PublicationDates}). Every field found records where it came from.
 */
public final class PastedPage {
  static final String RESOURCE = "/entente/ingest/metadata.tsv";

  /** What a pasted page gave. {@code text} keeps captions and labels, which may carry events. */
  record Parts(String text, String title, LocalDate published, String publishedIso, String outlet, String author,
               Map<String, String> sources) {}

  record Rule(String field, String place, Pattern pattern, String example) {}

  private static final List<Rule> RULES = load();
  /** A caption's credit at the end of a line: "(Photo: Agency)", "(Name/Agency/Agency)". */
  private static final Pattern CREDIT = Pattern.compile(
      "\\((?:(?:photo|image|picture|file|credit)s?\\b[^()]*|[^()]*/[^()]*)\\)\\s*$", Pattern.CASE_INSENSITIVE);
  /** A line of an author's biography at the end: "– Name Surname is a journalist ...". */
  private static final Pattern BIO = Pattern.compile("^[–—-]\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s+is\\s+(?:a|an|the)\\b");
  private static final Pattern DATELINE_PREFIX = Pattern.compile(
      "^(?<v>\\p{Lu}[\\p{L}\\d&'’ .-]{1,60}?),\\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s*)?"
          + "(?:\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{L}+)");
  private static final Pattern NOT_AN_OUTLET = Pattern.compile(
      "(?i)^(posted|published|updated|last updated|date|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");
  private static final int MAX_TITLE = 250;
  /** Words a headline leaves in lower case. */
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "but", "nor",
      "of", "at", "by", "for", "in", "on", "to", "up", "as", "is", "with", "from", "into", "over", "vs", "via");
  private static final int MAX_DATELINE = 80;
  private static final int HEAD_LINES = 25;
  private static final int TAIL_LINES = 15;

  private PastedPage() {}

  static List<Rule> rules() {
    return RULES;
  }

  private static List<Rule> load() {
    return RuleFile.load(RESOURCE, cols -> {
      if (cols.length < 3) throw new IllegalArgumentException("expected field, place, pattern");
      return new Rule(cols[0].strip(), cols[1].strip(), RuleFile.pattern(cols[2]), cols.length > 3 ? cols[3] : "");
    });
  }

  /** True when the line reads as a paragraph of prose rather than a headline, label or caption. */
  static boolean isParagraph(String line) {
    String s = line.strip();
    if (s.isEmpty() || Boilerplate.isBoilerplate(s) || CREDIT.matcher(s).find()) return false;
    String[] ws = s.split("\\s+");
    int words = ws.length;
    if (s.length() <= MAX_TITLE && isHeadlineCase(ws)) return false;
    if (s.length() >= 120 && words >= 15) return true;
    char last = s.charAt(s.length() - 1);
    boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':';
    return closed && words >= 12;
  }

  /** Most words capitalised, as in "Are Two Powers at the Cusp of an Alliance?": a headline, not prose. */
  private static boolean isHeadlineCase(String[] words) {
    int content = 0;
    int capitalised = 0;
    for (String w : words) {
      String letters = w.replaceAll("^[^\\p{L}]+", "");
      if (letters.isEmpty() || SMALL_WORDS.contains(letters.toLowerCase(java.util.Locale.ROOT))) continue;
      content++;
      if (Character.isUpperCase(letters.charAt(0))) capitalised++;
    }
    return content >= 3 && capitalised >= 0.8 * content;
  }

  /** The text from its first paragraph on: the article's body without head lines and captions above it. */
  public static String body(String text) {
    int at = 0;
    for (String line : text.split("\n", -1)) {
      if (isParagraph(line)) return text.substring(at).strip();
      at += line.length() + 1;
    }
    return text.strip();
  }

  static Parts read(String raw) {
    String[] lines = raw.split("\n", -1);
    Map<String, String> sources = new LinkedHashMap<>();
    boolean[] drop = new boolean[lines.length];
    int firstBody = lines.length;
    for (int i = 0; i < lines.length; i++) {
      if (isParagraph(lines[i])) {
        firstBody = i;
        break;
      }
    }
    int lastBody = firstBody;
    for (int i = lines.length - 1; i > firstBody; i--) {
      if (isParagraph(lines[i])) {
        lastBody = i;
        break;
      }
    }

    String title = null;
    String author = null;
    String outlet = null;
    LocalDate published = null;
    int seen = 0;
    for (int i = 0; i < firstBody && seen < HEAD_LINES; i++) {
      String s = lines[i].strip();
      if (s.isEmpty() || Boilerplate.isBoilerplate(s)) continue;
      seen++;
      String where = " (line " + (i + 1) + ")";
      Optional<LocalDate> d = s.length() <= MAX_DATELINE ? Datelines.dateIn(s) : Optional.empty();
      if (d.isPresent() && published == null) {
        published = d.get();
        sources.put("published", "dateline '" + s + "'" + where);
        Matcher m = DATELINE_PREFIX.matcher(s);
        if (m.find() && outlet == null && !NOT_AN_OUTLET.matcher(m.group("v").strip()).matches()) {
          outlet = m.group("v").strip();
          sources.put("outlet", "dateline '" + s + "'" + where);
        }
        drop[i] = true;
        continue;
      }
      String byline = match("author", "head", s);
      if (byline != null && author == null) {
        author = byline;
        sources.put("author", "byline '" + s + "'" + where);
        drop[i] = true;
        continue;
      }
      // headlines do not end with a full stop; a short sentence that does is text
      if (title == null && s.length() <= MAX_TITLE && !s.endsWith(".") && !CREDIT.matcher(s).find()) {
        title = s;
        sources.put("title", (seen == 1 ? "first line" : "first headline-like line") + where);
        drop[i] = true;
      }
    }

    // author and outlet lines in the tail (and, for "any" rules, anywhere)
    int tailFrom = Math.max(lastBody + 1, lines.length - TAIL_LINES);
    for (Rule rule : RULES) {
      boolean isAuthor = rule.field().equals("author");
      if (isAuthor ? author != null : outlet != null) continue;
      for (int i = rule.place().equals("any") ? 0 : tailFrom; i < lines.length; i++) {
        String s = lines[i].strip();
        if (s.isEmpty() || rule.place().equals("head")) continue;
        Matcher m = rule.pattern().matcher(s);
        if (!m.find()) continue;
        String v = clean(m.group("v"));
        if (v.isEmpty()) continue;
        String why = "line " + (i + 1) + " '" + shorten(s) + "'";
        if (isAuthor) {
          author = v;
          sources.put("author", why);
        } else {
          outlet = v;
          sources.put("outlet", why);
        }
        break;
      }
    }

    // an author's biography closing the page, and what follows it, is not the article
    for (int i = Math.max(firstBody + 1, lines.length - TAIL_LINES); i < lines.length; i++) {
      if (BIO.matcher(lines[i].strip()).find() && onlyShortOrBioAfter(lines, i + 1)) {
        for (int k = i; k < lines.length; k++) drop[k] = true;
        break;
      }
    }

    boolean anyDropped = false;
    StringBuilder kept = new StringBuilder(raw.length());
    for (int i = 0; i < lines.length; i++) {
      if (drop[i]) {
        anyDropped = true;
        continue;
      }
      kept.append(lines[i]);
      if (i + 1 < lines.length) kept.append('\n');
    }
    // the text stays exactly as written unless lines were taken out of it
    String text = Boilerplate.clean(anyDropped ? kept.toString().replaceFirst("^\\s*\n", "") : raw);
    if (text.isBlank() && title != null) {
      // a text that is nothing but one short line is its own body, not a headline
      text = Boilerplate.clean(raw);
      title = null;
      sources.remove("title");
    }
    String publishedIso = null;
    if (published == null) {
      Optional<PublicationDates.Estimate> e = PublicationDates.estimate(raw);
      if (e.isPresent()) {
        published = e.get().day().orElse(null);
        publishedIso = published == null ? e.get().iso() : null;
        sources.put("published", "estimated: " + e.get().evidence());
      }
    }
    int bodyLines = lastBody >= firstBody && firstBody < lines.length ? lastBody - firstBody + 1 : 0;
    sources.put("body", bodyLines == 0 ? "whole text" : "lines " + (firstBody + 1) + "-" + (lastBody + 1)
        + " of the text, site boilerplate removed");
    return new Parts(text, title, published, publishedIso, outlet, author, sources);
  }

  private static boolean onlyShortOrBioAfter(String[] lines, int from) {
    for (int k = from; k < lines.length; k++) {
      String s = lines[k].strip();
      if (s.isEmpty() || BIO.matcher(s).find() || Boilerplate.isBoilerplate(s)) continue;
      if (s.length() > 200) return false;
    }
    return true;
  }

  /** The value of the first rule for the field and place that matches the line, or null. */
  private static String match(String field, String place, String line) {
    for (Rule rule : RULES) {
      if (!rule.field().equals(field) || !rule.place().equals(place)) continue;
      Matcher m = rule.pattern().matcher(line);
      if (m.find()) {
        String v = clean(m.group("v"));
        if (!v.isEmpty()) return v;
      }
    }
    return null;
  }

  private static String clean(String v) {
    return v == null ? "" : v.strip().replaceAll("[\\s,;:.]+$", "").replaceAll("\\s+", " ")
        .replaceAll("(?i)\\s+(L\\.?P|LLC|Ltd|Inc|Limited|plc)$", "");
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
