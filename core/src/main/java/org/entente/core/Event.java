package org.entente.core;

/**
 * One coded event: who did what to whom, when, with the sentence that says so.
 *
 * @param doc           document id
 * @param sentenceIndex sentence position in the document
 * @param sentence      the evidence sentence
 * @param charStart     offset of the sentence in the document's full text
 * @param charEnd       end offset of the sentence (exclusive)
 * @param source        source actor code
 * @param sourceText    the words naming the source
 * @param target        target actor code, or null when CAMEO allows none
 * @param targetText    the words naming the target, or null
 * @param cameo         CAMEO event code, e.g. {@code 057}
 * @param quad          quad class 1..4 (verbal/material cooperation, verbal/material conflict)
 * @param goldstein     Goldstein conflict-cooperation score
 * @param plover        PLOVER event type, e.g. {@code AGREE}
 * @param status        actual, negated or hypothetical
 * @param date          event date as YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown
 * @param background    true when the sentence mentions the event in passing rather than reporting it
 * @param trigger       the words that triggered the event
 * @param confidence    0..1, how sure the coder is
 * @param rule          the pattern (file and line) that fired, for provenance
 */
public record Event(String doc, int sentenceIndex, String sentence, int charStart, int charEnd,
                    String source, String sourceText, String target, String targetText,
                    String cameo, int quad, double goldstein, String plover,
                    EventStatus status, String date, boolean background, String trigger,
                    double confidence, String rule) {
  /** The two-digit CAMEO root. */
  public String root() { return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo; }
}
