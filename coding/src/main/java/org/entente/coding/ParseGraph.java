package org.entente.coding;

import org.entente.core.Dependency;
import org.entente.core.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Index over a sentence's dependencies: children and heads of each token. */
final class ParseGraph {
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> heads;
  private final Sentence sentence;
  private final java.util.function.Predicate<String> stative;

  ParseGraph(Sentence s) { this(s, lemma -> false); }

  /** @param stative lemmas whose agentless passive states the subject's own stance ("Israel is opposed to ...") */
  ParseGraph(Sentence s, java.util.function.Predicate<String> stative) {
    this.sentence = s;
    this.stative = stative;
    int n = s.tokens().size();
    children = new ArrayList<>(n);
    heads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
      heads.add(new ArrayList<>());
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) continue;
      heads.get(d.dependent()).add(d);
      if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d);
    }
  }

  Sentence sentence() { return sentence; }

  List<Dependency> children(int token) { return children.get(token); }

  List<Dependency> heads(int token) { return heads.get(token); }

  /** Children whose relation is {@code rel} or {@code rel:subtype}, or exactly {@code rel} when it has a colon. */
  List<Integer> children(int token, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(token)) if (matches(d.relation(), rel)) out.add(d.dependent());
    return out;
  }

  boolean hasChild(int token, String rel) {
    for (Dependency d : children.get(token)) if (matches(d.relation(), rel)) return true;
    return false;
  }

  static boolean matches(String relation, String wanted) {
    return relation.equals(wanted) || (wanted.indexOf(':') < 0 && relation.startsWith(wanted + ":"));
  }

  /**
   * A verb, or a noun the tagger mistook for one ("they would blockade Paris"): a word with an auxiliary and a
   * subject of its own and no copula.
   */
  boolean verbLike(int t) {
    if (sentence.token(t).isVerb()) return true;
    return sentence.token(t).isNoun() && hasChild(t, "aux") && hasChild(t, "nsubj") && !hasChild(t, "cop");
  }

  /** True for a passive verb: it has a passive subject or a passive auxiliary. */
  boolean isPassive(int verb) {
    // "Israel is opposed to the plan", "Hanoi is committed to reform": the subject holds the stance
    if (stative.test(sentence.token(verb).lemma()) && !hasChild(verb, "obl:agent") && !hasChild(verb, "obl:by")) return false;
    for (Dependency d : children.get(verb)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass") || d.relation().equals("obl:agent")) {
        return true;
      }
    }
    return isReducedPassive(verb);
  }

  /**
   * "The treaty signed by China and Russia in 2001 says ...", parsed with "signed" as the main verb and "treaty"
   * as its subject: a past participle with a by-phrase and no auxiliary is a passive whatever the parse says.
   */
  private boolean isReducedPassive(int verb) {
    if (!sentence.token(verb).pos().equals("VBN") || !hasChild(verb, "obl:by")) return false;
    // "Bashir shortened by one hour the curfew" (tagged VBN): a verb with an object is active
    return !hasChild(verb, "aux") && (hasChild(verb, "nsubj") || !qualifiedNouns(verb).isEmpty()) && !hasChild(verb, "obj");
  }

  /** "the sanctions imposed by the EU on Russia": the nouns a participle qualifies. */
  private List<Integer> qualifiedNouns(int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency h : heads(verb)) {
      if (h.governor() >= 0 && h.relation().equals("acl") && sentence.token(h.governor()).isNoun()) out.add(h.governor());
    }
    return out;
  }

  /**
   * The passive subjects of a verb (the patient): nsubj:pass, or the subject of a reduced passive, or the noun a
   * passive participle qualifies.
   */
  List<Integer> passiveSubjects(int verb) {
    if (!isReducedPassive(verb)) return children(verb, "nsubj:pass");
    List<Integer> subjects = children(verb, "nsubj");
    return subjects.isEmpty() ? qualifiedNouns(verb) : subjects;
  }
}
