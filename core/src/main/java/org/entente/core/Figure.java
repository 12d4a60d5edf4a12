package org.entente.core;

import java.util.List;

/**
 * A figure an article cites: an amount of money, a percentage, a count, with what it measures and when.
 *
 * @param doc           document id
 * @param sentenceIndex sentence position in the document
 * @param charStart     offset of the figure's words in the document's full text
 * @param charEnd       end offset (exclusive)
 * @param text          the figure as written ("a record $140 billion", "close to 130,000 troops")
 * @param kind          {@code money}, {@code percent}, {@code count} or {@code ratio}
 * @param value         the normalised value: 1.4E11 for "$140 billion", 40 for "40%", 130000 for "130,000"
 * @param unit          currency code for money ({@code USD}), {@code %} for percentages, the counted noun for counts
 *                      ("troops"), {@code fraction} for ratios such as "one-third"
 * @param qualifier     {@code about}, {@code over}, {@code under}, {@code up-to}, {@code target} ... or null when exact
 * @param measures      what it measures, in the text's words ("trade", "gas supplies"), or null
 * @param year          the year or date it refers to ({@code 2021}, {@code 2024}), or null when unknown
 * @param actors        actor codes named in the sentence, in order of appearance
 * @param sentence      the sentence, as evidence
 */
public record Figure(String doc, int sentenceIndex, int charStart, int charEnd, String text, String kind,
                    double value, String unit, String qualifier, String measures, String year,
                    List<String> actors, String sentence) {
  public Figure {
    actors = List.copyOf(actors);
  }
}
