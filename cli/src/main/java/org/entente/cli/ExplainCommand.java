package org.entente.cli;

import org.entente.core.ActorMention;
import org.entente.core.Dependency;
import org.entente.core.Document;
import org.entente.core.Event;
import org.entente.core.Sentence;
import org.entente.core.TimeExpression;
import org.entente.core.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** Shows every step for one piece of text: tokens, actors, parse, time expressions, events and the rules. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Code a sentence or short text and show why: actor mentions, dependencies, dates, events and rules.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TEXT", description = "The text to code.") String text;
  @Option(names = "--date", description = "Publication date (YYYY-MM-DD).") LocalDate date;
  @Option(names = "--deps", description = "Also print the dependency parse.") boolean deps;
  @Mixin PipelineOptions options;

  @Override public Integer call() {
    Pipeline.Result r = options.build().process(new Document("explain", text, null, date, null, null, null, "argument"));
    if (r.failed()) throw new IllegalStateException(r.failure());
    for (Sentence s : r.document().sentences()) {
      System.out.println("sentence " + s.index() + (s.parsed() ? "" : " (not parsed: no actor or no trigger)") + ": " + s.text());
      List<ActorMention> mentions = r.mentions().get(s.index());
      for (ActorMention m : mentions) {
        // "in Kirkuk", "talks in Beijing": where something happens, not who acts
        String kind = m.matchedBy().endsWith("place") ? "place" : "actor";
        System.out.printf("  %-5s  %-8s %-30s [%s: %s]%n", kind, m.code(), '"' + m.text() + '"', m.matchedBy(), m.entry());
      }
      for (TimeExpression t : s.times()) System.out.printf("  time   %-12s \"%s\"%n", t.value(), t.text());
      if (deps) {
        for (Dependency d : s.dependencies()) {
          Token dep = s.token(d.dependent());
          String gov = d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + "-" + d.governor();
          System.out.printf("  dep    %-14s %s -> %s-%d (%s)%n", d.relation(), gov, dep.word(), d.dependent(), dep.pos());
        }
      }
      for (Event e : r.events()) {
        if (e.sentenceIndex() != s.index()) continue;
        System.out.printf("  event  %s -> %s  %s %s  %s%s date=%s conf=%.2f trigger=\"%s\"  (%s)%n", e.source(),
            e.target(), e.cameo(), e.plover(), e.status().label(), e.background() ? " background" : "",
            e.date(), e.confidence(), e.trigger(), e.rule());
      }
    }
    return 0;
  }
}
