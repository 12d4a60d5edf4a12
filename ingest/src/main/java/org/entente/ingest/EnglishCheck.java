package org.entente.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap guess whether a text is English, from three counts over its words:
 * <ul>
 *   <li>letters outside the Latin script: more than {@value #MAX_NON_LATIN_SHARE} of all letters
 *       and the text is not English;</li>
 *   <li>common function words of other Latin-script languages ("und", "het", "les", "los",
 *       "della", "yang"...): more of them than of English ones and it is not English;</li>
 *   <li>English function words among the words written in lower case: fewer than
 *       {@value #MIN_FUNCTION_SHARE} of them and it is not English.</li>
 * </ul>
 * Names are capitalised, so a text crowded with names is judged on its few lower-case words, which
 * still carry their "the", "in", "of"; a text with fewer than {@value #MIN_WORDS} lower-case words
 * (a headline, a caption, a list of names, text in capitals) is not judged on them at all.
 */
final class EnglishCheck {
  /** Fifty of the most frequent English function words. */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
      "as", "was", "with", "be", "by", "on", "not", "he", "i", "this",
      "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
      "they", "you", "were", "their", "one", "all", "we", "can", "her", "has",
      "there", "been", "if", "more", "when", "will", "would", "who", "so", "its");

  /**
   * Frequent function words of German, Dutch, French, Spanish, Italian, Portuguese, Indonesian and
   * Turkish that are not English words and rarely occur in English news, even inside names (so no
   * "al", "el", "un", "met", "per", "non", "yang").
   */
  static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of(
      // German
      "der", "und", "das", "den", "dem", "ist", "nicht", "sich", "auf", "für", "ein", "eine", "einen",
      "zu", "von", "sie", "es", "auch", "wird", "werden", "nach", "aus", "wie", "noch", "oder", "aber",
      // Dutch
      "het", "een", "en", "van", "dat", "niet", "zijn", "te", "voor", "maar", "ook", "naar", "wordt",
      // French
      "le", "la", "les", "et", "des", "du", "une", "est", "que", "qui", "dans", "sur", "au", "aux",
      "ce", "il", "elle", "sont", "avec",
      // Spanish
      "los", "las", "y", "del", "por", "para", "una", "lo", "se", "su", "como", "pero", "más",
      // Italian
      "di", "che", "della", "delle", "sono", "gli", "nel", "alla",
      // Portuguese
      "os", "em", "não", "uma", "dos", "mais",
      // Indonesian
      "ini", "itu", "dengan", "untuk", "dari", "akan", "pada", "tidak",
      // Turkish
      "ve", "bir", "bu", "için", "ile", "olarak", "daha");

  /** Below this many lower-case words the English function-word share is not judged. */
  static final int MIN_WORDS = 12;
  /** Least share of English function words among lower-case words. */
  static final double MIN_FUNCTION_SHARE = 0.15;
  /** Largest share of letters outside the Latin script. */
  static final double MAX_NON_LATIN_SHARE = 0.30;
  /** Only the start of a long text is looked at. */
  static final int MAX_CHARS = 50_000;

  private EnglishCheck() {}

  /** Why the text does not look like English, or null when it may be English. */
  static String verdict(String text) {
    int n = Math.min(text.length(), MAX_CHARS);
    int latin = 0;
    int other = 0;
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int lowerWords = 0;
    int english = 0;
    int foreign = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= n; ) {
      int cp = i < n ? text.codePointAt(i) : ' ';
      if (Character.isLetter(cp)) {
        UnicodeScript script = UnicodeScript.of(cp);
        if (script == UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
          scripts.merge(script, 1, Integer::sum);
        }
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        if (Character.isLowerCase(word.codePointAt(0))) lowerWords++;
        String w = word.toString().toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(w)) {
          english++;
        } else if (FOREIGN_FUNCTION_WORDS.contains(w)) {
          foreign++;
        }
        word.setLength(0);
      }
      i += i < n ? Character.charCount(cp) : 1;
    }
    int letters = latin + other;
    if (letters == 0) return "does not look like English text (no letters)";
    if (other > letters * MAX_NON_LATIN_SHARE) {
      UnicodeScript main = scripts.entrySet().stream()
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(UnicodeScript.UNKNOWN);
      return "does not look like English text (mostly " + scriptName(main) + " letters)";
    }
    if (foreign >= 3 && foreign > english) {
      return "does not look like English text (more foreign than English function words)";
    }
    if (lowerWords >= MIN_WORDS && english < lowerWords * MIN_FUNCTION_SHARE) {
      return "does not look like English text (few common English words)";
    }
    return null;
  }

  private static String scriptName(UnicodeScript s) {
    String name = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
