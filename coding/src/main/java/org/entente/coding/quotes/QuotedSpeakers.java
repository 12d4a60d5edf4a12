package org.entente.coding.quotes;

import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Quote;
import org.entente.core.Sentence;
import org.entente.core.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inside a quotation, "I" and "we" are the speaker: "'I will soon pay a state visit to Russia,' Xi wrote" has Xi as
 * the visitor. Adds those words as mentions of the speaker's actor, so the event coder can use them.
 */
public final class QuotedSpeakers {
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself", "we", "us", "our", "ourselves");

  private QuotedSpeakers() {}

  /** The mentions of each sentence, with the first-person words of attributed quotations added. */
  public static List<List<ActorMention>> withSpeakers(AnnotatedDocument doc, List<List<ActorMention>> mentions,
                                                      List<Quote> quotes) {
    List<List<ActorMention>> out = new ArrayList<>(mentions);
    for (Quote q : quotes) {
      if (q.speakerActor() == null) continue;
      for (Sentence s : doc.sentences()) {
        if (s.end() <= q.charStart() || s.begin() >= q.charEnd() || s.index() >= out.size()) continue;
        List<ActorMention> added = null;
        for (Token t : s.tokens()) {
          if (t.begin() < q.charStart() || t.end() > q.charEnd()) continue;
          if (!FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) continue;
          List<ActorMention> current = added != null ? added : out.get(s.index());
          if (current.stream().anyMatch(m -> m.covers(t.index()))) continue;
          if (added == null) added = new ArrayList<>(current);
          added.add(new ActorMention(t.index(), t.index() + 1, t.index(), t.word(), q.speakerActor(),
              q.speaker() == null ? q.speakerActor() : q.speaker(), "quote-speaker"));
        }
        if (added != null) out.set(s.index(), List.copyOf(added));
      }
    }
    return out;
  }
}
