package org.entente.cli;

import org.entente.actors.ActorResolver;
import org.entente.coding.EventCoder;
import org.entente.coding.quotes.QuotedSpeakers;
import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Document;
import org.entente.core.Duplicate;
import org.entente.core.Event;
import org.entente.core.Figure;
import org.entente.core.Quote;
import org.entente.core.Sentence;
import org.entente.ingest.Datelines;
import org.entente.nlp.NlpPipeline;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole path for one document: sentences and lemmas for all, actor mentions, then the expensive parse only
 * for sentences that name an actor and hold a possible trigger, then events.
 */
public final class Pipeline {
  /**
   * What the pipeline made of one document. A duplicate of a document processed before carries only the link:
   * nothing is read from a copy, so that counts are not inflated by reposts.
   */
  public record Result(AnnotatedDocument document, List<List<ActorMention>> mentions, List<Event> events,
                       List<Quote> quotes, List<Figure> figures, Duplicate duplicate, int parsedSentences,
                       Throwable failure) {
    public boolean failed() { return failure != null; }

    public boolean isDuplicate() { return duplicate != null; }

    static Result duplicate(Document d, Duplicate link) {
      return new Result(new AnnotatedDocument(d, List.of()), List.of(), List.of(), List.of(), List.of(), link, 0, null);
    }
  }

  /** Reads something besides events from an annotated document: quotations, figures. */
  public interface Extractor<T> {
    List<T> extract(AnnotatedDocument document, List<List<ActorMention>> mentions);
  }

  private final NlpPipeline nlp;
  private final ActorResolver actors;
  private final EventCoder coder;
  private final Extractor<Quote> quotes;
  private final Extractor<Figure> figures;

  /** A pipeline for events and quotations (whose speakers the coder needs), without figures. */
  public Pipeline(NlpPipeline nlp, ActorResolver actors, EventCoder coder) {
    this(nlp, actors, coder, org.entente.coding.quotes.QuoteExtractor.bundled()::extract, (d, m) -> List.of());
  }

  public Pipeline(NlpPipeline nlp, ActorResolver actors, EventCoder coder, Extractor<Quote> quotes,
                  Extractor<Figure> figures) {
    this.nlp = nlp;
    this.actors = actors;
    this.coder = coder;
    this.quotes = quotes;
    this.figures = figures;
  }

  public Result process(Document d) {
    try {
      List<Sentence> sentences = nlp.split(d);
      // Dates in the text are resolved against the publication date, or failing that the latest date it names.
      LocalDate reference = EventCoder.referenceDate(d);
      if (reference == null) reference = Datelines.latestMentionedDate(d.text()).orElse(null);
      // People's posts are looked up on the publication date only: an estimate from dates in the text is often
      // months early ("January 6, 2021" in an article of 2022) and would turn a sitting president into a former one.
      List<List<ActorMention>> mentions = actors.resolve(sentences, d.published());
      if (d.title() != null && !d.title().isBlank() && !sentences.isEmpty() && NlpPipeline.isHeadlineCase(sentences.get(0))) {
        // "Leaders Poised To Forge Alliance": tagged again in sentence case, the actors keeping their capitals
        List<ActorMention> inTitle = mentions.get(0);
        sentences = new ArrayList<>(sentences);
        sentences.set(0, nlp.retagHeadline(sentences.get(0), i -> inTitle.stream().anyMatch(m -> m.covers(i))));
      }
      List<Sentence> deepened = new ArrayList<>(sentences.size());
      int parsed = 0;
      for (Sentence s : sentences) {
        if (coder.mayHoldEvent(s, mentions.get(s.index()))) {
          Sentence deep = nlp.deepen(s, reference);
          deepened.add(deep);
          // groups the parse sets in a place ("people blocked streets in Hong Kong") belong to its state
          mentions.set(s.index(), actors.placeByParse(deep, mentions.get(s.index())));
          parsed++;
        } else {
          deepened.add(s);
        }
      }
      AnnotatedDocument annotated = new AnnotatedDocument(d, deepened);
      List<Quote> quoted = quotes.extract(annotated, mentions);
      // "I", "we" inside a quotation are its speaker: "'I will soon visit Russia,' Xi wrote"
      List<List<ActorMention>> withSpeakers = QuotedSpeakers.withSpeakers(annotated, mentions, quoted);
      return new Result(annotated, withSpeakers, coder.code(annotated, withSpeakers), quoted,
          figures.extract(annotated, mentions), null, parsed, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(new AnnotatedDocument(d, List.of()), List.of(), List.of(), List.of(), List.of(), null, 0, e);
    }
  }

  /**
   * Processes documents on {@code threads} threads and hands results to {@code sink} in input order, keeping a
   * bounded number in flight so memory stays flat on large corpora.
   */
  public void processAll(Iterator<Document> documents, int threads, Consumer<Result> sink) {
    processAll(documents, threads, d -> null, sink);
  }

  /**
   * As {@link #processAll(Iterator, int, Consumer)}, but a document for which {@code known} gives a result (a
   * duplicate's link) is not processed: that result is handed on in its place, in order.
   */
  public void processAll(Iterator<Document> documents, int threads, Function<Document, Result> known,
                         Consumer<Result> sink) {
    if (threads <= 1) {
      documents.forEachRemaining(d -> {
        Result r = known.apply(d);
        sink.accept(r != null ? r : process(d));
      });
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-pipeline");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result>> inFlight = new ArrayDeque<>();
      int window = threads * 4;
      while (documents.hasNext() || !inFlight.isEmpty()) {
        while (documents.hasNext() && inFlight.size() < window) {
          Document d = documents.next();
          Result r = known.apply(d);
          inFlight.add(r != null ? CompletableFuture.completedFuture(r) : pool.submit(() -> process(d)));
        }
        sink.accept(inFlight.removeFirst().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
