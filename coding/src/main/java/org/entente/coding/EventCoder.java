package org.entente.coding;

import org.entente.coding.codebook.CameoCode;
import org.entente.coding.codebook.Codebook;
import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Dependency;
import org.entente.core.Document;
import org.entente.core.Event;
import org.entente.core.EventStatus;
import org.entente.core.Sentence;
import org.entente.core.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes CAMEO events from parsed sentences and their actor mentions, with the pattern dictionary.
 *
 * <p>For each token that can trigger an event, the most specific pattern whose constraints hold (particle,
 * object lemma, modifier) is chosen; its source and target slots are read off the enhanced++ dependency graph
 * and resolved to actor mentions. Status, date and background come from cue words ({@code cues.tsv}) and the
 * sentence's normalised time expressions. Every event carries the pattern line that produced it.
 */
public final class EventCoder {
  /** Relations through which an argument's words may name the actor ("the leaders of China", "China's army"). */
  private static final Set<String> DESCEND = Set.of("compound", "amod", "nmod:poss", "nmod:of", "appos", "flat",
      "nmod:from", "conj");

  private final PatternDictionary patterns;
  private final Codebook codebook;
  private final Cues cues;
  private final Circumstances circumstances;

  /**
   * How the coder reads what it finds.
   *
   * @param cameoConvention Entente's convention (false) codes an action that its actor announces or refuses as
   *                        that action, with status hypothetical or negated; CAMEO's (true) codes the statement: an
   *                        intent (03x), a threat (13x) or a rejection (12x), as in conventions.tsv
   * @param domestic        also code events between two parts of one state ("the government arrested opposition
   *                        leaders": SDNGOV -> SDNOPP); by default only events between states and organisations
   */
  public record Settings(boolean cameoConvention, boolean domestic) {
    public static final Settings DEFAULT = new Settings(false, false);
  }

  private final boolean cameoConvention;
  private final boolean domestic;

  public EventCoder(PatternDictionary patterns, Codebook codebook, Cues cues) {
    this(patterns, codebook, cues, Settings.DEFAULT);
  }

  public EventCoder(PatternDictionary patterns, Codebook codebook, Cues cues, Settings settings) {
    this.patterns = patterns;
    this.codebook = codebook;
    this.cues = cues;
    this.cameoConvention = settings.cameoConvention();
    this.domestic = settings.domestic();
    this.circumstances = new Circumstances(cues, lemma -> !patterns.nounPatterns(lemma).isEmpty());
  }

  public static EventCoder bundled() {
    return new EventCoder(PatternDictionary.bundled(), Codebook.loadDefault(), Cues.bundled());
  }

  public PatternDictionary patterns() { return patterns; }

  /** Whether a sentence can hold an event at all: the test that decides whether it is worth parsing. */
  public boolean mayHoldEvent(Sentence s, List<ActorMention> mentions) {
    if (mentions.isEmpty()) return false;
    boolean speech = false, condemning = false;
    for (Token t : s.tokens()) {
      if (patterns.isTrigger(t.lemma(), t.pos())) return true;
      speech |= cues.is("speech-verb", t.lemma()) || cues.is("evaluating-verb", t.lemma());
      // what a speaker condemns (a criticism) or says another must do (a demand)
      condemning |= cues.is("negative-evaluation", t.word().toLowerCase(Locale.ROOT))
          || cues.is("obligation", t.word().toLowerCase(Locale.ROOT)) || cues.is("positive-evaluation", t.lemma());
    }
    return speech && condemning;
  }

