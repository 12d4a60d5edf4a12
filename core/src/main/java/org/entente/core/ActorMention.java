package org.entente.core;

/**
 * Words in a sentence resolved to an actor.
 *
 * @param startToken first token
 * @param endToken   token after the last
 * @param headToken  the token that stands for the mention in the dependency tree
 * @param text       the words as written
 * @param code       actor code: ISO 3166 alpha-3 plus an optional sector ({@code RUSGOV}), or an organisation ({@code NATO})
 * @param entry      the dictionary entry that matched, e.g. "Sergei Lavrov (Foreign Minister, 2004-03-09..)"
 * @param matchedBy  how it matched: {@code name}, {@code alias}, {@code adjective}, {@code capital}, {@code person}, ...
 */
public record ActorMention(int startToken, int endToken, int headToken, String text, String code,
                           String entry, String matchedBy) {
  public String state() { return code.length() >= 3 ? code.substring(0, 3) : code; }

  public boolean covers(int token) { return token >= startToken && token < endToken; }

  public ActorMention withCode(String newCode, String how) {
    return new ActorMention(startToken, endToken, headToken, text, newCode, entry, matchedBy + "+" + how);
  }
}
