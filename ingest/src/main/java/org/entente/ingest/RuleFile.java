package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the ingest stage's rule files: tab-separated lines, {@code #} comments and blank lines skipped, a bad
 * line stopping the load with {@code file:line} and the reason.
 */
final class RuleFile {
  /** Makes one rule from a line's columns; throws IllegalArgumentException with the reason for a bad line. */
  interface LineParser<R> {
    R parse(String[] columns);
  }

  private RuleFile() {}

  static <R> List<R> load(String resource, LineParser<R> parser) {
    InputStream in = RuleFile.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource " + resource);
    List<R> rules = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
        try {
          rules.add(parser.parse(line.split("\t", -1)));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(resource + ":" + lineNo + ": bad pattern: " + e.getDescription(), e);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rules);
  }

  /** A case-insensitive pattern, as every rule file writes them. */
  static Pattern pattern(String regex) {
    return Pattern.compile(regex.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