  /** Events of a document; {@code mentions} holds each sentence's actor mentions, by sentence index. */
  public List<Event> code(AnnotatedDocument doc, List<List<ActorMention>> mentions) {
    List<Event> out = new ArrayList<>();
    Context context = new Context();
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) continue;
      List<ActorMention> m = s.index() < mentions.size() ? mentions.get(s.index()) : List.of();
      if (m.isEmpty()) continue;
      out.addAll(codeSentence(doc.document(), s, m, context));
    }
    return context.datedFromWhatFollows(out);
  }

  /**
   * What the earlier sentences of a document dated: "Putin and Xi will meet on Wednesday. ... The meeting is
   * expected to ..." — a later mention of the same event, or the same speaker going on, takes that date.
   */
  static final class Context {
    private final List<Event> dated = new ArrayList<>();

    /** The date of the latest earlier event between the same two states with the same code, or null. */
    String sameEvent(String a, String b, String code) {
      return latestBetween(a, b, e -> e.cameo().equals(code));
    }

    /** The day of a news event the same source reported in the last few sentences, or null. */
    String sameSpeaker(String source, int sentence) {
      for (int i = dated.size() - 1; i >= 0; i--) {
        Event e = dated.get(i);
        if (sentence - e.sentenceIndex() > 2) break;
        if (e.sentenceIndex() == sentence || e.background() || e.date() == null || e.date().length() != 10) continue;
        if (state(e.source()).equals(source)) return e.date();
      }
      return null;
    }

    /** The date of the latest earlier news event between the same two states, whatever its code, or null. */
    String sameParties(String a, String b) {
      return latestBetween(a, b, e -> !e.background());
    }

    private String latestBetween(String a, String b, java.util.function.Predicate<Event> which) {
      for (int i = dated.size() - 1; i >= 0; i--) {
        Event e = dated.get(i);
        if (e.target() == null || !which.test(e)) continue;
        String x = state(e.source()), y = state(e.target());
        if ((x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a))) return e.date();
      }
      return null;
    }

    void add(Event e) { dated.add(e); }

    /** News events that took the publication date for want of any date in or before their sentence. */
    private final java.util.Set<Event> undated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void undated(Event e) { undated.add(e); }

    /**
     * "In his visit to Scotland, Biden accused China ... . [quote] ," Biden said on November 3.": a passage whose
     * speaker is dated in the next sentences took place that day.
     */
    List<Event> datedFromWhatFollows(List<Event> events) {
      if (undated.isEmpty()) return events;
      List<Event> out = new ArrayList<>(events.size());
      for (Event e : events) {
        String day = null;
        if (undated.contains(e)) {
          for (Event later : dated) {
            int ahead = later.sentenceIndex() - e.sentenceIndex();
            if (ahead <= 0 || ahead > 2 || later.background() || later.date() == null || later.date().length() != 10) continue;
            if (state(later.source()).equals(state(e.source()))) { day = later.date(); break; }
          }
        }
        out.add(day == null ? e : new Event(e.doc(), e.sentenceIndex(), e.sentence(), e.charStart(), e.charEnd(),
            e.source(), e.sourceText(), e.target(), e.targetText(), e.cameo(), e.quad(), e.goldstein(), e.plover(),
            e.status(), day, e.background(), e.trigger(), e.confidence(), e.rule()));
      }
      return out;
    }
  }

  /** An actor found in an argument slot. */
  private record Arg(String code, String text, int token, boolean direct, String how) {
    String state() { return code.length() >= 3 ? code.substring(0, 3) : code; }
  }

  List<Event> codeSentence(Document doc, Sentence s, List<ActorMention> mentions) {
    return codeSentence(doc, s, mentions, new Context());
  }

  List<Event> codeSentence(Document doc, Sentence s, List<ActorMention> mentions, Context context) {
    ParseGraph g = new ParseGraph(s, lemma -> cues.is("stative-passive", lemma));
    Map<String, Event> best = new LinkedHashMap<>();
    Map<String, Integer> triggerOf = new java.util.HashMap<>();
    java.util.Set<Integer> intentTriggers = new java.util.HashSet<>();
    for (Token t : s.tokens()) {
      List<Pattern> candidates = t.isVerb() ? patterns.verbPatterns(t.lemma())
          : t.isNoun() ? patterns.nounPatterns(t.lemma()) : List.of();
      if (t.pos().equals("VBG") && gerund(t.index(), g)) {
        // "died in the shelling of Kherson", "Russian shelling", tagged as a verb: a gerund used as a noun
        candidates = new ArrayList<>(candidates);
        candidates.addAll(patterns.nounPatterns(t.word().toLowerCase(Locale.ROOT)));
      }
      if (t.isNoun() && g.verbLike(t.index())) {
        // "they would blockade Paris", tagged as a noun: a word with an auxiliary and a subject is a verb
        candidates = new ArrayList<>(patterns.verbPatterns(t.lemma()));
        candidates.addAll(patterns.nounPatterns(t.lemma()));
      }
      for (Pattern p : candidates) {
        Integer object = constraintsHold(p, t.index(), s, g);
        if (object == null) continue;
        List<Event> events = emit(doc, s, g, mentions, p, t.index(), object, context);
        // the most specific pattern that finds its actors wins; a less specific one may still find them
        if (events.isEmpty()) continue;
        if (!p.complements().isEmpty()) intentTriggers.add(t.index());
        int anchor = object >= 0 ? object : t.index();
        for (Event e : events) {
          // "held their meeting" is one meeting, found through the verb and through the noun: one event per pair
          // of states, CAMEO root and the word that names the event
          String key = parties(e) + "|" + e.root() + "|" + anchor;
          Event old = best.get(key);
          if (old == null || e.confidence() > old.confidence()) {
            best.put(key, e);
            triggerOf.put(key, t.index());
          }
        }
        break;
      }
    }
    List<Event> said = new ArrayList<>(criticisms(doc, s, g, mentions));
    said.addAll(demands(doc, s, g, mentions));
    for (Event e : said) {
      String key = parties(e) + "|" + e.root() + "|criticism";
      if (best.values().stream().noneMatch(x -> x.source().equals(e.source()) && java.util.Objects.equals(x.target(), e.target())
          && x.root().equals(e.root()))) {
        best.put(key, e);
        triggerOf.put(key, -1);
      }
    }
    // "made a joint statement": the statement coded as what it is (an agreement) is not also a plain statement
    java.util.Set<String> anchoredElsewhere = new java.util.HashSet<>();
    for (Map.Entry<String, Event> e : best.entrySet()) {
      if (!e.getValue().cameo().startsWith("01")) anchoredElsewhere.add(e.getKey().substring(e.getKey().lastIndexOf('|') + 1));
    }
    best.entrySet().removeIf(e -> e.getValue().cameo().equals("010")
        && anchoredElsewhere.contains(e.getKey().substring(e.getKey().lastIndexOf('|') + 1)));
    // "told Blinken in a phone call that ...": what was said in a call or meeting is part of it
    java.util.Set<String> consulted = new java.util.HashSet<>();
    for (Event e : best.values()) if (e.root().equals("04")) consulted.add(sides(e));
    best.entrySet().removeIf(e -> e.getValue().cameo().equals("010") && consulted.contains(sides(e.getValue())));
    // "pledged to deepen military cooperation": a noun a verb pattern took as its object is read with that verb,
    // unless the noun names other parties ("joined the US boycott", "accepted an invitation from Xi")
    java.util.Set<String> consumed = new java.util.HashSet<>();
    for (Map.Entry<String, Event> e : best.entrySet()) {
      int t = triggerOf.getOrDefault(e.getKey(), -1);
      String anchor = e.getKey().substring(e.getKey().lastIndexOf('|') + 1);
      if (t >= 0 && s.token(t).isVerb() && anchor.matches("\\d+") && Integer.parseInt(anchor) != t) {
        consumed.add(anchor + "|" + sides(e.getValue()));
      }
    }
    // "demanded a truce with Zagreb": a noun coded both ways (a two-sided act) is read with the verb both ways;
    // "accepted an invitation" leaves the inviting to the noun
    java.util.Set<String> nounSides = new java.util.HashSet<>();
    for (Map.Entry<String, Event> e : best.entrySet()) nounSides.add(triggerOf.getOrDefault(e.getKey(), -1) + "|" + sides(e.getValue()));
    best.entrySet().removeIf(e -> {
      int t = triggerOf.getOrDefault(e.getKey(), -1);
      if (t < 0 || !s.token(t).isNoun()) return false;
      String reverse = t + "|" + state(e.getValue().target()) + ">" + state(e.getValue().source());
      return consumed.contains(t + "|" + sides(e.getValue())) || consumed.contains(reverse) && nounSides.contains(reverse);
    });
    // "a roadside bomb killed three soldiers": the killing is the bombing, coded once, with the attack's own code
    java.util.Set<String> causedBy = new java.util.HashSet<>();
    for (Map.Entry<String, Event> e : best.entrySet()) {
      int t = triggerOf.getOrDefault(e.getKey(), -1);
      if (t < 0 || !s.token(t).isNoun() || !isForce(e.getValue().root())) continue;
      for (Dependency h : g.heads(t)) {
        if (h.governor() >= 0 && cues.is("casualty-verb", s.token(h.governor()).lemma())) {
          causedBy.add(h.governor() + "|" + sides(e.getValue()));
        }
      }
    }
    best.entrySet().removeIf(e -> isForce(e.getValue().root())
        && causedBy.contains(triggerOf.getOrDefault(e.getKey(), -1) + "|" + sides(e.getValue())));
    // "On military cooperation, the two countries signed ...": a fronted topic names what the sentence is about
    best.entrySet().removeIf(e -> {
      int t = triggerOf.getOrDefault(e.getKey(), -1);
      if (t < 0 || !s.token(t).isNoun()) return false;
      for (int c : g.children(t, "case")) {
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        boolean opening = c == 0 || (c == 1 && !Character.isLetterOrDigit(s.token(0).word().charAt(0)));
        if (opening && (w.equals("on") || w.equals("regarding") || w.equals("concerning"))) return true;
      }
      return false;
    });
    // "lifted its blockade of the port", "ended its mediation": what is ended is not coded as happening
    best.entrySet().removeIf(e -> {
      int t = triggerOf.getOrDefault(e.getKey(), -1);
      if (t < 0 || !s.token(t).isNoun()) return false;
      for (Dependency h : g.heads(t)) {
        if (h.governor() >= 0 && (h.relation().equals("obj") || h.relation().equals("nsubj:pass"))
            && cues.is("ending-verb", s.token(h.governor()).lemma())) return true;
      }
      return false;
    });
    // "agreed to restore ties", "vowed to deepen cooperation": the intent is the event; what is intended is not
    // coded again on its own
    // "Xi and Putin met in Beijing on Friday; their talks lasted three hours" names one meeting twice: the same
    // code between the same parties on the same date and with the same status is one event
    // ("Xi and Putin met ...; in their first talks ...": "their" names the two states, the verb their leaders), kept
    // once, with the most specific actors
    List<String> keys = new ArrayList<>(best.keySet());
    java.util.Set<String> repeated = new java.util.HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < keys.size(); j++) {
        Event a = best.get(keys.get(i)), b = best.get(keys.get(j));
        if (i == j || !sameEvent(a, b)) continue;
        // a is the repeat when b says more, or as much and came first
        if (specificity(b) > specificity(a) || specificity(b) == specificity(a) && j < i) repeated.add(keys.get(i));
      }
    }
    best.keySet().removeAll(repeated);
    java.util.Set<String> discarded = cues.discardedRoots(s.text());
    List<Event> out = new ArrayList<>();
    for (Map.Entry<String, Event> e : best.entrySet()) {
      if (discarded.contains("*") || discarded.contains(e.getValue().root())) continue;
      int trigger = triggerOf.get(e.getKey());
      boolean intended = trigger >= 0 && intended(trigger, g, intentTriggers);
      if (!intended) out.add(e.getValue());
    }
    return out;
  }

  /**
   * Whether a trigger is part of what an intent verb's subject agreed or vowed to do: reached from the intent
   * through its clausal complement, directly ("agreed to revive") or as that verb's object or conjunct
   * ("agreed to revive a dialogue and to launch talks").
   */
  private static boolean intended(int trigger, ParseGraph g, java.util.Set<Integer> intentTriggers) {
    int current = trigger;
    for (int step = 0; step < 4; step++) {
      Dependency up = null;
      for (Dependency h : g.heads(current)) {
        String r = h.relation();
        if (h.governor() >= 0 && (r.equals("xcomp") || r.equals("obj") || r.startsWith("conj"))) { up = h; break; }
      }
      if (up == null) return false;
      if (up.relation().equals("xcomp") && intentTriggers.contains(up.governor())) return true;
      current = up.governor();
    }
    return false;
  }

  /** The states of an event's source and target. */
  private static String sides(Event e) {
    return state(e.source()) + ">" + state(e.target());
  }

  /** The two sides of an event as states, or as full codes when both are of one state (a domestic event). */
  private static String parties(Event e) {
    String a = state(e.source()), b = state(e.target());
    return a.equals(b) ? e.source() + "|" + e.target() : a + "|" + b;
  }

  private static String state(String code) {
    return code == null ? "-" : code.length() > 3 && code.chars().limit(3).allMatch(Character::isUpperCase)
        && code.length() == 6 ? code.substring(0, 3) : code;
  }

  /** The lemmatizer keeps some plurals ("troops", "arms"): accept the lemma, the word, or the word's singular. */
  private static boolean lemmaIn(java.util.Set<String> lemmas, Token t) {
    if (lemmas.contains(t.lemma())) return true;
    String w = t.word().toLowerCase(Locale.ROOT);
    return lemmas.contains(w) || (w.endsWith("s") && lemmas.contains(w.substring(0, w.length() - 1)));
  }

  /** Checks particle, object and modifier constraints; returns the object token (-1 when none), or null. */
  private Integer constraintsHold(Pattern p, int t, Sentence s, ParseGraph g) {
    if (p.particle() != null) {
      boolean found = false;
      for (int c : g.children(t, "compound:prt")) found |= s.token(c).word().equalsIgnoreCase(p.particle());
      // "pulled back its troops", "brushed aside the offer": the parser often makes the particle an adverb
      for (int c : g.children(t, "advmod")) found |= c == t + 1 && s.token(c).word().equalsIgnoreCase(p.particle());
      // "pulled out of Mali", parsed with "out of" as one preposition
      String joined = p.particle().toLowerCase(Locale.ROOT) + "_";
      for (Dependency d : g.children(t)) found |= d.subtype() != null && d.subtype().startsWith(joined);
      if (!found) return null;
    }
    int object = -1;
    if (!p.objects().isEmpty()) {
      // "the suspension of air links with Serbia": a noun's object is its "of" complement
      for (int o : p.noun() ? nounObjects(t, g) : objectCandidates(t, g)) {
        // any object will do for "*", but a date is not one ("threatened, on May 2, to ...")
        boolean date = s.times().stream().anyMatch(te -> te.covers(o));
        if ((p.objects().contains("*") && !date) || lemmaIn(p.objects(), s.token(o))) { object = o; break; }
      }
      if (object < 0 && !p.objects().contains("*") && !p.noun()) object = objectTheParserLost(t, s, g, p.objects());
      if (object < 0) return null;
    }
    if (!p.complements().isEmpty()) {
      boolean found = false;
      for (Dependency d : g.children(t)) {
        String rel = d.relation();
        boolean clause = rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl:to");
        if (clause && (p.complements().contains("*") || p.complements().contains(s.token(d.dependent()).lemma()))) {
          found = true;
        }
      }
      if (!found) return null;
    }
    if (!p.subjects().isEmpty()) {
      // "peacekeeping troops arrived", "warships arrived": the subject's head or a word modifying it
      boolean found = false;
      List<Integer> doers = new ArrayList<>(subjects(t, g));
      // "the first contingent of Kenyan peacekeepers arrived": the noun behind a quantity or a group word
      for (int subj : List.copyOf(doers)) doers.addAll(g.children(subj, "nmod:of"));
      for (int subj : doers) {
        found |= lemmaIn(p.subjects(), s.token(subj));
        for (Dependency d : g.children(subj)) {
          String rel = d.baseRelation();
          if ((rel.equals("amod") || rel.equals("compound")) && lemmaIn(p.subjects(), s.token(d.dependent()))) found = true;
        }
      }
      if (!found) return null;
    }
    if (!p.modifiers().isEmpty()) {
      boolean found = false;
      for (Dependency d : g.children(t)) {
        String rel = d.baseRelation();
        if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nmod")) && lemmaIn(p.modifiers(), s.token(d.dependent()))) {
          found = true;
        }
      }
      if (!found) return null;
    }
    if (object < 0 && p.objects().isEmpty() && !p.noun()
        && p.targetSlots().stream().anyMatch(x -> x.equals("obj") || x.equals("amod") || x.equals("poss"))) {
      // "The Palestinians reject proposed Israeli changes to the deal, their negotiator said", parsed with "changes"
      // as the subject of "said": the object the parser lost carries the target's adjective or possessor
      object = objectTheParserLost(t, s, g, null);
    }
    return object;
  }

  /**
   * "Supporters blocked roads in Algiers demanding ...", parsed with "roads" as the subject of "demanding": an active
   * verb the parser left without an object has as its object the noun right after it (past determiners, numbers,
   * adjectives and "N of"), when that noun is one the pattern asks for (any noun when {@code lemmas} is null) and the
   * parser hung it on no verb as object; or the object moved behind an "as" phrase.
   */
  private static int objectTheParserLost(int verb, Sentence s, ParseGraph g, java.util.Set<String> lemmas) {
    if (!s.token(verb).isVerb() || g.isPassive(verb) || !g.children(verb, "obj").isEmpty()) return -1;
    // "denounced as an ugly crime Serbia's crackdown": the object moved behind the "as" phrase hangs on it as "dep"
    for (int as : g.children(verb, "obl:as")) {
      for (int o : g.children(as, "dep")) {
        if (o > as && s.token(o).isNoun() && (lemmas == null || lemmaIn(lemmas, s.token(o)))) return o;
      }
    }
    for (int i = verb + 1; i < s.tokens().size() && i <= verb + 6; i++) {
      Token w = s.token(i);
      if (w.pos().matches("DT|JJ|JJR|JJS|CD|PRP\\$")) continue;
      // "reject proposed changes": a participle modifying the noun after it
      final int mod = i;
      if (w.pos().matches("VBN|VBG") && g.heads(mod).stream().anyMatch(h -> h.relation().equals("amod") && h.governor() > mod)) continue;
      if (lemmas == null && s.times().stream().anyMatch(te -> te.covers(mod))) return -1;
      // "launched five days of war games": the noun behind a quantity or a duration
      boolean quantity = w.isNoun() && i + 1 < s.tokens().size() && s.token(i + 1).word().equalsIgnoreCase("of");
      if (quantity && lemmas != null && !lemmaIn(lemmas, w)) { i++; continue; }
      // "war games": a noun modifying the next is not yet the head
      final int at = i;
      if (w.isNoun() && g.heads(at).stream().anyMatch(h -> h.relation().equals("compound") && h.governor() > at)) continue;
      if (!w.isNoun() || lemmas != null && !lemmaIn(lemmas, w)) return -1;
      for (Dependency h : g.heads(i)) if (h.relation().equals("obj")) return -1;
      return i;
    }
    return -1;
  }

  /**
   * Where a verb's "object" may be: its direct object (a passive's subject), then the complements that carry
   * the thing in "warned of sanctions", "talked about trade", "supplied Russia with drones", then the object of
   * a verb it controls ("pledged to deepen cooperation"), and conjoined objects.
   */
  /** Words the parser makes the head of an infinitive question ("whether to send", "how to respond"). */
  private static final Set<String> WH_HEADS = Set.of("whether", "how", "when", "where", "what", "which");

  /** Nouns for an amount of money, behind which the thing given follows "in". */
  private static final Set<String> AMOUNTS = Set.of("euro", "dollar", "$", "€", "£", "pound", "yuan", "yen", "rouble",
      "ruble", "rupee", "franc", "billion", "million", "trillion", "sum", "amount");

  /**
   * Adds the doer of an act a noun names ("Russia's invasion", "the Israeli strikes", "the raids by Turkish jets")
   * when it is a noun the dictionary codes as an event; true when one was found.
   */
  private boolean doerOfNamedAct(int noun, Sentence s, ParseGraph g, List<ActorMention> mentions, List<Arg> out) {
    Token t = s.token(noun);
    if (!t.isNoun() || patterns.nounPatterns(t.lemma()).isEmpty() || mentions.stream().anyMatch(m -> m.covers(noun))) {
      return false;
    }
    List<Arg> doers = new ArrayList<>();
    for (Dependency d : g.children(noun)) {
      String r = d.relation();
      if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound") || r.equals("nmod:by")) {
        collect(d.dependent(), s, g, mentions, 1, doers);
      }
    }
    doers.removeIf(a -> a.how().contains("place"));
    if (doers.isEmpty()) return false;
    for (Arg a : doers) if (out.stream().noneMatch(x -> x.code().equals(a.code()))) out.add(a);
    return true;
  }

  /** A noun's objects: its "of" complements and theirs ("the lifting of the sanctions"), and what they coordinate. */
  private static List<Integer> nounObjects(int t, ParseGraph g) {
    List<Integer> out = new ArrayList<>(g.children(t, "nmod:of"));
    List<Integer> conj = new ArrayList<>();
    for (int o : out) for (Dependency d : g.children(o)) if (d.relation().startsWith("conj")) conj.add(d.dependent());
    out.addAll(conj);
    return out;
  }

  private static List<Integer> objectCandidates(int t, ParseGraph g) {
    List<Integer> out = new ArrayList<>();
    if (g.isPassive(t)) out.addAll(g.passiveSubjects(t));
    out.addAll(g.children(t, "obj"));
    for (String rel : new String[] {"obl:of", "obl:about", "obl:with", "obl:on", "obl:for", "obl:over", "obl:against",
        "obl:upon", "obl:to"}) {
      out.addAll(g.children(t, rel));
    }
    for (int x : g.children(t, "xcomp")) out.addAll(g.children(x, "obj"));
    // "held seven hours of talks", "two rounds of negotiations": the noun behind a quantity
    List<Integer> quantified = new ArrayList<>();
    for (int o : out) quantified.addAll(g.children(o, "nmod:of"));
    // "pledged 2.7 billion euros in military aid": what an amount of money is given in
    for (int o : out) if (AMOUNTS.contains(g.sentence().token(o).lemma())) quantified.addAll(g.children(o, "nmod:in"));
    out.addAll(quantified);
    List<Integer> conj = new ArrayList<>();
    for (int o : out) for (Dependency d : g.children(o)) if (d.relation().startsWith("conj")) conj.add(d.dependent());
    out.addAll(conj);
    return out;
  }

  private List<Event> emit(Document doc, Sentence s, ParseGraph g, List<ActorMention> mentions, Pattern p,
                           int trigger, int object, Context context) {
    List<Arg> found = List.of();
    for (String slot : p.sourceSlots()) {
      found = argsIn(slot, p, trigger, object, s, g, mentions, true);
      if (!found.isEmpty()) break;
    }
    if (found.isEmpty()) found = authorityOfPlace(p, trigger, s, g, mentions);
    if (found.isEmpty() && cameoConvention) found = unidentifiedAttackers(p, trigger, s, g, mentions);
    if (found.isEmpty()) found = ownersOfWhatWasSent(p, trigger, object, s, g, mentions);
    final List<Arg> sources = found;
    List<Arg> targets = victims(p, trigger, s, g, mentions).stream().filter(a -> sourcesDontCover(a, sources)).toList();
    String targetSlot = null;
    List<String> slots = p.targetSlots();
    if (p.noun() && p.symmetric() && sources.isEmpty() && slots.contains("between") && !slots.get(0).equals("between")) {
      // "war erupted between Russia and Georgia on the day of the parade": a shared act's parties come first
      slots = new ArrayList<>(slots);
      slots.remove("between");
      slots.add(0, "between");
    }
    for (String slot : targets.isEmpty() ? slots : List.<String>of()) {
      if (slot.equals("none")) continue;
      targets = argsIn(slot, p, trigger, object, s, g, mentions, false);
      targets = targets.stream().filter(a -> sourcesDontCover(a, sources)).toList();
      targetSlot = slot;
      if (!targets.isEmpty()) break;
    }
    // ("mobilized pressure groups in the United States" is not force shown there: a show of force names its force)
    boolean unnamedForce = p.code().startsWith("15") && !p.noun() && p.objects().isEmpty()
        && !g.children(trigger, "obj").isEmpty();
    if (targets.isEmpty() && !sources.isEmpty() && !unnamedForce && (p.code().startsWith("14") || p.code().startsWith("15")
        || p.code().startsWith("17") || isForce(p))) {
      // "missiles struck targets in Kyiv": force used in a place is used against the state the place belongs to;
      // "held drills in the Baltic states": so is force shown there; "imposed a curfew in Abidjan", "banned
      // rallies in Cairo": and coercion, which under --domestic a government may use at home; "British activists
      // staged a protest in Beijing": and a protest by foreigners (one at home is against their own government)
      List<Arg> places = new ArrayList<>();
      List<Integer> heads = new ArrayList<>(List.of(trigger));
      heads.addAll(object >= 0 ? List.of(object) : g.children(trigger, "obj"));
      // "killed 23 people when they blew themselves up in Tel Aviv": or in the clause that says when and how
      for (Dependency d : g.children(trigger)) {
        if (!d.relation().startsWith("advcl")) continue;
        boolean when = false;
        for (Dependency m : g.children(d.dependent())) {
          String w = s.token(m.dependent()).word().toLowerCase(Locale.ROOT);
          when |= (m.relation().equals("advmod") || m.relation().equals("mark")) && (w.equals("when") || w.equals("as"));
        }
        if (when) heads.add(d.dependent());
      }
      for (int head : heads) {
        for (Dependency d : g.children(head)) {
          String sub = d.subtype();
          // "raided the Jenin refugee camp": a place naming the object is where, too
          boolean named = head != trigger && d.relation().equals("compound");
          if (!named && (sub == null || !(sub.equals("in") || sub.equals("on") || sub.equals("at") || sub.equals("across")))) continue;
          // "air strikes on targets in Syria": the place of what was hit
          List<Integer> where = new ArrayList<>(List.of(d.dependent()));
          if (!named && !"in".equals(sub)) where.addAll(g.children(d.dependent(), "nmod:in"));
          for (ActorMention m : mentions) {
            if (where.stream().anyMatch(m::covers) && m.state().length() == 3) {
              places.add(new Arg(m.state(), m.text(), m.headToken(), false, m.matchedBy() + "+place-of-attack"));
            }
          }
        }
      }
      targets = places.stream().filter(a -> sources.stream().allMatch(x -> !x.state().equals(a.state())
          || p.code().startsWith("17") && distinct(x, a))).toList();
    }
    int thing = object >= 0 ? object : g.children(trigger, "obj").stream().findFirst().orElse(-1);
    if (targets.isEmpty() && !sources.isEmpty() && thing >= 0 && !p.noun() && p.code().compareTo("10") >= 0
        && p.code().compareTo("15") < 0 && s.token(thing).isNoun() && definite(s, g, thing)) {
      // "North Korea fired a missile, and Seoul condemned the launch": the act named again is the earlier clause's
      List<Arg> actors = new ArrayList<>();
      for (Dependency h : g.heads(trigger)) {
        if (h.governor() < 0 || !h.relation().startsWith("conj") || !s.token(h.governor()).isVerb()) continue;
        for (int subj : subjects(h.governor(), g)) collect(subj, s, g, mentions, 0, actors);
      }
      targets = actors.stream().filter(a -> !a.how().contains("place")
          && sources.stream().noneMatch(x -> x.state().equals(a.state()))).toList();
    }
    List<Arg> actors = sources;
    if (p.noun() && p.symmetric() && "between".equals(targetSlot)
        && targets.stream().map(Arg::state).distinct().count() >= 2) {
      // "Qatar hosted talks between the Taliban and US envoys": the parties named are the two sides, not the host
      actors = targets;
      targets = List.of();
    }
    if (domestic && (p.code().startsWith("14") || p.code().startsWith("104"))) {
      Sides sides = againstTheirGovernment(s, g, sources, targets);
      actors = sides.sources();
      targets = sides.targets();
    }
    List<Arg[]> pairs = new ArrayList<>();
    java.util.Set<String> sourceStates = new java.util.TreeSet<>(), targetStates = new java.util.TreeSet<>();
    actors.forEach(a -> sourceStates.add(a.state()));
    targets.forEach(a -> targetStates.add(a.state()));
    if (!p.symmetric() && sourceStates.size() >= 2 && sourceStates.equals(targetStates)) {
      // "the Chinese-Russian alliance aims at defending the two countries' interests": acting for itself
      return List.of();
    }
    if (!targets.isEmpty() && !actors.isEmpty()) {
      for (Arg src : actors) for (Arg tgt : targets) {
        if (!distinct(src, tgt)) continue;
        pairs.add(new Arg[] {src, tgt});
        if (p.symmetric()) pairs.add(new Arg[] {tgt, src});
      }
    } else if ((p.symmetric() || reciprocal(s, g, trigger, object)) && (actors.size() >= 2 || targets.size() >= 2)) {
      List<Arg> group = actors.size() >= 2 ? actors : targets;
      // "Germany and Poland pledged to stop buying Russian oil": a pledge about a third state is made together, not
      // to each other
      boolean aboutAnother = !p.complements().isEmpty() && cues.is("shared-pledge", s.token(trigger).lemma())
          && complementNamesAnother(s, g, trigger, mentions, group);
      for (Arg a : group) for (Arg b : group) if (distinct(a, b) && !aboutAnother) pairs.add(new Arg[] {a, b});
    } else if (!actors.isEmpty() && p.allowsNoTarget()) {
      for (Arg src : actors) pairs.add(new Arg[] {src, null});
    }
    if (pairs.isEmpty()) return List.of();

    Optional<CameoCode> cameo = codebook.lookup(p.code());
    if (cameo.isEmpty()) return List.of();
    boolean title = doc.title() != null && !doc.title().isBlank() && s.index() == 0;
    EventStatus status = circumstances.status(s, g, trigger, object);
    String convention = "";
    if (cameoConvention && status != EventStatus.ACTUAL) {
      // "will send tanks" is an intent to give military aid, "refused to sign" a rejection: what was said is the event
      Circumstances.Stance stance = circumstances.stance(s, g, trigger);
      // "will withdraw its troops unless ...": a harm promised on a condition is a threat; "would meet the envoy if
      // he ...", a cooperation promised on one, a conditional offer (an intent)
      boolean threatened = stance == Circumstances.Stance.THREATENED && status == EventStatus.HYPOTHETICAL
          && p.code().compareTo("08") >= 0;
      boolean announced = (stance == Circumstances.Stance.ANNOUNCED || stance == Circumstances.Stance.THREATENED)
          && status == EventStatus.HYPOTHETICAL;
      boolean refused = stance == Circumstances.Stance.REFUSED && status == EventStatus.NEGATED;
      String code = announced || refused ? cues.conventionalCode(p.code(), refused) : null;
      if (threatened && code != null && !code.startsWith("13")) code = "130";
      Optional<CameoCode> said = code == null ? Optional.empty() : codebook.lookup(code);
      if (said.isPresent()) {
        cameo = said;
        status = EventStatus.ACTUAL;
        convention = "+cameo:" + (refused ? "refused" : threatened ? "threatened" : "announced");
        // "said they would meet the envoy": the intent is the speakers' own, not the envoy's
        List<Arg> speakers = actors;
        if (p.symmetric()) pairs.removeIf(pair -> !speakers.contains(pair[0]));
      }
    }
    if (cameoConvention && status == EventStatus.ACTUAL && s.token(trigger).isVerb()
        && cues.is("agreeing-verb", s.token(trigger).lemma()) && cameo.get().code().compareTo("04") >= 0) {
      // "agreed to a ceasefire", "agreed upon a trade pact": CAMEO codes what is agreed to as an intent to do it
      Optional<CameoCode> intent = Optional.ofNullable(cues.conventionalCode(p.code(), false)).flatMap(codebook::lookup);
      if (intent.isPresent()) {
        cameo = intent;
        convention = "+cameo:agreed";
      }
    }
    if (cameo.get().code().equals("040") && byTelephone(s, g, trigger, object)) {
      // "spoke by telephone", "had a telephone conversation": CAMEO's own code for talks by telephone
      Optional<CameoCode> phone = codebook.lookup("041");
      if (phone.isPresent()) {
        cameo = phone;
        convention += "+telephone";
      }
    }
    if ((cameo.get().code().startsWith("15") || cameo.get().code().startsWith("19")) && invited(s, g, trigger)) {
      // "Russian troops entered Kazakhstan at the invitation of its president": troops sent for a host who asked
      // for them are military cooperation, not force shown or used
      Optional<CameoCode> cooperation = codebook.lookup("062");
      if (cooperation.isPresent()) {
        cameo = cooperation;
        convention += "+invited";
      }
    }
    LocalDate reference = referenceDate(doc);
    // "proposed a meeting on Wednesday": the date of an intended event is not the date of the intent
    boolean intent = cameo.get().code().startsWith("03");
    String date = Circumstances.attachedDate(s, g, trigger, intent ? -1 : object, reference);
    boolean background = !title && circumstances.background(s, g, trigger, p, date, reference);
    boolean ownDate = date != null;
    boolean fromPublication = false;
    if (date == null && p.noun() && definite(s, g, trigger) && !s.token(trigger).pos().startsWith("NNP")) {
      // "the meeting", "their talks", "Putin's visit": an event named before, with the date it was given there
      date = context.sameEvent(pairs.get(0)[0].state(), pairs.get(0)[1] == null ? "-" : pairs.get(0)[1].state(), p.code());
    }
    if (date == null && !background && Circumstances.pastPerfect(s, g, trigger) && pairs.get(0)[1] != null) {
      // "Sullivan said on Tuesday that Biden and Xi had agreed to ...": done before the telling, at the
      // occasion the article dated for the same two parties
      date = context.sameParties(pairs.get(0)[0].state(), pairs.get(0)[1].state());
    }
    if (date == null && !background && s.times().isEmpty()) {
      // "In remarks yesterday, Putin said ... . He stressed that ...": the speaker goes on about the same day
      for (Arg[] pair : pairs) {
        if (date == null) date = context.sameSpeaker(pair[0].state(), s.index());
      }
    }
    if (date == null && background) {
      // "their first meeting since a summit in November 2019": mentioned in passing in a sentence that names one
      // date, on that date; "as the allies warn of sanctions": a setting that holds now, on the publication date
      date = Circumstances.onlyDateOf(s, reference);
      if (date == null && s.times().isEmpty() && Circumstances.presentTense(s, g, trigger)) date = doc.publishedIso();
    }
    if (date == null && !background) {
      // "... at talks in Beijing on Thursday" hung by the parser on another word: a sentence that names one day
      // and no other date reports that day; else the publication date (or only its month, when that is all)
      date = Circumstances.onlyDayOf(s, g, trigger, reference);
      // a day the sentence names dates later mentions as well as the event's own date would
      if (date != null) ownDate = true;
      if (date == null) date = Circumstances.onlyMonthOfPastSentence(s, g, reference);
      if (date == null) {
        date = doc.publishedIso();
        fromPublication = s.times().isEmpty();
      }
    }
    if (!convention.isEmpty() && date != null && reference != null && Circumstances.isAfter(date, reference)) {
      // "will visit in May": the intent is stated now; the visit's own date is not the statement's
      date = doc.publishedIso();
    }
    if (status == EventStatus.ACTUAL && convention.isEmpty() && date != null && reference != null
        && Circumstances.isAfter(date, reference)) {
      status = EventStatus.HYPOTHETICAL;
    }
    String triggerText = object >= 0
        ? s.span(Math.min(trigger, object), Math.max(trigger, object) + 1) : s.token(trigger).word();
    if (triggerText.length() > 60) triggerText = s.token(trigger).word() + " … " + s.token(object).word();

    List<Event> out = new ArrayList<>();
    for (Arg[] pair : pairs) {
      Arg src = pair[0], tgt = pair[1];
      double confidence = confidence(p, src, tgt);
      out.add(event(doc, s, src, tgt == null ? null : tgt.code(), tgt == null ? null : tgt.text(), cameo.get(), status,
          date, background, triggerText, confidence, p.origin() + convention));
    }
    Optional<CameoCode> mirror = p.mirror() == null ? Optional.empty() : codebook.lookup(p.mirror());
    if (mirror.isPresent()) {
      for (Event e : List.copyOf(out)) {
        if (e.target() == null) continue;
        CameoCode m = mirror.get();
        out.add(new Event(e.doc(), e.sentenceIndex(), e.sentence(), e.charStart(), e.charEnd(), e.target(), e.targetText(),
            e.source(), e.sourceText(), m.code(), m.quad(), m.goldstein(), m.plover(), e.status(), e.date(),
            e.background(), e.trigger(), e.confidence(), e.rule() + "+mirror"));
      }
    }
    if (ownDate) out.forEach(context::add);
    if (fromPublication) out.forEach(context::undated);
    if (cameo.get().quad() >= 3) out.addAll(reportedAccusations(doc, s, g, mentions, trigger, pairs, out.get(0)));
    return out;
  }

  /**
   * "Oslo called Minsk's move a grave breach of law", "Seoul said the launch was a provocation by Pyongyang": a
   * speaker who labels what another actor did with a word of condemnation criticizes that actor (CAMEO 111).
   */
  private List<Event> criticisms(Document doc, Sentence s, ParseGraph g, List<ActorMention> mentions) {
    Optional<CameoCode> criticize = codebook.lookup("111");
    if (criticize.isEmpty()) return List.of();
    List<Event> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || !(cues.is("speech-verb", v.lemma()) || cues.is("evaluating-verb", v.lemma()))) continue;
      List<Integer> said = new ArrayList<>();
      for (Dependency d : g.children(v.index())) {
        String r = d.relation();
        if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.startsWith("obl:as")) said.add(d.dependent());
      }
      if (said.isEmpty()) continue;
      java.util.Set<Integer> inside = new java.util.TreeSet<>();
      for (int root : said) descendants(root, g, inside, 0);
      boolean condemning = inside.stream().anyMatch(i -> cues.is("negative-evaluation", s.token(i).word().toLowerCase(Locale.ROOT))
          || cues.is("negative-evaluation", s.token(i).lemma()));
      // "Xi called Putin an old friend": a label of praise is praise (CAMEO 051)
      boolean praising = !condemning && cues.is("evaluating-verb", v.lemma())
          && inside.stream().anyMatch(i -> cues.is("positive-evaluation", s.token(i).lemma()));
      if (!condemning && !praising) continue;
      Optional<CameoCode> judgement = praising ? codebook.lookup("051") : criticize;
      if (judgement.isEmpty()) continue;
      List<Arg> speakers = new ArrayList<>();
      for (int subj : subjects(v.index(), g)) collect(subj, s, g, mentions, 0, speakers);
      if (speakers.isEmpty()) continue;
      ActorMention target = null;
      for (ActorMention m : mentions) {
        if (inside.contains(m.headToken()) && !m.matchedBy().contains("place")
            && speakers.stream().noneMatch(a -> a.state().equals(m.state()))) { target = m; break; }
      }
      if (target == null) continue;
      // "aggressive rhetoric both from NATO and the US": the target and the actors coordinated with it
      List<ActorMention> targets = new ArrayList<>(List.of(target));
      for (Dependency d : g.children(target.headToken())) {
        if (!d.relation().startsWith("conj")) continue;
        for (ActorMention m : mentions) {
          if (m.covers(d.dependent()) && !m.matchedBy().contains("place") && !targets.contains(m)
              && speakers.stream().noneMatch(a -> a.state().equals(m.state()))) targets.add(m);
        }
      }
      boolean background = false;
      for (Arg speaker : speakers) {
        for (ActorMention t : targets) {
          out.add(event(doc, s, speaker, t.code(), t.text(), judgement.get(), circumstances.status(s, g, v.index(), -1),
              attachedOrPublished(s, g, v.index(), doc), background, v.word(), 0.55,
              praising ? "cues.tsv:positive-evaluation" : "cues.tsv:negative-evaluation"));
        }
      }
    }
    return out;
  }

  /**
   * "Paris said Tehran must release the sailors", "London reiterated that Tripoli should hand over the suspects":
   * a speaker saying what another actor must do demands it of them (CAMEO 100).
   */
  private List<Event> demands(Document doc, Sentence s, ParseGraph g, List<ActorMention> mentions) {
    Optional<CameoCode> demand = codebook.lookup("100");
    if (demand.isEmpty()) return List.of();
    List<Event> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || !circumstances.makesPublic(v.lemma())) continue;
      for (int clause : g.children(v.index(), "ccomp")) {
        boolean obliged = false;
        for (int a : g.children(clause, "aux")) obliged |= cues.is("obligation", s.token(a).word().toLowerCase(Locale.ROOT));
        if (!obliged || negatedClause(s, g, clause)) continue;
        List<Arg> speakers = new ArrayList<>();
        for (int subj : subjects(v.index(), g)) collect(subj, s, g, mentions, 0, speakers);
        List<Arg> obliges = new ArrayList<>();
        // "Russia's concerns should be taken seriously" asks nothing of Russia
        for (int subj : g.children(clause, "nsubj")) {
          boolean named = mentions.stream().anyMatch(m -> m.covers(subj));
          if (named || g.children(subj, "nmod:poss").isEmpty()) collect(subj, s, g, mentions, 0, obliges);
        }
        // "China and India should ..." said by China is a proposal, not a demand
        obliges.removeIf(a -> a.how().contains("place"));
        if (obliges.stream().anyMatch(a -> speakers.stream().anyMatch(x -> !distinct(x, a)))) continue;
        for (Arg speaker : speakers) {
          for (Arg target : obliges) {
            if (!distinct(speaker, target)) continue;
            out.add(event(doc, s, speaker, target.code(), target.text(), demand.get(), EventStatus.ACTUAL,
                attachedOrPublished(s, g, v.index(), doc), false, v.word() + " … " + s.token(clause).word(), 0.6,
                "cues.tsv:obligation"));
          }
        }
      }
    }
    return out;
  }

  private boolean negatedClause(Sentence s, ParseGraph g, int verb) {
    for (int d : g.children(verb, "advmod")) if (cues.is("negation", s.token(d).word().toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  private static void descendants(int token, ParseGraph g, java.util.Set<Integer> out, int depth) {
    if (!out.add(token) || depth > 8) return;
    for (Dependency d : g.children(token)) descendants(d.dependent(), g, out, depth + 1);
  }

  private String attachedOrPublished(Sentence s, ParseGraph g, int verb, Document doc) {
    String date = Circumstances.attachedDate(s, g, verb, -1, referenceDate(doc));
    return date != null ? date : doc.publishedIso();
  }

  /**
   * The day dates in the text are judged against: the publication date, or, when only its month is known, the
   * month's last day (the article appeared no later).
   */
  public static LocalDate referenceDate(Document doc) {
    if (doc.published() != null) return doc.published();
    String iso = doc.publishedIso();
    if (iso != null && iso.length() == 7) return java.time.YearMonth.parse(iso).atEndOfMonth();
    return null;
  }

  /**
   * "Oslo says Moscow violated the treaty": besides Moscow's violation, the speaker accuses Moscow (CAMEO 112),
   * as coders of reported conflict do.
   */
  private List<Event> reportedAccusations(Document doc, Sentence s, ParseGraph g, List<ActorMention> mentions,
                                          int trigger, List<Arg[]> pairs, Event reported) {
    int current = trigger;
    for (int step = 0; step < 2; step++) {
      Dependency up = null;
      for (Dependency h : g.heads(current)) {
        if (h.governor() >= 0 && (h.relation().equals("ccomp") || h.relation().startsWith("conj"))) { up = h; break; }
      }
      if (up == null) return List.of();
      current = up.governor();
      if (!up.relation().equals("ccomp") || !cues.is("speech-verb", s.token(current).lemma())) continue;
      List<Arg> speakers = new ArrayList<>();
      for (int subj : subjects(current, g)) collect(subj, s, g, mentions, 0, speakers);
      Optional<CameoCode> accuse = codebook.lookup("112");
      if (speakers.isEmpty() || accuse.isEmpty()) return List.of();
      List<Event> out = new ArrayList<>();
      // "Reuters reported that ...": a news medium that says or reports what happened passes the news on
      boolean news = cues.is("news-verb", s.token(current).lemma());
      for (Arg speaker : speakers) {
        if (news && speaker.code().endsWith("MED")) continue;
        for (Arg[] pair : pairs) {
          Arg accused = pair[0];
          // "Oslo and Rome said they would strike the camps": speakers announcing their own act accuse no one
          if (speakers.stream().anyMatch(x -> x.state().equals(accused.state()))) continue;
          // "Kyiv said its forces clashed with Russian troops": a side telling of a shared fight accuses no one
          boolean shared = pair[1] != null && pairs.stream().anyMatch(q -> q[0] == pair[1] && q[1] == pair[0]);
          if (shared && speakers.stream().anyMatch(x -> x.state().equals(pair[1].state()))) continue;
          out.add(event(doc, s, speaker, accused.code(), accused.text(), accuse.get(), EventStatus.ACTUAL,
              reported.date(), reported.background(), s.token(current).word(),
              Math.max(0.05, reported.confidence() - 0.15), reported.rule() + "+speech:" + s.token(current).lemma()));
        }
      }
      return out;
    }
    return List.of();
  }

  /**
   * Whether two actors can be the two sides of an event: different states, or with {@code domestic} two different
   * sectors of one state (a state on its own stands for all its sectors, so it is never the other side of one).
   */
  private boolean distinct(Arg a, Arg b) {
    if (!a.state().equals(b.state())) return true;
    if (!domestic) return false;
    if (a.code().length() == 6 && b.code().length() == 6) return !a.code().equals(b.code());
    // "Croatia is investigating crimes by Croatian extremists": a state on its own acts (or is acted on) as a whole
    // against one of its parts
    boolean aWhole = a.code().length() == 3, bWhole = b.code().length() == 3;
    return aWhole && b.code().length() == 6 || bWhole && a.code().length() == 6;
  }

  private record Sides(List<Arg> sources, List<Arg> targets) {}

  /**
   * With {@code --domestic}, a protest or a call for political change (104x: "demanded early elections") that names
   * no one, or only the protesters' own state as the place ("ethnic Hungarians demonstrated in Slovakia"), is
   * against the government of that state (CAMEO's convention for domestic protest).
   */
  private static Sides againstTheirGovernment(Sentence s, ParseGraph g, List<Arg> sources, List<Arg> targets) {
    java.util.function.Predicate<Arg> ownPlace =
        t -> t.code().length() == 3 && sources.stream().anyMatch(x -> x.state().equals(t.state()));
    // "marched through Hong Kong against the Chinese government's ban": the protesters' own place is where, the
    // others are whom
    List<Arg> others = targets.stream().filter(ownPlace.negate()).toList();
    if (!others.isEmpty()) return new Sides(sources, others);
    List<Arg> governments = new ArrayList<>(), protesters = new ArrayList<>();
    for (Arg src : sources) {
      String sector = src.code().length() > 3 ? src.code().substring(3) : "";
      // "young Algerians blocked roads", "Iraqi Kurds demonstrated": a people named by its demonym are its civilians
      boolean people = src.code().length() == 3 && src.how().contains("adjective") && src.token() >= 0
          && (s.token(src.token()).pos().endsWith("S") || pluralHead(s, g, src.token()));
      protesters.add(people ? new Arg(src.state() + "CVL", src.text(), src.token(), src.direct(), src.how()) : src);
      if (sector.equals("GOV") || sector.equals("MIL") || sector.equals("COP") || src.code().length() != 6 && !people) continue;
      governments.add(new Arg(src.state() + "GOV", "(its government)", -1, false, "protest-without-target"));
    }
    return new Sides(protesters, governments);
  }

  /** The same code, date and status between the same actors, or the states of one of them ("CHN" for "CHNGOV"). */
  private static boolean sameEvent(Event a, Event b) {
    return a.cameo().equals(b.cameo()) && java.util.Objects.equals(a.date(), b.date()) && a.status() == b.status()
        && sameSide(a.source(), b.source()) && sameSide(a.target(), b.target());
  }

  private static boolean sameSide(String a, String b) {
    if (a == null || b == null) return a == null && b == null;
    return a.equals(b) || a.length() == 3 && b.startsWith(a) || b.length() == 3 && a.startsWith(b);
  }

  /**
   * A gerund used as a noun: it has a determiner, an adjective or a preposition of its own ("the shelling",
   * "heavy shelling", "in the shelling"), or qualifies a word before it without an object ("Russian shelling").
   */
  private static boolean gerund(int t, ParseGraph g) {
    for (Dependency d : g.children(t)) {
      String r = d.relation();
      if (r.equals("det") || r.equals("case") || r.equals("nmod:poss")) return true;
    }
    for (Dependency h : g.heads(t)) {
      if (h.relation().equals("amod") || h.relation().equals("acl") && g.children(t, "obj").isEmpty()
          && h.governor() == t - 1) return true;
      // "Fighting broke out between ...": the subject of a verb, with no object or subject of its own
      if (h.relation().equals("nsubj") && g.children(t, "obj").isEmpty() && g.children(t, "nsubj").isEmpty()
          && g.children(t, "aux").isEmpty()) return true;
    }
    return false;
  }

  /** Nouns by which a host asks for what is done on its ground: "at the invitation of", "at the request of". */
  private static final Set<String> CONSENT_NOUNS = Set.of("invitation", "request", "behest", "invite");

  /** Whether the trigger is done "at the invitation of" or "at the request of" someone. */
  private static boolean invited(Sentence s, ParseGraph g, int trigger) {
    for (Dependency d : g.children(trigger)) {
      if ("at".equals(d.subtype()) && CONSENT_NOUNS.contains(s.token(d.dependent()).lemma())) return true;
    }
    return false;
  }

  /** Roots of force: assault, fight, mass violence. */
  private static boolean isForce(String root) {
    return root.equals("18") || root.equals("19") || root.equals("20");
  }

  private static boolean isForce(Pattern p) { return isForce(p.code().substring(0, 2)); }

  /** How much an event says about who acted: a sector counts more than a bare state. */
  private static int specificity(Event e) {
    return e.source().length() + (e.target() == null ? 0 : e.target().length());
  }

  /** "Iraqi Kurds": a demonym modifying a plural noun that names people. */
  private static boolean pluralHead(Sentence s, ParseGraph g, int adjective) {
    for (Dependency h : g.heads(adjective)) {
      if (h.governor() >= 0 && (h.relation().equals("amod") || h.relation().equals("compound"))
          && s.token(h.governor()).pos().matches("NNS|NNPS")) return true;
    }
    return false;
  }

  /** "the meeting", "this visit", "their talks", "Xi's visit": a nominal event named as already known. */
  private static boolean definite(Sentence s, ParseGraph g, int noun) {
    if (!g.children(noun, "nmod:poss").isEmpty()) return true;
    for (int d : g.children(noun, "det")) {
      String w = s.token(d).word().toLowerCase(Locale.ROOT);
      if (w.equals("the") || w.equals("this") || w.equals("that")) return true;
    }
    return false;
  }

  /** An event of sentence {@code s} from {@code source} to a target (null when none), coded {@code code}. */
  private static Event event(Document doc, Sentence s, Arg source, String target, String targetText, CameoCode code,
                             EventStatus status, String date, boolean background, String trigger, double confidence,
                             String rule) {
    return new Event(doc.id(), s.index(), s.text(), s.begin(), s.end(), source.code(), source.text(), target,
        targetText, code.code(), code.quad(), code.goldstein(), code.plover(), status, date, background, trigger,
        confidence, rule);
  }

  /** "A and B broke their ties", "... met each other": a coordinated subject acting on itself. */
  private static boolean reciprocal(Sentence s, ParseGraph g, int trigger, int object) {
    for (int head : object >= 0 ? new int[] {trigger, object} : new int[] {trigger}) {
      for (Dependency d : g.children(head)) {
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("nmod:poss") && w.equals("their")) return true;
        if ((w.equals("other") || w.equals("another")) && d.baseRelation().matches("obj|obl|nmod")) return true;
        if (d.relation().equals("amod") && (w.equals("mutual") || w.equals("bilateral") || w.equals("joint"))) return true;
      }
    }
    return false;
  }

  private static boolean sourcesDontCover(Arg target, List<Arg> sources) {
    for (Arg s : sources) if (s.token() == target.token() && s.code().equals(target.code())) return false;
    return true;
  }

  /** The actors in one slot of a trigger. */
  private List<Arg> argsIn(String slot, Pattern p, int trigger, int object, Sentence s, ParseGraph g,
                           List<ActorMention> mentions, boolean source) {
    List<Integer> tokens = new ArrayList<>();
    boolean passive = !p.noun() && g.isPassive(trigger);
    switch (slot) {
      case "subj" -> {
        if (p.noun()) {
          // the subject of the verb governing the noun: "Russia launched an invasion"; for meetings and other
          // shared events also the verb the noun is a circumstance of: "In talks with Tokyo, Seoul agreed ..."
          List<Dependency> governing = new ArrayList<>(g.heads(trigger));
          // "holding joint drills, including exercises with Iran": an example in a list is held by the same actors
          for (Dependency h : g.heads(trigger)) {
            if (h.governor() >= 0 && "including".equals(h.subtype()) && s.token(h.governor()).isNoun()) {
              governing.addAll(g.heads(h.governor()));
            }
          }
          for (Dependency h : governing) {
            if (h.governor() >= 0 && !source) {
              // "At the invitation of Xi, Putin visited Beijing", "Putin's visit at Xi's invitation": the target
              // is whoever acts at the occasion the noun names
              boolean oblique = h.baseRelation().equals("obl") && s.token(h.governor()).isVerb();
              if (oblique) tokens.addAll(subjects(h.governor(), g));
              if (h.baseRelation().equals("nmod") && s.token(h.governor()).isNoun()) {
                tokens.addAll(g.children(h.governor(), "nmod:poss"));
              }
            }
            if (h.governor() < 0 || !source) continue;
            // "Russia condemned their attacks": a noun with a possessor of its own is not the verb's subject's act
            // (but "at their meeting, Macron told Scholz": a shared event's possessor includes the subject)
            boolean ownPossessor = false;
            for (int owner : g.children(trigger, "nmod:poss")) {
              String w = s.token(owner).word().toLowerCase(Locale.ROOT);
              ownPossessor |= !(p.symmetric() && (w.equals("their") || w.equals("our")));
            }
            if (ownPossessor) continue;
            boolean objectOfVerb = h.relation().equals("obj") || h.relation().equals("nsubj:pass");
            boolean oblique = (h.baseRelation().equals("obl") || h.baseRelation().equals("nmod")) && s.token(h.governor()).isVerb();
            // "agreed on restrictions", "decided on sanctions": the deciders impose what they decide on
            // "Russian aircraft killed 46 civilians in an attack on a village": the killers made the attack
            boolean circumstance = oblique && (p.symmetric() || cues.is("decision-verb", s.token(h.governor()).lemma())
                || isForce(p) && cues.is("casualty-verb", s.token(h.governor()).lemma()));
            // "the EU condemned the arrest of the opposition leader": an act judged is not the judge's own
            boolean judged = objectOfVerb && cues.is("judging-verb", s.token(h.governor()).lemma());
            if ((objectOfVerb || circumstance) && !judged && !cues.is("undergo-verb", s.token(h.governor()).lemma())) {
              List<Integer> subjects = subjects(h.governor(), g);
              tokens.addAll(subjects);
              boolean named = subjects.stream().anyMatch(t -> mentions.stream().anyMatch(m -> m.covers(t)));
              if (circumstance && !named && p.symmetric()) {
                // "Lula said the plan could serve as a basis, after talks with Xi": the parser may hang the talks on
                // the reported clause; the one who reports them took part
                for (Dependency up : g.heads(h.governor())) {
                  if (up.governor() >= 0 && up.relation().equals("ccomp")) tokens.addAll(subjects(up.governor(), g));
                }
              }
            }
          }
        } else {
          List<Integer> subjects = subjects(trigger, g);
          tokens.addAll(subjects);
          // "police used tear gas to disperse the crowd": a controlled subject that names no one (the parser took
          // the governor's object) leaves the governor's subject
          boolean named = subjects.stream().anyMatch(t -> mentions.stream().anyMatch(m -> m.covers(t)));
          if (!named) {
            for (Dependency h : g.heads(trigger)) {
              if (h.governor() < 0 || !h.relation().equals("xcomp")) continue;
              List<Integer> objects = g.children(h.governor(), "obj");
              if (subjects.stream().anyMatch(objects::contains)) tokens.addAll(g.children(h.governor(), "nsubj"));
            }
          }
        }
      }
      case "obj" -> {
        // with an object constraint the target is the matched object itself ("summoned the Japanese ambassador")
        if (object >= 0) tokens.add(object);
        else tokens.addAll(passive ? g.passiveSubjects(trigger) : g.children(trigger, "obj"));
        // "is opposed to the plan": a stance's object follows "to"
        if (tokens.isEmpty() && !p.noun() && cues.is("stative-passive", s.token(trigger).lemma())) {
          tokens.addAll(g.children(trigger, "obl:to"));
        }
        if (tokens.isEmpty() && !passive && !p.noun() && g.children(trigger, "obj").isEmpty()) {
          // the parser lost the object of "met Wang Yi, the ..., who ...": take an actor named right after the verb
          int next = trigger + 1;
          while (next < s.tokens().size() && s.token(next).pos().equals("DT")) next++;
          for (ActorMention m : mentions) if (m.startToken() == next) tokens.add(m.headToken());
        }
      }
      case "iobj" -> {
        tokens.addAll(g.children(trigger, "iobj"));
        // "Tokyo promised Manila to send ships": the one promised, parsed as the object of a verb with a complement
        if (tokens.isEmpty() && !p.noun() && !g.children(trigger, "xcomp").isEmpty()) tokens.addAll(g.children(trigger, "obj"));
      }
      // the subject of a condition on the trigger: "warned of sanctions if Moscow invades", "threatened to block
      // the pipeline if Russia attacks"
      case "if" -> {
        List<Integer> verbs = new ArrayList<>(List.of(trigger));
        verbs.addAll(g.children(trigger, "xcomp"));
        // "threatened to stop the talks to cut arms if Washington deploys ...": the parser may hang the condition on a
        // complement of the complement
        for (int x : List.copyOf(verbs.subList(1, verbs.size()))) verbs.addAll(g.children(x, "xcomp"));
        // "threatened, on May 2, to close the port if ...": the infinitive set off by commas is parsed as advcl:to
        for (int v : g.children(trigger, "advcl:to")) if (markedInfinitive(v, g)) verbs.add(v);
        for (int v : verbs) {
          for (Dependency d : g.children(v)) {
            if (!d.relation().startsWith("advcl")) continue;
            boolean conditional = false;
            for (int m : g.children(d.dependent(), "mark")) conditional |= cues.is("condition", s.token(m).word().toLowerCase(Locale.ROOT));
            if (conditional) tokens.addAll(subjects(d.dependent(), g));
          }
        }
      }
      // the subject of the that-clause the trigger governs: "demanded that Washington withdraw its troops"
      case "clause" -> {
        for (int clause : g.children(trigger, "ccomp")) {
          tokens.addAll(g.children(clause, "nsubj"));
          tokens.addAll(g.passiveSubjects(clause));
        }
      }
      // possessors and adjectives of the trigger, or of its constrained object ("condemned Israel's strikes")
      case "poss" -> {
        for (int owner : onTriggerOrObject(trigger, object, "nmod:poss", g)) {
          tokens.add(owner);
          // "the ILO reiterated its demand", "Hamas stepped up its attacks": a possessive pronoun no actor names
          // is the subject of the verb (an owning-verb) that has the noun
          boolean pronoun = s.token(owner).pos().equals("PRP$");
          if (!pronoun || mentions.stream().anyMatch(m -> m.covers(owner))) continue;
          for (Dependency h : g.heads(owner)) {
            if (h.governor() < 0) continue;
            for (Dependency nh : g.heads(h.governor())) {
              if (nh.governor() >= 0 && (nh.relation().equals("obj") || nh.baseRelation().equals("obl"))
                  && cues.is("owning-verb", s.token(nh.governor()).lemma())) {
                tokens.addAll(subjects(nh.governor(), g));
              }
            }
          }
        }
      }
      case "amod" -> {
        tokens.addAll(onTriggerOrObject(trigger, object, "amod", g));
        // "Russian shelling of Kherson", parsed with the gerund as a clause on "Russian": the word it hangs on
        for (Dependency h : g.heads(trigger)) {
          if (h.relation().equals("acl") && h.governor() == trigger - 1) tokens.add(h.governor());
        }
        // "US mediation" is "American mediation": a proper noun before the noun modifies it as the adjective would
        for (int c : onTriggerOrObject(trigger, object, "compound", g)) {
          if (s.token(c).pos().startsWith("NNP")) tokens.add(c);
        }
      }
      case "compound" -> tokens.addAll(onTriggerOrObject(trigger, object, "compound", g));
      default -> {
        // a preposition: obl:with / nmod:with on the trigger, and on its constrained object
        String prep = slot.equals("toward") ? "toward" : slot;
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        if (object >= 0) {
          heads.add(object);
          // "lifted the export controls imposed on South Korea": the phrase is in the clause describing the object
          for (Dependency d : g.children(object)) {
            if (d.relation().startsWith("acl") && s.token(d.dependent()).pos().equals("VBN")) heads.add(d.dependent());
          }
          // "threatened to deliver blows to Washington": an object found in the complement brings its phrases
          for (Dependency h : g.heads(object)) {
            if (h.governor() >= 0 && h.relation().equals("obj") && g.children(trigger, "xcomp").contains(h.governor())) {
              heads.add(h.governor());
            }
          }
        }
        if (p.noun()) {
          // "war erupted between Russia and Georgia", "talks began with Tokyo": the phrase hangs on the verb
          for (Dependency h : g.heads(trigger)) {
            if (h.relation().startsWith("nsubj") && h.governor() >= 0 && s.token(h.governor()).isVerb()) heads.add(h.governor());
          }
        }
        for (int head : heads) {
          for (Dependency d : g.children(head)) {
            String sub = d.subtype();
            if (sub == null) continue;
            String base = d.baseRelation();
            // "toward" is "towards"; "mediation among the republics" is mediation between them
            boolean same = sub.equals(prep) || prep.equals("toward") && sub.equals("towards")
                || prep.equals("between") && sub.equals("among")
                // "pulled out of Mali": the particle joined to the preposition
                || p.particle() != null && sub.equals(p.particle().toLowerCase(Locale.ROOT) + "_" + prep);
            if ((base.equals("obl") || base.equals("nmod")) && same) {
              tokens.add(d.dependent());
            }
          }
        }
        if (slot.equals("by") && passive) tokens.addAll(g.children(trigger, "obl:agent"));
        if (tokens.isEmpty() && prep.equals("between") && object >= 0 && !p.noun()) {
          // "Baku and Yerevan swapped prisoners in a deal mediated by Washington": the deal's two sides are those who
          // act under it
          for (Dependency h : g.heads(object)) {
            if (h.governor() >= 0 && h.baseRelation().equals("obl") && s.token(h.governor()).isVerb()) {
              tokens.addAll(subjects(h.governor(), g));
            }
          }
        }
        // "called on Sudan to ...", parsed with "on" as a particle and Sudan as the object
        if (tokens.isEmpty() && !p.noun() && p.particle() == null) {
          for (int prt : g.children(trigger, "compound:prt")) {
            if (s.token(prt).word().equalsIgnoreCase(prep)) tokens.addAll(g.children(trigger, "obj"));
          }
        }
      }
    }
    if (!source && p.noun() && !p.symmetric() && tokens.isEmpty() && !slot.equals("poss") && !slot.equals("amod")
        && !slot.equals("compound")) {
      // "sanctions targeting Russian banks", "measures aimed at Minsk": the target is in the clause on the noun (not
      // for a shared act: "a plan that will not allow candidates from Hamas" is no plan made with Hamas)
      for (Dependency d : g.children(trigger)) {
        boolean participle = d.relation().equals("dep") && s.token(d.dependent()).pos().matches("VBG|VBN");
        if (!d.relation().startsWith("acl") && !participle) continue;
        tokens.addAll(g.children(d.dependent(), "obj"));
        tokens.addAll(g.children(d.dependent(), "obl:at"));
        tokens.addAll(g.children(d.dependent(), "obl:against"));
      }
    }
    if (!source && tokens.isEmpty() && p.code().startsWith("14")) {
      // "a hunger strike in protest of the government's refusal", "rallied in protest against the ruling": the
      // target is what the protest is against
      List<Integer> heads = new ArrayList<>(List.of(trigger));
      if (object >= 0) heads.add(object);
      for (int head : heads) {
        for (Dependency d : g.children(head)) {
          if (!d.relation().endsWith(":in") || !s.token(d.dependent()).lemma().equals("protest")) continue;
          for (Dependency c : g.children(d.dependent())) {
            String sub = c.subtype();
            if (sub != null && (sub.equals("of") || sub.equals("against") || sub.equals("at") || sub.equals("over"))) {
              tokens.add(c.dependent());
            }
          }
        }
      }
    }
    if (!source && p.noun() && p.symmetric() && tokens.isEmpty()) {
      // "told his counterpart in a phone call", "At their dinner, Macron called Scholz a partner": a meeting or call
      // that a verb of address is set in was with the person addressed
      for (Dependency h : g.heads(trigger)) {
        if (h.governor() < 0 || !h.baseRelation().equals("obl")) continue;
        String verb = s.token(h.governor()).lemma();
        boolean addressed = cues.is("addressee-verb", verb);
        // "engaged Filipino peacekeepers in a firefight": whoever the verb engages is the other side
        boolean engaged = cues.is("engaging-verb", verb);
        if (!addressed && !engaged) continue;
        for (Dependency d : g.children(h.governor())) {
          String r = d.relation();
          if (r.equals("obj") || addressed && (r.equals("iobj") || r.equals("xcomp"))) tokens.add(d.dependent());
        }
      }
    }
    if (!source && p.noun() && tokens.isEmpty() && !slot.equals("poss") && !slot.equals("amod")) {
      // "Minsk faces new sanctions": the subject of an undergo-verb is the target of the nominal event
      for (Dependency h : g.heads(trigger)) {
        if (h.relation().equals("obj") && h.governor() >= 0 && cues.is("undergo-verb", s.token(h.governor()).lemma())) {
          tokens.addAll(subjects(h.governor(), g));
        }
      }
    }
    List<Arg> out = new ArrayList<>();
    for (int tok : tokens) {
      // "condemned Russia's invasion of Ukraine": an act named as the object is held against whoever did it, not
      // against whom it was done to
      if (slot.equals("obj") && !source && !p.noun() && doerOfNamedAct(tok, s, g, mentions, out)) continue;
      collect(tok, s, g, mentions, 0, out);
    }
    if (slot.equals("obj") && object >= 0 && !objectCandidates(trigger, g).contains(object)) {
      // an object the parser lost was parsed as something else: "changes ..., negotiator Saeb Erakat said" gives it
      // the speaker as an apposition
      List<Integer> appositions = g.children(object, "appos");
      out.removeIf(a -> appositions.contains(a.token()));
    }
    if (!source && out.isEmpty() && !slot.equals("obj") && !slot.equals("subj")) {
      // "troops to the peacekeeping force in Liberia", "food aid to refugees in Sudan": a group or body named by
      // no actor stands for the state it is in
      for (int tok : tokens) {
        if (!s.token(tok).isNoun() || s.token(tok).pos().startsWith("NNP")) continue;
        List<Integer> placed = new ArrayList<>(g.children(tok, "nmod:in"));
        // "refugees fleeing the war in Liberia", "families who live in Gaza": or in the clause that describes it
        for (Dependency d : g.children(tok)) {
          if (d.relation().startsWith("acl")) placed.addAll(g.children(d.dependent(), "obl:in"));
        }
        // "an investigation into crimes committed by Croat forces", "abuses by the police": a deed named by no actor
        // stands for whoever did it
        List<Integer> doers = new ArrayList<>(g.children(tok, "nmod:by"));
        for (Dependency d : g.children(tok)) {
          if (d.relation().startsWith("acl") && s.token(d.dependent()).pos().equals("VBN")) {
            doers.addAll(g.children(d.dependent(), "obl:by"));
            doers.addAll(g.children(d.dependent(), "obl:agent"));
          }
        }
        for (int doer : doers) collect(doer, s, g, mentions, 1, out);
        for (int place : placed) {
          for (ActorMention m : mentions) {
            if (m.covers(place) && m.code().length() == 3 && !m.code().startsWith("@")) {
              out.add(new Arg(m.code(), m.text(), m.headToken(), false, m.matchedBy() + "+place-of-target"));
            }
          }
        }
      }
    }
    // a capital named as a place ("in Moscow") is an actor only where the pattern asks for a place: "arrived in"
    // ... or where force is used on it: "the shelling of Kherson"
    boolean force = isForce(p);
    boolean placeSlot = slot.equals("in") || slot.equals("at") || slot.equals("to") || force && slot.equals("of");
    if (!placeSlot) out.removeIf(a -> a.how().contains("place"));
    // ... and then it is the state, not its government: "imposed a curfew in Algiers"
    out.replaceAll(a -> a.how().contains("capital-place") && a.code().length() == 6
        ? new Arg(a.state(), a.text(), a.token(), a.direct(), a.how()) : a);
    return out;
  }

  /**
   * "Three Iraqi civilians were killed in a car bombing in Baghdad", "an air strike killed five soldiers": the
   * victims of the casualty verb an attack noun is the cause of are the attack's target.
   */
  private List<Arg> victims(Pattern p, int trigger, Sentence s, ParseGraph g, List<ActorMention> mentions) {
    if (!p.noun() || !isForce(p)) return List.of();
    List<Arg> out = new ArrayList<>();
    for (Dependency h : g.heads(trigger)) {
      int verb = h.governor();
      if (verb < 0 || !cues.is("casualty-verb", s.token(verb).lemma())) continue;
      boolean cause = h.relation().equals("nsubj") || h.baseRelation().equals("obl") || h.relation().equals("obl:agent");
      if (!cause) continue;
      List<Integer> hurt = new ArrayList<>(g.passiveSubjects(verb));
      if (!g.isPassive(verb)) {
        hurt.addAll(g.children(verb, "obj"));
        // "two civilians died in the shelling": the subject of an intransitive casualty verb
        if (!h.relation().equals("nsubj") && g.children(verb, "obj").isEmpty()) hurt.addAll(g.children(verb, "nsubj"));
      }
      for (int v : hurt) collect(v, s, g, mentions, 0, out);
    }
    return out;
  }

  /** How a mention names a state or a place in it (not a person, body or group). */
  private static final Set<String> STATE_OR_PLACE = Set.of("state", "place", "capital", "capital-place");

  /** Where an attack is said to happen: "in", "near", "outside", "at". */
  private static final Set<String> ATTACK_PLACE_PREPS = Set.of("in", "near", "outside", "outside_of", "at", "around");

  /**
   * Under the CAMEO convention: "a roadside bomb killed three US soldiers near Kandahar", "were killed in a car
   * bombing in Baghdad": force used by no one the text names is coded, as CAMEO and PLOVER coders do, from the
   * state it was used in (unidentified attackers there).
   */
  private static List<Arg> unidentifiedAttackers(Pattern p, int trigger, Sentence s, ParseGraph g,
                                                 List<ActorMention> mentions) {
    if (!isForce(p)) return List.of();
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    for (Dependency d : g.children(trigger)) {
      String r = d.relation();
      if (r.startsWith("nsubj") || r.equals("obl:agent") || r.equals("obl:by") || r.equals("obj")) heads.add(d.dependent());
    }
    for (Dependency h : g.heads(trigger)) if (h.governor() >= 0) heads.add(h.governor());
    // someone named as the doer, even if not an actor ("gunmen", "a man"), is not unidentified in this sense
    for (Dependency d : g.children(trigger)) {
      if ((d.relation().equals("nsubj") || d.relation().equals("obl:agent")) && s.token(d.dependent()).pos().startsWith("NNP")) {
        return List.of();
      }
    }
    List<Arg> out = new ArrayList<>();
    for (int head : heads) {
      for (Dependency d : g.children(head)) {
        if (d.subtype() == null || !ATTACK_PLACE_PREPS.contains(d.subtype())) continue;
        // "outside the Iraqi city of Basra": the place may be named after the word for it
        List<Integer> where = new ArrayList<>(List.of(d.dependent()));
        where.addAll(g.children(d.dependent(), "nmod:of"));
        for (ActorMention m : mentions) {
          if (where.stream().anyMatch(m::covers) && STATE_OR_PLACE.contains(m.matchedBy())
              && out.stream().noneMatch(a -> a.code().equals(m.state()))) {
            out.add(new Arg(m.state(), m.text(), m.headToken(), false, m.matchedBy() + "+unidentified-attackers"));
          }
        }
      }
    }
    return out.size() == 1 ? out : List.of();
  }

  /**
   * "North Korean troops have been deployed to Russia", "German tanks were delivered to Ukraine": forces or aid sent,
   * in the passive with no one named as the sender, were sent by the state they belong to.
   */
  private static List<Arg> ownersOfWhatWasSent(Pattern p, int trigger, int object, Sentence s, ParseGraph g,
                                               List<ActorMention> mentions) {
    if (p.noun() || !g.isPassive(trigger) || !(p.code().startsWith("07") || p.code().startsWith("15"))) return List.of();
    if (!g.children(trigger, "obl:agent").isEmpty() || !g.children(trigger, "obl:by").isEmpty()) return List.of();
    List<Arg> out = new ArrayList<>();
    for (int patient : object >= 0 ? List.of(object) : g.passiveSubjects(trigger)) {
      // the noun, or the adjective or name that says whose it is ("German tanks")
      List<Integer> words = new ArrayList<>(List.of(patient));
      words.addAll(g.children(patient, "amod"));
      words.addAll(g.children(patient, "compound"));
      for (ActorMention m : mentions) {
        if (words.stream().anyMatch(m::covers) && !m.matchedBy().contains("place") && m.state().length() == 3) {
          out.add(new Arg(m.code(), m.text(), m.headToken(), false, m.matchedBy() + "+owner-of-what-was-sent"));
        }
      }
    }
    return out;
  }

  private static final Set<String> TELEPHONE = Set.of("phone", "telephone");

  /** "spoke by phone", "over the telephone", "a telephone conversation", "phone talks". */
  private static boolean byTelephone(Sentence s, ParseGraph g, int trigger, int object) {
    for (int head : object >= 0 ? List.of(trigger, object) : List.of(trigger)) {
      for (Dependency d : g.children(head)) {
        String r = d.relation();
        boolean means = r.equals("obl:by") || r.equals("obl:over") || r.equals("obl:via") || r.equals("nmod:by")
            || r.equals("compound") || r.equals("amod");
        if (means && TELEPHONE.contains(s.token(d.dependent()).lemma())) return true;
      }
    }
    return false;
  }

  /** Acts only a state's authorities perform on people in their hands: investigation, trial, arrest, expulsion. */
  private static final List<String> OFFICIAL_ACTS = List.of("09", "116", "173", "174", "1823");

  /**
   * "A Canadian missionary was arrested in Lebanon", "an American was put under investigation in Italy": an
   * official act in the passive that names no one who did it was done by the authorities of the state it was done in.
   */
  private static List<Arg> authorityOfPlace(Pattern p, int trigger, Sentence s, ParseGraph g,
                                            List<ActorMention> mentions) {
    if (p.noun() || !g.isPassive(trigger) || !g.children(trigger, "obl:agent").isEmpty()
        || !g.children(trigger, "obl:by").isEmpty() || OFFICIAL_ACTS.stream().noneMatch(p.code()::startsWith)) {
      return List.of();
    }
    List<Arg> out = new ArrayList<>();
    for (int place : g.children(trigger, "obl:in")) {
      for (ActorMention m : mentions) {
        if (m.covers(place) && STATE_OR_PLACE.contains(m.matchedBy())) {
          out.add(new Arg(m.state() + "GOV", m.text(), m.headToken(), false, m.matchedBy() + "+authority-of-place"));
        }
      }
    }
    return out;
  }

  /** True when the verb is an infinitive ("to oppose"), which the parser sometimes attaches as obl:to or ccomp. */
  private static boolean markedInfinitive(int verb, ParseGraph g) {
    for (int m : g.children(verb, "mark")) if (g.sentence().token(m).pos().equals("TO")) return true;
    for (int m : g.children(verb, "case")) if (g.sentence().token(m).word().equalsIgnoreCase("to")) return true;
    return false;
  }

  /** True when a clause complementing the trigger names a state none of the group belongs to. */
  private static boolean complementNamesAnother(Sentence s, ParseGraph g, int trigger, List<ActorMention> mentions,
      List<Arg> group) {
    java.util.Set<String> own = new java.util.HashSet<>();
    group.forEach(a -> own.add(a.state()));
    java.util.Set<Integer> inside = new java.util.HashSet<>(Set.of(trigger));
    for (Dependency d : g.children(trigger)) {
      String r = d.relation();
      if (r.equals("xcomp") || r.equals("ccomp") || r.startsWith("advcl:to")) descendants(d.dependent(), g, inside, 0);
    }
    inside.remove(trigger);
    return mentions.stream().anyMatch(m -> inside.contains(m.headToken()) && m.state().length() == 3
        && !own.contains(m.state()));
  }

  private static List<Integer> onTriggerOrObject(int trigger, int object, String rel, ParseGraph g) {
    List<Integer> out = new ArrayList<>(g.children(trigger, rel));
    if (object >= 0) out.addAll(g.children(object, rel));
    return out;
  }

  /** Subjects of a verb: the agent of a passive, else nsubj (and enhanced++'s controlled subjects). */
  private static List<Integer> subjects(int verb, ParseGraph g) {
    List<Integer> out = new ArrayList<>();
    if (g.isPassive(verb)) {
      out.addAll(g.children(verb, "obl:agent"));
      out.addAll(g.children(verb, "obl:by"));
      return out;
    }
    out.addAll(g.children(verb, "nsubj"));
    boolean participle = g.sentence().token(verb).pos().equals("VBG");
    if (out.isEmpty()) {
      // "Beijing had no intention to invite", "Xi's decision to visit": the infinitive of a noun takes the
      // noun's possessor, or the subject of the verb that has the noun
      for (Dependency h : g.heads(verb)) {
        if (h.governor() < 0 || !h.relation().startsWith("acl")) continue;
        int noun = h.governor();
        out.addAll(g.children(noun, "nmod:poss"));
        if (participle && h.relation().equals("acl")) {
          // "an EU statement criticising China", "a Chinese report accusing Tokyo": the noun's own owner
          for (Dependency d : g.children(noun)) {
            String pos = g.sentence().token(d.dependent()).pos();
            if (d.relation().equals("compound") && pos.startsWith("NNP") || d.relation().equals("amod") && pos.equals("JJ")
                && Character.isUpperCase(g.sentence().token(d.dependent()).word().charAt(0))) {
              out.add(d.dependent());
            }
          }
        }
        if (out.isEmpty()) {
          for (Dependency nh : g.heads(noun)) {
            if (nh.governor() >= 0 && nh.relation().equals("obj")) out.addAll(g.children(nh.governor(), "nsubj"));
          }
        }
      }
    }
    if (out.isEmpty() && participle) {
      // "states joining the boycott", "with Norway and Japan joining the boycott": the noun a participle qualifies
      for (Dependency h : g.heads(verb)) {
        if (h.governor() < 0 || !h.relation().equals("acl") || !g.sentence().token(h.governor()).isNoun()) continue;
        out.add(h.governor());
        for (Dependency d : g.children(h.governor())) if (d.relation().startsWith("conj")) out.add(d.dependent());
      }
    }
    if (out.isEmpty()) {
      // "agreed to meet", "met and signed", "sided with Moscow to oppose": the subject of the clause it depends on
      for (Dependency h : g.heads(verb)) {
        if (h.governor() < 0) continue;
        String r = h.relation();
        boolean infinitive = (r.equals("obl:to") || r.equals("ccomp")) && markedInfinitive(verb, g);
        // "Xi, left, shakes hands with Putin": the parser may hang the verb off another with dep or parataxis
        String governor = g.sentence().token(h.governor()).lemma();
        if (r.equals("advcl:as") && (governor.equals("quote") || governor.equals("cite"))) {
          // "Tass quoted Lavrov as saying ...": the one quoted is the one saying
          out.addAll(g.children(h.governor(), "obj"));
        } else if (r.equals("xcomp") || r.startsWith("conj") || r.startsWith("advcl") || infinitive || r.equals("dep")
            || r.equals("parataxis")) {
          out.addAll(g.children(h.governor(), "nsubj"));
          // "is deciding whether to send missiles", parsed with "whether" heading the infinitive: the one deciding
          if (r.equals("dep") && WH_HEADS.contains(g.sentence().token(h.governor()).word().toLowerCase(Locale.ROOT))) {
            for (Dependency up : g.heads(h.governor())) {
              String ur = up.relation();
              if (up.governor() >= 0 && (ur.equals("xcomp") || ur.equals("obj") || ur.equals("ccomp"))) {
                out.addAll(subjects(up.governor(), g));
              }
            }
          }
        }
      }
    }
    return out;
  }

  private void collect(int token, Sentence s, ParseGraph g, List<ActorMention> mentions, int depth, List<Arg> out) {
    boolean found = false;
    for (ActorMention m : mentions) {
      if (m.covers(token) && out.stream().noneMatch(a -> a.code().equals(m.code()) && a.token() == m.headToken())) {
        out.add(new Arg(m.code(), m.text(), m.headToken(), depth == 0, m.matchedBy()));
        found = true;
      }
    }
    if (found) {
      // "Indian and Chinese soldiers": the head is one mention, its coordinated modifiers name more actors;
      // "Russia, China poised to forge alliance": a headline's comma list is parsed as an apposition
      for (Dependency d : g.children(token)) {
        String rel = d.relation();
        boolean list = rel.equals("appos") && otherState(mentions, token, d.dependent());
        if ((rel.equals("amod") || rel.equals("compound") || list) && !coveredBySame(mentions, token, d.dependent())) {
          // "Chinese and Russian bombers", "US and British activists": the modifiers share the head's sector
          String sector = null;
          for (ActorMention h : mentions) if (h.covers(token) && h.code().length() == 6) sector = h.code().substring(3);
          for (ActorMention m : mentions) {
            if (!m.covers(d.dependent())) continue;
            boolean bareState = !list && sector != null && m.code().length() == 3
                && (m.matchedBy().startsWith("adjective") || m.matchedBy().startsWith("state"));
            String code = bareState ? m.code() + sector : m.code();
            if (out.stream().noneMatch(a -> a.code().equals(code))) {
              out.add(new Arg(code, m.text(), m.headToken(), false, m.matchedBy()));
            }
          }
        }
      }
      return;
    }
    if (depth == 0 && antecedentOfReportedPronoun(token, s, g, mentions, out)) return;
    if (depth >= 2) return;
    for (Dependency d : g.children(token)) {
      if (d.relation().equals("nmod:from") && s.token(token).pos().matches("NNS?|JJ")) {
        // "a missionary from Calgary": where someone comes from names their state
        for (ActorMention m : mentions) {
          if (m.covers(d.dependent()) && m.matchedBy().contains("place") && m.state().length() == 3
              && out.stream().noneMatch(a -> a.code().equals(m.state()))) {
            out.add(new Arg(m.state(), m.text(), m.headToken(), false, "origin:" + m.entry()));
          }
        }
      }
      if (DESCEND.contains(d.relation()) || d.relation().startsWith("conj")) {
        collect(d.dependent(), s, g, mentions, depth + 1, out);
      }
    }
  }

  /**
   * "Switzerland said it had expelled two diplomats": "it" (or "they", "he", "she") as the subject of a clause reported by a
   * verb takes that verb's subject, when an actor names it. True when it did.
   */
  private boolean antecedentOfReportedPronoun(int token, Sentence s, ParseGraph g, List<ActorMention> mentions,
                                              List<Arg> out) {
    String w = s.token(token).word().toLowerCase(Locale.ROOT);
    // "President Gbagbo announced that he will extend the curfew": he or she, too, when no actor names them
    if (!List.of("it", "they", "he", "she").contains(w)) return false;
    boolean added = false;
    for (Dependency h : g.heads(token)) {
      if (!h.relation().startsWith("nsubj") || h.governor() < 0) continue;
      for (Dependency up : g.heads(h.governor())) {
        if (up.governor() < 0 || !up.relation().equals("ccomp")) continue;
        for (int subj : g.children(up.governor(), "nsubj")) {
          String sw = s.token(subj).word().toLowerCase(Locale.ROOT);
          if (List.of("it", "they", "he", "she").contains(sw)) continue;
          int before = out.size();
          collect(subj, s, g, mentions, 1, out);
          added |= out.size() > before;
        }
      }
    }
    return added;
  }

  /** True when token b names an actor of another state than token a does (so it cannot be a's apposition). */
  private static boolean otherState(List<ActorMention> mentions, int a, int b) {
    String sa = null;
    String sb = null;
    for (ActorMention m : mentions) {
      if (m.covers(a)) sa = m.state();
      if (m.covers(b)) sb = m.state();
    }
    return sa != null && sb != null && !sa.equals(sb);
  }

  private static boolean coveredBySame(List<ActorMention> mentions, int a, int b) {
    for (ActorMention m : mentions) if (m.covers(a) && m.covers(b)) return true;
    return false;
  }

  private static double confidence(Pattern p, Arg src, Arg tgt) {
    double c = 0.55;
    if (p.specificity() > 0) c += 0.1;
    if (!p.noun()) c += 0.1;
    if (src.direct()) c += 0.05;
    if (tgt != null && tgt.direct()) c += 0.05;
    if (src.how().contains("pronoun") || src.how().contains("pair")) c -= 0.1;
    if (tgt != null && (tgt.how().contains("pronoun") || tgt.how().contains("pair"))) c -= 0.1;
    if (tgt == null) c -= 0.1;
    return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
  }
}
