package org.entente.actors;

import org.entente.core.ActorMention;
import org.entente.core.Dependency;
import org.entente.core.Sentence;
import org.entente.core.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds actor mentions in tokenised sentences and resolves them to codes. Works on tokens and POS tags only, so
 * it can run before the (expensive) parse and decide which sentences deserve one.
 *
 * <p>What it does, in order: longest dictionary match at each token; hyphenated compounds ("Sino-Russian",
 * "Russia-China"); a state word followed in its noun phrase by an agent word takes that sector ("the Russian
 * military" is {@code RUSMIL}) or by a person merges into that person ("Russian Foreign Minister Sergei Lavrov");
 * "the minister of X"; later surname-only mentions of people named earlier in the document; "he/his" for the
 * person last named; "the two countries/leaders" for the document's main pair of states. Capitals are actors only
 * as metonyms, never after a locative preposition ("talks in Beijing").
 */
public final class ActorResolver {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
      "throughout", "within", "via", "through");
  private static final Set<String> PAIR_NOUNS = Set.of("countries", "nations", "sides", "states", "neighbours",
      "neighbors", "powers", "governments", "leaders", "presidents", "capitals", "militaries", "armies", "partners",
      "allies", "giants", "heads", "ministers", "countries'", "leaders'");
  private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her");
  /**
   * Sectors whose people "in" a state are that state's ("protesters in Hong Kong", "rebels in Mali"); soldiers,
   * officials and diplomats in a state are often foreign, so they are not among them.
   */
  private static final Set<String> LOCAL_SECTORS = Set.of("REB", "CVL", "OPP", "ACT", "COP", "LAB", "BUS", "INS", "EDU", "JUD",
      "LEG");
  /** Bodies a leader heads, named after the leader: "the Bush administration", "the Putin government". */
  private static final Set<String> HEADED_BODIES = Set.of("administration", "government", "cabinet", "regime");
  /** Officials a city or region has of its own ("the mayor of Nablus", "the government of Sindh"). */
  private static final Set<String> LOCAL_GOVERNMENT = Set.of("government", "authorities", "governor", "mayor", "police",
      "administration", "council", "governorate", "prefect", "municipality");
  /** Prefixes of a hyphenated word that make it a stance toward a state ("anti-Syria"), not the state. */
  private static final Set<String> STANCE_PREFIXES = Set.of("anti", "pro", "non");
  /** States whose people are named family name first in English news. */
  private static final Set<String> SURNAME_FIRST = Set.of("CHN", "TWN", "HKG", "PRK", "KOR", "VNM", "KHM");
  private static final Comparator<ActorMention> BY_POSITION =
      Comparator.comparingInt(ActorMention::startToken).thenComparing(ActorMention::code);

  private final ActorDictionary dictionary;
  private final boolean historicalStates;

  public ActorResolver(ActorDictionary dictionary) { this(dictionary, false); }

  /**
   * @param historicalStates keep former states under their own code (the Soviet Union as SUN) instead of coding
   *                         them as their successor (RUS), which is the default
   */
  public ActorResolver(ActorDictionary dictionary, boolean historicalStates) {
    this.dictionary = dictionary;
    this.historicalStates = historicalStates;
  }

  public ActorDictionary dictionary() { return dictionary; }

  /** Mentions of every sentence of one document, the list index being the sentence index. */
  public List<List<ActorMention>> resolve(List<Sentence> sentences, LocalDate date) {
    DocumentState doc = new DocumentState();
    List<List<ActorMention>> out = new ArrayList<>();
    for (Sentence s : sentences) out.add(resolveSentence(s, date, doc));
    resolvePairs(out, doc);
    return out;
  }

  private List<ActorMention> resolveSentence(Sentence s, LocalDate date, DocumentState doc) {
    List<Token> tokens = s.tokens();
    List<Match> matches = matchAll(tokens);
    List<ActorMention> mentions = new ArrayList<>();
    boolean[] used = new boolean[matches.size()];
    List<Match> unplaced = new ArrayList<>();
    for (int m = 0; m < matches.size(); m++) {
      Match match = matches.get(m);
      if (used[m] || match.sectorGiven) continue;
      if (namesWater(tokens, match.start, match.end)) continue;
      Entry e = match.entry;
      switch (e.kind()) {
        case PERSON -> {
          for (Entry part : match.compoundParts != null ? match.compoundParts : List.of(e)) {
            // the words before the name may give the post ("Prime Minister Ehud Barak", "President Bush")
            String titled = s.span(Math.max(0, match.start - 3), match.end);
            Optional<String> code = dictionary.personCode(part.person(), date, titled);
            if (code.isEmpty() && match.end < tokens.size() && HEADED_BODIES.contains(tokens.get(match.end).lemma())) {
              // "the Bush administration" in a text dated before his term: his administration is his government
              code = part.person().roles().stream().filter(r -> r.code().endsWith("GOV")).map(Role::code).findFirst();
            }
            if (code.isEmpty()) continue;
            mentions.add(mention(s, match.start, match.end, code.get(), part, "person"));
            doc.seen(part.person());
          }
        }
        case ORGANISATION, INSTITUTION, SEAT ->
            mentions.add(mention(s, match.start, match.end, e.code(), e, e.kind().name().toLowerCase(Locale.ROOT)));
        case CAPITAL -> {
          // "talks in Beijing": a place, kept for patterns that want one ("arrived in Moscow") but no actor
          boolean place = match.start > 0 && LOCATIVE.contains(tokens.get(match.start - 1).word().toLowerCase(Locale.ROOT))
              // "the Vienna talks", "the Beijing Games": the place an occasion is named after
              || occasionAfter(tokens, match.end);
          mentions.add(mention(s, match.start, match.end, e.code(), e, place ? "capital-place" : "capital"));
        }
        case PLACE -> {
          // "protesters in Kirkuk", "the northern city of Samarra": where something happened, in its state
          if (locatedAt(tokens, match.start) || namesPlaceBefore(tokens, match.end)) {
            mentions.add(mention(s, match.start, match.end, e.code(), e, "place"));
          }
        }
        case STATE, ADJECTIVE, PREFIX -> {
          int consumed = composeState(s, matches, m, date, mentions, doc);
          for (int k = m; k <= consumed; k++) used[k] = true;
        }
        case AGENT -> {
          ActorMention owned = ownedAgent(s, match, mentions);
          if (owned != null) {
            mentions.add(owned);
            continue;
          }
          int before = mentions.size();
          if (!composeAgentOf(s, matches, m, mentions)) definiteRole(s, match, date, mentions, doc);
          if (mentions.size() == before && (LOCAL_SECTORS.contains(e.code()) || titledName(s, match) > match.end)) {
            unplaced.add(match);
          }
        }
      }
    }
    addSurnames(s, mentions, date, doc);
    addPronouns(s, mentions, date, doc);
    addQuotedSpeakers(s, mentions, doc);
    addPairPlaceholders(s, mentions);
    mentions.sort(BY_POSITION);
    java.util.Set<String> states = new java.util.TreeSet<>();
    for (ActorMention a : mentions) {
      if (a.code().startsWith("@") || a.matchedBy().contains("place") || !dictionary.isState(a.state())) continue;
      doc.count(a.state());
      states.add(a.state());
    }
    doc.together(states);
    placeLocalAgents(s, unplaced, mentions);
    placeEthnicGroups(s, mentions);
    List<Person> people = new ArrayList<>();
    for (ActorMention a : mentions) {
      if (a.matchedBy().contains("person") || a.matchedBy().equals("surname")) dictionary.person(a.entry()).ifPresent(people::add);
    }
    if (!people.isEmpty()) {
      doc.previousPeople = people;
      doc.previousSentence = s.index();
    } else if (doc.previousSentence == s.index() - 1 && !mentions.isEmpty()) {
      doc.previousSentence = s.index(); // a sentence naming only states keeps the thread going
    }
    return mentions;
  }

  /**
   * "Ukraine said its forces had clashed with ...": "its" before an agent noun that a verb follows is the state named
   * last before it in the sentence (not a place).
   */
  private ActorMention ownedAgent(Sentence s, Match match, List<ActorMention> mentions) {
    if (match.start == 0 || !s.token(match.start - 1).word().equalsIgnoreCase("its")) return null;
    // only as a subject ("its forces had clashed"): as an object "its" may be the speaker's ("Kyiv said Moscow
    // attacked its forces")
    if (match.end >= s.tokens().size() || !s.token(match.end).pos().matches("VB[DPZ]|MD")) return null;
    ActorMention owner = null;
    for (ActorMention a : mentions) {
      if (a.endToken() <= match.start - 1 && !a.matchedBy().contains("place") && a.code().length() == 3
          && dictionary.isState(a.code())) {
        owner = a;
      }
    }
    if (owner == null) return null;
    return new ActorMention(match.start - 1, match.end, headOf(s, match.start - 1, match.end),
        s.span(match.start - 1, match.end), owner.code() + match.entry.code(), owner.entry(), "its+agent:" + match.entry.phrase());
  }

  /** Groups that belong to the state where they act, when no state is named for them. */
  private static final Set<String> PLACED_GROUPS = Set.of("REB", "OPP", "COP", "ACT", "LAB");
  /** People often of another state than the place they are in: "refugees in Lebanon", "settlers in the West Bank". */
  private static final Set<String> FOREIGN_OFTEN = Set.of("refugee", "migrant", "settler", "hostage", "national",
      "asylum seeker", "asylum-seeker", "evacuee");
  /** Civilians and students, who are of the place they act in; refugees, migrants, settlers and captives often are not. */
  private static final Set<String> PLACED_PHRASES = Set.of("protester", "demonstrator", "activist", "striker", "student",
      "worker", "farmer", "villager", "resident", "civilian", "crowd", "citizen", "inhabitant", "people", "youth", "protestor",
      "rioter", "supporter", "landowner");

  /**
   * "Police arrested opposition leaders in Khartoum": rebels, protesters, police, the opposition and other local
   * groups named without a state belong to the one state the sentence names (as an actor or a place), when it names
   * only one; so does a head of state or judge the dictionary does not know ("President Juvenal Habyarimana").
   */
  private void placeLocalAgents(Sentence s, List<Match> unplaced, List<ActorMention> mentions) {
    if (unplaced.isEmpty()) return;
    java.util.Set<String> where = new java.util.TreeSet<>();
    for (ActorMention a : mentions) {
      if (!a.code().startsWith("@") && dictionary.isState(a.state())) where.add(a.state());
    }
    if (where.size() != 1) return;
    String state = where.iterator().next();
    for (Match agent : unplaced) {
      if (covered(mentions, agent.end - 1)) continue;
      // "President Juvenal Habyarimana", unknown to the dictionary: the head of the one state the sentence names
      int named = titledName(s, agent);
      if (named > agent.end) {
        // only where the state is named as the home of others in the sentence ("Rwandan rebels", "UNITA"), not
        // merely as a place or a destination ("visited Kenya"), and not for "President X of Y"
        boolean home = mentions.stream().anyMatch(m -> m.state().equals(state) && (m.code().length() == 6
            || m.matchedBy().contains("adjective")));
        boolean ofElsewhere = named < s.tokens().size() && s.token(named).word().equals("of");
        if (!home || ofElsewhere || covered(mentions, named - 1)) continue;
        mentions.add(new ActorMention(agent.start, named, named - 1, s.span(agent.start, named), state + agent.entry.code(),
            agent.entry.phrase(), "local-title:" + agent.entry.phrase()));
        continue;
      }
      if (!placeable(s, agent)) continue;
      mentions.add(new ActorMention(agent.start, agent.end, agent.end - 1, s.span(agent.start, agent.end),
          state + agent.entry.code(), agent.entry.phrase(), "local-agent:" + agent.entry.phrase()));
    }
    mentions.sort(BY_POSITION);
  }

  /**
   * After the parse: "Residents marched through Hong Kong against the Chinese government's ban". Where a sentence names
   * several states, civilians and local groups whose verb (they are its subject or object) is set in one of them
   * ("in", "at") belong to it; not "its citizens", who are the possessor's. Returns the mentions with those added.
   */
  public List<ActorMention> placeByParse(Sentence s, List<ActorMention> mentions) {
    // with one state named, resolving placed its groups already; with none there is no state to place them in
    long named = mentions.stream().filter(m -> !m.code().startsWith("@") && dictionary.isState(m.state()))
        .map(ActorMention::state).distinct().count();
    if (s.dependencies().isEmpty() || named < 2) return mentions;
    List<ActorMention> out = new ArrayList<>(mentions);
    for (Match agent : matchAll(s.tokens())) {
      if (agent.entry.kind() != EntryKind.AGENT || covered(out, agent.end - 1) || !placeable(s, agent)) continue;
      int head = agent.end - 1;
      if (s.children(head).stream().anyMatch(d -> d.relation().equals("nmod:poss"))) continue;
      java.util.Set<String> states = new java.util.TreeSet<>();
      for (Dependency h : s.heads(head)) {
        if (h.governor() < 0 || !(h.relation().startsWith("nsubj") || h.relation().equals("obj"))) continue;
        for (Dependency d : s.children(h.governor())) {
          if (!d.relation().equals("obl:in") && !d.relation().equals("obl:at")) continue;
          for (ActorMention m : mentions) {
            if (m.covers(d.dependent()) && !m.code().startsWith("@") && dictionary.isState(m.state())) states.add(m.state());
          }
        }
      }
      if (states.size() != 1) continue;
      out.add(new ActorMention(agent.start, agent.end, head, s.span(agent.start, agent.end),
          states.iterator().next() + agent.entry.code(), agent.entry.phrase(), "acting-in:" + agent.entry.phrase()));
    }
    out.sort(BY_POSITION);
    return out;
  }

  /** A group that belongs where it acts: a local group or civilians, not a capitalised word inside a name. */
  private static boolean placeable(Sentence s, Match agent) {
    // "the Department of National Defence": a capitalised word inside a name is no group of people
    if (agent.start > 0 && Character.isUpperCase(s.token(agent.start).word().charAt(0))) return false;
    return PLACED_GROUPS.contains(agent.entry.code()) || PLACED_PHRASES.contains(agent.entry.phrase());
  }

  /**
   * "ethnic Albanians in Serbia", "ethnic Turks protesting Sweden's decision": a minority named by its kin state's
   * demonym belongs to the state it lives in, when the sentence names exactly one other; sector {@code ETH} unless
   * the phrase gave one ("ethnic Albanian guerrillas" stays {@code REB}).
   */
  private void placeEthnicGroups(Sentence s, List<ActorMention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention group = mentions.get(i);
      if (group.startToken() == 0 || !s.token(group.startToken() - 1).word().equalsIgnoreCase("ethnic")) continue;
      if (!dictionary.isState(group.state()) || group.matchedBy().contains("person")) continue;
      java.util.Set<String> others = new java.util.TreeSet<>();
      for (ActorMention a : mentions) {
        if (a != group && !a.code().startsWith("@") && dictionary.isState(a.state()) && !a.state().equals(group.state())
            && !(a.startToken() > 0 && s.token(a.startToken() - 1).word().equalsIgnoreCase("ethnic"))) {
          others.add(a.state());
        }
      }
      if (others.size() != 1) continue;
      String sector = group.code().length() > 3 ? group.code().substring(3) : "ETH";
      mentions.set(i, group.withCode(others.iterator().next() + sector, "ethnic"));
    }
  }

  /** Titles of heads of state and government (and judges) that precede a name: "President Juvenal Habyarimana". */
  private static final Set<String> HEAD_TITLES = Set.of("president", "prime minister", "premier", "king", "emir", "sultan",
      "chancellor", "judge");

  /**
   * The end of a name that follows a capitalised head-of-state title ("President Dos Santos"), or -1: one to three
   * proper nouns.
   */
  private static int titledName(Sentence s, Match agent) {
    if (agent.entry.kind() != EntryKind.AGENT || !HEAD_TITLES.contains(agent.entry.phrase())) return -1;
    if (!Character.isUpperCase(s.token(agent.start).word().charAt(0))) return -1;
    int end = agent.end;
    while (end < s.tokens().size() && end - agent.end < 3 && s.token(end).pos().equals("NNP")) end++;
    if (end == agent.end || end < s.tokens().size() && s.token(end).pos().equals("NNP")) return -1;
    return end;
  }

  /** A state word, and what follows it in the same noun phrase; returns the last match index it consumed. */
  private int composeState(Sentence s, List<Match> matches, int m, LocalDate date, List<ActorMention> out,
                           DocumentState doc) {
    Match first = matches.get(m);
    String state = first.entry.code();
    int end = first.end;
    // possessive: "China's"
    if (end < s.tokens().size() && isPossessive(s.token(end))) end++;
    for (int k = m + 1; k < matches.size(); k++) {
      Match next = matches.get(k);
      if (!inSameNounPhrase(s, end, next.start)) break;
      Entry e = next.entry;
      if (e.kind() == EntryKind.PERSON) {
        Optional<String> code = dictionary.personCode(e.person(), date, s.span(first.start, next.end));
        if (code.isEmpty()) break;
        out.add(mention(s, first.start, next.end, code.get(), e, "title+person"));
        doc.seen(e.person());
        return k;
      }
      if (e.kind() == EntryKind.AGENT) {
        // keep looking: "Russian Foreign Minister Sergei Lavrov" ends in a person
        int personAt = -1;
        for (int j = k + 1; j < matches.size(); j++) {
          Match later = matches.get(j);
          if (!inSameNounPhrase(s, matches.get(j - 1).end, later.start)) break;
          if (later.entry.kind() == EntryKind.PERSON) { personAt = j; break; }
          if (later.entry.kind() != EntryKind.AGENT) break;
        }
        if (personAt >= 0) {
          Match p = matches.get(personAt);
          Optional<String> code = dictionary.personCode(p.entry.person(), date, s.span(first.start, p.end));
          if (code.isPresent()) {
            out.add(mention(s, first.start, p.end, code.get(), p.entry, "title+person"));
            doc.seen(p.entry.person());
            return personAt;
          }
        }
        out.add(mention(s, first.start, next.end, state + e.code(), first.entry, "state+agent:" + e.phrase()));
        return k;
      }
      if (e.kind().namesState() || e.kind() == EntryKind.CAPITAL) break;
      if (e.kind() == EntryKind.INSTITUTION || e.kind() == EntryKind.ORGANISATION || e.kind() == EntryKind.SEAT) {
        // "the Chinese Communist Party newspaper Global Times": the named body decides.
        out.add(mention(s, first.start, next.end, e.code(), e, "state+" + e.kind().name().toLowerCase(Locale.ROOT)));
        return k;
      }
    }
    if (first.compoundParts != null) {
      for (Entry part : first.compoundParts) out.add(mention(s, first.start, first.end, part.code(), part, "compound"));
    } else {
      out.add(mention(s, first.start, first.end, state, first.entry, first.entry.kind().name().toLowerCase(Locale.ROOT)));
    }
    return m;
  }

  /**
   * "the minister", "the Russian leader" after "Sergei Lavrov": a definite role word refers to the person named
   * most recently in the document whose post on the date has that title.
   */
  private void definiteRole(Sentence s, Match agent, LocalDate date, List<ActorMention> out, DocumentState doc) {
    if (agent.start == 0 || !s.token(agent.start - 1).word().equalsIgnoreCase("the")) return;
    if (agent.end < s.tokens().size() && s.token(agent.end).pos().startsWith("NNP")) return; // "the minister Wang"
    String title = agent.entry.phrase().toLowerCase(Locale.ROOT);
    for (int i = doc.people.size() - 1; i >= 0; i--) {
      Person p = doc.people.get(i);
      Optional<Person.Tenure> tenure = p.roleOn(date);
      if (tenure.isEmpty() || tenure.get().former()) continue;
      if (!tenure.get().role().title().toLowerCase(Locale.ROOT).contains(title)) continue;
      Optional<String> code = dictionary.personCode(p, date);
      if (code.isEmpty()) return;
      out.add(new ActorMention(agent.start - 1, agent.end, agent.end - 1, s.span(agent.start - 1, agent.end), code.get(),
          p.name(), "definite-role"));
      return;
    }
  }

  /** "the foreign ministers of China and Russia": the agent gives its sector to the states after "of". */
  private boolean composeAgentOf(Sentence s, List<Match> matches, int m, List<ActorMention> out) {
    Match agent = matches.get(m);
    List<Token> t = s.tokens();
    int i = agent.end;
    // the agent noun may be followed by more of its phrase: "heads of governments of China and Russia"; people of
    // a place rather than of a state ("rebels in the Ivory Coast", "police in Guinea") are that place's own
    boolean in = i < t.size() && t.get(i).word().equalsIgnoreCase("in") && LOCAL_SECTORS.contains(agent.entry.code())
        && !FOREIGN_OFTEN.contains(agent.entry.phrase());
    if (i >= t.size() || !(t.get(i).word().equalsIgnoreCase("of") || in)) return false;
    i++;
    if (i < t.size() && t.get(i).word().equalsIgnoreCase("the")) i++;
    if (!in && LOCAL_GOVERNMENT.contains(agent.entry.phrase())) {
      // "the governor of the eastern port city of Odesa": the place named after its kind
      for (int j = i; j + 1 < t.size() && j < i + 6; j++) {
        if (PLACE_KIND_AFTER.contains(t.get(j).lemma()) && t.get(j + 1).word().equalsIgnoreCase("of")) {
          i = j + 2;
          break;
        }
        if (!t.get(j).pos().startsWith("NN") && !t.get(j).pos().startsWith("JJ")) break;
      }
    }
    for (int k = m + 1; k < matches.size(); k++) {
      Match next = matches.get(k);
      if (next.start < i) continue; // "the mayor of the Gaza border town of Sderot": a name within the kind of place
      // "demonstrators in Baghdad": a capital after "in" is a place too, and its people are its state's
      // ... and so are "the government of Sindh province", "the mayor of Kyiv": a place's own officials
      boolean capital = (next.entry.kind() == EntryKind.CAPITAL || next.entry.kind() == EntryKind.PLACE)
          && (in || LOCAL_GOVERNMENT.contains(agent.entry.phrase()));
      if (next.start != i || !(next.entry.kind().namesState() || capital)) return true;
      // replace the plain state mention that composeState would add later by a sectored one
      String state = capital ? next.entry.code().substring(0, 3) : next.entry.code();
      ActorMention placed = mention(s, in ? agent.start : next.start, next.end, state + agent.entry.code(), next.entry,
          "agent-of:" + agent.entry.phrase());
      // "students in Jakarta" stands in the tree where "students" does
      out.add(in ? new ActorMention(placed.startToken(), placed.endToken(), agent.end - 1, placed.text(), placed.code(),
          placed.entry(), placed.matchedBy()) : placed);
      next.sectorGiven = true;
      i = next.end;
      if (i < t.size() && (t.get(i).word().equals(",") || t.get(i).word().equalsIgnoreCase("and"))) i++;
      if (i < t.size() && t.get(i).word().equalsIgnoreCase("and")) i++;
    }
    return true;
  }

  private void addSurnames(Sentence s, List<ActorMention> mentions, LocalDate date, DocumentState doc) {
    for (Token t : s.tokens()) {
      if (!t.isProperNoun() || covered(mentions, t.index())) continue;
      Person p = doc.bySurname.get(t.word());
      if (p == null) continue;
      dictionary.personCode(p, date).ifPresent(code -> {
        mentions.add(new ActorMention(t.index(), t.index() + 1, t.index(), t.word(), code, p.name(), "surname"));
        doc.seen(p);
      });
    }
  }

  private void addPronouns(Sentence s, List<ActorMention> mentions, LocalDate date, DocumentState doc) {
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!PRONOUNS.contains(w) || covered(mentions, t.index())) continue;
      // the person named earlier in this sentence; else, for "He said ..." the previous sentence's first person
      // (English subjects come first), else its last
      Person p = null;
      ActorMention holder = null;
      for (ActorMention a : mentions) {
        if (a.startToken() >= t.index()) continue;
        if (a.matchedBy().contains("person")) {
          p = dictionary.person(a.entry()).orElse(p);
          holder = null;
        } else if (holdsPost(a)) {
          // "Germany's foreign minister ... during her visit": the post named before, not a person of an earlier sentence
          holder = a;
        }
      }
      if (holder != null) {
        mentions.add(new ActorMention(t.index(), t.index() + 1, t.index(), t.word(), holder.code(), holder.entry(), "pronoun"));
        continue;
      }
      if (p == null && doc.previousPeople.size() > 0 && doc.previousSentence == s.index() - 1) {
        p = t.index() <= 2 ? doc.previousPeople.get(0) : doc.previousPeople.get(doc.previousPeople.size() - 1);
      }
      if (p == null) continue;
      Person person = p;
      dictionary.personCode(person, date).ifPresent(code ->
          mentions.add(new ActorMention(t.index(), t.index() + 1, t.index(), t.word(), code, person.name(), "pronoun")));
    }
  }

  /** Posts one person holds: a pronoun after "the Indian foreign minister" in the same sentence is that person. */
  private static final Set<String> ONE_PERSON_POSTS = Set.of("minister", "president", "premier", "chancellor", "leader",
      "king", "queen", "emir", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary", "chief",
      "commander", "governor", "mayor", "prince", "sultan", "monarch", "diplomat", "official");

  private static boolean holdsPost(ActorMention a) {
    if (!a.matchedBy().startsWith("state+agent:")) return false;
    String phrase = a.matchedBy().substring("state+agent:".length());
    return ONE_PERSON_POSTS.contains(phrase.substring(phrase.lastIndexOf(' ') + 1));
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
  private static final Set<String> REPORTING_VERBS = readWords("reporting-verbs.txt");
  private static final Set<String> OCCASION_NOUNS = readWords("occasion-nouns.txt");
  private static final Set<String> PLACE_EVENT_NOUNS = readWords("place-event-nouns.txt");

  /** Nouns that introduce a place's name with "of": "the city of Kirkuk", "the province of Sindh". */
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "region", "district",
      "state", "governorate", "oblast", "county", "area", "port", "enclave", "capital");

  /**
   * Whether a place name at {@code start} is set as a place: after a locative preposition or "from" ("in Kirkuk",
   * "in southern Kirkuk", "fired from Khan Younis"), or after "the city of", "the shelling of" and the like.
   */
  private static boolean locatedAt(List<Token> tokens, int start) {
    int i = start - 1;
    // "in southern Kirkuk", "in the restive Helmand": a direction or adjective between
    while (i >= 0 && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().equals("DT")) && start - i <= 3) i--;
    if (i < 0) return false;
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (LOCATIVE.contains(w) || w.equals("from")) return true;
    // "the city of Kirkuk"; "the shelling of Kherson", "the siege of Mariupol"
    return w.equals("of") && i > 0
        && (PLACE_NOUNS.contains(tokens.get(i - 1).lemma()) || PLACE_EVENT_NOUNS.contains(tokens.get(i - 1).lemma())
        || PLACE_EVENT_NOUNS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)));
  }

  /** Words for a kind of place that a place name may come before: "the Jenin refugee camp", "the Kharkiv region". */
  private static final Set<String> PLACE_KIND_AFTER = Set.of("region", "province", "district", "area", "city", "town",
      "village", "port", "airport", "airbase", "base", "camp", "oblast", "governorate", "county", "valley", "sector");

  private static final Set<String> WATERS = Set.of("sea", "ocean", "gulf", "bay");

  /**
   * "the South China Sea", "the Sea of Japan", "the Gulf of Oman", "the Philippine Sea": a state's name inside the
   * name of a sea is neither the state nor a place of it.
   */
  private static boolean namesWater(List<Token> tokens, int start, int end) {
    if (end < tokens.size() && WATERS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
        && Character.isUpperCase(tokens.get(end).word().charAt(0))) {
      return true;
    }
    return start >= 2 && tokens.get(start - 1).word().equals("of")
        && WATERS.contains(tokens.get(start - 2).word().toLowerCase(Locale.ROOT))
        && Character.isUpperCase(tokens.get(start - 2).word().charAt(0));
  }

  /** Whether a place name ending before {@code end} modifies a word for a kind of place ("Jenin refugee camp"). */
  private static boolean namesPlaceBefore(List<Token> tokens, int end) {
    for (int i = end; i < tokens.size() && i <= end + 1; i++) {
      if (PLACE_KIND_AFTER.contains(tokens.get(i).lemma())) return true;
      if (!tokens.get(i).pos().startsWith("NN") && !tokens.get(i).pos().startsWith("JJ")) return false;
    }
    return false;
  }

  /** An occasion noun at {@code i}, or after up to two words naming it ("the Beijing Summer Olympics"). */
  private static boolean occasionAfter(List<Token> tokens, int i) {
    for (int j = i; j < tokens.size() && j <= i + 2; j++) {
      if (isOccasion(tokens.get(j))) return true;
      if (!tokens.get(j).pos().matches("NNP|NN|JJ|CD")) return false;
    }
    return false;
  }

  private static boolean isOccasion(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return OCCASION_NOUNS.contains(t.lemma()) || OCCASION_NOUNS.contains(w)
        || w.endsWith("s") && OCCASION_NOUNS.contains(w.substring(0, w.length() - 1));
  }

  private static Set<String> readWords(String name) {
    java.io.InputStream in = ActorResolver.class.getClassLoader().getResourceAsStream(ActorDictionary.RESOURCE_DIR + name);
    if (in == null) return Set.of();
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * "“I will soon pay a state visit,” Xi wrote": first-person words inside quotation marks are the speaker, the
   * actor named outside the quotation in a sentence with a reporting verb; a quotation that goes on in the next
   * sentence keeps its speaker.
   */
  private void addQuotedSpeakers(Sentence s, List<ActorMention> mentions, DocumentState doc) {
    List<Token> t = s.tokens();
    boolean[] quoted = new boolean[t.size()];
    boolean inside = false, anyQuote = false;
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      boolean open = w.equals("\u201c") || w.equals("``"), close = w.equals("\u201d") || w.equals("''"), straight = w.equals("\"");
      if (open || close || straight) {
        anyQuote = true;
        inside = open || (straight && !inside);
        continue;
      }
      quoted[i] = inside;
    }
    if (!anyQuote) {
      doc.quoteSpeaker = null;
      return;
    }
    ActorMention speaker = null;
    boolean reporting = false;
    for (int i = 0; i < t.size(); i++) if (!quoted[i] && REPORTING_VERBS.contains(t.get(i).lemma())) reporting = true;
    if (reporting) {
      for (ActorMention m : mentions) {
        if (quoted[m.headToken()] || m.code().startsWith("@")) continue;
        if (speaker == null || m.matchedBy().contains("person") && !speaker.matchedBy().contains("person")) speaker = m;
      }
    }
    // a sentence that opens with a quotation and names no speaker goes on quoting the previous speaker
    boolean opensWithQuote = t.size() > 1 && quoted[1] && !quoted[0];
    if (speaker == null && opensWithQuote) speaker = doc.quoteSpeaker;
    doc.quoteSpeaker = speaker;
    if (speaker == null) return;
    for (Token token : t) {
      if (!quoted[token.index()] || !FIRST_PERSON.contains(token.word().toLowerCase(Locale.ROOT)) || covered(mentions, token.index())) continue;
      mentions.add(new ActorMention(token.index(), token.index() + 1, token.index(), token.word(), speaker.code(),
          speaker.entry(), "quoted-speaker"));
    }
  }

  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "themselves");

  /** "the two countries", "both sides": placeholders, replaced by the document's main pair once it is known. */
  private void addPairPlaceholders(Sentence s, List<ActorMention> mentions) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      // "they", "their", "the leaders": the pair, but only where both were just named (checked in resolvePairs)
      String w = t.get(i).word().toLowerCase(Locale.ROOT);
      boolean leaders = w.equals("leaders") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the");
      if ((PLURAL_PRONOUNS.contains(w) || leaders) && !covered(mentions, i)) {
        int start = leaders ? i - 1 : i;
        mentions.add(new ActorMention(start, i + 1, i, s.span(start, i + 1), "@THEY" + (leaders ? "GOV" : ""), null,
            "pair-pronoun"));
      }
    }
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).word().toLowerCase(Locale.ROOT);
      boolean two = w.equals("two") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the");
      boolean both = w.equals("both") && i + 1 < t.size() && PAIR_NOUNS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT));
      if (!two && !both) continue;
      int noun = i + 1;
      while (noun < t.size() && t.get(noun).pos().startsWith("JJ")) noun++;
      if (noun >= t.size() || !PAIR_NOUNS.contains(t.get(noun).word().toLowerCase(Locale.ROOT))) continue;
      if (covered(mentions, noun)) continue;
      String n = t.get(noun).word().toLowerCase(Locale.ROOT);
      String sector = n.startsWith("leader") || n.startsWith("president") || n.startsWith("government")
          || n.startsWith("head") || n.startsWith("minister") || n.startsWith("capital") ? "GOV"
          : n.startsWith("militar") || n.startsWith("arm") ? "MIL" : "";
      int start = two ? i - 1 : i;
      mentions.add(new ActorMention(start, noun + 1, noun, s.span(start, noun + 1), "@PAIR" + sector, null, "pair"));
    }
  }

  private void resolvePairs(List<List<ActorMention>> all, DocumentState doc) {
    List<String> pair = doc.mainPair();
    for (int index = 0; index < all.size(); index++) {
      List<ActorMention> list = all.get(index);
      List<ActorMention> resolved = new ArrayList<>();
      for (ActorMention a : list) {
        if (!a.code().startsWith("@")) { resolved.add(a); continue; }
        if (pair.size() < 2) continue;
        if (a.code().startsWith("@THEY") && !pairJustNamed(all, index, a.startToken(), pair)) continue;
        String sector = a.code().substring(5);
        // "Blinken met Xi in Beijing. The two sides agreed ...": two states just named are the two sides meant
        List<String> sides = a.code().startsWith("@PAIR") ? pairJustBefore(all, index, a.startToken(), pair) : pair;
        for (String state : sides) {
          resolved.add(new ActorMention(a.startToken(), a.endToken(), a.headToken(), a.text(), state + sector,
              dictionary.stateName(state).orElse(state), "pair"));
        }
      }
      resolved.sort(BY_POSITION);
      list.clear();
      list.addAll(resolved);
    }
  }

  /**
   * The two states named in this sentence before a mention of "the two sides", or else in the sentence before, when
   * exactly two are named there; otherwise the document's pair.
   */
  private static List<String> pairJustBefore(List<List<ActorMention>> all, int sentence, int token, List<String> pair) {
    java.util.Set<String> here = statesNamed(all.get(sentence), token);
    if (here.isEmpty() && sentence > 0) here = statesNamed(all.get(sentence - 1), Integer.MAX_VALUE);
    return here.size() == 2 ? List.copyOf(here) : pair;
  }

  /** The states (three-letter codes) of the resolved mentions that start before a token, in order. */
  private static java.util.Set<String> statesNamed(List<ActorMention> mentions, int beforeToken) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (ActorMention m : mentions) {
      if (m.startToken() < beforeToken && !m.code().startsWith("@") && m.state().length() == 3) out.add(m.state());
    }
    return out;
  }

  /**
   * Both states of the pair named in this sentence before the pronoun, or in the sentence before; but not when this
   * sentence names before it another state and neither of the pair ("Washington and its allies warned that they
   * would ...": they are not the pair).
   */
  private boolean pairJustNamed(List<List<ActorMention>> all, int sentence, int token, List<String> pair) {
    java.util.Set<String> here = statesNamed(all.get(sentence), token);
    if (here.containsAll(pair)) return true;
    boolean other = here.stream().anyMatch(state -> !pair.contains(state));
    if (other && here.stream().noneMatch(pair::contains)) return false;
    return sentence > 0 && statesNamed(all.get(sentence - 1), Integer.MAX_VALUE).containsAll(pair);
  }

  // --- matching -------------------------------------------------------------------------------------------

  /** A dictionary phrase found at tokens [start, end). */
  private static final class Match {
    final int start, end;
    final Entry entry;
    final List<Entry> compoundParts;
    boolean sectorGiven;

    Match(int start, int end, Entry entry, List<Entry> compoundParts) {
      this.start = start; this.end = end; this.entry = entry; this.compoundParts = compoundParts;
    }
  }

  private List<Match> matchAll(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = longestAt(tokens, i);
      if (best != null && best.entry.kind() == EntryKind.PERSON) best = extendPerson(tokens, best);
      if (best == null) best = compoundAt(tokens.get(i));
      if (best != null) {
        out.add(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** "President Xi Jinping": an alias ("President Xi") overlapping a longer name of the same person takes it in. */
  private Match extendPerson(List<Token> tokens, Match m) {
    for (int k = m.start + 1; k < m.end; k++) {
      Match inner = longestAt(tokens, k);
      if (inner != null && inner.entry.person() == m.entry.person() && inner.end > m.end) {
        return new Match(m.start, inner.end, inner.entry, null);
      }
    }
    return m;
  }

  private Match longestAt(List<Token> tokens, int i) {
    String word = tokens.get(i).word();
    if (word.length() > 3 && word.endsWith("s") && Character.isUpperCase(word.charAt(0))) {
      // "the Russians", "Americans": a demonym in the plural names the state
      for (Entry e : dictionary.startingWith(word.substring(0, word.length() - 1))) {
        if (e.kind() == EntryKind.ADJECTIVE && e.words().size() == 1 && e.words().get(0).equals(word.substring(0, word.length() - 1))) {
          return new Match(i, i + 1, e, null);
        }
      }
    }
    List<Entry> candidates = dictionary.startingWith(tokens.get(i).word());
    String lemma = tokens.get(i).lemma();
    if (lemma != null && !lemma.equalsIgnoreCase(word)) {
      // "diplomats", "troops": agent words are listed in the singular and found through the lemma
      List<Entry> byLemma = dictionary.startingWith(lemma).stream().filter(e -> Phrases.isLower(e.words().get(0))).toList();
      if (!byLemma.isEmpty()) {
        List<Entry> merged = new ArrayList<>(candidates);
        merged.addAll(byLemma);
        merged.sort(Comparator.comparingInt((Entry x) -> -x.words().size()));
        candidates = merged;
      }
    }
    for (Entry e : candidates) {
      int n = e.words().size();
      if (i + n > tokens.size()) continue;
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        Token t = tokens.get(i + k);
        ok = Phrases.matches(e.words().get(k), t.word(), k == n - 1 ? t.lemma() : null);
      }
      if (!ok) continue;
      // a lone capitalised state word used as an ordinary word ("Turkey" at sentence start is still Turkey)
      if (e.kind() == EntryKind.AGENT && !isNominal(tokens.get(i + n - 1))) continue;
      return new Match(i, i + n, e, null);
    }
    return null;
  }

  /** "Sino-Russian", "Russia-China", "US-China", "Xi-Putin": one token naming two (or more) actors. */
  private Match compoundAt(Token t) {
    Match people = compoundPeople(t);
    if (people != null) return people;
    String w = t.word();
    if (w.indexOf('-') <= 0) return null;
    String[] parts = w.split("-");
    // "an anti-Syria journalist", "pro-Iranian militias": a stance toward a state, not a part of it
    if (STANCE_PREFIXES.contains(parts[0].toLowerCase(Locale.ROOT))) return null;
    List<Entry> found = new ArrayList<>();
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.isEmpty()) continue;
      Entry hit = null;
      for (Entry e : dictionary.startingWith(p < parts.length - 1 ? part + "-" : part)) {
        if (e.words().size() == 1 && (e.kind().namesState()) && Phrases.matches(e.words().get(0),
            p < parts.length - 1 && e.kind() == EntryKind.PREFIX ? part + "-" : part, null)) { hit = e; break; }
      }
      if (hit == null) {
        for (Entry e : dictionary.startingWith(part)) {
          if (e.words().size() == 1 && e.kind().namesState() && Phrases.matches(e.words().get(0), part, null)) {
            hit = e; break;
          }
        }
      }
      final Entry chosen = hit;
      if (chosen != null && found.stream().noneMatch(x -> x.code().equals(chosen.code()))) found.add(chosen);
    }
    if (found.isEmpty()) return null;
    return new Match(t.index(), t.index() + 1, found.get(0), found.size() > 1 ? found : null);
  }

  /** "Xi-Putin": every part a person of the dictionary. */
  private Match compoundPeople(Token t) {
    String w = t.word();
    if (w.indexOf('-') <= 0) return null;
    List<Entry> found = new ArrayList<>();
    for (String part : w.split("-")) {
      Entry hit = null;
      for (Entry e : dictionary.startingWith(part)) {
        if (e.kind() == EntryKind.PERSON && e.words().size() == 1 && e.words().get(0).equals(part)) { hit = e; break; }
      }
      if (hit == null) return null;
      found.add(hit);
    }
    return found.size() < 2 ? null : new Match(t.index(), t.index() + 1, found.get(0), found);
  }

  private static boolean inSameNounPhrase(Sentence s, int from, int to) {
    if (to - from > 4) return false;
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      String p = t.pos();
      if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("POS") || p.equals("HYPH") || p.equals("CD")
          || t.word().equals("-"))) return false;
    }
    return true;
  }

  private static boolean isNominal(Token t) { return t.pos().startsWith("NN") || t.pos().startsWith("JJ"); }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("\u2019s") || t.word().equals("'");
  }

  private static boolean covered(List<ActorMention> mentions, int token) {
    for (ActorMention a : mentions) if (a.covers(token)) return true;
    return false;
  }

  private ActorMention mention(Sentence s, int start, int end, String code, Entry e, String how) {
    if (!historicalStates && code.length() >= 3) {
      String state = code.substring(0, 3), successor = dictionary.successor(state);
      if (!successor.equals(state)) code = successor + code.substring(3);
    }
    return new ActorMention(start, end, headOf(s, start, end), s.span(start, end), code,
        e.person() != null ? e.person().name() : e.label(), how);
  }

  /** English noun phrases are head-final; skip a trailing possessive marker. */
  private static int headOf(Sentence s, int start, int end) {
    int h = end - 1;
    while (h > start && isPossessive(s.token(h))) h--;
    return h;
  }

  /** What the resolver remembers across the sentences of one document. */
  private static final class DocumentState {
    final Map<String, Person> bySurname = new HashMap<>();
    final Map<String, Integer> stateCounts = new HashMap<>();
    final Map<List<String>, Integer> pairCounts = new HashMap<>();
    List<Person> previousPeople = List.of();
    ActorMention quoteSpeaker;
    final List<Person> people = new ArrayList<>();
    int previousSentence = -10;

    void seen(Person p) {
      List<String> words = Phrases.words(p.name());
      if (words.size() > 1) {
        bySurname.put(words.get(words.size() - 1), p);
        // Chinese and Korean names put the family name first: "Wang Wenbin" is later "Wang"
        if (SURNAME_FIRST.contains(p.roles().get(0).code().length() >= 3 ? p.roles().get(0).code().substring(0, 3) : "")) {
          bySurname.put(words.get(0), p);
        }
      }
      people.remove(p);
      people.add(p);
    }

    void count(String state) { stateCounts.merge(state, 1, Integer::sum); }

    void together(java.util.Set<String> states) {
      List<String> list = new ArrayList<>(states);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) pairCounts.merge(List.of(list.get(i), list.get(j)), 1, Integer::sum);
      }
    }

    /**
     * The pair "the two countries" refers to: the two states named together in the most sentences (a document
     * about Russia and China names them side by side, while the US is named often but alone); failing that, the
     * two states named most, when both are named at least twice.
     */
    List<String> mainPair() {
      List<String> best = null;
      int bestCount = 1;
      for (Map.Entry<List<String>, Integer> e : pairCounts.entrySet()) {
        int count = e.getValue();
        if (count > bestCount || (count == bestCount && best != null && weight(e.getKey()) > weight(best))) {
          best = e.getKey();
          bestCount = count;
        }
      }
      if (best != null) return best;
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(stateCounts.entrySet());
      sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      if (sorted.size() < 2 || sorted.get(1).getValue() < 2) return List.of();
      return List.of(sorted.get(0).getKey(), sorted.get(1).getKey());
    }

    private int weight(List<String> pair) {
      return stateCounts.getOrDefault(pair.get(0), 0) + stateCounts.getOrDefault(pair.get(1), 0);
    }
  }
}
