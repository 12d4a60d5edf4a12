package org.entente.coding;

import java.util.List;
import java.util.Set;

/**
 * One line of the pattern dictionary (format in {@code docs/patterns.md}).
 *
 * @param code        CAMEO code the pattern gives
 * @param noun        true for a nominal trigger ({@code N:visit}), false for a verb
 * @param lemma       the trigger's lemma
 * @param particle    phrasal-verb particle ({@code up} in {@code V:step+up}), or null
 * @param objects     lemmas the direct object must have ({@code *} = any), or empty for no constraint
 * @param modifiers   lemmas a modifier of a nominal trigger must have, or empty
 * @param complements lemmas the trigger's clausal complement ("agreed <b>to resume</b>") must have ({@code *} =
 *                    any), or empty for no constraint
 * @param subjects    lemmas the verb's subject, or a word modifying it, must have ("<b>peacekeeping</b> troops
 *                    arrived"), or empty for no constraint
 * @param targetSlots where to look for the target, in order
 * @param sourceSlots where to look for the source, in order
 * @param symmetric   code both directions
 * @param mirror      CAMEO code of the reverse event the same words report (a visit is also a hosting), or null
 * @param origin      file and line, for provenance
 * @param example     the example sentence written beside it
 */
public record Pattern(String code, boolean noun, String lemma, String particle, Set<String> objects,
                      Set<String> modifiers, Set<String> complements, Set<String> subjects, List<String> targetSlots,
                      List<String> sourceSlots, boolean symmetric, String mirror, String origin, String example) {
  /** More constraints make a pattern more specific; the most specific matching pattern wins. */
  public int specificity() {
    int s = 0;
    if (particle != null) s += 2;
    if (!objects.isEmpty()) s += objects.contains("*") ? 1 : 3;
    if (!modifiers.isEmpty()) s += 3;
    if (!complements.isEmpty()) s += 3;
    if (!subjects.isEmpty()) s += 3;
    return s;
  }

  public boolean allowsNoTarget() { return targetSlots.contains("none"); }
}
