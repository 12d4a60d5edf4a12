package org.entente.core;

/**
 * A direct quotation and who said it.
 *
 * @param doc           document id
 * @param sentenceIndex index of the sentence where the quotation starts
 * @param charStart     offset of the quoted words (inside the quotation marks) in the document's full text
 * @param charEnd       end offset (exclusive)
 * @param text          the quoted words, without the quotation marks
 * @param speaker       the speaker as the text names them ("Russian Foreign Minister Sergei Lavrov"), or null
 * @param speakerActor  the speaker's actor code ({@code RUSGOV}), or null when not resolved to an actor
 * @param attribution   how the speaker was found: {@code reporting-verb}, {@code according-to}, {@code colon},
 *                      {@code previous-quote}, {@code nearby-sentence}, ... or {@code none}
 */
public record Quote(String doc, int sentenceIndex, int charStart, int charEnd, String text,
                    String speaker, String speakerActor, String attribution) {}
