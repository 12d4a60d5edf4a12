package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits dictionary phrases the way CoreNLP's English tokenizer splits text, so both can be compared word by word. */
final class Phrases {
  private Phrases() {}

  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      if (w.isEmpty()) continue;
      String lower = w.toLowerCase(Locale.ROOT);
      if ((lower.endsWith("'s") || lower.endsWith("\u2019s")) && w.length() > 2) {
        out.add(w.substring(0, w.length() - 2));
        out.add(w.substring(w.length() - 2));
      } else if (w.endsWith(",")) {
        out.add(w.substring(0, w.length() - 1));
        out.add(",");
      } else {
        out.add(w);
      }
    }
    if (!out.isEmpty() && out.size() > 1 && out.get(0).equalsIgnoreCase("the")) out.remove(0);
    return out;
  }

  /** Case-folded lookup key; apostrophes folded so "People's" and "People’s" meet. */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /**
   * Whether a word of the text matches a word of a dictionary phrase. Acronyms must match exactly ("US" is not
   * "us"); capitalised words need a capital in the text ("Turkey", not "turkey"); lower-case dictionary words
   * (agents) match any case and also the lemma ("troops" for "troop").
   */
  static boolean matches(String entryWord, String textWord, String textLemma) {
    if (entryWord.equals(textWord)) return true;
    if (textLemma != null && isLower(entryWord) && key(entryWord).equals(key(textLemma))) return true;
    if (!key(entryWord).equals(key(textWord))) {
      return isLower(entryWord) && textLemma != null && key(entryWord).equals(key(textLemma));
    }
    if (isAcronym(entryWord)) return false;
    if (Character.isUpperCase(entryWord.charAt(0))) return Character.isUpperCase(textWord.charAt(0));
    return true;
  }

  static boolean isAcronym(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2 && letters <= 5;
  }

  static boolean isLower(String w) { return w.equals(w.toLowerCase(Locale.ROOT)); }
}
