package org.entente.coding;

import org.entente.core.Dependency;
import org.entente.core.EventStatus;
import org.entente.core.Sentence;
import org.entente.core.TimeExpression;
import org.entente.core.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The circumstances of an event found by {@link EventCoder}: its status (actual, negated, hypothetical), its
 * date and whether the sentence reports it or mentions it as background. The knowledge is in {@code cues.tsv};
 * this class holds the constructions that read it.
 */
final class Circumstances {
  /** Verbs whose nominal object is the news itself ("announced the expulsion of ..."). */
  private static final Set<String> REPORTING = Set.of("announce", "confirm", "report", "order", "approve", "declare",
      "launch", "begin", "start", "conduct", "hold", "stage", "complete", "impose", "carry", "make", "pay", "sign",
      "host", "extend", "issue", "deliver", "send", "receive", "unveil", "adopt", "mark", "attend", "have", "fly",
      "reiterate", "repeat", "renew", "restate", "voice", "express", "lodge", "file", "submit", "present",
      "mediate", "facilitate", "sponsor", "resume", "open", "convene", "chair");

  private final Cues cues;
  /** Whether a lemma names an event as a noun ("talks", "visits"): only those can be counted as events. */
  private final java.util.function.Predicate<String> eventNoun;

  Circumstances(Cues cues, java.util.function.Predicate<String> eventNoun) {
    this.cues = cues;
    this.eventNoun = eventNoun;
  }


  EventStatus status(Sentence s, ParseGraph g, int trigger, int object) {
    if (negated(s, g, trigger) || (object >= 0 && hasNegDeterminer(s, g, object))) return EventStatus.NEGATED;
    if (s.token(trigger).isNoun() && judged(s, g, trigger)) {
      // "refused to condemn Moscow's invasion": whether the judge judges says nothing of whether the act took place
      if (hasNegDeterminer(s, g, trigger)) return EventStatus.NEGATED;
      return plannedByModifier(s, g, trigger) ? EventStatus.HYPOTHETICAL : EventStatus.ACTUAL;
    }
    if (hasModal(s, g, trigger) || hasCondition(s, g, trigger)) return EventStatus.HYPOTHETICAL;
    if (s.token(trigger).isNoun()) {
      if (plannedByModifier(s, g, trigger)) return EventStatus.HYPOTHETICAL;
      // "the meeting is expected to ...", "the talks will address ...", "did not agree on restrictions"
      for (Dependency h : g.heads(trigger)) {
        if (h.governor() < 0) continue;
        int verb = h.governor();
        boolean subject = h.relation().startsWith("nsubj");
        boolean complement = h.relation().equals("obj") || h.baseRelation().equals("obl");
        if (!subject && !complement) continue;
        if (negated(s, g, verb)) return EventStatus.NEGATED;
        if (subject && (hasModal(s, g, verb) || cues.is("hypothetical-verb", s.token(verb).lemma()))) {
          return EventStatus.HYPOTHETICAL;
        }
      }
    }
    // "deciding whether to send tanks", parsed with "whether" heading the infinitive: an open question
    for (Dependency h : g.heads(trigger)) {
      if (h.governor() >= 0 && h.relation().equals("dep") && s.token(h.governor()).word().equalsIgnoreCase("whether")) {
        return EventStatus.HYPOTHETICAL;
      }
    }
    // climb through the verbs and nouns this trigger complements: "plans to visit", "refused to sign"
    int current = trigger;
    boolean negatedAbove = false;
    for (int step = 0; step < 4; step++) {
      Dependency up = null;
      for (Dependency h : g.heads(current)) {
        String r = h.relation();
        // "... if Putin chose that moment to invade": a clause under a condition did not happen
        if (r.startsWith("advcl:") && h.governor() >= 0 && hasCondition(s, g, current)) return EventStatus.HYPOTHETICAL;
        if (r.equals("xcomp") || r.equals("ccomp") || r.startsWith("acl") || r.equals("obj") || r.startsWith("nmod:of")
            || r.equals("advcl")) { up = h; break; }
      }
      if (up == null || up.governor() < 0) break;
      int gov = up.governor();
      String lemma = s.token(gov).lemma();
      Token govTok = s.token(gov);
      // "an agreement to open a crossing" is planned; "the accord signed in May" (a participle) is not
      boolean planned = govTok.isNoun()
          ? cues.is("hypothetical-noun", lemma) && (!up.relation().startsWith("acl") || markedTo(s, g, current))
          : cues.is("hypothetical-verb", lemma);
      if (planned) return govTok.isNoun() && refusedObject(s, g, gov) ? EventStatus.NEGATED : EventStatus.HYPOTHETICAL;
      if (cues.is("negating-verb", lemma)) negatedAbove = true;
      // "had no intention to invite", "has plans to visit": the governor's object names the plan
      // ("rejected calls to release the sailors", "would not meet the demands to ...": turned down, so not done)
      for (int o : g.children(gov, "obj")) {
        if (o != current && cues.is("hypothetical-noun", s.token(o).lemma())) {
          return refusedObject(s, g, o) ? EventStatus.NEGATED : EventStatus.HYPOTHETICAL;
        }
      }
      if (up.relation().equals("advcl") && hasCondition(s, g, current)) return EventStatus.HYPOTHETICAL;
      if (negated(s, g, gov)) negatedAbove = true;
      if (hasModal(s, g, gov) && !up.relation().equals("ccomp")) return EventStatus.HYPOTHETICAL;
      current = gov;
    }
    return negatedAbove ? EventStatus.NEGATED : EventStatus.ACTUAL;
  }

