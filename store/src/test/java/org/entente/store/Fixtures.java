package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Document;
import org.entente.core.Event;
import org.entente.core.EventStatus;
import org.entente.core.Sentence;

/** Small documents and events for the store tests. */
final class Fixtures {
  private Fixtures() {}

  static Document document(String id, String title, String text) {
    return new Document(id, text, title, LocalDate.of(2021, 12, 15), "Reuters", "A. Writer",
        "https://example.org/" + id, "news.jsonl:3");
  }

  /** The document split into sentences after the title and on ". " (tokens are not stored, so none are made). */
  static AnnotatedDocument annotated(Document d) {
    List<Sentence> sentences = new ArrayList<>();
    String full = d.fullText();
    int start = 0;
    int index = 0;
    while (start < full.length()) {
      int stop = full.indexOf(". ", start);
      int paragraph = full.indexOf("\n\n", start);
      int end = stop < 0 ? full.length() : stop + 1;
      if (paragraph >= 0 && paragraph < end) end = paragraph;
      sentences.add(new Sentence(index++, start, end, full.substring(start, end), List.of(), List.of(), List.of()));
      start = end;
      while (start < full.length() && Character.isWhitespace(full.charAt(start))) start++;
    }
    return new AnnotatedDocument(d, sentences);
  }

  static Event event(String doc, int sentence, String source, String target, String cameo, int quad, double goldstein,
                     EventStatus status, String date, boolean background, double confidence) {
    return new Event(doc, sentence, "Sentence " + sentence + " of " + doc + ".", 10 * sentence, 10 * sentence + 9,
        source, "src " + source, target, target == null ? null : "tgt " + target, cameo, quad, goldstein, "PLOVER",
        status, date, background, "trigger" + cameo, confidence, "rules/" + cameo + ".txt:1");
  }

  static Event event(String doc, int sentence, String source, String target, String cameo, int quad, double goldstein) {
    return event(doc, sentence, source, target, cameo, quad, goldstein, EventStatus.ACTUAL, "2021-12-15", false, 0.9);
  }
}
