package org.entente.core;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++ relation names
 * such as {@code obl:with} or {@code nmod:poss}).
 *
 * @param relation  relation name
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
  /** The relation without its subtype: {@code obl:with} gives {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype: {@code obl:with} gives {@code with}; null when there is none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? null : relation.substring(colon + 1);
  }
}
