package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.core.ActorMention;
import org.entente.core.Sentence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One JSON line per sentence with its actor mentions and whether it was parsed. */
final class MentionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MentionJson() {}

  static void write(Writer w, Pipeline.Result result) {
    try {
      for (Sentence s : result.document().sentences()) {
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (ActorMention m : result.mentions().get(s.index())) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("text", m.text());
          o.put("code", m.code());
          o.put("matched_by", m.matchedBy());
          o.put("entry", m.entry());
          mentions.add(o);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("doc", result.document().document().id());
        line.put("sentence_index", s.index());
        line.put("parsed", s.parsed());
        line.put("sentence", s.text());
        line.put("mentions", mentions);
        w.write(JSON.writeValueAsString(line));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
