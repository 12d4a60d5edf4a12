package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns a saved news page into a document: the article's main text, found by a readability-style score
 * (paragraph text length and commas add to the enclosing blocks; link-heavy blocks score less), and the
 * title, author, publication date, outlet and URL from the page's metadata.
 *
 * <p>Navigation, headers, footers, asides, forms, scripts, figure captions and share or subscribe widgets
 * are removed first. The article text is the paragraphs of the best container in document order, one
 * paragraph per block, separated by blank lines. Paragraphs that are site boilerplate
 * ({@link Boilerplate}) are left out.
 */
final class HtmlArticle {
  static final String NO_TEXT = "no article text found in the HTML";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String REMOVED_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
      + "figure, figcaption, iframe, svg, canvas, button, input, select, textarea, label, object, embed, "
      + "video, audio, map, dialog, menu, [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [role=dialog], [hidden], [aria-hidden=true]";
  /** class or id words of blocks that are not the article. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "share|sharing|social|subscri|newsletter|signup|sign-up|comment|related|recommend|promo|sidebar|"
          + "footer|header|masthead|menu|navbar|\\bnav\\b|breadcrumb|advert|\\bads?\\b|\\bad-|banner|cookie|"
          + "popup|modal|widget|sponsor|outbrain|taboola|caption|credit|tags|author-bio|more-stories|"
          + "read-more|trending|most-popular|print|toolbar|skip", Pattern.CASE_INSENSITIVE);
  /** class or id words of blocks that may hold the article (they keep an unlikely-looking block). */
  private static final Pattern LIKELY = Pattern.compile(
      "article|\\bbody\\b|content|entry|main|post|story|text|column", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|blog", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "share|social|comment|related|promo|sidebar|footer|widget|sponsor|meta|byline|hidden",
      Pattern.CASE_INSENSITIVE);
  private static final String PARAGRAPHS = "p, pre, blockquote, li, h2, h3, h4, h5, h6, td";
  private static final String BLOCKS = "address, article, aside, blockquote, dd, div, dl, dt, fieldset, footer, "
      + "form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, ul, figure";
  private static final Pattern BYLINE = Pattern.compile(
      "^[Bb][Yy]:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:[\\s,&]+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,7})\\s*$");
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  private static final int MIN_PARAGRAPH = 25;

  private HtmlArticle() {}

  /** The text, title and metadata of the page. */
  record Parts(String text, String title, LocalDate published, String outlet, String author, String url,
               Map<String, String> sources) {}

  /** Parses the page's bytes (charset from a byte order mark or meta tag, else UTF-8). */
  static Parts parse(byte[] html) throws IOException {
    return parse(Jsoup.parse(new ByteArrayInputStream(html), null, ""));
  }

  static Parts parse(String html) {
    return parse(Jsoup.parse(html));
  }

  private static Parts parse(org.jsoup.nodes.Document page) {
    try {
      return extract(page);
    } catch (RuntimeException e) {
      // jsoup is lenient, but never let a strange page stop a run
      return new Parts("", null, null, null, null, null, Map.of());
    }
  }

  /** Reads the page into a document, or rejects it when it has no article text. */
  static org.entente.core.Document read(byte[] html, String id, String origin) throws Rejected {
    Parts p;
    try {
      p = parse(html);
    } catch (IOException e) {
      throw new Rejected("cannot read: " + DocumentReader.why(e));
    }
    if (p.text().isBlank()) throw new Rejected(NO_TEXT);
    LocalDate published = p.published();
    String publishedIso = null;
    Map<String, String> sources = new LinkedHashMap<>(p.sources());
    if (published == null) {
      // no metadata and no dateline: estimate from the dates the article mentions, and say so
      java.util.Optional<PublicationDates.Estimate> e = PublicationDates.estimate(p.text());
      if (e.isPresent()) {
        published = e.get().day().orElse(null);
        publishedIso = published == null ? e.get().iso() : null;
        sources.put("published", "estimated: " + e.get().evidence());
      }
    }
    return new org.entente.core.Document(id, p.text(), p.title(), published, p.outlet(), p.author(), p.url(),
        origin, publishedIso, sources);
  }

  // ---------------------------------------------------------------- metadata

