package org.entente.actors;

import org.entente.core.ActorMention;
import org.entente.core.Sentence;
import org.entente.core.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Explains how a name resolves on a date: the code, the entry, the post and why. */
public final class ActorLookup {
  /**
   * One resolution.
   *
   * @param query     what was asked
   * @param code      the actor code, or null when nothing matched
   * @param name      the dictionary entry's canonical name
   * @param role      the post held on the date (people), or null
   * @param validFrom first day of that post, or null
   * @param validTo   last day of that post, or null when open
   * @param matchedBy how the words matched (person, state, capital, title+person, ...)
   */
  public record Resolution(String query, String code, String name, String role, LocalDate validFrom,
                           LocalDate validTo, String matchedBy) {}

  private final ActorResolver resolver;

  public ActorLookup(ActorResolver resolver) { this.resolver = resolver; }

  public List<Resolution> lookup(String query, LocalDate date) {
    Sentence s = pseudoSentence(query);
    List<ActorMention> mentions = resolver.resolve(List.of(s), date).get(0);
    List<Resolution> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.matchedBy().contains("place")) continue; // a place, not an actor
      Optional<Person> person = resolver.dictionary().person(m.entry());
      if (person.isPresent() && m.matchedBy().contains("person")) {
        Optional<Person.Tenure> t = person.get().roleOn(date);
        Role r = t.map(Person.Tenure::role).orElse(null);
        String role = r == null ? null : (t.get().former() ? "former " : "") + r.title();
        out.add(new Resolution(query, m.code(), person.get().name(), role, r == null ? null : r.from(),
            r == null ? null : r.to(), m.matchedBy()));
      } else {
        out.add(new Resolution(query, m.code(), m.entry(), null, null, null, m.matchedBy()));
      }
    }
    if (out.isEmpty()) out.add(new Resolution(query, null, null, null, null, null, "no match"));
    return out;
  }

  /** Tokens for a name typed by a user: capitalised words are tagged as proper nouns, others as nouns. */
  static Sentence pseudoSentence(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      String w = m.group();
      int start = m.start();
      String possessive = null;
      if (w.endsWith(",")) w = w.substring(0, w.length() - 1);
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
        possessive = w.substring(w.length() - 2);
        w = w.substring(0, w.length() - 2);
      }
      tokens.add(token(tokens.size(), w, Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", start));
      if (possessive != null) tokens.add(token(tokens.size(), possessive, "POS", start + w.length()));
    }
    return new Sentence(0, 0, text.length(), text, tokens, List.of(), List.of());
  }

  private static Token token(int index, String word, String pos, int begin) {
    return new Token(index, word, word.toLowerCase(java.util.Locale.ROOT), pos, "O", begin, begin + word.length());
  }

}
