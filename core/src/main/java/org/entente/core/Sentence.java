package org.entente.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, when the deep stage ran on it, its dependency parse and time expressions.
 *
 * @param index        position in the document, from 0 (the title, when there is one, is sentence 0)
 * @param begin        character offset in the document's full text
 * @param end          end character offset (exclusive)
 * @param text         the sentence as it appears in the text
 * @param tokens       its tokens
 * @param dependencies enhanced++ dependencies; empty when the sentence was not parsed
 * @param times        normalised time expressions; empty when the sentence was not parsed
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies, List<TimeExpression> times) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    times = List.copyOf(times);
  }

  public boolean parsed() { return !dependencies.isEmpty(); }

  public Token token(int i) { return tokens.get(i); }

  /** Dependencies whose governor is the given token. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) if (d.governor() == governor) out.add(d);
    return out;
  }

  /** Dependencies whose dependent is the given token (enhanced graphs allow several heads). */
  public List<Dependency> heads(int dependent) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) if (d.dependent() == dependent) out.add(d);
    return out;
  }

  /** The words from token {@code from} to {@code to} (exclusive) as they appear in the sentence. */
  public String span(int from, int to) {
    if (from >= to) return "";
    int b = tokens.get(from).begin() - begin;
    int e = tokens.get(to - 1).end() - begin;
    return text.substring(Math.max(0, b), Math.min(text.length(), e));
  }
}
