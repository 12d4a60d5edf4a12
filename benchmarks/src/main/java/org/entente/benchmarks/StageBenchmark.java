package org.entente.benchmarks;

import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.coding.EventCoder;
import org.entente.coding.figures.FigureExtractor;
import org.entente.coding.quotes.QuoteExtractor;
import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Document;
import org.entente.core.Sentence;
import org.entente.ingest.DocumentReader;
import org.entente.ingest.Duplicates;
import org.entente.nlp.NlpPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cost of each stage on the bundled sample corpus, one document per operation: the cheap NLP split, actor
 * resolution, the deep parse of the sentences the filter keeps, event coding, quotations, figures; and the
 * duplicate check of the whole corpus.
 * Run: {@code ./benchmarks/run.sh} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
public class StageBenchmark {
  private NlpPipeline nlp;
  private ActorResolver actors;
  private EventCoder coder;
  private QuoteExtractor quotes;
  private FigureExtractor figures;
  private final List<Document> documents = new ArrayList<>();
  private final List<List<Sentence>> split = new ArrayList<>();
  private final List<List<List<ActorMention>>> mentions = new ArrayList<>();
  private final List<AnnotatedDocument> deep = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    nlp = NlpPipeline.shared();
    actors = new ActorResolver(ActorDictionary.bundled());
    coder = EventCoder.bundled();
    quotes = QuoteExtractor.bundled();
    figures = FigureExtractor.bundled();
    Path samples = Path.of(System.getProperty("entente.samples", "samples"));
    new DocumentReader().read(List.of(samples), documents::add, p -> { throw new IllegalStateException(p.toString()); });
    if (documents.isEmpty()) throw new IllegalStateException("no documents in " + samples.toAbsolutePath());
    for (Document d : documents) {
      List<Sentence> s = nlp.split(d);
      List<List<ActorMention>> m = actors.resolve(s, d.published());
      List<Sentence> parsed = new ArrayList<>();
      for (Sentence x : s) parsed.add(coder.mayHoldEvent(x, m.get(x.index())) ? nlp.deepen(x, d.published()) : x);
      split.add(s);
      mentions.add(m);
      deep.add(new AnnotatedDocument(d, parsed));
    }
  }

  private int nextIndex() {
    int i = next;
    next = (next + 1) % documents.size();
    return i;
  }

  @Benchmark
  public Object splitTokensPosLemmas() { return nlp.split(documents.get(nextIndex())); }

  @Benchmark
  public Object resolveActors() {
    int i = nextIndex();
    return actors.resolve(split.get(i), documents.get(i).published());
  }

  @Benchmark
  public Object deepParseFilteredSentences() {
    int i = nextIndex();
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : split.get(i)) {
      if (coder.mayHoldEvent(s, mentions.get(i).get(s.index()))) out.add(nlp.deepen(s, documents.get(i).published()));
    }
    return out;
  }

  @Benchmark
  public Object codeEvents() {
    int i = nextIndex();
    return coder.code(deep.get(i), mentions.get(i));
  }

  @Benchmark
  public Object extractQuotes() {
    int i = nextIndex();
    return quotes.extract(deep.get(i), mentions.get(i));
  }

  @Benchmark
  public Object extractFigures() {
    int i = nextIndex();
    return figures.extract(deep.get(i), mentions.get(i));
  }

  /** The whole corpus checked into a fresh index: divide by the number of documents for the cost of one. */
  @Benchmark
  public Object checkDuplicatesOfCorpus() {
    Duplicates index = new Duplicates();
    int copies = 0;
    for (Document d : documents) if (index.check(d).isPresent()) copies++;
    return copies;
  }
}
