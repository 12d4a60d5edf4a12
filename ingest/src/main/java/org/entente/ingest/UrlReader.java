package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.entente.core.Document;
import org.entente.core.IngestProblem;

/**
 * Fetches an http or https URL and reads what comes back: a feed (by its content type, or by its root element
 * whatever the content type) through {@link FeedReader}, anything else as an HTML page through {@link HtmlArticle}.
 * Redirects are followed (never from https to http); the whole exchange has {@link #TIMEOUT} and the body is cut off
 * above {@link ReaderOptions#maxBytes()}. Every failure is one problem at the URL.
 */
final class UrlReader {
  /** How long a fetch may take in all: connecting, the answer and its body. */
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final String USER_AGENT = "Entente/0.1 (news event coder)";
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
      + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5";
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  private UrlReader() {}

  /** One client for the run; its threads are daemons, so it never keeps a program alive. */
  private static final class Client {
    static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** True for an absolute http or https URL ("https://example.org/feed.xml"). */
  static boolean isUrl(String s) {
    if (s == null) return false;
    String lower = s.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  static void read(String url, ReaderOptions options, Consumer<Document> sink, Consumer<IngestProblem> problems) {
    read(url, options, TIMEOUT, sink, problems);
  }

  static void read(String url, ReaderOptions options, Duration timeout, Consumer<Document> sink,
                   Consumer<IngestProblem> problems) {
    String origin = url == null ? "(no URL)" : url.strip();
    URI uri;
    try {
      uri = new URI(origin);
      if (!isUrl(origin) || uri.getHost() == null) throw new URISyntaxException(origin, "no host");
    } catch (URISyntaxException e) {
      problems.accept(new IngestProblem(origin, "not a valid http or https URL"));
      return;
    }
    Fetched page;
    try {
      page = fetch(uri, options.maxBytes(), timeout);
    } catch (Rejected r) {
      problems.accept(new IngestProblem(origin, r.reason()));
      return;
    }
    String type = page.contentType == null ? "" : page.contentType.toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom") || FeedReader.looksLikeFeed(page.body)) {
      new FeedReader(options).read(page.body, page.contentType, origin, sink, problems);
      return;
    }
    try {
      sink.accept(readPage(page, origin, options));
    } catch (Rejected r) {
      problems.accept(new IngestProblem(origin, r.reason()));
    }
  }

  private static Document readPage(Fetched page, String origin, ReaderOptions options) throws Rejected {
    byte[] bytes = page.body;
    if (bytes.length == 0) throw new Rejected("empty page");
    String sniffed = Text.sniff(bytes, bytes.length);
    if (sniffed != null) throw new Rejected(sniffed);
    Charset charset = charset(page.contentType);
    boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    if (charset != null && !bom) {
      // the HTTP header wins over a <meta charset>: hand jsoup UTF-8 behind a byte order mark, which it trusts first
      byte[] utf8 = new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
      bytes = new byte[utf8.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(utf8, 0, bytes, 3, utf8.length);
    }
    Document doc = HtmlArticle.read(bytes, origin, origin);
    if (doc.url() == null) {
      Map<String, String> sources = new LinkedHashMap<>(doc.sources());
      sources.put("url", "the URL it was fetched from");
      doc = new Document(doc.id(), doc.text(), doc.title(), doc.published(), doc.outlet(), doc.author(),
          page.finalUri, doc.origin(), doc.publishedIso(), sources);
    }
    if (options.checkEnglish()) {
      String verdict = EnglishCheck.verdict(doc.fullText());
      if (verdict != null) throw new Rejected(verdict);
    }
    return doc;
  }

  private static Charset charset(String contentType) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) return null;
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null; // an unknown charset: let the page's own declaration decide
    }
  }

  // ---------------------------------------------------------------- HTTP

  private record Fetched(byte[] body, String contentType, String finalUri) {}

  private static Fetched fetch(URI uri, long maxBytes, Duration timeout) throws Rejected {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .timeout(timeout)
          .header("User-Agent", USER_AGENT)
          .header("Accept", ACCEPT)
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      throw new Rejected("not a valid http or https URL");
    }
    long[] declared = {-1};
    HttpResponse.BodyHandler<byte[]> handler = info -> {
      if (info.statusCode() / 100 != 2) return HttpResponse.BodySubscribers.replacing(null);
      declared[0] = info.headers().firstValueAsLong("content-length").orElse(-1);
      return new Capped(declared[0] > maxBytes ? 0 : maxBytes, declared[0] > maxBytes);
    };
    CompletableFuture<HttpResponse<byte[]>> future;
    HttpResponse<byte[]> response;
    try {
      future = Client.HTTP.sendAsync(request, handler);
    } catch (IllegalArgumentException e) {
      throw new Rejected("not a valid http or https URL");
    }
    try {
      response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Rejected("cannot read: no complete answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new Rejected("cannot read: interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof IOException && cause.getCause() instanceof TooLarge) cause = cause.getCause();
      if (cause instanceof TooLarge) {
        throw new Rejected("too large (over " + Text.size(maxBytes) + ")");
      }
      throw new Rejected("cannot read: " + why(cause, timeout));
    }
    int status = response.statusCode();
    if (status / 100 != 2) throw new Rejected("cannot read: HTTP status " + status);
    if (response.body() == null) {
      throw new Rejected(Text.tooLarge("too large", declared[0], maxBytes));
    }
    return new Fetched(response.body(), response.headers().firstValue("content-type").orElse(null),
        response.uri().toString());
  }

  private static String why(Throwable t, Duration timeout) {
    // the most telling cause first: the client wraps an unknown host in a ConnectException
    if (has(t, UnknownHostException.class) || has(t, UnresolvedAddressException.class)) return "unknown host";
    if (has(t, HttpConnectTimeoutException.class)) return "could not connect within " + timeout.toSeconds() + " s";
    if (has(t, HttpTimeoutException.class)) return "no answer within " + timeout.toSeconds() + " s";
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SSLException) return "TLS error: " + Text.oneLine(String.valueOf(c.getMessage()));
    }
    if (has(t, ConnectException.class)) return "connection refused";
    if (t instanceof IOException io) return DocumentReader.why(io);
    String msg = t == null ? null : t.getMessage();
    return msg == null || msg.isBlank() ? (t == null ? "unknown error" : t.getClass().getSimpleName())
        : Text.oneLine(msg);
  }

  private static boolean has(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) return true;
    }
    return false;
  }

  /** The body was larger than allowed. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large", null);
    }
  }

  /**
   * Gathers a body of at most {@code max} bytes; a larger one cancels the download and fails with {@link TooLarge}.
   * One already known to be too large (by its Content-Length) is not downloaded at all and gives null.
   */
  private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final boolean refuse;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Capped(long max, boolean refuse) {
      this.max = max;
      this.refuse = refuse;
    }

    @Override public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (refuse) {
        s.cancel();
        result.complete(null);
      } else {
        s.request(1);
      }
    }

    @Override public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) return;
      for (ByteBuffer b : buffers) {
        if (out.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
