package org.entente.coding.figures;

import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Dependency;
import org.entente.core.Document;
import org.entente.core.Figure;
import org.entente.core.Sentence;
import org.entente.core.TimeExpression;
import org.entente.core.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures an article cites — money, percentages, counts and ratios — with what they measure, the year they
 * refer to and the actors of their sentence. Works from tokens, parts of speech and lemmas; a sentence's dependencies
 * and time expressions are used when the deep stage produced them, never required. The words it reads figures with
 * are data ({@code entente/coding/figures.tsv}); docs/figures.md gives the fields and the policy.
 *
 * <p>In short: an amount is money when a currency stands before or after it, a percentage when a percent word
 * follows, a ratio when it is a fraction ("one-third", "a third of", "one in five"), and a count when a plural noun
 * follows it — any plural noun for numbers in digits, only the nouns worth counting ({@code count-noun}) for numbers in
 * words. Years, dates, clock times, ages, ordinals, labels ("Article 5") and model names ("S-400", "Nord Stream 2")
 * are never figures.
 */
public final class FigureExtractor {
  private static volatile FigureExtractor bundled;

  /** Digits with optional thousands separators, decimals and a glued multiplier ("130,000", "2.5", "40m", "2.5bn"). */
  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([a-z]{1,3})?");
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
  /** Multipliers too short to stand alone as words unless a currency was written ("£40 m"). */
  private static final Set<String> SHORT_MULTIPLIERS = Set.of("m", "k", "b");
  /** Multipliers that combine with number words ("two dozen", "three hundred thousand"). */
  private static final Set<String> WORD_MULTIPLIERS = Set.of("hundred", "thousand", "million", "billion", "trillion",
      "dozen", "lakh", "crore");
  /** Grammatical words that chain figures to the verb they depend on ("jumped by one-third to $140 billion"). */
  private static final Set<String> CHAIN = Set.of("to", "from", "by", "at", "and", ",", "a", "an", "record");

  private final FigureWords words;

  private FigureExtractor(FigureWords words) {
    this.words = words;
  }

  /** The extractor with the bundled {@code figures.tsv}. */
  public static FigureExtractor bundled() {
    FigureExtractor f = bundled;
    if (f == null) {
      synchronized (FigureExtractor.class) {
        f = bundled;
        if (f == null) {
          InputStream in = FigureExtractor.class.getClassLoader().getResourceAsStream("entente/coding/figures.tsv");
          if (in == null) throw new IllegalStateException("bundled entente/coding/figures.tsv is missing");
          bundled = f = new FigureExtractor(FigureWords.read(in, "figures.tsv"));
        }
      }
    }
    return f;
  }

  /** An extractor reading its words from another file in the format of {@code figures.tsv}. */
  public static FigureExtractor of(InputStream figuresTsv, String name) {
    return new FigureExtractor(FigureWords.read(figuresTsv, name));
  }

  /**
   * The figures of a document, in text order.
   *
   * @param doc      the annotated document
   * @param mentions per sentence, its actor mentions (may be shorter than the sentence list, or empty)
   */
  public List<Figure> extract(AnnotatedDocument doc, List<List<ActorMention>> mentions) {
    List<Figure> out = new ArrayList<>();
    Published pub = Published.of(doc.document());
    for (Sentence s : doc.sentences()) {
      List<ActorMention> ms = mentions != null && s.index() < mentions.size() && mentions.get(s.index()) != null
          ? mentions.get(s.index()) : List.of();
      new SentenceReader(s, ms, pub, doc.document().id()).read(out);
    }
    return out;
  }

  /** What is known of the publication date. */
  private record Published(Integer year, YearMonth month) {
    static Published of(Document d) {
      if (d.published() != null) return new Published(d.published().getYear(), YearMonth.from(d.published()));
      String iso = d.publishedIso();
      if (iso == null || iso.length() < 4) return new Published(null, null);
      int y = Integer.parseInt(iso.substring(0, 4));
      return new Published(y, iso.length() >= 7 ? YearMonth.parse(iso.substring(0, 7)) : null);
    }

    /** The year of a relative-year offset ("-1", "-1m"), or null when the publication date is too vague. */
    Integer resolve(String offset) {
      if (offset.endsWith("m")) {
        if (month == null) return null;
        return month.plusMonths(Integer.parseInt(offset.substring(0, offset.length() - 1).replace("+", ""))).getYear();
      }
      return year == null ? null : year + Integer.parseInt(offset.replace("+", ""));
    }
  }

  /** A number read from tokens {@code start} to {@code end}. */
  private record Num(BigDecimal value, int start, int end, boolean digits, boolean fraction, boolean vague) {}

  /** A year named in a sentence: tokens, the year (null when relative to an unknown date), its preposition. */
  private record YearMention(int start, int end, String year, String prep, boolean relative) {}

  /** The verb a figure depends on, whether the figure is its change, and the object it changes (or null). */
  private record VerbLink(int verb, boolean change, Span object) {}

  /** A noun phrase: tokens {@code start} to {@code end}. */
  private record Span(int start, int end) {}

  /** A figure found in a sentence, before what it measures and when are settled. */
  private static final class Candidate {
    int textStart;
    int textEnd;
    int numStart;
    int numEnd;
    String kind;
    BigDecimal value;
    String unit;
    String approximator;
    boolean vague;
    boolean digits;
    Span measures;
    String qualifier;
    String year;
  }

  private final class SentenceReader {
    private final Sentence s;
    private final List<Token> t;
    private final List<ActorMention> mentions;
    private final Published pub;
    private final String docId;
    private final List<YearMention> years = new ArrayList<>();
    private final List<Candidate> found = new ArrayList<>();