  /** "a possible meeting", "the planned visit": a nominal event its adjective makes planned or possible. */
  private boolean plannedByModifier(Sentence s, ParseGraph g, int noun) {
    for (int a : g.children(noun, "amod")) if (cues.is("hypothetical-modifier", s.token(a).lemma())) return true;
    return false;
  }

  /** A noun named as the object of condemn, praise, welcome and the like: an act judged, done by someone else. */
  private boolean judged(Sentence s, ParseGraph g, int noun) {
    for (Dependency h : g.heads(noun)) {
      if (h.governor() >= 0 && h.relation().equals("obj") && cues.is("judging-verb", s.token(h.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "would not meet the demands to release ...", "rejected calls to withdraw ...": a planned or demanded act whose
   * plan or demand is turned down.
   */
  private boolean refusedObject(Sentence s, ParseGraph g, int noun) {
    for (Dependency h : g.heads(noun)) {
      if (h.governor() < 0 || !h.relation().equals("obj")) continue;
      String lemma = s.token(h.governor()).lemma();
      if (negated(s, g, h.governor()) || cues.is("refusal-verb", lemma) || cues.is("negating-verb", lemma)) return true;
    }
    return false;
  }

  /** How an action stands to its own actor, for the CAMEO convention on announced and refused actions. */
  enum Stance { NONE, ANNOUNCED, REFUSED, THREATENED }

  /**
   * "will send tanks", "offered to host talks", "is ready to contribute troops": announced by its actor;
   * "refused to sign", "will not accept": refused. Actions under a condition ("if Moscow invades"), or only
   * possible ("may send"), are neither.
   */
  Stance stance(Sentence s, ParseGraph g, int trigger) {
    if (!g.verbLike(trigger)) {
      // "promised to continue military aid", "would tighten the blockade": a noun's stance is its verb's
      int verb = -1;
      for (Dependency h : g.heads(trigger)) {
        if (h.governor() >= 0 && h.relation().equals("obj") && s.token(h.governor()).isVerb()) verb = h.governor();
      }
      if (verb < 0) return Stance.NONE;
      trigger = verb;
    }
    if (!g.verbLike(trigger)) return Stance.NONE;
    int current = trigger;
    boolean announced = false, refused = false;
    for (int step = 0; step < 4; step++) {
      if (hasCondition(s, g, current)) return Stance.NONE;
      for (int d : g.children(current, "aux")) {
        String w = s.token(d).word().toLowerCase(Locale.ROOT);
        if (cues.is("intent-modal", w)) {
          if (negated(s, g, current)) refused = true; else announced = true;
        } else if (cues.is("modal", w)) {
          // "may halt its mediation if the parties do not cooperate": a harm held out on a condition is a threat too
          if (!refused && !announced && cues.is("possibility-modal", w) && conditionalClause(s, g, current)) {
            return Stance.THREATENED;
          }
          return refused || announced ? (refused ? Stance.REFUSED : Stance.ANNOUNCED) : Stance.NONE;
        }
      }
      if (current != trigger) {
        String lemma = s.token(current).lemma();
        if (cues.is("refusal-verb", lemma)) refused = true;
        else if (cues.is("intent-verb", lemma) || cues.is("intent-verb", s.token(current).word().toLowerCase(Locale.ROOT))) {
          if (negated(s, g, current)) refused = true; else announced = true;
        }
      }
      if (refused || announced) break;
      Dependency up = null;
      for (Dependency h : g.heads(current)) {
        String r = h.relation();
        if (h.governor() >= 0 && (r.equals("xcomp") || (r.equals("ccomp") && current == trigger && markedTo(s, g, current)))) {
          up = h;
          break;
        }
      }
      if (up == null) {
        // "would not meet the demands to release the prisoners": the demanded act is refused
        for (Dependency h : g.heads(current)) {
          if (h.governor() >= 0 && h.relation().startsWith("acl") && markedTo(s, g, current)
              && cues.is("hypothetical-noun", s.token(h.governor()).lemma()) && refusedObject(s, g, h.governor())) {
            refused = true;
          }
        }
        break;
      }
      current = up.governor();
    }
    if (announced && conditionalClause(s, g, trigger)) return Stance.THREATENED;
    return refused ? Stance.REFUSED : announced ? Stance.ANNOUNCED : Stance.NONE;
  }

  /** "will withdraw its force unless a ceasefire is arranged": an action announced on a condition is a threat. */
  private boolean conditionalClause(Sentence s, ParseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (!d.relation().startsWith("advcl")) continue;
      for (int m : g.children(d.dependent(), "mark")) {
        if (cues.is("condition", s.token(m).word().toLowerCase(Locale.ROOT))) return true;
      }
    }
    return false;
  }

  private static boolean markedTo(Sentence s, ParseGraph g, int verb) {
    for (int m : g.children(verb, "mark")) if (s.token(m).pos().equals("TO")) return true;
    return false;
  }

  private boolean negated(Sentence s, ParseGraph g, int token) {
    for (Dependency d : g.children(token)) {
      String rel = d.baseRelation();
      Token t = s.token(d.dependent());
      String word = t.word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
          && (cues.is("negation", word) || cues.is("negation", t.lemma()))) return true;
    }
    return false;
  }

  private boolean hasNegDeterminer(Sentence s, ParseGraph g, int noun) {
    for (int d : g.children(noun, "det")) if (cues.is("negation", s.token(d).word().toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  private boolean hasModal(Sentence s, ParseGraph g, int token) {
    for (int d : g.children(token, "aux")) {
      String w = s.token(d).word().toLowerCase(Locale.ROOT);
      if (cues.is("modal", w) || cues.is("modal", s.token(d).lemma())) return true;
    }
    return false;
  }

  private boolean hasCondition(Sentence s, ParseGraph g, int token) {
    for (int d : g.children(token, "mark")) if (cues.is("condition", s.token(d).word().toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  /** The date of the time expression attached to the trigger (or its object), as YYYY[-MM[-DD]]. */
  static String attachedDate(Sentence s, ParseGraph g, int trigger, int object, LocalDate published) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    if (object >= 0) heads.add(object);
    // "an agreement the two countries signed in 2001": the clause describing a nominal event dates it
    // (only for a nominal trigger: "lifted the controls imposed in 2019" did not happen in 2019)
    for (int noun : new int[] {trigger}) {
      if (!s.token(noun).isNoun()) continue;
      for (Dependency d : g.children(noun)) if (d.relation().startsWith("acl")) heads.add(d.dependent());
    }
    // "in a virtual meeting with Biden, Xi warned him on November 16": a nominal event set in a clause takes the
    // clause's date when it has none of its own
    if (s.token(trigger).isNoun()) {
      for (Dependency up : g.heads(trigger)) {
        String rel = up.baseRelation();
        // "war erupted between them in 2008", "the split occurred in 1961": the verb that says it happened dates it
        boolean happened = up.relation().equals("nsubj") && (trigger == 0 || !s.token(trigger).pos().startsWith("NNP"));
        if ((rel.equals("obl") || rel.equals("nmod") || happened) && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
          heads.add(up.governor());
        }
      }
    }
    String date = dateAt(s, g, heads, published);
    if (date != null) return date;
    // "coordinated their stances at talks in Beijing on Thursday": a verb set at a dated occasion takes its date
    List<Integer> occasions = new ArrayList<>();
    if (s.token(trigger).isVerb()) {
      List<Integer> verbs = new ArrayList<>(List.of(trigger));
      // "At their talks in December, Xi praised ... while Putin hailed ...": a conjoined clause shares the occasion
      for (Dependency h : g.heads(trigger)) {
        if (h.governor() >= 0 && (h.relation().startsWith("conj") || h.relation().startsWith("advcl:while"))
            && s.token(h.governor()).isVerb()) verbs.add(h.governor());
      }
      for (int verb : verbs) {
        for (Dependency d : g.children(verb)) {
          String sub = d.subtype() == null ? "" : d.subtype();
          boolean deadline = sub.equals("by") || sub.equals("until") || sub.equals("till");
          if (d.baseRelation().equals("obl") && !deadline && s.token(d.dependent()).isNoun()) occasions.add(d.dependent());
        }
      }
    }
    date = dateAt(s, g, occasions, published);
    if (date != null || !s.token(trigger).isVerb()) return date;
    // "agreed late on Monday to ban imports", "arrived on Monday, and he and Putin held talks": the verb that
    // decided the action, or the clause it is coordinated with, dates it
    List<Integer> governors = new ArrayList<>();
    for (Dependency h : g.heads(trigger)) {
      String r = h.relation();
      if (h.governor() >= 0 && s.token(h.governor()).isVerb() && (r.equals("xcomp") || r.startsWith("conj"))) {
        governors.add(h.governor());
      }
    }
    return dateAt(s, g, governors, published);
  }

  private static String dateAt(Sentence s, ParseGraph g, List<Integer> heads, LocalDate published) {
    for (int head : heads) {
      for (Dependency d : g.children(head)) {
        String base = d.baseRelation();
        if (!(base.equals("obl") || base.equals("nmod") || base.equals("advmod") || base.equals("amod")
            || base.equals("compound") || base.equals("nummod"))) continue;
        // "ban imports by the end of the year": a deadline is not when it happened
        boolean deadline = false;
        for (int c : g.children(d.dependent(), "case")) {
          String w = s.token(c).word().toLowerCase(Locale.ROOT);
          deadline |= w.equals("by") || w.equals("until") || w.equals("till");
        }
        if (deadline) continue;
        // "signed in 1999 guarantees ...": a year the tagger read as the number of the next noun
        List<Integer> words = new ArrayList<>(List.of(d.dependent()));
        if (base.equals("obl")) words.addAll(g.children(d.dependent(), "nummod"));
        for (int w : words) {
          for (TimeExpression te : s.times()) {
            if (te.covers(w) && te.calendarDate() != null) return pastIfRecalled(s, g, head, te, published);
          }
        }
      }
    }
    return null;
  }

  /**
   * The one day the sentence names, when it names exactly one date and that date is a day no later than the
   * reference; otherwise null.
   */
  static String onlyDayOf(Sentence s, ParseGraph g, int trigger, LocalDate reference) {
    String only = onlyDateOf(s, g, trigger, reference);
    return only != null && only.length() == 10 ? only : null;
  }

  /**
   * "Lula at his press conference in December said the two plan to ...": the one month a sentence
   * in the past names, placed in the year before when it would otherwise fall after the reference; else null.
   */
  static String onlyMonthOfPastSentence(Sentence s, ParseGraph g, LocalDate reference) {
    String only = soleDate(s);
    if (only == null || only.length() != 7 || reference == null) return null;
    boolean past = false;
    for (Dependency d : g.sentence().dependencies()) {
      if (d.relation().equals("root") && d.dependent() >= 0) past = pastTense(s, g, d.dependent());
    }
    if (!past) return null;
    if (isAfter(only, reference)) only = (Integer.parseInt(only.substring(0, 4)) - 1) + only.substring(4);
    return isAfter(only, reference) ? null : only;
  }

  /** The one date (of any precision) the sentence names, when it names one and no later than the reference. */
  static String onlyDateOf(Sentence s, LocalDate reference) {
    String only = soleDate(s);
    if (only == null) return null;
    return reference != null && isAfter(only, reference) ? null : only;
  }

  /**
   * As {@link #onlyDateOf}, for an event of the sentence: a weekday SUTime placed in the wrong week is moved by the
   * tense of the event's verb ("held a phone call on Tuesday" in a Monday's paper is the Tuesday before).
   */
  static String onlyDateOf(Sentence s, ParseGraph g, int trigger, LocalDate reference) {
    String only = soleDate(s);
    if (only == null) return null;
    for (TimeExpression te : s.times()) {
      if (only.equals(te.calendarDate())) {
        only = pastIfRecalled(s, g, trigger, te, reference);
        break;
      }
    }
    return reference != null && isAfter(only, reference) ? null : only;
  }

  /** The calendar date of the sentence's time expressions when they all name the same one, else null. */
  private static String soleDate(Sentence s) {
    String only = null;
    for (TimeExpression te : s.times()) {
      String d = te.calendarDate();
      if (d == null) continue;
      if (only != null && !only.equals(d)) return null;
      only = d;
    }
    return only;
  }

  /**
   * "They spoke in February", in an article of November: a month or day without a year that SUTime placed after
   * the publication date belongs to the year before when the verb is in the past.
   */
  private static String pastIfRecalled(Sentence s, ParseGraph g, int head, TimeExpression te, LocalDate published) {
    String date = te.calendarDate();
    if (published == null || date.length() < 7 || te.text().matches(".*\\b(19|20)\\d\\d\\b.*")) return date;
    // "held a phone call on Tuesday": a nominal event's tense is its verb's
    if (!s.token(head).isVerb()) {
      int verb = governor(g, head);
      if (verb >= 0 && s.token(verb).isVerb()) head = verb;
    }
    // "will meet on Wednesday": SUTime may place a bare weekday in either week; a future clause means the next one
    if (date.length() == 10 && WEEKDAY.matcher(te.text()).find() && futureTense(s, g, head)
        && !LocalDate.parse(date).isAfter(published)) {
      return LocalDate.parse(date).plusWeeks(1).toString();
    }
    boolean past = pastTense(s, g, head);
    // "told him on Monday" in a Thursday's paper: the Monday before, not the one after (even the very next day:
    // the day's slack isAfter allows is for time zones, not for a weekday SUTime put in the wrong week)
    if (past && date.length() == 10 && WEEKDAY.matcher(te.text()).find() && LocalDate.parse(date).isAfter(published)) {
      return LocalDate.parse(date).minusWeeks(1).toString();
    }
    if (!past || !isAfter(date, published)) return date;
    return (Integer.parseInt(date.substring(0, 4)) - 1) + date.substring(4);
  }

  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

  /** The first word that governs a token, or -1. */
  private static int governor(ParseGraph g, int token) {
    for (Dependency h : g.heads(token)) if (h.governor() >= 0) return h.governor();
    return -1;
  }

  /** Whether the clause of a word is in the future: its verb (or the verb a noun hangs on) has will, shall or 'll. */
  private static boolean futureTense(Sentence s, ParseGraph g, int head) {
    int verb = head;
    for (int step = 0; step < 2 && s.token(verb).isNoun(); step++) {
      int up = governor(g, verb);
      if (up < 0) break;
      verb = up;
    }
    for (int a : g.children(verb, "aux")) {
      String w = s.token(a).word().toLowerCase(Locale.ROOT);
      if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("wo")) return true;
    }
    return false;
  }

  /** Whether the clause of a word is in the past: a past verb, or the verb a nominal ("in a call") hangs on. */
  private static boolean pastTense(Sentence s, ParseGraph g, int head) {
    int verb = head;
    // from a noun or a bare participle ("quoted him as saying, after a meeting on May 2, ...") up to its verb
    for (int step = 0; step < 3 && (s.token(verb).isNoun()
        || s.token(verb).pos().equals("VBG") && g.children(verb, "aux").isEmpty()); step++) {
      int up = governor(g, verb);
      if (up < 0) break;
      verb = up;
    }
    String tag = s.token(verb).pos();
    if (tag.equals("VBD") || tag.equals("VBN")) return true;
    for (int a : g.children(verb, "aux")) if (s.token(a).pos().equals("VBD")) return true;
    return false;
  }

  /** "warn", "is demanding": a verb in the present. */
  static boolean presentTense(Sentence s, ParseGraph g, int verb) {
    String tag = s.token(verb).pos();
    if (tag.equals("VBP") || tag.equals("VBZ")) return true;
    if (!tag.equals("VBG")) return false;
    for (int a : g.children(verb, "aux")) if (s.token(a).pos().matches("VBP|VBZ")) return true;
    if (!g.children(verb, "aux").isEmpty()) return false;
    // "..., with Norway joining the boycott": a bare participle has the tense of the clause it belongs to
    int current = verb;
    for (int step = 0; step < 4; step++) {
      int up = governor(g, current);
      if (up < 0) return false;
      Token t = s.token(up);
      if (t.pos().matches("VBP|VBZ")) return true;
      for (int c : g.children(up, "cop")) if (s.token(c).pos().matches("VBP|VBZ")) return true;
      for (int a : g.children(up, "aux")) if (s.token(a).pos().matches("VBP|VBZ")) return true;
      if (t.pos().matches("VBD|VBN") || t.pos().equals("MD")) return false;
      current = up;
    }
    return false;
  }

  /** "had agreed": a verb in the past perfect. */
  static boolean pastPerfect(Sentence s, ParseGraph g, int verb) {
    if (!s.token(verb).isVerb()) return false;
    for (int a : g.children(verb, "aux")) if (s.token(a).word().equalsIgnoreCase("had")) return true;
    return false;
  }

  boolean background(Sentence s, ParseGraph g, int trigger, Pattern p, String date, LocalDate published) {
    // a nominal event dated over a month before publication is recalled; a clause's own verb only after a season
    // ("threatened on December 16", in January, is still the news the article reports)
    // a verb in the present with an old date is a caption's or a chronicle's present ("Putin and Xi meet in
    // February 2022"): what the sentence reports
    boolean present = !p.noun() && s.token(trigger).pos().matches("VBP|VBZ");
    if (!present && date != null && published != null && isBeforeBy(date, published, p.noun() ? 31 : 92)) return true;
    if (p.noun()) return nominalBackground(s, g, trigger, 0);
    // aggregates over a period: "has repeatedly accused", "have held 16 rounds of talks since ..."
    for (int c : g.children(trigger, "advmod")) {
      if (cues.is("aggregate-adverb", s.token(c).word().toLowerCase(Locale.ROOT))) return true;
    }
    if (hasPerfect(s, g, trigger) && (hasChildSubtype(g, trigger, "since") || countedObject(s, g, trigger))) return true;
    // "held five phone calls in 2020": several events summed over a month or a year
    if (countedObject(s, g, trigger) && date != null && date.length() <= 7) return true;
    // "holding regular joint exercises": a habit, not one event
    for (int o : g.children(trigger, "obj")) {
      for (int a : g.children(o, "amod")) if (cues.is("aggregate-adjective", s.token(a).lemma())) return true;
    }
    return clauseBackground(s, g, trigger);
  }

  /** The verb an indefinite noun ("a deal", "an agreement") is an oblique phrase of, or -1. */
  private static int actedUnder(Sentence s, ParseGraph g, int noun) {
    boolean indefinite = g.children(noun, "det").stream()
        .anyMatch(d -> s.token(d).word().equalsIgnoreCase("a") || s.token(d).word().equalsIgnoreCase("an"));
    if (!indefinite) return -1;
    for (Dependency h : g.heads(noun)) {
      if (h.governor() >= 0 && h.baseRelation().equals("obl") && s.token(h.governor()).isVerb()) return h.governor();
    }
    return -1;
  }

  /**
   * Whether a verb's clause is a setting rather than what is reported: a clause describing a noun, a relative
   * aside ("where ...", "when ..."), or a clause introduced (or inside one introduced) as a setting or reason.
   */
  private boolean clauseBackground(Sentence s, ParseGraph g, int trigger) {
    for (Dependency h : g.heads(trigger)) {
      // "the treaty signed by both in 2001", "the decision to coordinate": a clause that describes a noun
      if (h.relation().equals("acl") && h.governor() >= 0 && s.token(trigger).pos().equals("VBN")) {
        // "restored ties under an agreement brokered by Washington": a participle on a new thing the news is done
        // with or under belongs to the news
        int withWhat = actedUnder(s, g, h.governor());
        if (withWhat >= 0) return clauseBackground(s, g, withWhat);
      }
      if (h.relation().equals("acl") || h.relation().startsWith("acl:") && !h.relation().equals("acl:relcl")) return true;
      if (h.relation().equals("acl:relcl") && s.token(trigger).pos().equals("VBD")) return true;
      // "..., where Russia and China plan to build a station", "since June 2020, when 20 soldiers were killed":
      // a relative aside
      if (h.relation().equals("acl:relcl")) {
        for (int a : g.children(trigger, "advmod")) {
          String w = s.token(a).word().toLowerCase(Locale.ROOT);
          if (w.equals("where") || w.equals("when")) return true;
        }
      }
    }
    // a clause is background when it, or a clause it belongs to, is introduced as a setting or reason
    int current = trigger;
    for (int step = 0; step < 5 && current >= 0; step++) {
      for (int c : g.children(current, "mark")) {
        if (cues.is("background-mark", s.token(c).word().toLowerCase(Locale.ROOT))) return true;
      }
      // "... when war erupted between them": "when" is parsed as an adverb of the clause
      boolean adverbial = g.heads(current).stream().anyMatch(h -> h.relation().startsWith("advcl"));
      for (int c : g.children(current, "advmod")) {
        if (adverbial && s.token(c).pos().equals("WRB") && cues.is("background-mark", s.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      Dependency up = null;
      for (Dependency h : g.heads(current)) {
        String r = h.relation();
        if (r.equals("ccomp") || r.equals("xcomp") || r.startsWith("conj") || r.startsWith("advcl")) { up = h; break; }
      }
      if (up == null) break;
      current = up.governor();
    }
    return false;
  }

  private boolean nominalBackground(Sentence s, ParseGraph g, int noun, int depth) {
    // "engaged the peacekeepers in a firefight": the verb reports the event the noun names
    for (Dependency h : g.heads(noun)) {
      if (h.governor() >= 0 && h.baseRelation().equals("obl") && cues.is("engaging-verb", s.token(h.governor()).lemma())) {
        return false;
      }
    }
    // "four children were killed in an Israeli air strike", "the shelling killed five": the attack that caused the
    // casualties is the news; so is one said to go on ("the shelling of Kherson continued")
    List<Dependency> heads = new java.util.ArrayList<>(g.heads(noun));
    for (Dependency h : g.heads(noun)) {
      // "Russian shelling of Kherson", parsed with the gerund as a clause on "Russian"
      if (h.relation().equals("acl") && h.governor() == noun - 1) heads.addAll(g.heads(h.governor()));
    }
    for (Dependency h : heads) {
      if (h.governor() < 0) continue;
      String verb = s.token(h.governor()).lemma();
      boolean cause = (h.baseRelation().equals("obl") || h.relation().equals("nsubj")) && cues.is("casualty-verb", verb);
      // "fighting broke out": a verb with its particle
      String withParticle = verb;
      for (int prt : g.children(h.governor(), "compound:prt")) withParticle = verb + "+" + s.token(prt).lemma();
      boolean goesOn = h.relation().equals("nsubj")
          && (cues.is("continuing-verb", verb) || cues.is("continuing-verb", withParticle));
      // ... as far as that clause is itself news
      if (cause || goesOn) return clauseBackground(s, g, h.governor());
    }
    // "announced that the ministers will sign a pact during their talks": talks to come, set in a reported clause
    for (Dependency h : g.heads(noun)) {
      if (h.governor() >= 0 && h.baseRelation().equals("obl") && reported(s, g, h.governor()) && hasModal(s, g, h.governor())) {
        return false;
      }
    }
    for (int c : g.children(noun, "case")) {
      if (cues.is("background-prep", s.token(c).lemma()) || cues.is("background-prep", s.token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (Dependency h : g.heads(noun)) {
      String sub = h.subtype();
      if (sub != null && cues.is("background-prep", sub.toLowerCase(Locale.ROOT))) return true;
      if (h.governor() < 0) continue;
      // "holding joint drills, including exercises with Iran": an example is reported as the list is
      if ("including".equals(sub) && depth < 2 && s.token(h.governor()).isNoun()) {
        return nominalBackground(s, g, h.governor(), depth + 1);
      }
      if ((h.relation().equals("obj") || h.relation().equals("nsubj:pass")) && REPORTING.contains(s.token(h.governor()).lemma())) {
        // "have made eight visits": several events summed up
        for (int n : g.children(noun, "nummod")) {
          String w = s.token(n).word();
          if (!w.equals("1") && !w.equalsIgnoreCase("one")) return true;
        }
        return false;
      }
      // "said the meeting is expected to ...", "disclosed that they will address during the talks ...": the
      // subject or setting of a reported clause is what is reported
      boolean inClause = h.relation().startsWith("nsubj") || h.baseRelation().equals("obl");
      if (inClause && reported(s, g, h.governor())) return false;
    }
    // a nominal event that is not the object of a reporting verb is mentioned, not reported
    return true;
  }

  /** Whether a verb (or predicate) is the clause a speech verb reports: "said that ...", "disclosed that ...". */
  private boolean reported(Sentence s, ParseGraph g, int verb) {
    for (Dependency up : g.heads(verb)) {
      if (up.governor() < 0 || !up.relation().equals("ccomp")) continue;
      String lemma = s.token(up.governor()).lemma();
      if (makesPublic(lemma)) return true;
    }
    return false;
  }

  /** Verbs that make public what their clause says, besides the speech verbs of cues.tsv. */
  private static final Set<String> REPORTED_BY = Set.of("disclose", "announce", "reveal", "confirm", "state", "add");

  /** Whether a verb makes public what its clause says: "said that ...", "told him that ...", "announced that ...". */
  boolean makesPublic(String lemma) {
    return cues.is("speech-verb", lemma) || cues.is("addressee-verb", lemma) || REPORTED_BY.contains(lemma);
  }

  private static boolean hasPerfect(Sentence s, ParseGraph g, int verb) {
    for (int a : g.children(verb, "aux")) if (s.token(a).lemma().equals("have")) return true;
    return false;
  }

  private static boolean hasChildSubtype(ParseGraph g, int token, String subtype) {
    for (Dependency d : g.children(token)) if (subtype.equals(d.subtype())) return true;
    return false;
  }

  /** "held five phone calls", "16 rounds of talks": a number on the object sums up several events. */
  private boolean countedObject(Sentence s, ParseGraph g, int verb) {
    for (int o : g.children(verb, "obj")) {
      // "amassed 100,000 troops" counts soldiers, not events
      if (!eventNoun.test(s.token(o).lemma()) && !s.token(o).lemma().equals("round")) continue;
      for (int n : g.children(o, "nummod")) {
        String w = s.token(n).word();
        if (!w.equals("1") && !w.equalsIgnoreCase("one")) return true;
      }
    }
    return false;
  }

  static boolean isAfter(String date, LocalDate published) {
    try {
      if (date.length() == 10) return LocalDate.parse(date).isAfter(published.plusDays(1));
      if (date.length() == 7) return LocalDate.parse(date + "-01").isAfter(published.withDayOfMonth(1));
      return Integer.parseInt(date) > published.getYear();
    } catch (DateTimeParseException | NumberFormatException e) {
      return false;
    }
  }

  /** A date well before publication (more than {@code days}): recalled history, not the day's news. */
  private static boolean isBeforeBy(String date, LocalDate published, int days) {
    try {
      if (date.length() == 10) return LocalDate.parse(date).isBefore(published.minusDays(days));
      if (date.length() == 7) {
        return LocalDate.parse(date + "-01").isBefore(published.withDayOfMonth(1).minusMonths(Math.max(1, days / 30)));
      }
      return Integer.parseInt(date) < published.getYear();
    } catch (DateTimeParseException | NumberFormatException e) {
      return false;
    }
  }

}
