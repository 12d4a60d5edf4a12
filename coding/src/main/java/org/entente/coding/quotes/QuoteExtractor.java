package org.entente.coding.quotes;

import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Dependency;
import org.entente.core.Quote;
import org.entente.core.Sentence;
import org.entente.core.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in an annotated document and who said them. See {@code docs/quotes.md}.
 *
 * <p>Quotations are found in the characters of {@link org.entente.core.Document#fullText()}: curly and straight
 * double quotation marks, nested quotations (single or double marks inside double ones), quotations that run over
 * several sentences, and paragraphs that each open with a mark and leave the last one to close the quotation.
 * Top-level single quotation marks count only for quotations of six words or more (British style speech); shorter
 * ones are scare quotes and titles. A one-word quotation is a scare quote ("source") and is left out, and so is
 * a quotation in title case (a name), one after a label word (slogan "...", the so-called "...") and a short one
 * that modifies the noun after it (its "one China" policy).
 *
 * <p>The speaker is looked for in this order: a reporting verb in the quotation's own sentence and line (before
 * the quotation, or after it for one that opens its sentence) and its subject, through the dependency parse where
 * the sentence has one and by the order of words where it has not; "according to X"; a lead-in line ending in a
 * colon or comma ("X said:", "To quote X,") before a quotation that opens its line; a line naming the speaker
 * after a block of whole-line quotations; the subject of the clause for a long quotation inside a sentence; the
 * speaker of the previous quotation a sentence or two before; a reporting verb in the sentence before. Short
 * quotations (three words or fewer, or without a verb) that none of the sentence's own cues explains are kept
 * only right after another quotation, as its continuation; otherwise they are scare quotes and left out.
 *
 * <p>Word lists live in {@code entente/coding/quote-words.txt}; the reporting verbs of the actor resolver
 * ({@code entente/actors/reporting-verbs.txt}) are read too.
 */
public final class QuoteExtractor {
  private static final String WORDS_RESOURCE = "entente/coding/quote-words.txt";
  private static final String REPORTING_VERBS = "entente/actors/reporting-verbs.txt";
  private static volatile QuoteExtractor bundled;