    SentenceReader(Sentence s, List<ActorMention> mentions, Published pub, String docId) {
      this.s = s;
      this.t = s.tokens();
      this.mentions = mentions;
      this.pub = pub;
      this.docId = docId;
    }

    void read(List<Figure> out) {
      findYears();
      for (int i = 0; i < t.size(); i++) {
        if (inYear(i) != null) continue;
        Candidate c = candidateAt(i);
        if (c != null) {
          found.add(c);
          i = c.textEnd - 1;
        }
      }
      for (Candidate c : found) settle(c);
      List<String> actors = actors();
      for (Candidate c : found) {
        double value = c.value.round(MathContext.DECIMAL64).doubleValue();
        out.add(new Figure(docId, s.index(), t.get(c.textStart).begin(), t.get(c.textEnd - 1).end(),
            s.span(c.textStart, c.textEnd), c.kind, value, c.unit, c.qualifier,
            c.measures == null ? null : measuresText(c.measures), c.year, actors, s.text()));
      }
    }

    // ---------------------------------------------------------------- years

    private void findYears() {
      for (int i = 0; i < t.size(); i++) {
        FigureWords.Match r = words.at("relative-year", t, i);
        if (r != null) {
          Integer y = pub.resolve(r.value());
          years.add(new YearMention(r.start(), r.end(), y == null ? null : y.toString(), prepBefore(r.start()), true));
          i = r.end() - 1;
          continue;
        }
        Token k = t.get(i);
        if (k.pos().equals("CD") && YEAR.matcher(k.word()).matches() && !numberContext(i)) {
          years.add(new YearMention(i, i + 1, k.word(), prepBefore(i), false));
        }
      }
      for (TimeExpression x : s.times()) {
        String date = x.calendarDate();
        // only dates to the month or day: a season ("2022-WI") or a week says too little to attach a figure to
        if (date == null || date.length() < 7 || x.startToken() < 0 || x.endToken() > t.size()) continue;
        boolean overlaps = years.stream().anyMatch(m -> m.start() < x.endToken() && x.startToken() < m.end());
        if (!overlaps) years.add(new YearMention(x.startToken(), x.endToken(), date.substring(0, 4), prepBefore(x.startToken()), false));
      }
      years.sort(Comparator.comparingInt(YearMention::start));
    }

    /** A four-digit number that is an amount rather than a year: "$2020", "2000%", "some 2000 troops". */
    private boolean numberContext(int i) {
      if (words.endingAt("currency-prefix", t, i) != null || words.endingAt("currency", t, i) != null) return true;
      if (words.endingAt("approximator", t, i) != null) return true;
      return words.at("percent", t, i + 1) != null || words.at("multiplier", t, i + 1) != null;
    }

    /** The year preposition before a year, skipping "the", adjectives, a month and a day ("in the pandemic-struck 2020"). */
    private String prepBefore(int start) {
      int j = start;
      for (int skipped = 0; skipped <= 4 && j > 0; skipped++) {
        FigureWords.Match p = words.endingAt("year-prep", t, j);
        if (p != null) return p.value().isEmpty() ? FigureWords.normalise(s.span(p.start(), p.end())) : p.value();
        Token b = t.get(j - 1);
        boolean skippable = b.pos().equals("DT") || b.pos().startsWith("JJ") || b.pos().equals("VBN") || words.is("month", b)
            || (b.pos().equals("NN") && b.word().indexOf('-') > 0)
            || b.word().equals(",") || (b.pos().equals("CD") && b.word().matches("\\d{1,2}"))
            || b.lemma().equals("fiscal") || b.lemma().equals("calendar");
        if (!skippable) return null;
        j--;
      }
      return null;
    }

    private YearMention inYear(int i) {
      for (YearMention m : years) if (i >= m.start() && i < m.end()) return m;
      return null;
    }

    // ---------------------------------------------------------------- candidates

    private Candidate candidateAt(int i) {
      String currency = null;
      int numStart = i;
      FigureWords.Match cp = words.at("currency-prefix", t, i);
      if (cp == null) cp = words.at("currency", t, i);
      if (cp != null) {
        currency = cp.value();
        numStart = cp.end();
      }
      Num num = number(numStart, currency != null);
      if (num == null) return null;
      Candidate c = new Candidate();
      c.numStart = num.start();
      c.numEnd = num.end();
      c.value = num.value();
      c.vague = num.vague();
      c.digits = num.digits();
      int k = num.end();
      if (num.vague()) {
        // "hundreds of protesters", "billions of dollars", "tens of thousands of militants"
        if (currency != null) return null;
        if (!word(k).equals("of")) return null;
        FigureWords.Match cs = words.at("currency-suffix", t, k + 1);
        if (cs != null) {
          currency = cs.value();
          k = cs.end();
        } else {
          int head = countHead(k + 1, true);
          if (head < 0) return null;
          c.kind = "count";
          c.unit = FigureWords.normalise(t.get(head).word());
          k = head + 1;
        }
      }
      if (currency == null && c.kind == null) {
        FigureWords.Match cs = num.fraction() ? null : words.at("currency-suffix", t, k);
        if (cs == null && !num.fraction()) cs = words.at("currency", t, k);
        if (cs != null) {
          currency = cs.value();
          k = cs.end();
        }
      }
      if (currency != null) {
        c.kind = "money";
        c.unit = currency;
      } else if (c.kind == null) {
        FigureWords.Match pc = num.fraction() ? null : words.at("percent", t, k);
        if (pc != null) {
          c.kind = "percent";
          c.unit = pc.value();
          k = pc.end();
          if (k < t.size() && t.get(k).pos().startsWith("NN") && Character.isUpperCase(t.get(k).word().charAt(0))) {
            return null; // "the 1% Club": a name
          }
        } else if (num.fraction()) {
          c.kind = "ratio";
          c.unit = "fraction";
        } else {
          int head = countHead(k, !num.digits());
          if (head < 0) return null;
          if (!num.digits() && num.value().compareTo(BigDecimal.ONE) <= 0) return null; // "one soldier", "a warship"
          c.kind = "count";
          c.unit = FigureWords.normalise(t.get(head).word());
          k = head + 1;
          FigureWords.Match unitPhrase = words.endingAt("measure-unit", t, k);
          if (unitPhrase != null && unitPhrase.start() >= num.end()) c.unit = FigureWords.normalise(s.span(unitPhrase.start(), k));
          FigureWords.Match rate = words.at("rate", t, k);
          if (rate == null && unitPhrase != null && word(k).equals("of")) {
            Span of = npAfter(k + 1, true);
            if (of != null) {
              c.measures = of;
              k = of.end();
              rate = words.at("rate", t, k);
            }
          }
          if (rate != null) {
            c.unit = c.unit + " " + rate.value();
            k = rate.end();
          }
        }
      }
      c.textStart = cp != null ? cp.start() : num.start();
      c.textEnd = k;
      if (rejected(c, cp != null)) return null;
      FigureWords.Match approx = words.endingAt("approximator", t, c.textStart);
      if (approx != null && !overlapsFound(approx.start())) {
        c.approximator = approx.value();
        c.textStart = approx.start();
      }
      FigureWords.Match prefix = words.endingAt("prefix", t, c.textStart);
      if (prefix != null && !overlapsFound(prefix.start())) c.textStart = prefix.start();
      if (c.kind.equals("count") && !c.digits && c.approximator == null && determinerBefore(c.textStart)) return null;
      return c;
    }