  private static Parts extract(org.jsoup.nodes.Document page) {
    List<JsonNode> ld = jsonLd(page);
    Map<String, String> sources = new LinkedHashMap<>();
    String outlet = pick(sources, "outlet", "HTML meta og:site_name", meta(page, "og:site_name"),
        "HTML JSON-LD publisher", ldPublisher(ld));
    String title = pick(sources, "title", "HTML meta og:title", meta(page, "og:title"),
        "HTML meta twitter:title", meta(page, "twitter:title"), "HTML <title>", titleTag(page, outlet),
        "HTML JSON-LD headline", ldString(ld, "headline"), "HTML <h1>", textOf(page.selectFirst("h1")));
    String author = pick(sources, "author", "HTML meta author", personName(meta(page, "author")),
        "HTML meta article:author", personName(meta(page, "article:author")),
        "HTML meta dc.creator", personName(meta(page, "dc.creator")), "HTML JSON-LD author", ldAuthor(ld),
        "HTML visible byline", visibleByline(page));
    String url = pick(sources, "url", "HTML link rel=canonical", attr(page.selectFirst("link[rel=canonical]"), "href"),
        "HTML meta og:url", meta(page, "og:url"));
    LocalDate published = date(meta(page, "article:published_time"));
    String publishedFrom = "HTML meta article:published_time";
    for (String key : new String[] {"og:published_time", "date", "pubdate", "publishdate", "publish-date",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "datepublished"}) {
      if (published != null) break;
      published = date(meta(page, key));
      publishedFrom = "HTML meta " + key;
    }
    if (published == null) {
      published = date(attr(page.selectFirst("[itemprop=datePublished]"), "content"));
      publishedFrom = "HTML itemprop=datePublished";
    }
    if (published == null) {
      published = date(ldString(ld, "datePublished"));
      publishedFrom = "HTML JSON-LD datePublished";
    }
    if (published == null) {
      for (Element time : page.select("time[datetime]")) {
        published = date(time.attr("datetime"));
        publishedFrom = "HTML <time datetime=\"" + time.attr("datetime") + "\">";
        if (published != null) break;
      }
    }
    String text = mainText(page, title);
    if (published == null) {
      published = Datelines.publicationDate(text).orElse(null);
      publishedFrom = "dateline in the article text";
    }
    if (published != null) sources.put("published", publishedFrom);
    if (!text.isBlank()) sources.put("body", "HTML main text (readability-style scoring of the page's blocks)");
    return new Parts(text, title, published, outlet, author, url, sources);
  }

