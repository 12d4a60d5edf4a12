package org.entente.cli;

import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.coding.Cues;
import org.entente.coding.EventCoder;
import org.entente.coding.PatternDictionary;
import org.entente.coding.codebook.Codebook;
import org.entente.coding.figures.FigureExtractor;
import org.entente.coding.quotes.QuoteExtractor;
import org.entente.nlp.NlpPipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by every command that runs the pipeline. */
final class PipelineOptions {
  @Option(names = "--dictionary", paramLabel = "DIR",
      description = "Extra actor dictionary files (states.tsv, people.tsv, ...) added to the bundled ones.")
  Path dictionary;

  @Option(names = "--patterns", paramLabel = "FILE",
      description = "Extra event patterns (patterns.tsv format); they win ties over the bundled ones.")
  Path patterns;

  @Option(names = "--historical-states",
      description = "Keep former states under their own code (the Soviet Union as SUN) instead of their successor's (RUS).")
  boolean historicalStates;

  @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "Drop events whose confidence is below X (0..1).")
  double minConfidence;

  /** How announced and refused actions are coded. */
  enum Convention { entente, cameo }

  @Option(names = "--convention", paramLabel = "NAME", defaultValue = "entente",
      description = "How an action its actor announces or refuses is coded: entente (default) codes the action "
          + "with status hypothetical or negated; cameo codes the statement as CAMEO, ICEWS and PLOVER do: an "
          + "intent (03x), a threat (13x) or a rejection (12x). Valid values: ${COMPLETION-CANDIDATES}.")
  Convention convention = Convention.entente;

  @Option(names = "--domestic",
      description = "Also code events between two parts of one state (government and opposition, police and "
          + "protesters); by default only events between states and international organisations.")
  boolean domestic;

  Pipeline build() {
    ActorDictionary dict = dictionary == null ? ActorDictionary.bundled() : ActorDictionary.load(dictionary);
    PatternDictionary pats = patterns == null ? PatternDictionary.bundled() : PatternDictionary.load(patterns);
    EventCoder coder = new EventCoder(pats, Codebook.loadDefault(), Cues.bundled(),
        new EventCoder.Settings(convention == Convention.cameo, domestic));
    QuoteExtractor quotes = QuoteExtractor.bundled();
    return new Pipeline(NlpPipeline.shared(), new ActorResolver(dict, historicalStates), coder, quotes::extract,
        FigureExtractor.bundled()::extract);
  }
}