    private boolean isDigitToken(int i) {
      return i < t.size() && DIGITS.matcher(t.get(i).word().toLowerCase()).matches();
    }

    private boolean overlapsFound(int i) {
      for (Candidate f : found) if (i < f.textEnd && i >= f.textStart) return true;
      return false;
    }

    /** "the two leaders", "their three ships": a number in words after a determiner is not a count. */
    private boolean determinerBefore(int start) {
      if (start == 0) return false;
      String p = t.get(start - 1).pos();
      return p.equals("DT") || p.equals("PRP$") || p.equals("POS") || p.equals("PDT");
    }

    /** Dates, clock times, ages, labels, names and runs of numbers. */
    private boolean rejected(Candidate c, boolean currencyPrefix) {
      if (c.kind.equals("money")) return false;
      int a = c.numStart;
      int b = c.numEnd;
      Token before = a > 0 ? t.get(a - 1) : null;
      Token after = b < t.size() ? t.get(b) : null;
      if (before != null && (words.is("month", before) || words.is("age-word", before) || words.is("label", before))) return true;
      if (after != null && (words.is("month", after) || words.is("time-suffix", after))) return true;
      if (before != null && isDigitToken(a - 1)) return true;
      if (after != null && isDigitToken(b) && !c.kind.equals("count")) return true;
      if (before != null && before.pos().startsWith("NN") && !currencyPrefix && Character.isUpperCase(before.word().charAt(0))
          && (a - 1 > 0 || before.pos().startsWith("NNP"))) {
        return true; // "Nord Stream 2", "Boeing 737", "Fortune 500 companies"
      }
      for (TimeExpression x : s.times()) {
        if (x.covers(a) && x.value() != null && !x.value().startsWith("P") && !c.kind.equals("percent")) return true;
      }
      return false;
    }

    private ActorMention inMention(int i) {
      for (ActorMention m : mentions) if (m.covers(i)) return m;
      return null;
    }

    /**
     * The head noun a count counts, from token {@code k}: "130,000 troops", "10 (US) strategic bombers", "21 world
     * leaders". With {@code wordsPolicy} (numbers in words) only nouns listed as worth counting. -1 when none.
     */
    private int countHead(int k, boolean wordsPolicy) {
      int j = k;
      if (j < t.size() && t.get(j).word().equals("(")) {
        int close = -1;
        for (int q = j + 1; q < Math.min(t.size(), j + 5); q++) if (t.get(q).word().equals(")")) { close = q; break; }
        if (close < 0) return -1;
        j = close + 1;
      }
      int head = -1;
      for (int n = 0; j < t.size() && n < 5; j++, n++) {
        Token x = t.get(j);
        if (inYear(j) != null) break;
        String p = x.pos();
        if (p.equals("NNS") || p.equals("NNPS")) {
          head = j;
          break;
        }
        if (p.equals("NN") && words.is("count-noun", x) && !words.is("count-noun", next(j))) {
          head = j; // invariant plurals: "aircraft", "personnel", "police"
          break;
        }
        if (!(p.startsWith("JJ") || p.equals("VBN") || p.equals("VBG") || p.startsWith("NN") || p.equals("HYPH"))) break;
      }
      if (head < 0) return -1;
      Token h = t.get(head);
      if (words.is("not-counted", h) || words.is("time-suffix", h)) return -1;
      if (words.at("percent", t, head) != null || words.is("currency-suffix", h) || words.is("multiplier", h)) return -1;
      if (wordsPolicy && !words.is("count-noun", h)) return -1;
      return head;
    }

    private Token next(int j) {
      return j + 1 < t.size() ? t.get(j + 1) : new Token(-1, "", "", "", "O", -1, -1);
    }

    private String word(int i) {
      return i >= 0 && i < t.size() ? FigureWords.normalise(t.get(i).word()) : "";
    }

    // ---------------------------------------------------------------- numbers

