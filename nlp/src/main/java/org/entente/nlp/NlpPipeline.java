package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.InterleavedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.entente.core.Dependency;
import org.entente.core.Document;
import org.entente.core.Sentence;
import org.entente.core.TimeExpression;
import org.entente.core.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Stanford CoreNLP behind Entente's own records. This is the only class that touches {@code edu.stanford.nlp}.
 *
 * <p>Two stages, because their costs differ by an order of magnitude: {@link #split} (tokenize, sentences, POS,
 * lemmas) runs on every sentence; {@link #deepen} (NER with SUTime dates, dependency parse) runs only on sentences
 * the caller judges able to hold an event. Both are thread-safe; load the models once per process with
 * {@link #shared()}.
 */
public final class NlpPipeline {
  private static volatile NlpPipeline shared;

  private final StanfordCoreNLP cheap;
  private final StanfordCoreNLP deep;
  private final TimeAnnotator time;
  private final long loadMillis;
  private final boolean interleavedScoring;

  private NlpPipeline() {
    long t0 = System.nanoTime();
    Properties cheapProps = new Properties();
    cheapProps.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // A blank line ends a sentence: headlines, captions and bylines have no final full stop.
    cheapProps.setProperty("ssplit.newlineIsSentenceBreak", "two");
    cheapProps.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
    cheapProps.setProperty("pos.maxlen", "150");
    cheap = new StanfordCoreNLP(cheapProps);

    Properties deepProps = new Properties();
    deepProps.setProperty("annotators", "ner,depparse");
    // The plain 3-class CRF: the fine-grained default is 5x slower and needs 3 GB. Dates come from SUTime run
    // on its own (below), and only where a sentence has a word that can start a time expression.
    deepProps.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    deepProps.setProperty("ner.applyFineGrained", "false");
    deepProps.setProperty("ner.buildEntityMentions", "false");
    deepProps.setProperty("ner.useSUTime", "false");
    deepProps.setProperty("ner.applyNumericClassifiers", "false");
    deepProps.setProperty("depparse.maxlen", "150");
    deep = new StanfordCoreNLP(deepProps, false);
    interleavedScoring = !Boolean.getBoolean("entente.parser.coreNlpScoring") && interleaveParserScoring(deep);
    Properties timeProps = new Properties();
    timeProps.setProperty("sutime.includeRange", "true");
    time = new TimeAnnotator("sutime", timeProps, true);
    loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /**
   * Gives the dependency parser {@link InterleavedClassifier}: the same scores and parses, several times faster.
   * Where this CoreNLP is laid out otherwise, says so once and keeps CoreNLP's own scoring.
   */
  private static boolean interleaveParserScoring(StanfordCoreNLP pipeline) {
    try {
      return InterleavedClassifier.installInParsersOf(pipeline) > 0;
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.err.println("entente: keeping CoreNLP's own parser scoring (slower): " + e);
      return false;
    }
  }

  /**
   * How the dependency parser scores its moves: "interleaved" ({@link InterleavedClassifier}) or "corenlp" (its
   * own code: with {@code -Dentente.parser.coreNlpScoring=true}, for comparison).
   */
  public String parserScoring() { return interleavedScoring ? "interleaved" : "corenlp"; }

  /** The process-wide pipeline; the first call loads the models (seconds). */
  public static NlpPipeline shared() {
    NlpPipeline p = shared;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = shared;
        if (p == null) shared = p = new NlpPipeline();
      }
    }
    return p;
  }

  /** How long loading the models took, in milliseconds. */
  public long loadMillis() { return loadMillis; }

  /** Cheap stage: sentences with tokens, POS and lemmas over {@link Document#fullText()}. */
  public List<Sentence> split(Document document) {
    String text = document.fullText();
    Annotation annotation = new Annotation(text);
    cheap.annotate(annotation);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      int dash = datelineEnd(labels);
      if (dash > 0 && dash + 1 < labels.size()) {
        // "BEIJING, Feb. 4 — Xi and Putin met ...": the dateline is not part of the first sentence
        add(out, text, labels.subList(0, dash + 1));
        add(out, text, labels.subList(dash + 1, labels.size()));
      } else {
        add(out, text, labels);
      }
    }
    return out;
  }

  private static void add(List<Sentence> out, String text, List<CoreLabel> labels) {
    retagNounAfterDeterminer(labels);
    retagVerbAfterNamedSubject(labels);
    retagVerbAfterTo(labels);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) tokens.add(toToken(i, labels.get(i)));
    int begin = labels.get(0).beginPosition();
    int end = labels.get(labels.size() - 1).endPosition();
    out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, List.of(), List.of()));
  }

  /**
   * "shot down a US drone": a base-form verb right after "a" or "an" and its modifiers is a noun ("let a US firm
   * decide" keeps its verb: a verb before the article governs both; after "the" it may be a subjunctive's subject,
   * "demanded that the United States match ...").
   */
  static void retagNounAfterDeterminer(List<CoreLabel> labels) {
    for (int i = 2; i < labels.size(); i++) {
      CoreLabel w = labels.get(i);
      if (!"VB".equals(w.tag())) continue;
      int j = i - 1;
      while (j >= 0 && j > i - 4 && tagIs(labels.get(j), NOUN_MODIFIER)) j--;
      if (j == i - 1 || j < 0) continue;
      String article = labels.get(j).word();
      if (!article.equalsIgnoreCase("a") && !article.equalsIgnoreCase("an")) continue;
      if (j > 0 && tagIs(labels.get(j - 1), GOVERNS_VERB)) continue;
      retag(w, "NN");
    }
  }

  /**
   * "Iran arms the Houthis", "India sided with Russia": in a short clause the tagger reads the verb after a name
   * that opens the sentence as a plural noun or an adjective. In a sentence with no verb at all, a plural noun right
   * after the opening name and before a determiner, possessive, name, number, adjective or plural noun is a verb in
   * the present; an adjective in -ed before a preposition or determiner is one in the past.
   */
  static void retagVerbAfterNamedSubject(List<CoreLabel> labels) {
    int i = 0;
    while (i < labels.size() && labels.get(i).tag() != null && labels.get(i).tag().startsWith("NNP")) i++;
    if (i == 0 || i + 1 >= labels.size()) return;
    for (CoreLabel l : labels) if (tagIs(l, ANY_VERB)) return;
    CoreLabel w = labels.get(i);
    CoreLabel next = labels.get(i + 1);
    String word = w.word().toLowerCase(Locale.ROOT);
    if (word.isEmpty() || !Character.isLowerCase(w.word().charAt(0))) return;
    if ("NNS".equals(w.tag()) && word.endsWith("s") && tagIs(next, AFTER_PRESENT)) {
      retag(w, "VBZ");
    } else if ("JJ".equals(w.tag()) && word.endsWith("ed") && tagIs(next, AFTER_PAST)) {
      retag(w, "VBD");
    }
  }

  /**
   * "demands to free the prisoners", "agreed to open the border": the tagger reads a verb that is also an adjective
   * as the adjective after "to"; before a determiner or possessive it is the infinitive.
   */
  static void retagVerbAfterTo(List<CoreLabel> labels) {
    for (int i = 1; i + 1 < labels.size(); i++) {
      CoreLabel to = labels.get(i - 1);
      CoreLabel w = labels.get(i);
      if (!"JJ".equals(w.tag()) || !to.word().equalsIgnoreCase("to") || !tagIs(labels.get(i + 1), DETERMINER)
          || w.word().equalsIgnoreCase("such")) continue;  // "to such a degree"
      retag(to, "TO");
      retag(w, "VB");
    }
  }

  /** Gives a token another tag, and the lemma that tag implies. */
  private static void retag(CoreLabel w, String tag) {
    w.setTag(tag);
    w.setLemma(Morphology.lemmaStatic(w.word(), tag).toLowerCase(Locale.ROOT));
  }

  private static boolean tagIs(CoreLabel l, Pattern tags) {
    return l.tag() != null && tags.matcher(l.tag()).matches();
  }

  private static final Pattern NOUN_MODIFIER = Pattern.compile("NNPS?|JJ|NN");
  private static final Pattern GOVERNS_VERB = Pattern.compile("VB.?|TO|MD");
  private static final Pattern ANY_VERB = Pattern.compile("VB.?|MD");
  private static final Pattern AFTER_PRESENT = Pattern.compile("DT|PRP\\$|NNPS?|NNS|JJ|CD");
  private static final Pattern AFTER_PAST = Pattern.compile("IN|DT|TO");
  private static final Pattern DETERMINER = Pattern.compile("DT|PRP\\$");

  /** Words a headline leaves in lower case; they do not count when deciding whether a line is in headline case. */
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "but",
      "nor", "of", "at", "by", "for", "in", "on", "to", "up", "as", "with", "from", "into", "over", "vs", "via");

  /** True when most words of the sentence are capitalised, as in "Leaders Poised To Forge Alliance". */
  public static boolean isHeadlineCase(Sentence s) {
    int content = 0;
    int capitalised = 0;
    for (Token t : s.tokens()) {
      String w = t.word();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      content++;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    return content >= 3 && capitalised >= 0.8 * content;
  }

  /**
   * A headline in headline case tagged again as if written in sentence case: "Leaders Poised To Forge Alliance"
   * is otherwise read as a string of proper nouns. Words for which {@code keepCase} holds (the actors found in it)
   * keep their capitals. The tokens' words become the lowered forms the tagger and the parser read; their offsets,
   * and so the sentence text shown as evidence, do not change. The sentence is returned unchanged when the
   * retagged words do not line up with its tokens.
   */
  public Sentence retagHeadline(Sentence sentence, java.util.function.IntPredicate keepCase) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) return sentence;
    StringBuilder lowered = new StringBuilder();
    for (Token t : tokens) {
      String w = t.word();
      boolean keep = keepCase.test(t.index()) || w.length() > 1 && w.chars().allMatch(c -> !Character.isLowerCase(c));
      if (lowered.length() > 0) lowered.append(' ');
      lowered.append(keep ? w : w.toLowerCase(Locale.ROOT));
    }
    Annotation annotation = new Annotation(lowered.toString());
    cheap.annotate(annotation);
    List<CoreLabel> labels = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      labels.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    if (labels.size() != tokens.size()) return sentence;
    List<Token> retagged = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      CoreLabel l = labels.get(i);
      if (!l.word().equalsIgnoreCase(t.word())) return sentence;
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      // the parser reads word forms too, so it gets the lowered words; offsets (and so the evidence) are unchanged
      retagged.add(new Token(t.index(), l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(), t.ner(), t.begin(), t.end()));
    }
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), retagged,
        sentence.dependencies(), sentence.times());
  }

  /**
   * The index of the dash that ends a wire-style dateline ("MOSCOW, March 21 —", "BEIJING (Agency) —") at the
   * start of a sentence, or -1: a place name in capitals first, a dash within the next few tokens.
   */
  static int datelineEnd(List<CoreLabel> labels) {
    if (labels.size() < 3) return -1;
    String first = labels.get(0).word();
    if (first.length() < 3 || !first.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')) return -1;
    for (int i = 1; i < Math.min(labels.size(), 12); i++) {
      String w = labels.get(i).word();
      if (w.equals("\u2014") || w.equals("--") || w.equals("\u2013")) return i;
    }
    return -1;
  }

  /**
   * Deep stage for one sentence: named entities, dates normalised against {@code published} (relative dates unresolved when null)
   * and the enhanced++ dependency parse. Returns a new sentence; the input is unchanged.
   */
  public Sentence deepen(Sentence sentence, LocalDate published) {
    Objects.requireNonNull(sentence);
    if (sentence.tokens().isEmpty()) return sentence;
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setLemma(t.lemma());
      l.setTag(t.pos());
      l.setBeginPosition(t.begin());
      l.setEndPosition(t.end());
      l.setIndex(t.index() + 1);
      l.setSentIndex(0);
      l.set(CoreAnnotations.TokenBeginAnnotation.class, t.index());
      l.set(CoreAnnotations.TokenEndAnnotation.class, t.index() + 1);
      labels.add(l);
    }
    Annotation annotation = new Annotation(sentence.text());
    annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, labels);
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    s.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.begin());
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
    s.set(CoreAnnotations.TextAnnotation.class, sentence.text());
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
    // Without a publication date, relative dates ("Friday") stay unresolved rather than resolved against today.
    if (published != null) annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    deep.annotate(annotation);
    List<TimeExpression> times = List.of();
    if (mayHoldTime(sentence)) {
      time.annotate(annotation);
      times = weekdaysByTense(withBareYears(times(s, sentence, labels), sentence, labels), labels, published);
    }

    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) tokens.add(toToken(i, labels.get(i)));
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), tokens,
        dependencies(s), times);
  }

  /** Words that can begin or make a time expression; SUTime is expensive, so sentences without one skip it. */
  private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.",
      "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "day", "days", "week",
      "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "ago", "last", "next",
      "earlier", "later", "recently", "currently", "now", "spring", "summer", "autumn", "fall", "winter", "morning",
      "afternoon", "evening", "night", "midnight", "noon", "fortnight", "quarter", "annual", "annually");

  static boolean mayHoldTime(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (TIME_WORDS.contains(w)) return true;
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  private static Token toToken(int i, CoreLabel l) {
    String ner = l.ner() == null ? "O" : l.ner();
    String lemma = l.lemma() == null ? l.word() : l.lemma();
    return new Token(i, l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(), ner, l.beginPosition(), l.endPosition());
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) return List.of();
    List<Dependency> out = new ArrayList<>();
    graph.getRoots().forEach(r -> { if (r.copyCount() == 0) out.add(new Dependency("root", -1, r.index() - 1)); });
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      // Copy nodes stand for elided words; their edges would point at indices that are not tokens.
      if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) continue;
      out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    }
    return out;
  }

  /**
   * "signed in 1999 guarantees ...": when the tagger reads a year as the number of the noun after it, SUTime
   * passes it over. A year after "in", "since" or "of" that no expression covers is taken as that year.
   */
  static List<TimeExpression> withBareYears(List<TimeExpression> found, Sentence sentence, List<CoreLabel> labels) {
    List<TimeExpression> out = new ArrayList<>(found);
    for (int i = 1; i < labels.size(); i++) {
      String w = labels.get(i).word();
      if (!w.matches("(19|20)\\d\\d")) continue;
      String before = labels.get(i - 1).word().toLowerCase(Locale.ROOT);
      if (!(before.equals("in") || before.equals("since") || before.equals("of"))) continue;
      final int at = i;
      if (out.stream().anyMatch(t -> t.covers(at))) continue;
      out.add(new TimeExpression(i, i + 1, w, w));
      labels.get(i).setNER("DATE");
    }
    out.sort(java.util.Comparator.comparingInt(TimeExpression::startToken));
    return out;
  }

  private static final Pattern BARE_WEEKDAY =
      Pattern.compile("(?i)(on )?(mon|tues|wednes|thurs|fri|satur|sun)day");

  /**
   * SUTime places a bare weekday ("on Wednesday") in the week before or after the publication date depending on
   * what it annotated earlier; a sentence with will, shall or 'll and no past verb speaks of the next such day
   * (a day in the past is placed by the coder, from the tense of the verb it belongs to).
   */
  static List<TimeExpression> weekdaysByTense(List<TimeExpression> times, List<CoreLabel> labels, LocalDate published) {
    if (published == null || times.isEmpty()) return times;
    boolean future = false, past = false;
    for (CoreLabel l : labels) {
      String w = l.word().toLowerCase(Locale.ROOT);
      if ("MD".equals(l.tag()) && (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("wo"))) future = true;
      if ("VBD".equals(l.tag())) past = true;
    }
    // a past verb does not decide alone: "invited Chile to talks on Friday" may name a Friday to come
    if (!future || past) return times;
    List<TimeExpression> out = new ArrayList<>(times.size());
    for (TimeExpression t : times) {
      String d = t.calendarDate();
      if (d == null || d.length() != 10 || !BARE_WEEKDAY.matcher(t.text()).matches()) { out.add(t); continue; }
      LocalDate day = LocalDate.parse(d);
      if (!day.isAfter(published)) day = day.plusWeeks(1);
      out.add(new TimeExpression(t.startToken(), t.endToken(), t.text(), day.toString()));
    }
    return out;
  }

  private static final Pattern SEASON = Pattern.compile("Winter|Summer|Spring|Autumn|Fall");

  private static List<TimeExpression> times(CoreMap s, Sentence sentence, List<CoreLabel> labels) {
    List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) return List.of();
    List<TimeExpression> out = new ArrayList<>();
    for (CoreMap t : timexes) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = t.get(CoreAnnotations.TokenBeginAnnotation.class);
      Integer end = t.get(CoreAnnotations.TokenEndAnnotation.class);
      if (timex == null || begin == null || end == null || begin < 0 || end > labels.size() || begin >= end) continue;
      String value = timex.value() != null ? timex.value() : timex.altVal();
      if (value == null) continue;
      // "the Winter Games", "the Arab Spring": a season with a capital inside a sentence is part of a name
      if (begin > 0 && end == begin + 1 && SEASON.matcher(labels.get(begin).word()).matches()) continue;
      out.add(new TimeExpression(begin, end, sentence.span(begin, end), value));
      // mark the tokens, as the NER annotator would have
      for (int i = begin; i < end; i++) labels.get(i).setNER(timex.timexType() == null ? "DATE" : timex.timexType());
    }
    return out;
  }
}