  /** Attribution values of {@link Quote#attribution()}. */
  public static final String REPORTING_VERB = "reporting-verb", ACCORDING_TO = "according-to", COLON = "colon",
      PREVIOUS_QUOTE = "previous-quote", NEARBY_SENTENCE = "nearby-sentence", SUBJECT = "subject", NONE = "none";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+)*");
  private static final int MIN_SINGLE_QUOTE_WORDS = 6;
  private static final int SHORT_WORDS = 3;

  private final Set<String> verbs = new HashSet<>();
  private final Set<String> objectVerbs = new HashSet<>();
  private final Set<String> nouns = new HashSet<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> labels = new HashSet<>();
  private final Set<String> minor = new HashSet<>();
  private final Set<String> subordinators = new HashSet<>();
  private final List<String[]> sectorCues = new ArrayList<>();

  private QuoteExtractor() {}

  /** The extractor with the bundled word lists. */
  public static QuoteExtractor bundled() {
    QuoteExtractor q = bundled;
    if (q == null) {
      synchronized (QuoteExtractor.class) {
        q = bundled;
        if (q == null) bundled = q = read();
      }
    }
    return q;
  }

  private static QuoteExtractor read() {
    QuoteExtractor q = new QuoteExtractor();
    forEachLine(REPORTING_VERBS, false, cols -> q.verbs.add(cols[0].strip().toLowerCase(Locale.ROOT)));
    forEachLine(WORDS_RESOURCE, true, cols -> {
      if (cols.length < 2) throw new IllegalArgumentException(WORDS_RESOURCE + ": expected kind<TAB>word: " + String.join("\t", cols));
      String kind = cols[0].strip(), word = cols[1].strip().toLowerCase(Locale.ROOT);
      switch (kind) {
        case "verb" -> q.verbs.add(word);
        case "object" -> q.objectVerbs.add(word);
        case "noun" -> q.nouns.add(word);
        case "source" -> q.sources.add(word);
        case "person" -> q.people.add(word);
        case "label" -> q.labels.add(word);
        case "minor" -> q.minor.add(word);
        case "subordinator" -> q.subordinators.add(word);
        case "sector" -> {
          if (cols.length < 3) throw new IllegalArgumentException(WORDS_RESOURCE + ": sector needs a code: " + word);
          q.sectorCues.add(new String[] {word, cols[2].strip()});
        }
        default -> throw new IllegalArgumentException(WORDS_RESOURCE + ": unknown kind " + kind);
      }
    });
    return q;
  }

  private interface LineHandler { void accept(String[] columns); }

  private static void forEachLine(String resource, boolean required, LineHandler handler) {
    InputStream in = QuoteExtractor.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      if (required) throw new IllegalStateException("bundled " + resource + " is missing from the class path");
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) handler.accept(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // =============================================================================================== the API

  /**
   * The direct quotations of a document, in text order.
   *
   * @param doc      the document with its sentences (tokens, POS and lemmas; dependencies where parsed)
   * @param mentions actor mentions per sentence, the list index being the sentence index
   */
  public List<Quote> extract(AnnotatedDocument doc, List<List<ActorMention>> mentions) {
    if (doc.sentences().isEmpty()) return List.of();
    String text = doc.document().fullText();
    Doc d = new Doc(text, doc.sentences(), mentions, spans(text));
    List<Quote> out = new ArrayList<>();
    for (Span q : d.spans) {
      String content = text.substring(q.start, q.end);
      int words = wordCount(content);
      if (words < 2 || isTitle(content) || labelled(d, q) || modifiesNoun(d, q, words)) continue;
      Found f = attribute(d, q, words);
      if (f == null) continue;
      d.found.add(f);
      Speaker s = f.speaker;
      out.add(new Quote(doc.document().id(), f.firstSentence, q.start, q.end, content,
          s == null ? null : s.text, s == null ? null : s.actor, f.attribution));
    }
    return out;
  }

  // =============================================================================================== marks

  /** A quotation: the opening mark, the quoted words [start, end), and the end of the closing mark. */
  private record Span(int open, int start, int end, int close, boolean single, boolean closedAtLineEnd) {}

  private static final int OPEN = 1, CLOSE = 2, EITHER = 3;

  private static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u201f' || c == '\u00ab' || c == '\u00bb';
  }

  private static boolean isMarkChar(char c) {
    return isDoubleMark(c) || c == '\'' || c == '\u2018' || c == '\u2019' || c == '`';
  }

  private static boolean opensAfter(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-'
        || c == '/' || isMarkChar(c);
  }

  /** Whether a double mark opens or closes a quotation, from the characters around it. */
  private static int classify(String t, int i) {
    char c = t.charAt(i);
    char prev = i == 0 ? ' ' : t.charAt(i - 1), next = i + 1 >= t.length() ? ' ' : t.charAt(i + 1);
    boolean spaceBefore = opensAfter(prev), spaceAfter = Character.isWhitespace(next) || i + 1 >= t.length();
    switch (c) {
      case '\u201c', '\u201e', '\u201f', '\u00ab' -> {
        return !spaceBefore && (spaceAfter || isClosingPunct(next)) ? CLOSE : OPEN;
      }
      case '\u201d', '\u00bb' -> {
        return spaceBefore && Character.isLetterOrDigit(next) ? OPEN : CLOSE;
      }
      default -> {
        if (spaceBefore && !spaceAfter) return OPEN;
        if (!spaceBefore && (spaceAfter || isClosingPunct(next))) return CLOSE;
        return EITHER;
      }
    }
  }

  private static boolean isClosingPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
        || c == '\u2014' || c == '\u2013';
  }

  /** Top-level quotations: double marks, then long single-quoted ones outside them. */
  private static List<Span> spans(String t) {
    List<Span> doubles = doubleSpans(t);
    List<Span> all = new ArrayList<>(doubles);
    all.addAll(singleSpans(t, doubles));
    all.sort((a, b) -> Integer.compare(a.open, b.open));
    return all;
  }

  private static List<Span> doubleSpans(String t) {
    List<Span> out = new ArrayList<>();
    Deque<Integer> stack = new ArrayDeque<>();
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        if (!stack.isEmpty() && !continuesOnNextLine(t, i)) {
          emit(t, out, stack.peekLast(), i, i, true);
          stack.clear();
        }
        continue;
      }
      if (!isDoubleMark(c)) continue;
      int kind = classify(t, i);
      if (kind == EITHER) kind = !stack.isEmpty() && t.charAt(stack.peek()) == '"' && c == '"' ? CLOSE : OPEN;
      if (kind == OPEN) {
        stack.push(i);
      } else if (!stack.isEmpty()) {
        int open = stack.pop();
        if (stack.isEmpty()) emit(t, out, open, i, i + 1, false);
      }
    }
    if (!stack.isEmpty()) emit(t, out, stack.peekLast(), n, n, true);
    return out;
  }

  /**
   * At a line break inside an open quotation: it goes on when the next line starts in lower case (a line broken
   * mid-sentence) or closes the quotation before opening another; it ends here when the next paragraph opens with
   * a quotation mark (the convention for a quotation of several paragraphs) or shows no closing mark.
   */
  private static boolean continuesOnNextLine(String t, int newline) {
    int j = newline;
    while (j < t.length() && Character.isWhitespace(t.charAt(j))) j++;
    if (j >= t.length()) return false;
    char c = t.charAt(j);
    if (isDoubleMark(c) && classify(t, j) != CLOSE) return false;
    if (Character.isLowerCase(c)) return true;
    for (int k = j; k < t.length() && t.charAt(k) != '\n'; k++) {
      if (!isDoubleMark(t.charAt(k))) continue;
      int kind = classify(t, k);
      if (kind == CLOSE || kind == EITHER) return true;
      return false;
    }
    return false;
  }

  private static void emit(String t, List<Span> out, int open, int contentEnd, int close, boolean atLineEnd) {
    int s = open + 1, e = contentEnd;
    while (s < e && Character.isWhitespace(t.charAt(s))) s++;
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
    if (s < e) out.add(new Span(open, s, e, Math.max(close, e), false, atLineEnd));
  }

  private static List<Span> singleSpans(String t, List<Span> doubles) {
    List<Span> out = new ArrayList<>();
    int n = t.length(), d = 0, pending = -1;
    for (int i = 0; i < n; i++) {
      while (d < doubles.size() && doubles.get(d).close <= i) d++;
      if (d < doubles.size() && doubles.get(d).open <= i) {
        i = doubles.get(d).close - 1;
        pending = -1;
        continue;
      }
      char c = t.charAt(i);
      if (c == '\n') { pending = -1; continue; }
      if (c != '\'' && c != '\u2018' && c != '\u2019') continue;
      char prev = i == 0 ? ' ' : t.charAt(i - 1), next = i + 1 >= n ? ' ' : t.charAt(i + 1);
      boolean opens = (c == '\'' || c == '\u2018') && opensAfter(prev) && Character.isLetterOrDigit(next);
      boolean closes = (c == '\'' || c == '\u2019') && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
      if (pending >= 0 && closes) {
        int s = pending + 1, e = i;
        if (wordCount(t.substring(s, e)) >= MIN_SINGLE_QUOTE_WORDS) out.add(new Span(pending, s, e, i + 1, true, false));
        pending = -1;
      } else if (opens && pending < 0) {
        pending = i;
      }
    }
    return out;
  }

  static int wordCount(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** A name in title case: "Translate Website", "Our Vision for Liberation". */
  private boolean isTitle(String content) {
    String c = content.strip();
    if (c.isEmpty() || ".!?,;".indexOf(c.charAt(c.length() - 1)) >= 0) return false;
    Matcher m = WORD.matcher(c);
    int words = 0, capitals = 0;
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      if (first && !Character.isUpperCase(w.charAt(0))) return false;
      first = false;
      if (minor.contains(w.toLowerCase(Locale.ROOT))) continue;
      words++;
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) capitals++;
    }
    return words >= 2 && capitals >= 0.75 * words;
  }

  /** A label word right before the quotation: slogan "...", the so-called "...", entitled '...'. */
  private boolean labelled(Doc d, Span q) {
    int i = q.open - 1, seen = 0;
    while (i >= 0 && seen < 2) {
      while (i >= 0 && (Character.isWhitespace(d.text.charAt(i)) || ",:".indexOf(d.text.charAt(i)) >= 0)) i--;
      int e = i + 1;
      while (i >= 0 && (Character.isLetter(d.text.charAt(i)) || d.text.charAt(i) == '-')) i--;
      String w = d.text.substring(i + 1, e).toLowerCase(Locale.ROOT);
      if (w.isEmpty()) return false;
      if (labels.contains(w)) return true;
      if (!w.equals("the") && !w.equals("a") && !w.equals("an") && !w.equals("its") && !w.equals("his")
          && !w.equals("her") && !w.equals("their")) return false;
      seen++;
    }
    return false;
  }

  /**
   * A short quotation used as a modifier of the noun after it: its "one China" policy, a "zero-Covid" strategy.
   * Lists of words ("a "professional, standard and strong" manner") are the speaker's words and stay.
   */
  private static boolean modifiesNoun(Doc d, Span q, int words) {
    if (words > SHORT_WORDS || q.closedAtLineEnd) return false;
    String content = d.text.substring(q.start, q.end);
    for (int i = 0; i < content.length(); i++) if (".,;:!?".indexOf(content.charAt(i)) >= 0) return false;
    int si = d.sentenceAt(q.close);
    Sentence s = d.sentences.get(si);
    int k = firstTokenFrom(s, q.close);
    if (k >= s.tokens().size() || s.token(k).begin() > q.close + 1) return false;
    Token next = s.token(k);
    return (next.pos().equals("NN") || next.pos().equals("NNS")) && Character.isLowerCase(next.word().charAt(0));
  }

  // =============================================================================================== the document

  /**
   * A speaker: as named, actor code or null, whether a person, the head noun of the phrase, and whether the phrase
   * can speak at all (a person, an actor, a text or body; not "the new pipeline").
   */
  private record Speaker(String text, String actor, boolean person, String head, boolean named) {
    Speaker(String text, String actor, boolean person, String head) { this(text, actor, person, head, true); }
  }

  private record Found(Span span, int firstSentence, int lastSentence, Speaker speaker, String attribution) {}

  private static final class Doc {
    final String text;
    final List<Sentence> sentences;
    final List<List<ActorMention>> mentions;
    final List<Span> spans;
    final boolean[][] quoted;
    final boolean[] real;
    final List<Found> found = new ArrayList<>();

    Doc(String text, List<Sentence> sentences, List<List<ActorMention>> mentions, List<Span> spans) {
      this.text = text;
      this.sentences = sentences;
      this.mentions = mentions;
      this.spans = spans;
      quoted = new boolean[sentences.size()][];
      real = new boolean[sentences.size()];
      List<Span> worded = new ArrayList<>();
      for (Span sp : spans) if (wordCount(text.substring(sp.start, sp.end)) >= 2) worded.add(sp);
      for (Sentence s : sentences) {
        boolean[] q = new boolean[s.tokens().size()];
        for (Token t : s.tokens()) {
          if (isMarkToken(t)) { q[t.index()] = true; continue; }
          if (t.word().chars().anyMatch(Character::isLetterOrDigit)) real[s.index()] = true;
          for (Span sp : worded) {
            if (sp.start > t.begin()) break;
            if (t.end() <= sp.end) {
              q[t.index()] = true;
              break;
            }
          }
        }
        quoted[s.index()] = q;
      }
    }

    List<ActorMention> mentions(int sentence) {
      return sentence < mentions.size() ? mentions.get(sentence) : List.of();
    }

    /** The sentence holding the character, or the next one after it. */
    int sentenceAt(int offset) {
      int lo = 0, hi = sentences.size() - 1, best = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).begin() <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (sentences.get(best).end() <= offset && best + 1 < sentences.size()) best++;
      return best;
    }

    int lineStart(int offset) { return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1; }

    int lineEnd(int offset) {
      int e = text.indexOf('\n', offset);
      return e < 0 ? text.length() : e;
    }

    /** Sentences with words between two sentences: 1 for the next sentence. */
    int distance(int from, int to) {
      if (to <= from) return 0;
      int n = 0;
      for (int i = from + 1; i <= to; i++) if (real[i]) n++;
      return n;
    }
  }

  private static boolean isMarkToken(Token t) {
    String w = t.word();
    if (w.isEmpty()) return false;
    for (int i = 0; i < w.length(); i++) if (!isMarkChar(w.charAt(i))) return false;
    return true;
  }

  // =============================================================================================== attribution

  private Found attribute(Doc d, Span q, int words) {
    int a = d.sentenceAt(q.start), b = d.sentenceAt(Math.max(q.start, q.end - 1));
    Sentence sa = d.sentences.get(a), sb = d.sentences.get(b);
    int openTok = firstTokenFrom(sa, q.open);
    int afterTok = firstTokenFrom(sb, q.close);
    boolean startsSentence = true;
    for (int k = 0; k < openTok && k < sa.tokens().size(); k++) {
      if (!d.quoted[a][k] && sa.token(k).word().chars().anyMatch(Character::isLetterOrDigit)) startsSentence = false;
    }
    boolean hasVerb = false;
    for (int s = a; s <= b; s++) {
      for (Token t : d.sentences.get(s).tokens()) {
        if (t.begin() >= q.start && t.end() <= q.end && t.isVerb()) hasVerb = true;
      }
    }
    boolean fragment = words <= SHORT_WORDS || !hasVerb;
    int lineStart = d.lineStart(q.open), lineEnd = d.lineEnd(q.close);

    Speaker sp = null;
    String how = null;
    Speaker pre = before(d, a, openTok, lineStart), post = after(d, b, afterTok, lineEnd);
    if (post == null && afterTok >= sb.tokens().size() && b + 1 < d.sentences.size()) {
      // ""Is this how partners behave?" asked Lavrov." split after the question mark
      Sentence next = d.sentences.get(b + 1);
      if (!next.tokens().isEmpty() && next.begin() < lineEnd && Character.isLowerCase(next.token(0).word().charAt(0))) {
        post = after(d, b + 1, 0, lineEnd);
      }
    }
    if (startsSentence ? post != null : pre != null) {
      sp = startsSentence ? post : pre;
    } else {
      sp = startsSentence ? pre : post;
    }
    if (sp != null) {
      how = sp == pre && openTok > 0 && openTok - 1 < sa.tokens().size() && sa.token(openTok - 1).word().equals(":")
          ? COLON : REPORTING_VERB;
    }
    if (sp == null) {
      sp = accordingTo(d, a, b, q, lineStart, lineEnd);
      if (sp != null) how = ACCORDING_TO;
    }
    boolean beginsLine = d.text.substring(lineStart, q.open).isBlank();
    if (sp == null && beginsLine) {
      sp = leadIn(d, lineStart);
      if (sp != null) how = COLON;
    }
    if (sp == null && beginsLine && wholeLine(d, q)) {
      sp = nameLine(d, q);
      if (sp != null) how = NEARBY_SENTENCE;
    }
    if (sp == null && !startsSentence && !fragment && words > SHORT_WORDS) {
      sp = clauseSubject(d, a, openTok, lineStart);
      if (sp != null) how = SUBJECT;
    }
    if (sp == null) {
      Found prev = null;
      for (int i = d.found.size() - 1; i >= 0 && prev == null; i--) if (d.found.get(i).speaker != null) prev = d.found.get(i);
      int dist = prev == null ? Integer.MAX_VALUE : d.distance(prev.lastSentence, a);
      if (fragment) {
        if (dist > 2) return null; // a scare quote
        sp = prev.speaker;
        how = PREVIOUS_QUOTE;
      } else if (dist <= 3) {
        sp = prev.speaker;
        how = PREVIOUS_QUOTE;
      } else if (startsSentence) {
        sp = nearbySentence(d, a);
        if (sp != null) how = NEARBY_SENTENCE;
      }
    }
    return new Found(q, a, b, sp, sp == null ? NONE : how);
  }

  private static int firstTokenFrom(Sentence s, int offset) {
    for (Token t : s.tokens()) if (t.begin() >= offset) return t.index();
    return s.tokens().size();
  }

  /** A reporting verb (or a noun for something said) before the quotation on its line, and its speaker. */
  private Speaker before(Doc d, int si, int fromTok, int minBegin) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    for (int k = Math.min(fromTok, s.tokens().size()) - 1; k >= 0; k--) {
      Token t = s.token(k);
      if (t.begin() < minBegin) break;
      if (q[k]) continue;
      if (t.word().equals(";")) break;
      Speaker sp = speakerOfCue(d, si, k);
      if (sp != null) return sp;
    }
    return null;
  }

  /** A reporting verb after the quotation on its line ("..., Putin said"; "..., said Gabuev"). */
  private Speaker after(Doc d, int si, int fromTok, int maxEnd) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    for (int k = fromTok; k < s.tokens().size(); k++) {
      Token t = s.token(k);
      if (t.end() > maxEnd) break;
      if (q[k]) continue;
      if (t.word().equals(";")) break;
      if (!t.isVerb()) continue;
      Speaker sp = speakerOfCue(d, si, k);
      if (sp != null) return sp;
    }
    return null;
  }

  /** The speaker when token k is a reporting verb, a verb whose object speaks, or a noun for something said. */
  private Speaker speakerOfCue(Doc d, int si, int k) {
    Sentence s = d.sentences.get(si);
    Token t = s.token(k);
    String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
    if (t.pos().startsWith("VB")) {
      if (objectVerbs.contains(lemma) && !passive(s, k)) {
        Integer h = headAfter(d, si, k);
        if (h != null) return speakerAt(d, si, h);
      }
      if (verbs.contains(lemma)) {
        if (passive(s, k) && !(k > 0 && s.token(k - 1).word().equalsIgnoreCase("as"))) return null;
        Speaker sp = subjectOf(d, si, k);
        return sp == null || !sp.named ? null : sp; // "the pipeline ... warned": a misparse, look further
      }
    } else if (t.isNoun() && nouns.contains(lemma)) {
      // "Biden's remark was “extremely wrong”": a noun that is the subject of a clause is talked about, not quoted
      if (k + 1 < s.tokens().size() && !d.quoted[si][k + 1] && s.token(k + 1).isVerb()) return null;
      return possessor(d, si, k);
    }
    return null;
  }

  /** A passive verb form with no "by" agent after it: "it was announced that". */
  private static boolean passive(Sentence s, int v) {
    if (!s.token(v).pos().equals("VBN")) return false;
    boolean aux = false;
    for (int i = v - 1; i >= 0 && i >= v - 3; i--) {
      Token t = s.token(i);
      if ("be".equals(t.lemma()) || "get".equals(t.lemma())) { aux = true; break; }
      if (!t.pos().startsWith("RB")) break;
    }
    if (!aux) return false;
    for (int i = v + 1; i < s.tokens().size() && i <= v + 6; i++) if (s.token(i).word().equalsIgnoreCase("by")) return false;
    return true;
  }

  /** "his claim that", "in Goldstein's estimation", "a statement by the ministry". */
  private Speaker possessor(Doc d, int si, int noun) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    int i = noun - 1;
    while (i >= 0 && !q[i] && (s.token(i).pos().startsWith("JJ") || s.token(i).pos().startsWith("RB")
        || s.token(i).pos().equals("VBN") || s.token(i).pos().equals("NN") && !nouns.contains(s.token(i).lemma()))) i--;
    if (i >= 0 && !q[i]) {
      Token t = s.token(i);
      if (t.pos().equals("PRP$")) return pronoun(d, si, i);
      if (t.pos().equals("POS") && i > 0 && nominal(s.token(i - 1))) return speakerAt(d, si, i - 1);
    }
    if (noun + 2 < s.tokens().size() && s.token(noun + 1).word().equalsIgnoreCase("by")) {
      Integer h = headAfter(d, si, noun + 1);
      if (h != null) return speakerAt(d, si, h);
    }
    return null;
  }

  // ----------------------------------------------------------------------------------------------- subjects

  private Speaker subjectOf(Doc d, int si, int v) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    // "X was quoted as saying", "Tass quoted X as saying"
    if (v >= 2 && s.token(v - 1).word().equalsIgnoreCase("as") && !q[v - 2]) {
      Token before = s.token(v - 2);
      if (nominal(before)) return speakerAt(d, si, v - 2);
      if (before.isVerb()) {
        if (s.parsed()) {
          List<Integer> subj = depSubjects(d, si, v - 2, true, 0);
          if (!subj.isEmpty()) return speakerAt(d, si, subj);
        }
        List<Integer> h = heuristicSubjects(d, si, v - 2);
        return h.isEmpty() ? null : speakerAt(d, si, h);
      }
    }
    // "X said that Y was ... and warned ...": a verb coordinated without a subject of its own shares that of the
    // reporting verb before it, whatever the parse says
    int c = v - 1;
    while (c >= 0 && !q[c] && s.token(c).pos().startsWith("RB")) c--;
    if (c > 0 && !q[c] && s.token(c).pos().equals("CC")) {
      for (int k = c - 1; k >= 0; k--) {
        Token t = s.token(k);
        if (q[k] || !t.pos().startsWith("VB") || t.pos().equals("VBG") || t.pos().equals("VBN")) continue;
        if (verbs.contains(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT)) && !passive(s, k)) {
          Speaker sp = subjectOf(d, si, k);
          if (sp != null && sp.named) return sp;
          break;
        }
      }
    }
    if (s.parsed()) {
      List<Integer> subj = depSubjects(d, si, v, false, 0);
      if (!subj.isEmpty()) return speakerAt(d, si, subj);
    }
    List<Integer> h = heuristicSubjects(d, si, v);
    return h.isEmpty() ? null : speakerAt(d, si, h);
  }

  /**
   * Subjects of a verb in the enhanced parse; a participle with none takes those of the verb it hangs on. A subject
   * that is no noun or pronoun is a parse error and ignored; a relative pronoun stands for its antecedent; of
   * several subjects the one nearest the verb counts, with those coordinated with it.
   */
  private List<Integer> depSubjects(Doc d, int si, int v, boolean passiveToo, int depth) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    List<Integer> found = new ArrayList<>();
    for (Dependency dep : s.children(v)) {
      String rel = dep.relation();
      int h = dep.dependent();
      if (h < 0 || h >= q.length || q[h]) continue;
      boolean subject = rel.equals("nsubj") || rel.equals("nsubj:xsubj") || (passiveToo && rel.equals("nsubj:pass"))
          || rel.equals("obl:agent");
      if (!subject) continue;
      String pos = s.token(h).pos();
      if (pos.equals("WDT") || pos.equals("WP")) {
        Integer ante = null;
        for (Dependency r : s.heads(h)) if (r.relation().equals("ref") && r.governor() >= 0) ante = r.governor();
        if (ante == null) ante = relativeAntecedent(d, si, h);
        if (ante == null) continue;
        h = ante;
      } else if (!nominal(s.token(h))) {
        continue;
      }
      if (!found.contains(h)) found.add(h);
    }
    if (!found.isEmpty()) {
      int primary = found.get(0);
      for (int h : found) if (Math.abs(h - v) < Math.abs(primary - v)) primary = h;
      List<Integer> out = new ArrayList<>(List.of(primary));
      for (int h : found) {
        if (h == primary) continue;
        for (Dependency c : s.dependencies()) {
          if (c.baseRelation().equals("conj") && (c.governor() == primary && c.dependent() == h
              || c.governor() == h && c.dependent() == primary)) { out.add(h); break; }
        }
      }
      return out;
    }
    if (depth >= 3) return found;
    for (Dependency dep : s.heads(v)) {
      String base = dep.baseRelation();
      int g = dep.governor();
      if (g < 0 || g >= q.length) continue;
      if (base.equals("acl") && nominal(s.token(g)) && !q[g]) return List.of(g); // "a statement saying"
      if (base.equals("advcl") || base.equals("xcomp") || base.equals("conj") || base.equals("parataxis")) {
        List<Integer> up = depSubjects(d, si, g, passiveToo, depth + 1);
        if (!up.isEmpty()) return up;
      }
    }
    return found;
  }

  /**
   * What ", which ..." refers to, from the order of words: walking left over places and times ("in Liverpool,
   * Britain, on Sunday"), the first phrase that is not inside a prepositional phrase, or failing that the first
   * inside an "of" phrase that names an actor ("a day of a G7 meeting of foreign ministers, which ...").
   */
  private Integer relativeAntecedent(Doc d, int si, int rel) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    int i = rel - 1;
    Integer tentative = null;
    boolean lastWasLocative = false;
    for (int steps = 0; steps < 30 && i >= 0 && !q[i]; steps++) {
      Token t = s.token(i);
      if (t.word().equals(",") || t.word().equals("of")) { i--; continue; }
      if (!nominal(t)) break;
      int start = npStart(d, si, i);
      Token before = start > 0 ? s.token(start - 1) : null;
      boolean inPp = before != null && isPreposition(before);
      boolean locative = inPp && !before.word().equalsIgnoreCase("of");
      boolean placeAppositive = before != null && before.word().equals(",") && lastWasLocative;
      if (!locative && !placeAppositive) {
        if (!inPp && before != null && before.word().equals(",") && start >= 2 && !q[start - 2]
            && s.token(start - 2).pos().startsWith("NNP") && !hasActor(d, si, start, i + 1)) {
          return start - 2; // "Wang Yi, the party's top foreign policy official, who told him"
        }
        if (!inPp) return tentative != null && !hasActor(d, si, start, i + 1) ? tentative : i;
        if (hasActor(d, si, start, i + 1)) return i;
        if (tentative == null) tentative = i;
      }
      lastWasLocative = locative || placeAppositive;
      i = inPp ? start - 2 : start - 1;
    }
    return tentative;
  }

  private static boolean hasActor(Doc d, int si, int start, int end) {
    for (ActorMention m : d.mentions(si)) {
      if (m.startToken() >= start && m.endToken() <= end && !m.matchedBy().contains("place")
          && !m.matchedBy().contains("quoted-speaker")) return true;
    }
    return false;
  }

  private static boolean nominal(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("PRP") || p.equals("CD") && Character.isLetter(t.word().charAt(0));
  }

  private static boolean npInternal(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$") || p.equals("POS")
        || p.equals("CD") || p.equals("HYPH") || t.word().equals("’s") || t.word().equals("'s");
  }

  private boolean isPreposition(Token t) {
    return (t.pos().equals("IN") || t.pos().equals("TO")) && !subordinators.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isAux(Token t) {
    String l = t.lemma() == null ? "" : t.lemma();
    return t.pos().equals("MD") || t.pos().startsWith("RB") || t.word().equalsIgnoreCase("not")
        || t.word().equalsIgnoreCase("n't") || t.pos().startsWith("VB") && (l.equals("be") || l.equals("have") || l.equals("do"));
  }

  /** The subject of a verb from the order of words, with the phrases coordinated before it ("A and B said"). */
  private List<Integer> heuristicSubjects(Doc d, int si, int v) {
    Integer h = heuristicSubject(d, si, v, 0);
    if (h == null) return List.of();
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    List<Integer> out = new ArrayList<>(List.of(h));
    if (h > v) return out;
    int start = npStart(d, si, h);
    while (start >= 2 && !q[start - 1] && !q[start - 2] && s.token(start - 1).word().equalsIgnoreCase("and")
        && nominal(s.token(start - 2))) {
      out.add(0, start - 2);
      start = npStart(d, si, start - 2);
    }
    return out;
  }

  /** The subject of a verb from the order of words, for sentences without a parse. */
  private Integer heuristicSubject(Doc d, int si, int v, int depth) {
    if (depth > 3) return null;
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    if (s.token(v).pos().equals("VBG")) {
      // a participle ("..., telling Biden that") shares the subject of the clause it hangs on
      int f = previousFiniteVerb(d, si, v);
      return f < 0 ? null : heuristicSubject(d, si, f, depth + 1);
    }
    int i = v - 1;
    for (int steps = 0; steps < 40; steps++) {
      while (i >= 0 && !q[i] && isAux(s.token(i))) i--;
      if (i < 0 || q[i]) return headAfter(d, si, v);
      Token t = s.token(i);
      String w = t.word();
      if (w.equals(",")) {
        if (i == 0 || q[i - 1]) return headAfter(d, si, v);
        if (s.token(v).pos().equals("VBG")) {
          int f = previousFiniteVerb(d, si, i);
          return f < 0 ? null : heuristicSubject(d, si, f, depth + 1);
        }
        return appositiveHead(d, si, i);
      }
      if (t.pos().equals("CC")) {
        int f = previousFiniteVerb(d, si, i);
        return f < 0 ? null : heuristicSubject(d, si, f, depth + 1);
      }
      if (nominal(t)) {
        int start = npStart(d, si, i);
        if (start > 0 && !q[start - 1] && isPreposition(s.token(start - 1))) {
          i = start - 2; // a prepositional phrase: "signals ... on Monday"
          continue;
        }
        return i;
      }
      if ((t.pos().equals("WDT") || t.pos().equals("WP")) && i > 0 && s.token(i - 1).word().equals(",")) {
        return relativeAntecedent(d, si, i); // ", which was announced on Monday, signals"
      }
      if (t.pos().equals("VBN") && i > 0) {
        i--; // "which was announced"
        continue;
      }
      return null;
    }
    return null;
  }

  private static int previousFiniteVerb(Doc d, int si, int before) {
    Sentence s = d.sentences.get(si);
    for (int k = before - 1; k >= 0; k--) {
      if (d.quoted[si][k]) continue;
      String p = s.token(k).pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
        // the main verb of an auxiliary group: "is using" -> using
        int m = k;
        while (m + 1 < before && (s.token(m + 1).pos().startsWith("VB") || s.token(m + 1).pos().startsWith("RB"))) m++;
        return s.token(m).pos().startsWith("VB") ? m : k;
      }
    }
    return -1;
  }

  /** "Lyle Goldstein, an expert on ..., told": the name before the appositive. */
  private Integer appositiveHead(Doc d, int si, int comma) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    int clauseStart = 0;
    for (int k = comma - 1; k >= 0; k--) {
      if (q[k] || s.token(k).word().equals(";")) { clauseStart = k + 1; break; }
    }
    for (int c = clauseStart + 1; c < comma; c++) {
      if (!s.token(c).word().equals(",") || q[c - 1] || !nominal(s.token(c - 1))) continue;
      int start = npStart(d, si, c - 1);
      boolean atClauseStart = start <= clauseStart || s.token(start - 1).word().equals(",")
          || s.token(start - 1).pos().equals("CC") || subordinators.contains(s.token(start - 1).word().toLowerCase(Locale.ROOT));
      if (!atClauseStart) continue;
      Token next = s.token(c + 1);
      if (npInternal(next) || next.pos().startsWith("RB")) return c - 1;
    }
    return comma > 0 && !q[comma - 1] && nominal(s.token(comma - 1)) ? comma - 1 : null;
  }

  /** The head of the noun phrase right after token k ("said Alexander Gabuev", "according to the Kremlin"). */
  private static Integer headAfter(Doc d, int si, int k) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    int i = k + 1;
    while (i < s.tokens().size() && !q[i] && (s.token(i).pos().equals("RP") || s.token(i).pos().startsWith("RB"))) i++;
    int head = -1;
    while (i < s.tokens().size() && !q[i] && (npInternal(s.token(i)) || s.token(i).pos().equals("PRP"))) {
      if (!s.token(i).pos().equals("POS") && !s.token(i).pos().equals("DT")) head = i;
      if (s.token(i).pos().equals("PRP")) break;
      i++;
    }
    return head < 0 ? null : head;
  }

  private static int npStart(Doc d, int si, int head) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    int start = head;
    while (start > 0 && !q[start - 1] && npInternal(s.token(start - 1))) {
      start--;
      if (s.token(start).pos().equals("DT")) break;
    }
    while (start < head && s.token(start).pos().equals("POS")) start++;
    return start;
  }

  /** End of the noun phrase whose head is given: the rest of a name, then "of" + a short phrase. */
  private static int npEnd(Doc d, int si, int head) {
    Sentence s = d.sentences.get(si);
    boolean[] q = d.quoted[si];
    int n = s.tokens().size();
    int end = head + 1;
    while (end < n && !q[end] && s.token(end).pos().startsWith("NNP")) end++;
    while (end + 1 < n && s.token(end).word().equals("of") && !q[end + 1]) {
      int k = end + 1, last = -1;
      while (k < n && k <= end + 8 && !q[k] && (npInternal(s.token(k)) || s.token(k).word().equals("and")
          && k + 1 < n && s.token(k + 1).pos().startsWith("NNP"))) {
        if (!s.token(k).pos().equals("DT") && !s.token(k).pos().equals("POS")) last = k;
        k++;
      }
      if (last < 0) break;
      end = last + 1;
    }
    return end;
  }

  // ----------------------------------------------------------------------------------------------- speakers

  private Speaker speakerAt(Doc d, int si, int head) { return speakerAt(d, si, List.of(head)); }

  /** The speaker named by one or more (coordinated) subject heads. */
  private Speaker speakerAt(Doc d, int si, List<Integer> heads) {
    Sentence s = d.sentences.get(si);
    if (heads.size() == 1 && s.token(heads.get(0)).pos().equals("PRP")) return pronoun(d, si, heads.get(0));
    int start = Integer.MAX_VALUE, end = -1;
    for (int h : heads) {
      if (s.token(h).pos().equals("PRP")) continue;
      start = Math.min(start, npStart(d, si, h));
      end = Math.max(end, npEnd(d, si, h));
    }
    if (end < 0) return pronoun(d, si, heads.get(0));
    return speakerFromSpan(d, si, start, end, null);
  }

  private static final Set<String> STATE_LIKE = Set.of("state", "adjective", "compound", "capital", "capital-place", "pair");

  /** Speaker for tokens [start, end) of a sentence; {@code cueText} adds words for sector cues (may be null). */
  private Speaker speakerFromSpan(Doc d, int si, int start, int end, String cueText) {
    Sentence s = d.sentences.get(si);
    List<ActorMention> inside = new ArrayList<>();
    for (ActorMention m : d.mentions(si)) {
      if (m.matchedBy().contains("quoted-speaker") || m.code().startsWith("@")) continue;
      if (m.endToken() > start && m.startToken() < end) {
        if (m.startToken() < start && !d.quoted[si][m.startToken()]) start = m.startToken();
        if (m.endToken() > end) end = m.endToken();
        inside.add(m);
      }
    }
    while (end > start + 1 && s.token(end - 1).pos().equals("POS")) end--;
    String text = s.span(start, end);
    int headAt = end - 1;
    for (int k = start + 1; k < end; k++) if (s.token(k).word().equals("of")) { headAt = k - 1; break; }
    Token headTok = s.token(headAt);
    String head = headTok.lemma() == null ? headTok.word().toLowerCase(Locale.ROOT) : headTok.lemma().toLowerCase(Locale.ROOT);
    String cues = (cueText == null ? text : cueText + " " + text).toLowerCase(Locale.ROOT);
    ActorMention chosen = null;
    Set<String> codes = new LinkedHashSet<>();
    boolean coordinated = false;
    for (int k = start; k < end; k++) {
      String w = s.token(k).word();
      if (s.token(k).pos().equals("CC") || w.equals("&")) coordinated = true;
    }
    for (ActorMention m : inside) {
      boolean final_ = m.endToken() >= end || m.endToken() < end
          && (s.token(m.endToken()).pos().equals("CC") || s.token(m.endToken()).word().equals(","));
      if (final_ && (coordinated || m.matchedBy().equals("pair"))) codes.add(m.code());
      if (m.endToken() >= end || m.endToken() == end - 1 && s.token(end - 1).pos().equals("POS")) chosen = chosen == null ? m : chosen;
    }
    if (codes.size() > 1) return new Speaker(text, null, false, head, true);
    if (chosen == null) {
      // a modifier naming the body: "a Chinese Foreign Ministry statement", "The Pentagon's ... Review"
      for (ActorMention m : inside) {
        if (isPerson(m)) continue;
        int lead = start;
        while (lead < end && (s.token(lead).pos().equals("DT") || s.token(lead).pos().equals("PRP$"))) lead++;
        if (m.startToken() > lead) continue;
        boolean rest = true;
        for (int k = m.endToken(); k < end && rest && !s.token(k).word().equals("of"); k++) {
          Token t = s.token(k);
          rest = t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("CD") || t.pos().equals("POS")
              || t.pos().equals("HYPH");
        }
        if (rest) { chosen = m; break; }
      }
    }
    String actor = chosen == null ? null : withSector(chosen, cues);
    boolean personNoun = people.contains(head);
    if (actor == null && personNoun && !(chosen != null && isPerson(chosen))) {
      // "officials in Kyiv", "a diplomat from Beijing": the state of the place after the people noun
      ActorMention place = placeAfter(d, si, end);
      if (place != null) {
        actor = withSector(new ActorMention(place.startToken(), place.endToken(), place.headToken(), place.text(),
            place.code().substring(0, Math.min(3, place.code().length())), place.entry(), "state"), cues);
        text = s.span(start, place.endToken());
      }
    }
    boolean person = chosen != null ? isPerson(chosen) || personNoun
        : personNoun || headTok.pos().startsWith("NNP") && !sources.contains(head);
    Speaker sp = new Speaker(text, actor, person, head, !inside.isEmpty() || person || sources.contains(head));
    if (actor == null) sp = resolveAntecedent(d, si, start, sp);
    return sp;
  }

  /** A state or capital named right after a phrase by "in", "from" or "of": "officials in Kyiv". */
  private ActorMention placeAfter(Doc d, int si, int end) {
    Sentence s = d.sentences.get(si);
    if (end + 1 >= s.tokens().size() || d.quoted[si][end]) return null;
    String w = s.token(end).word().toLowerCase(Locale.ROOT);
    if (!w.equals("in") && !w.equals("from") && !w.equals("of")) return null;
    for (ActorMention m : d.mentions(si)) {
      if (m.startToken() == end + 1 || m.startToken() == end + 2 && s.token(end + 1).pos().equals("DT")) {
        String by = m.matchedBy();
        return STATE_LIKE.contains(by) || by.startsWith("capital") ? m : null;
      }
    }
    return null;
  }

  private static boolean isPerson(ActorMention m) {
    String by = m.matchedBy();
    return by.contains("person") || by.contains("surname") || by.contains("pronoun") || by.contains("definite-role");
  }

  /** A bare state or a capital takes the sector its phrase names: "Department of National Defence ... Ottawa". */
  private String withSector(ActorMention m, String cues) {
    String code = m.code();
    String by = m.matchedBy();
    if (!(STATE_LIKE.contains(by) || by.startsWith("capital"))) return code;
    if (code.length() < 3) return code;
    Set<String> words = new HashSet<>();
    Matcher w = WORD.matcher(cues);
    while (w.find()) words.add(w.group());
    for (String[] cue : sectorCues) if (words.contains(cue[0])) return code.substring(0, 3) + cue[1];
    return code;
  }

  /**
   * A speaker without an actor: a definite text or body ("the document", "the newspaper") takes the actor of an
   * earlier speaker or mention with the same head noun; a lone surname ("Goldstein") the fuller name said before.
   */
  private Speaker resolveAntecedent(Doc d, int si, int start, Speaker sp) {
    Sentence s = d.sentences.get(si);
    String first = s.token(start).word().toLowerCase(Locale.ROOT);
    boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
    // only a common-noun phrase points back ("the document"); "the South China Morning Post" is a name
    for (int k = start; k < s.tokens().size() && k <= start + 6 && definite; k++) {
      if (s.token(k).pos().startsWith("NNP")) definite = false;
      if (s.token(k).lemma() != null && s.token(k).lemma().equals(sp.head)) break;
    }
    if (definite && sources.contains(sp.head)) {
      for (int i = d.found.size() - 1; i >= 0; i--) {
        Speaker e = d.found.get(i).speaker;
        if (e != null && e.actor != null && !e.person && (sp.head.equals(e.head)
            || (" " + e.text.toLowerCase(Locale.ROOT) + " ").contains(" " + sp.head + " "))) {
          return new Speaker(sp.text, e.actor, false, sp.head, true);
        }
      }
      for (int k = si; k >= 0 && k >= si - 40; k--) {
        Sentence e = d.sentences.get(k);
        for (int t = (k == si ? start : e.tokens().size()) - 1; t >= 0; t--) {
          Token tok = e.token(t);
          if (d.quoted[k][t] || !tok.isNoun() || !sp.head.equals(tok.lemma())) continue;
          String actor = actorNear(d, k, t);
          if (actor != null) return new Speaker(sp.text, actor, false, sp.head, true);
        }
      }
    }
    if (definite && sources.contains(sp.head)) {
      // "The daily said" right after "The newspaper Izvestia called ...": the body quoted just before
      Found prev = null;
      for (int i = d.found.size() - 1; i >= 0 && prev == null; i--) if (d.found.get(i).speaker != null) prev = d.found.get(i);
      if (prev != null && !prev.speaker.person && prev.speaker.actor != null && d.distance(prev.lastSentence, si) <= 2) {
        return new Speaker(sp.text, prev.speaker.actor, false, sp.head, true);
      }
    }
    if (sp.person && !sp.text.contains(" ")) {
      for (int i = d.found.size() - 1; i >= 0; i--) {
        Speaker e = d.found.get(i).speaker;
        if (e != null && e.person && e.text.endsWith(" " + sp.text)) return e;
      }
    }
    return sp;
  }

  /** The actor of a mention in the phrase around a noun: its modifiers and what follows up to the next verb. */
  private String actorNear(Doc d, int si, int noun) {
    Sentence s = d.sentences.get(si);
    int from = npStart(d, si, noun), to = noun + 1;
    while (to < s.tokens().size() && to <= noun + 12 && !d.quoted[si][to] && !s.token(to).isVerb()
        && !s.token(to).word().equals(",") && !s.token(to).word().equals(";")) to++;
    ActorMention best = null;
    for (ActorMention m : d.mentions(si)) {
      if (m.matchedBy().contains("quoted-speaker") || m.code().startsWith("@")) continue;
      if (m.startToken() >= from && m.endToken() <= to) {
        if (best == null || Math.abs(m.headToken() - noun) < Math.abs(best.headToken() - noun)) best = m;
      }
    }
    return best == null ? null : withSector(best, s.span(from, to).toLowerCase(Locale.ROOT));
  }

  /** he/she: the previous quotation's speaker when a person, else the resolver's pronoun; it: the previous body. */
  private Speaker pronoun(Doc d, int si, int k) {
    Sentence s = d.sentences.get(si);
    String w = s.token(k).word().toLowerCase(Locale.ROOT);
    Found prev = null;
    for (int i = d.found.size() - 1; i >= 0 && prev == null; i--) if (d.found.get(i).speaker != null) prev = d.found.get(i);
    boolean recent = prev != null && d.distance(prev.lastSentence, si) <= 3;
    boolean personal = w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her") || w.equals("him");
    if (personal) {
      if (recent && prev.speaker.person) return prev.speaker;
      for (ActorMention m : d.mentions(si)) {
        if (m.covers(k) && !m.matchedBy().contains("quoted-speaker")) {
          return new Speaker(m.entry() != null ? m.entry() : m.text(), m.code(), true, w);
        }
      }
      return new Speaker(s.token(k).word(), null, true, w);
    }
    if (w.equals("it") || w.equals("its")) {
      if (recent && !prev.speaker.person) return prev.speaker;
      for (int i = si; i >= 0 && i >= si - 3; i--) {
        List<ActorMention> ms = d.mentions(i);
        for (int j = ms.size() - 1; j >= 0; j--) {
          ActorMention m = ms.get(j);
          if (i == si && m.startToken() >= k) continue;
          String by = m.matchedBy();
          if (by.contains("institution") || by.contains("organisation") || by.equals("seat")) {
            return new Speaker(m.text(), m.code(), false, m.text().toLowerCase(Locale.ROOT));
          }
        }
      }
      return null;
    }
    if (w.equals("they") || w.equals("their")) {
      Set<String> codes = new LinkedHashSet<>();
      for (ActorMention m : d.mentions(si)) if (m.covers(k)) codes.add(m.code());
      if (codes.size() == 1) return new Speaker(s.token(k).word(), codes.iterator().next(), false, w);
      if (recent && !prev.speaker.person) return prev.speaker;
      return new Speaker(s.token(k).word(), null, false, w);
    }
    return null;
  }

  // ----------------------------------------------------------------------------------------------- other cues

  /** "according to X" in the quotation's sentences, outside quotations; the nearest to the quotation wins. */
  private Speaker accordingTo(Doc d, int a, int b, Span q, int lineStart, int lineEnd) {
    Speaker best = null;
    int bestGap = Integer.MAX_VALUE;
    for (int si = a; si <= b; si++) {
      Sentence s = d.sentences.get(si);
      for (int k = 0; k + 1 < s.tokens().size(); k++) {
        Token t = s.token(k);
        if (d.quoted[si][k] || t.begin() < lineStart || t.end() > lineEnd) continue;
        if (!t.word().equalsIgnoreCase("according") || !s.token(k + 1).word().equalsIgnoreCase("to")) continue;
        Integer h = headAfter(d, si, k + 1);
        if (h == null) continue;
        int gap = t.begin() < q.open ? q.open - t.begin() : t.begin() - q.close;
        if (gap < bestGap) {
          Speaker sp = speakerAt(d, si, h);
          if (sp != null) { best = sp; bestGap = gap; }
        }
      }
    }
    return best;
  }

  /**
   * A quotation that opens its line after a lead-in ending in a colon or comma ("It noted,", "To quote Peskov,",
   * "He told reporters:"), with up to three caption lines between them.
   */
  private Speaker leadIn(Doc d, int lineStart) {
    int end = lineStart - 1;
    for (int lines = 0; lines < 4 && end > 0; ) {
      int ls = d.text.lastIndexOf('\n', end - 1) + 1;
      String line = d.text.substring(ls, end).strip();
      end = ls - 1;
      if (line.isEmpty()) continue;
      lines++;
      char last = line.charAt(line.length() - 1);
      if (last == ':' || last == ',') {
        int lastChar = ls + d.text.substring(ls).indexOf(line) + line.length() - 1;
        int si = d.sentenceAt(lastChar);
        Sentence s = d.sentences.get(si);
        return before(d, si, s.tokens().size(), ls);
      }
      if (".!?;\"\u201d\u2019'".indexOf(last) >= 0 || line.length() > 200) return null;
    }
    return null;
  }

  /** The quotation fills its line(s): only marks and punctuation around it. */
  private static boolean wholeLine(Doc d, Span q) {
    int le = d.lineEnd(q.close);
    String rest = d.text.substring(Math.min(q.close, le), le);
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (!Character.isWhitespace(c) && !isMarkChar(c) && ".,;".indexOf(c) < 0) return false;
    }
    return true;
  }

  /**
   * After a block of whole-line quotations, a short line without final punctuation names the speaker:
   * "Professor Jane Doe, international relations, Some University".
   */
  private Speaker nameLine(Doc d, Span q) {
    int pos = d.lineEnd(q.close);
    for (int guard = 0; guard < 30 && pos < d.text.length(); guard++) {
      int ls = pos + 1;
      while (ls < d.text.length() && d.text.charAt(ls) == '\n') ls++;
      if (ls >= d.text.length() || ls - pos > 2) return null;
      int le = d.lineEnd(ls);
      String line = d.text.substring(ls, le);
      int first = ls;
      while (first < le && Character.isWhitespace(d.text.charAt(first))) first++;
      if (first >= le) return null;
      Span next = null;
      for (Span s : d.spans) if (s.open == first) next = s;
      if (next != null) {
        if (!wholeLine(d, next)) return null;
        pos = d.lineEnd(next.close);
        continue;
      }
      String stripped = line.strip();
      if (wordCount(stripped) > 20 || ".!?:;".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) return null;
      int s = first;
      while (s < le && (d.text.charAt(s) == '-' || d.text.charAt(s) == '\u2014' || d.text.charAt(s) == '\u2013'
          || Character.isWhitespace(d.text.charAt(s)))) s++;
      if (s >= le || !Character.isUpperCase(d.text.charAt(s))) return null;
      int e = le;
      for (String stop : new String[] {",", " -- ", " \u2014 ", " \u2013 ", " (", " |"}) {
        int at = d.text.indexOf(stop, s);
        if (at >= 0 && at < e) e = at;
      }
      while (e > s && Character.isWhitespace(d.text.charAt(e - 1))) e--;
      int si = d.sentenceAt(s);
      Sentence sent = d.sentences.get(si);
      int from = -1, to = -1;
      for (Token t : sent.tokens()) {
        if (t.begin() >= s && t.end() <= e) {
          if (from < 0) from = t.index();
          to = t.index() + 1;
        }
      }
      if (from < 0) return null;
      Speaker sp = speakerFromSpan(d, si, from, to, line);
      if (sp.actor == null) {
        for (ActorMention m : d.mentions(si)) {
          Token t = sent.token(m.startToken());
          if (t.begin() >= ls && t.end() <= le && !m.matchedBy().contains("quoted-speaker") && !isPerson(m)) {
            return new Speaker(d.text.substring(s, e), withSector(m, line.toLowerCase(Locale.ROOT)), false, sp.head);
          }
        }
      }
      return new Speaker(d.text.substring(s, e), sp.actor, sp.person, sp.head);
    }
    return null;
  }

  /** A long quotation inside a sentence with no reporting verb: the subject of its clause, if a person or a body. */
  private Speaker clauseSubject(Doc d, int si, int openTok, int lineStart) {
    Sentence s = d.sentences.get(si);
    int f = previousFiniteVerb(d, si, Math.min(openTok, s.tokens().size()));
    if (f < 0 || s.token(f).begin() < lineStart) return null;
    List<Integer> subj = s.parsed() ? depSubjects(d, si, f, false, 0) : List.of();
    Speaker sp;
    if (!subj.isEmpty()) {
      sp = speakerAt(d, si, subj);
    } else {
      List<Integer> h = heuristicSubjects(d, si, f);
      sp = h.isEmpty() ? null : speakerAt(d, si, h);
    }
    if (sp == null) return null;
    return sp.person || sources.contains(sp.head) ? sp : null;
  }

  /** A quotation opening its sentence: a reporting verb in the sentence before (outside its own quotations). */
  private Speaker nearbySentence(Doc d, int si) {
    for (int k = si - 1; k >= 0 && k >= si - 2; k--) {
      if (!d.real[k]) continue;
      Sentence s = d.sentences.get(k);
      Speaker sp = before(d, k, s.tokens().size(), 0);
      if (sp != null && (sp.person || sp.actor != null)) return sp;
      return null;
    }
    return null;
  }
}