    /** A number starting at token {@code i}: digits, number words, fractions, vague plurals; null when none. */
    private Num number(int i, boolean afterCurrency) {
      if (i >= t.size()) return null;
      String w = word(i);
      Matcher m = DIGITS.matcher(w);
      if (m.matches()) {
        if (!t.get(i).pos().equals("CD") && !afterCurrency && m.group(3) == null) return null;
        BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
          String f = words.get("multiplier", m.group(3));
          if (f == null) return null; // "38th", "2nd", "5g"
          v = v.multiply(new BigDecimal(f));
        }
        int j = i + 1;
        while (j < t.size()) {
          String f = words.get("multiplier", t.get(j));
          if (f == null || (SHORT_MULTIPLIERS.contains(word(j)) && !afterCurrency)) break;
          v = v.multiply(new BigDecimal(f));
          j++;
        }
        Num ratio = oneIn(v, i, j, true);
        if (ratio != null) return ratio;
        return new Num(v, i, j, true, false, false);
      }
      if (w.indexOf('-') > 0) {
        String[] parts = w.split("-");
        if (parts.length != 2) return null;
        String n = words.get("number", parts[0]);
        String d = words.get("fraction", parts[1]);
        if (n != null && d != null && !parts[0].equals("a") && !parts[0].equals("an")) {
          return new Num(new BigDecimal(n).divide(new BigDecimal(d), MathContext.DECIMAL64), i, i + 1, false, true, false);
        }
        String u = words.get("number", parts[1]);
        if (n != null && u != null && new BigDecimal(n).intValue() >= 20 && new BigDecimal(u).intValue() < 10) {
          return wordNumber(i, afterCurrency); // "twenty-five"
        }
        return null;
      }
      String vague = words.get("vague-multiplier", t.get(i));
      if (vague != null && t.get(i).pos().startsWith("NN")) {
        BigDecimal v = new BigDecimal(vague);
        int j = i + 1;
        while (word(j).equals("of") && j + 1 < t.size()) {
          String more = words.get("vague-multiplier", t.get(j + 1));
          if (more == null) break;
          v = v.multiply(new BigDecimal(more));
          j += 2;
        }
        return new Num(v, i, j, false, false, true);
      }
      if ((w.equals("several") || w.equals("few")) && WORD_MULTIPLIERS.contains(word(i + 1)) && !word(i + 1).equals("dozen")) {
        return new Num(new BigDecimal(words.get("multiplier", t.get(i + 1))), i, i + 2, false, false, true);
      }
      if (w.equals("half")) {
        if ((word(i + 1).equals("a") || word(i + 1).equals("an")) && WORD_MULTIPLIERS.contains(word(i + 2))) {
          BigDecimal f = new BigDecimal(words.get("multiplier", t.get(i + 2)));
          return new Num(f.divide(BigDecimal.valueOf(2)), i, i + 3, false, false, false);
        }
        if (fractionContext(i, i + 1)) return new Num(new BigDecimal("0.5"), i, i + 1, false, true, false);
        return null;
      }
      if (words.is("number", t.get(i))) return wordNumber(i, afterCurrency);
      return null;
    }

    /** Number words: "two dozen", "three hundred thousand", "a million", "two thirds", "a third of", "one in five". */
    private Num wordNumber(int i, boolean afterCurrency) {
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal current = BigDecimal.ZERO;
      int j = i;
      boolean any = false;
      while (j < t.size()) {
        String w = word(j);
        String[] parts = w.indexOf('-') > 0 ? w.split("-") : new String[] {w};
        boolean allNumbers = parts.length <= 2;
        BigDecimal sum = BigDecimal.ZERO;
        for (String p : parts) {
          String v = words.get("number", p);
          if (v == null || p.equals("a") || p.equals("an")) allNumbers = false;
          else sum = sum.add(new BigDecimal(v));
        }
        if ((w.equals("a") || w.equals("an")) && j == i) {
          String nextWord = word(j + 1);
          if (!WORD_MULTIPLIERS.contains(nextWord) && words.get("fraction", nextWord) == null) return null;
          current = BigDecimal.ONE;
          j++;
          continue;
        }
        int tensAndUnits = current.remainder(BigDecimal.valueOf(100)).intValue();
        boolean canAdd = current.signum() == 0 || tensAndUnits == 0
            || (parts.length == 1 && sum.intValue() < 10 && tensAndUnits >= 20 && tensAndUnits % 10 == 0);
        if (allNumbers && canAdd) {
          current = current.add(sum);
          any = true;
          j++;
          continue;
        }
        if (WORD_MULTIPLIERS.contains(w) && (any || current.signum() > 0)) {
          BigDecimal f = new BigDecimal(words.get("multiplier", t.get(j)));
          if (w.equals("hundred")) {
            current = current.multiply(f);
          } else {
            total = total.add(current.multiply(f));
            current = BigDecimal.ZERO;
          }
          any = true;
          j++;
          continue;
        }
        if (!afterCurrency) break;
        String f = words.get("multiplier", t.get(j));
        if (f == null || !(any || current.signum() > 0)) break;
        total = total.add(current.multiply(new BigDecimal(f)));
        current = BigDecimal.ZERO;
        j++;
      }
      BigDecimal value = total.add(current);
      if (j == i || value.signum() == 0) return null;
      // "two thirds", "a third of"
      String d = words.get("fraction", word(j));
      if (d != null && j == i + 1) {
        boolean article = word(i).equals("a") || word(i).equals("an");
        if (!article || fractionContext(i, j + 1)) {
          return new Num(value.divide(new BigDecimal(d), MathContext.DECIMAL64), i, j + 1, false, true, false);
        }
        return null;
      }
      Num ratio = oneIn(value, i, j, false);
      if (ratio != null) return ratio;
      return new Num(value, i, j, false, false, false);
    }

