package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.core.Event;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON Lines form of an event: the evaluation contract's fields, in a fixed order. */
final class EventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  static Map<String, Object> toMap(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", e.doc());
    m.put("sentence", e.sentence());
    m.put("sentence_index", e.sentenceIndex());
    m.put("char_start", e.charStart());
    m.put("char_end", e.charEnd());
    m.put("source", e.source());
    m.put("source_text", e.sourceText());
    m.put("target", e.target());
    m.put("target_text", e.targetText());
    m.put("cameo", e.cameo());
    m.put("root", e.root());
    m.put("quad", e.quad());
    m.put("goldstein", e.goldstein());
    m.put("plover", e.plover());
    m.put("status", e.status().label());
    m.put("date", e.date());
    m.put("background", e.background());
    m.put("trigger", e.trigger());
    m.put("confidence", e.confidence());
    m.put("rule", e.rule());
    return m;
  }

  static String line(Event e) {
    try {
      return JSON.writeValueAsString(toMap(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