  /** The first non-blank value of label/value pairs, recording its label as the field's source. */
  private static String pick(Map<String, String> sources, String field, String... labelsAndValues) {
    for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
      String v = labelsAndValues[i + 1];
      if (v != null && !v.isBlank()) {
        sources.put(field, labelsAndValues[i]);
        return v;
      }
    }
    return null;
  }

  /** A meta tag's content by its property, name or itemprop (case-insensitive), or null. */
  private static String meta(org.jsoup.nodes.Document page, String key) {
    for (Element m : page.select("meta[content]")) {
      for (String a : new String[] {"property", "name", "itemprop"}) {
        if (m.attr(a).strip().equalsIgnoreCase(key)) {
          String v = clean(m.attr("content"));
          if (v != null) return v;
        }
      }
    }
    return null;
  }

  /** The title element, less a " | Outlet" or " - Outlet" ending. */
  private static String titleTag(org.jsoup.nodes.Document page, String outlet) {
    String t = clean(page.title());
    if (t == null || outlet == null) return t;
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      if (t.endsWith(sep + outlet)) return t.substring(0, t.length() - sep.length() - outlet.length()).strip();
    }
    return t;
  }

  private static List<JsonNode> jsonLd(org.jsoup.nodes.Document page) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : page.select("script[type=application/ld+json]")) {
      try {
        flatten(JSON.readTree(s.data()), out);
      } catch (Exception e) {
        // a broken JSON-LD block is ignored like any other broken markup
      }
    }
    // articles first, so their fields win over a page's or a website's
    List<JsonNode> sorted = new ArrayList<>();
    for (JsonNode n : out) if (isArticle(n)) sorted.add(n);
    for (JsonNode n : out) if (!isArticle(n)) sorted.add(n);
    return sorted;
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n == null) return;
    if (n.isArray()) {
      for (JsonNode e : n) flatten(e, out);
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) flatten(n.get("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode t = n.get("@type");
    String types = t == null ? "" : t.toString();
    return types.contains("Article") || types.contains("BlogPosting") || types.contains("Report");
  }

  private static String ldString(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual()) {
        String s = clean(v.textValue());
        if (s != null) return s;
      }
    }
    return null;
  }

  private static String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a == null) continue;
      List<String> names = new ArrayList<>();
      for (JsonNode one : a.isArray() ? a : List.of(a)) {
        String name = one.isTextual() ? one.textValue() : one.path("name").asText(null);
        name = personName(name);
        if (name != null) names.add(name);
      }
      if (!names.isEmpty()) return String.join(", ", names);
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p == null) continue;
      String name = p.isTextual() ? p.textValue() : p.path("name").asText(null);
      name = clean(name);
      if (name != null) return name;
    }
    return null;
  }

  /** A name, or null for a blank value or a link to a profile page. */
  private static String personName(String s) {
    s = clean(s);
    if (s == null || s.startsWith("http://") || s.startsWith("https://")) return null;
    Matcher m = BYLINE.matcher(s);
    return m.matches() ? m.group(1).strip() : s;
  }

  /** A short visible "By Name" line, or an element marked as the byline or author. */
  private static String visibleByline(org.jsoup.nodes.Document page) {
    Element body = page.body();
    if (body == null) return null;
    for (Element e : body.select("[rel=author], [itemprop=author], .byline, .author, .by-author")) {
      String name = personName(e.text());
      if (name != null && name.length() <= 80) return name;
    }
    for (Element e : body.select("p, div, span, address, h2, h3, h4, h5, h6, li")) {
      String own = e.text().strip();
      if (own.length() > 100) continue;
      Matcher m = BYLINE.matcher(own);
      if (m.matches()) return m.group(1).strip();
    }
    return null;
  }

  /** A date at the start of a value ("2022-02-04T10:00:00+0100", "2022-02-04") or written out. */
  private static LocalDate date(String value) {
    if (value == null) return null;
    Matcher m = ISO_DATE.matcher(value);
    try {
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return value.length() <= 80 ? Datelines.dateIn(value).orElse(null) : null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : clean(e.attr(name));
  }

  private static String textOf(Element e) {
    return e == null ? null : clean(e.text());
  }

  private static String clean(String s) {
    if (s == null) return null;
    s = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }

  // ---------------------------------------------------------------- main text

  private static String mainText(org.jsoup.nodes.Document page, String title) {
    Element body = page.body();
    if (body == null) return "";
    body = body.clone();
    body.select(REMOVED_TAGS).remove();
    removeUnlikely(body);
    markTextOnlyDivs(body);

    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, div[data-entente-p]")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) continue;
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        scores.merge(parent, score / (level == 0 ? 1 : level * 2), Double::sum);
        scores.putIfAbsent(parent, 0.0);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = (e.getValue() + initialScore(e.getKey())) * (1 - linkDensity(e.getKey()));
      if (best == null || s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    List<Element> containers = new ArrayList<>();
    if (best == null) {
      containers.add(body);
    } else {
      // siblings that score well, or are good paragraphs themselves, belong to the article too
      Element parent = best.parent();
      if (parent == null) {
        containers.add(best);
      } else {
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
          if (sibling == best) {
            containers.add(sibling);
            continue;
          }
          Double raw = scores.get(sibling);
          double s = raw == null ? 0 : (raw + initialScore(sibling)) * (1 - linkDensity(sibling));
          boolean goodParagraph = sibling.tagName().equals("p") && sibling.text().length() > 80
              && linkDensity(sibling) < 0.25;
          if (s >= threshold || goodParagraph) containers.add(sibling);
        }
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element c : containers) collectParagraphs(c, paragraphs, title);
    if (paragraphs.isEmpty() && best != null) collectParagraphs(body, paragraphs, title);
    if (paragraphs.isEmpty()) {
      String rest = clean(body.text());
      if (rest != null && !Boilerplate.isBoilerplate(rest)) paragraphs.add(rest);
    }
    // a leading "By Name" line is metadata, not text
    while (!paragraphs.isEmpty() && BYLINE.matcher(paragraphs.get(0)).matches()) paragraphs.remove(0);
    return String.join("\n\n", paragraphs);
  }

  private static void removeUnlikely(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      String tag = e.tagName();
      if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) continue;
      String words = e.className() + " " + e.id();
      if (words.isBlank()) continue;
      if (UNLIKELY.matcher(words).find() && !LIKELY.matcher(words).find()) doomed.add(e);
    }
    for (Element e : doomed) e.remove();
  }

  /** A div with text of its own and no block children is a paragraph, as pages often write them. */
  private static void markTextOnlyDivs(Element body) {
    for (Element div : body.select("div")) {
      if (!div.select(BLOCKS).stream().allMatch(e -> e == div)) continue;
      boolean ownText = false;
      for (org.jsoup.nodes.Node n : div.childNodes()) {
        if (n instanceof TextNode t && !t.isBlank()) ownText = true;
      }
      if (ownText || !div.text().isBlank()) div.attr("data-entente-p", "");
    }
  }

  private static double initialScore(Element e) {
    double s = switch (e.tagName()) {
      case "article", "main" -> 10;
      case "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String words = e.className() + " " + e.id();
    if (!words.isBlank()) {
      if (POSITIVE.matcher(words).find()) s += 25;
      if (NEGATIVE.matcher(words).find()) s -= 25;
    }
    return s;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',') n++;
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1.0, links / (double) total);
  }

  /** The paragraphs under an element, in document order, each block once. */
  private static void collectParagraphs(Element e, List<String> out, String title) {
    boolean take;
    if (e.is("p, pre, h2, h3, h4, h5, h6")) {
      take = true;
    } else if (e.is("blockquote, li, td, div[data-entente-p]")) {
      take = e.select(BLOCKS).stream().allMatch(b -> b == e); // else its blocks are taken one by one
    } else {
      take = false;
    }
    if (!take) {
      for (Element child : e.children()) collectParagraphs(child, out, title);
      return;
    }
    String text = e.is("pre") ? e.wholeText().strip() : clean(e.text());
    if (text == null || text.isEmpty()) return;
    if (e.is("li, td, div") && text.length() < MIN_PARAGRAPH) return;
    if (linkDensity(e) > 0.5) return;
    if (e.is("h2, h3, h4, h5, h6") && (text.equals(title) || text.length() > 200)) return;
    if (Boilerplate.isBoilerplate(text)) return;
    out.add(text);
  }
}