    /** "one in five": a ratio. */
    private Num oneIn(BigDecimal value, int start, int end, boolean digits) {
      if (!word(end).equals("in") || end + 1 >= t.size()) return null;
      if (inYear(end + 1) != null) return null;
      String w = word(end + 1);
      BigDecimal of = null;
      Matcher m = DIGITS.matcher(w);
      if (m.matches() && m.group(3) == null && m.group(2) == null) of = new BigDecimal(m.group(1).replace(",", ""));
      else if (words.get("number", w) != null && !w.equals("a") && !w.equals("an")) of = new BigDecimal(words.get("number", w));
      if (of == null || of.signum() == 0 || of.compareTo(value) <= 0) return null;
      if (end + 2 < t.size() && words.at("multiplier", t, end + 2) != null) return null;
      if (end + 2 < t.size() && words.at("percent", t, end + 2) != null) return null;
      return new Num(value.divide(of, MathContext.DECIMAL64), start, end + 2, digits, true, false);
    }

    /** "a third of", "half its", "by a quarter": a bare fraction is one only in such contexts, not in "a third term". */
    private boolean fractionContext(int start, int end) {
      if (start > 0 && (word(start - 1).equals("the") || t.get(start - 1).pos().startsWith("JJ"))) return false;
      String after = word(end);
      if (after.equals("of")) return true;
      if (end < t.size() && (t.get(end).pos().equals("PRP$") || after.equals("the"))) return true;
      return start > 0 && word(start - 1).equals("by");
    }

    // ---------------------------------------------------------------- what, when, how sure

    private void settle(Candidate c) {
      String qualifier = null;
      boolean change = false;
      int k = c.textEnd;
      if (!c.kind.equals("count")) {
        int a = c.textStart;
        FigureWords.Match changeNoun = words.at("change-noun", t, k);
        if (changeNoun != null && t.get(k).pos().startsWith("NN")) {
          change = true;
          String p = word(changeNoun.end());
          if (p.equals("in") || p.equals("of")) c.measures = npAfter(changeNoun.end() + 1, true);
        } else if (a >= 2 && word(a - 1).equals("of") && words.is("change-noun", t.get(a - 2))
            && t.get(a - 2).pos().startsWith("NN")) {
          change = true; // "a rise of 25% in exports"
          if (word(k).equals("in")) c.measures = npAfter(k + 1, false);
        } else if (word(k).equals("of")) {
          c.measures = npAfter(k + 1, true);
        } else if (c.kind.equals("money") && word(k).equals("worth") && word(k + 1).equals("of")) {
          c.measures = npAfter(k + 2, true);
        } else if (c.kind.equals("money") && word(k).equals("in") && bare(k + 1)) {
          c.measures = npAfter(k + 1, false);
        } else if (k < t.size() && (t.get(k).pos().startsWith("NN") || t.get(k).pos().startsWith("JJ"))
            && inYear(k) == null && words.at("rate", t, k) == null) {
          c.measures = npAfter(k, c.kind.equals("ratio")); // "a $10 billion deal", "a 25 percent stake", "one in five Russians"
        }
        if (a > 0 && words.is("change-word", t.get(a - 1)) && c.approximator == null) change = true;
        if (c.measures == null && !change) {
          FigureWords.Match link = words.endingAt("link", t, a);
          if (link != null && link.start() > 0 && t.get(link.start() - 1).pos().startsWith("NN")) {
            c.measures = npBefore(link.start(), true);
          }
        }
        VerbLink verb = verbBefore(c);
        if (verb == null) verb = governingVerb(c);
        if (verb != null) {
          if (verb.change()) change = true;
          if (c.measures == null) c.measures = verb.object() != null ? verb.object() : subjectOf(verb.verb());
        }
      }
      // the year
      YearMention y = yearFor(c);
      if (y != null) c.year = y.year();
      // how sure or what kind of value
      if (targetBefore(c) || (y != null && "by".equals(y.prep()) && y.year() != null
          && (pub.year() == null || Integer.parseInt(y.year()) > pub.year()))) {
        qualifier = "target";
      } else if (c.approximator != null) {
        qualifier = c.approximator;
      } else if (c.vague) {
        qualifier = "over";
      } else if (change) {
        qualifier = "change";
      }
      c.qualifier = qualifier;
    }

    /** A noun phrase without determiner at {@code i}: "in trade", "in military aid" (not "in the region"). */
    private boolean bare(int i) {
      if (i >= t.size()) return false;
      String p = t.get(i).pos();
      return (p.startsWith("NN") || p.startsWith("JJ")) && inYear(i) == null && !p.startsWith("NNP");
    }

    /**
     * The verb a figure depends on, through prepositions and other figures of the same chain ("jumped by one-third to
     * a record $140 billion"): {token, 1 when the figure is its change ("by" or no preposition), 0 otherwise}, or null.
     */
    private VerbLink verbBefore(Candidate c) {
      int j = c.textStart - 1;
      String nearestPrep = null;
      boolean crossed = false;
      int steps = 0;
      while (j >= 0 && steps++ < 30) {
        Candidate other = endingAt(j + 1, c);
        if (other != null) {
          j = other.textStart - 1;
          crossed = true;
          continue;
        }
        YearMention y = yearEndingAt(j + 1);
        if (y != null) {
          j = y.start() - 1;
          FigureWords.Match p = words.endingAt("year-prep", t, j + 1);
          if (p != null) j = p.start() - 1;
          while (j >= 0 && (t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ"))) j--;
          continue;
        }
        String w = word(j);
        if (w.equals(")")) {
          int open = j - 1;
          while (open >= 0 && j - open < 15 && !word(open).equals("(")) open--;
          if (open < 0 || !word(open).equals("(")) return null;
          j = open - 1;
          continue;
        }
        if (CHAIN.contains(w)) {
          if (nearestPrep == null && !crossed) nearestPrep = w;
          j--;
          continue;
        }
        if (t.get(j).pos().startsWith("RB")) {
          j--;
          continue;
        }
        break;
      }
      if (j < 0) return null;
      Span object = null;
      if (t.get(j).pos().startsWith("NN")) {
        // a transitive change verb: "cut gas imports by half" measures its object
        object = npBefore(j + 1, false);
        if (object == null) return null;
        int v = object.start() - 1;
        while (v >= 0 && (t.get(v).pos().equals("DT") || t.get(v).pos().equals("PRP$"))) v--;
        if (v < 0 || !words.is("change-verb", t.get(v)) || !t.get(v).pos().startsWith("VB")) return null;
        j = v;
      }
      Token v = t.get(j);
      if (!v.pos().startsWith("VB")) return null;
      if (!words.is("change-verb", v) && !words.is("level-verb", v)) return null;
      boolean isChange = words.is("change-verb", v) && !crossed && (nearestPrep == null || nearestPrep.equals("by"));
      return new VerbLink(j, isChange, object);
    }

    /**
     * In a parsed sentence, the change or level verb that governs the figure's words ("reduce the bloc's oil imports
     * from Russia by about 90 percent"): a change when attached by "by" or as the object; what a transitive change
     * verb changes is its object.
     */
    private VerbLink governingVerb(Candidate c) {
      if (!s.parsed()) return null;
      for (int h = c.numStart; h < c.textEnd; h++) {
        for (Dependency d : s.heads(h)) {
          int g = d.governor();
          if (g < 0 || (g >= c.textStart && g < c.textEnd)) continue;
          Token v = t.get(g);
          if (!v.pos().startsWith("VB")) continue;
          boolean changeVerb = words.is("change-verb", v);
          if (!changeVerb && !words.is("level-verb", v)) continue;
          String rel = d.relation();
          boolean isChange = changeVerb && (rel.equals("obl:by") || rel.equals("obj") || rel.endsWith("npmod"));
          Span object = null;
          if (changeVerb) {
            for (Dependency o : s.children(g)) {
              int od = o.dependent();
              if (o.relation().equals("obj") && (od < c.textStart || od >= c.textEnd) && t.get(od).pos().startsWith("NN")) {
                object = npBefore(od + 1, false);
              }
            }
          }
          return new VerbLink(g, isChange, object);
        }
      }
      return null;
    }

    private Candidate endingAt(int end, Candidate except) {
      for (Candidate f : found) if (f != except && f.textEnd == end) return f;
      return null;
    }

    private YearMention yearEndingAt(int end) {
      for (YearMention m : years) if (m.end() == end) return m;
      return null;
    }

    /** The subject of a verb: its nsubj when the sentence was parsed, else the noun phrase before it. */
    private Span subjectOf(int verb) {
      if (s.parsed()) {
        for (Dependency d : s.children(verb)) {
          if (d.baseRelation().equals("nsubj") && d.dependent() < verb) {
            int h = d.dependent();
            String p = t.get(h).pos();
            if (!p.startsWith("NN")) return null;
            Span head = npBefore(h + 1, false);
            if (head == null) return null;
            if ((word(h + 1).equals("in") || word(h + 1).equals("of")) && h + 2 < verb) {
              Span pp = npAfter(h + 2, true);
              if (pp != null && pp.end() <= verb) return new Span(head.start(), pp.end());
            }
            return head;
          }
        }
      }
      int j = verb - 1;
      while (j >= 0 && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD")
          || (t.get(j).pos().startsWith("VB") && (t.get(j).lemma().equals("have") || t.get(j).lemma().equals("be")
          || t.get(j).lemma().equals("do"))))) {
        j--;
      }
      if (j < 0 || !t.get(j).pos().startsWith("NN")) return null;
      return npBefore(j + 1, true);
    }

    /**
     * The noun phrase starting at {@code i}, without its determiner and without a proper-noun possessor ("its gas
     * supplies" gives "gas supplies", "Russia's exports" gives "exports"); null when there is none or, unless
     * {@code allowProper}, when it is only a name.
     */
    private Span npAfter(int i, boolean allowProper) {
      int j = i;
      while (j < t.size() && j - i < 2 && (t.get(j).pos().equals("DT") || t.get(j).pos().equals("PDT")
          || t.get(j).pos().equals("PRP$"))) {
        j++;
      }
      int start = j;
      int last = -1;
      for (; j < t.size() && j - start < 6; j++) {
        Token x = t.get(j);
        String p = x.pos();
        if (inYear(j) != null || words.at("rate", t, j) != null) break;
        if (p.startsWith("NN")) {
          last = j;
        } else if (p.equals("POS")) {
          boolean proper = true;
          for (int q = start; q < j; q++) if (!t.get(q).pos().startsWith("NNP")) proper = false;
          if (proper) start = j + 1;
          last = -1;
        } else if (!(p.startsWith("JJ") || p.equals("VBN") || p.equals("HYPH"))) {
          break;
        }
      }
      if (last < start && j == start + 1 && start > i && Character.isUpperCase(t.get(start).word().charAt(0))
          && t.get(start).pos().startsWith("JJ")) {
        last = start; // "all Chinese": a nationality for its people
      }
      if (last < start) return null;
      if (!allowProper && allProper(start, last + 1)) return null;
      return new Span(start, last + 1);
    }

    /**
     * The noun phrase ending just before {@code end} ("bilateral trade"), stretched over an "in"/"of" phrase to the
     * noun it hangs on when {@code stretch} ("share in Russian foreign trade"); a proper-noun possessor is dropped.
     */
    private Span npBefore(int end, boolean stretch) {
      if (end <= 0 || !t.get(end - 1).pos().startsWith("NN")) return null;
      int start = end - 1;
      int j = end - 2;
      while (j >= 0 && end - j <= 6) {
        String p = t.get(j).pos();
        if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("VBN") || p.equals("HYPH")) {
          start = j;
          j--;
        } else if (p.equals("POS") && j > 0 && t.get(j - 1).pos().startsWith("NN") && !t.get(j - 1).pos().startsWith("NNP")
            && inYear(j - 1) == null) {
          start = j - 1; // "the world's population"
          j -= 2;
          break;
        } else {
          break;
        }
      }
      while (start < end - 1 && inYear(start) != null) start++;
      if (!stretch) return new Span(start, end);
      int q = start - 1;
      while (q >= 0 && start - q <= 3 && (t.get(q).pos().equals("DT") || t.get(q).pos().equals("PRP$")
          || t.get(q).pos().equals("CD") || t.get(q).pos().equals("PDT"))) {
        q--;
      }
      if (q >= 1 && t.get(q - 1).pos().startsWith("NN")) {
        String prep = word(q);
        if (prep.equals("in") || prep.equals("of") || prep.equals("for")) {
          Span host = npBefore(q, false);
          if (host != null) return new Span(host.start(), end);
        } else if (prep.equals("between") || prep.equals("with") || prep.equals("among") || prep.equals("from")
            || prep.equals("to")) {
          Span host = npBefore(q, false);
          if (host != null) return host; // "trade between the two countries": trade
        }
      }
      return new Span(start, end);
    }

    private boolean allProper(int from, int to) {
      for (int q = from; q < to; q++) if (!t.get(q).pos().startsWith("NNP")) return false;
      return true;
    }

    private String measuresText(Span m) {
      String text = s.span(m.start(), m.end());
      Token first = t.get(m.start());
      // a common noun capitalised only because it opens the sentence: "Trade jumped ..." measures "trade"
      boolean sentenceStart = m.start() == 0 || t.get(m.start() - 1).word().matches("[\"\u201c\u2018'(\\[]");
      if (sentenceStart && inMention(m.start()) == null && first.word().length() > 1
          && first.word().substring(1).equals(first.word().substring(1).toLowerCase())) {
        text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
      }
      return text;
    }

    /** The year a figure refers to; see docs/figures.md for the order of the rules. */
    private YearMention yearFor(Candidate c) {
      if (c.measures != null) {
        YearMention before = yearEndingAt(c.measures.start());
        if (before == null && c.measures.start() >= 1 && word(c.measures.start() - 1).equals("'s")) {
          before = yearEndingAt(c.measures.start() - 1);
        }
        if (before != null && (before.relative() || before.prep() == null)) return before; // "2021 trade", "last year's trade"
      }
      boolean fromFigure = c.textStart > 0 && word(c.textStart - 1).equals("from");
      boolean subject = verbAt(c.textEnd);
      for (YearMention m : years) {
        if (m.start() < c.textEnd || m.start() - c.textEnd > 10) continue;
        if (!m.relative() && m.prep() == null) continue;
        if (clearBetween(c.textEnd, m.start(), c, !fromFigure, !subject)) return m;
        break;
      }
      YearMention best = null;
      for (YearMention m : years) {
        if (m.end() > c.textStart || c.textStart - m.end() > 15) continue;
        if (!m.relative() && (m.prep() == null || m.prep().equals("of"))) continue;
        if (clearBetween(m.end(), c.textStart, c, false, !opensClause(m))) best = m;
      }
      return best;
    }

    /** Whether a verb group (adverbs and auxiliaries first) starts at token {@code i}: the figure before it is its subject. */
    private boolean verbAt(int i) {
      int j = i;
      while (j < t.size() && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD"))) j++;
      return j < t.size() && t.get(j).pos().startsWith("VB") && !t.get(j).pos().equals("VBG");
    }

    /** A year that opens its clause and is set off by a comma ("In 2020, trade ..."): it covers the whole clause. */
    private boolean opensClause(YearMention m) {
      int start = m.start();
      FigureWords.Match p = words.endingAt("year-prep", t, start);
      if (p != null) start = p.start();
      boolean atStart = start == 0 || words.is("clause-break", t.get(start - 1));
      return atStart && word(m.end()).equals(",");
    }

    /**
     * Whether nothing between two tokens breaks the link between a figure and a year: no clause break, no finite
     * verb (when {@code noVerb}), no other figure unless {@code chain} and the figures are joined by "to", "and" or a comma.
     */
    private boolean clearBetween(int from, int to, Candidate c, boolean chain, boolean noVerb) {
      for (int q = from; q < to; q++) {
        Token x = t.get(q);
        if (words.is("clause-break", x)) return false;
        YearMention y = inYear(q);
        if (y != null && y.end() <= to) {
          q = y.end() - 1;
          if (q + 1 < to) return false; // another year comes first
          continue;
        }
        Candidate other = startingAt(q);
        if (other != null && other != c) {
          if (!chain) return false;
          q = other.textEnd - 1;
          continue;
        }
        String p = x.pos();
        if (noVerb && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD"))) return false;
      }
      return true;
    }

    private Candidate startingAt(int i) {
      for (Candidate f : found) if (f.textStart == i) return f;
      return null;
    }

    /** A target word ("goal", "aim", "plan") in the figure's clause before it, or a target noun right after it. */
    private boolean targetBefore(Candidate c) {
      if (c.textEnd < t.size() && words.is("target", t.get(c.textEnd)) && t.get(c.textEnd).pos().startsWith("NN")) return true;
      for (int q = c.textStart - 1; q >= 0 && c.textStart - q <= 10; q--) {
        Token x = t.get(q);
        if (words.is("clause-break", x) || x.word().equals(".")) return false;
        Candidate other = endingAt(q + 1, c);
        if (other != null) return false;
        if (words.is("target", x)) return true;
      }
      return false;
    }

    private List<String> actors() {
      List<ActorMention> sorted = new ArrayList<>(mentions);
      sorted.sort(Comparator.comparingInt(ActorMention::startToken));
      Set<String> codes = new LinkedHashSet<>();
      for (ActorMention m : sorted) codes.add(m.code());
      return List.copyOf(codes);
    }
  }

  /**
   * The words of {@code figures.tsv}, by kind: currencies, multipliers, number words, approximators, target and change
   * words, nouns worth counting and so on. The file documents its format and kinds in its header.
   */
  static final class FigureWords {
    /** Tokens {@code start} to {@code end} (exclusive) matched a phrase whose value is {@code value}. */
    record Match(int start, int end, String value) {}

    /** Kinds matched on lemmas; the others are matched on the tokens' words. */
    static final Set<String> LEMMA_KINDS = Set.of("target", "change-verb", "level-verb", "change-noun", "count-noun",
        "not-counted", "measure-unit");

    /** Kinds whose value column must hold a number. */
    private static final Set<String> NUMERIC_KINDS = Set.of("multiplier", "number", "fraction", "vague-multiplier");

    static final Set<String> KINDS = Set.of("currency-prefix", "currency-suffix", "currency", "multiplier", "number",
        "fraction", "vague-multiplier", "percent", "approximator", "target", "change-verb", "level-verb", "change-noun",
        "change-word", "link", "count-noun", "not-counted", "measure-unit", "rate", "relative-year", "year-prep", "month",
        "label", "time-suffix", "age-word", "prefix", "clause-break");

    private final Map<String, Map<String, String>> byKind = new HashMap<>();
    private final Map<String, Integer> longest = new HashMap<>();

    private FigureWords() {}

    static FigureWords read(InputStream in, String name) {
      FigureWords w = new FigureWords();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank() || line.startsWith("#")) continue;
          String origin = name + ":" + n;
          String[] cols = line.split("\t", -1);
          if (cols.length < 2) throw new IllegalArgumentException(origin + ": expected phrase<TAB>kind<TAB>value<TAB>example");
          String phrase = normalise(cols[0].strip());
          String kind = cols[1].strip();
          String value = cols.length > 2 ? cols[2].strip() : "";
          if (phrase.isEmpty()) throw new IllegalArgumentException(origin + ": empty phrase");
          if (!KINDS.contains(kind)) throw new IllegalArgumentException(origin + ": unknown kind '" + kind + "'");
          if (NUMERIC_KINDS.contains(kind)) {
            try {
              new BigDecimal(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(origin + ": kind " + kind + " needs a number as its value, not '" + value + "'");
            }
          }
          if (kind.startsWith("currency") && !value.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(origin + ": a currency needs an ISO 4217 code as its value, not '" + value + "'");
          }
          if ((kind.equals("percent") || kind.equals("approximator") || kind.equals("rate")) && value.isEmpty()) {
            throw new IllegalArgumentException(origin + ": kind " + kind + " needs a value");
          }
          if (kind.equals("relative-year") && !value.matches("[+-]?\\d+m?")) {
            throw new IllegalArgumentException(origin + ": a relative year needs an offset such as -1 or -1m, not '" + value + "'");
          }
          Map<String, String> m = w.byKind.computeIfAbsent(kind, k -> new HashMap<>());
          if (m.containsKey(phrase)) throw new IllegalArgumentException(origin + ": '" + phrase + "' is listed twice as " + kind);
          m.put(phrase, value);
          w.longest.merge(kind, phrase.split(" ").length, Math::max);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return w;
    }

    /** Lower case, typographic apostrophes made plain. */
    static String normalise(String s) {
      return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    static String key(Token t, boolean lemma) {
      return normalise(lemma ? t.lemma() : t.word());
    }

    /** The value of a one-token phrase of the kind, or null. */
    String get(String kind, Token t) {
      Map<String, String> m = byKind.get(kind);
      return m == null ? null : m.get(key(t, LEMMA_KINDS.contains(kind)));
    }

    /** The value of a phrase written as it is in the file, or null. */
    String get(String kind, String phrase) {
      Map<String, String> m = byKind.get(kind);
      return m == null ? null : m.get(normalise(phrase));
    }

    boolean is(String kind, Token t) {
      return get(kind, t) != null;
    }

    /** The longest phrase of the kind that starts at token {@code i}, or null. */
    Match at(String kind, List<Token> tokens, int i) {
      Map<String, String> m = byKind.get(kind);
      if (m == null || i < 0 || i >= tokens.size()) return null;
      boolean lemma = LEMMA_KINDS.contains(kind);
      int max = Math.min(longest.getOrDefault(kind, 1), tokens.size() - i);
      for (int len = max; len >= 1; len--) {
        String v = m.get(phrase(tokens, i, i + len, lemma));
        if (v != null) return new Match(i, i + len, v);
      }
      return null;
    }

    /** The longest phrase of the kind that ends just before token {@code end}, or null. */
    Match endingAt(String kind, List<Token> tokens, int end) {
      Map<String, String> m = byKind.get(kind);
      if (m == null || end <= 0 || end > tokens.size()) return null;
      boolean lemma = LEMMA_KINDS.contains(kind);
      int max = Math.min(longest.getOrDefault(kind, 1), end);
      for (int len = max; len >= 1; len--) {
        String v = m.get(phrase(tokens, end - len, end, lemma));
        if (v != null) return new Match(end - len, end, v);
      }
      return null;
    }

    private static String phrase(List<Token> tokens, int from, int to, boolean lemma) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (i > from) b.append(' ');
        b.append(key(tokens.get(i), lemma));
      }
      return b.toString();
    }
  }
}
