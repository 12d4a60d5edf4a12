package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.BODY_B;
import static org.entente.ingest.Samples.BODY_C;
import static org.entente.ingest.Samples.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {
  @TempDir Path dir;
  final DocumentReader reader = new DocumentReader();

  static final String A = BODY_A.strip();
  static final String B = BODY_B.strip();
  static final String C = BODY_C.strip();

  static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news and politics</a></li>"
      + "<li><a href='/sport'>Sport results from everywhere</a></li></ul></nav>";
  static final String FOOTER = "<footer><p>About us, contact, careers and the terms of use of this sample site.</p>"
      + "<p>Copyright © 2022 Sample Wire Ltd</p></footer>";
  static final String SHARE = "<div class='share-buttons'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this</a>"
      + "<p>Share this story with friends who care about the border, the talks and the crossing.</p></div>";

  private Document only(Path file) {
    ReadResult r = reader.readFile(file);
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.documents().size());
    return r.documents().get(0);
  }

  @Test void mainTextIsKeptAndPageChromeDropped() {
    String html = "<!DOCTYPE html><html><head><title>Crossing to reopen | Sample Wire</title>"
        + "<meta property='og:site_name' content='Sample Wire'></head><body>"
        + "<header><div class='logo'>Sample Wire</div>" + NAV + "</header>"
        + "<div class='layout'><aside class='sidebar'><h3>Most read</h3><p>A story about a festival that many people liked, "
        + "with photographs, music and food.</p></aside>"
        + "<article class='story'><h1>Crossing to reopen</h1>"
        + "<p class='byline'>By Jane Sample</p>"
        + "<p>" + A + "</p>"
        + "<figure><img src='x.jpg'><figcaption>Ministers shake hands at the border post, in a picture from the day.</figcaption></figure>"
        + "<p>" + B + "</p>" + SHARE
        + "<div class='newsletter-signup'><p>Sign up for our morning briefing, sent every weekday before seven.</p></div>"
        + "<p>" + C + "</p></article></div>" + FOOTER + "<script>var x = 'The foreign ministers';</script></body></html>";
    Document d = only(write(dir.resolve("page.html"), html));
    assertEquals(A + "\n\n" + B + "\n\n" + C, d.text());
    assertEquals("Crossing to reopen", d.title());
    assertEquals("Sample Wire", d.outlet());
    assertEquals("Jane Sample", d.author());
    assertEquals("page.html", d.id());
  }

  @Test void metaDateAuthorAndTitleArePicked() {
    String html = "<html><head><title>Page title | Sample Wire</title>"
        + "<meta property='og:title' content='Observers offered for the election'>"
        + "<meta name='author' content='Sam Reporter'>"
        + "<meta property='article:published_time' content='2022-02-05T08:30:00+01:00'>"
        + "<meta property='og:site_name' content='Sample Wire'>"
        + "<link rel='canonical' href='https://example.org/observers'>"
        + "</head><body><div id='content'><p>" + B + "</p><p>" + A + "</p></div></body></html>";
    Document d = only(write(dir.resolve("meta.htm"), html));
    assertEquals("Observers offered for the election", d.title());
    assertEquals("Sam Reporter", d.author());
    assertEquals(LocalDate.of(2022, 2, 5), d.published());
    assertEquals("Sample Wire", d.outlet());
    assertEquals("https://example.org/observers", d.url());
    assertEquals(B + "\n\n" + A, d.text());
  }

  @Test void jsonLdDateAndAuthorArePicked() {
    String html = "<html><head><title>Arrests after march</title>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Sample Site\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Arrests after march\",\"datePublished\":\"2021-12-15T10:00:00Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Writer\"},{\"@type\":\"Person\",\"name\":\"Bo Writer\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Sample Daily\"}}]}</script>"
        + "</head><body><main><p>" + C + "</p><p>" + A + "</p></main></body></html>";
    Document d = only(write(dir.resolve("ld.html"), html));
    assertEquals("Arrests after march", d.title());
    assertEquals("Ann Writer, Bo Writer", d.author());
    assertEquals(LocalDate.of(2021, 12, 15), d.published());
    assertEquals("Sample Daily", d.outlet());
  }

  @Test void timeElementBylineAndFirstHeadingAreFallbacks() {
    String html = "<html><body><div class='post'><h1>Talks go on at the border</h1>"
        + "<div class='meta'><span>By Lee Sample</span> <time datetime='2023-03-22'>22 March</time></div>"
        + "<p>" + A + "</p><p>" + B + "</p></div></body></html>";
    Document d = only(write(dir.resolve("time.html"), html));
    assertEquals("Talks go on at the border", d.title());
    assertEquals("Lee Sample", d.author());
    assertEquals(LocalDate.of(2023, 3, 22), d.published());
    assertEquals(A + "\n\n" + B, d.text());
  }

  @Test void datelineInTheTextIsTheLastResort() {
    String html = "<html><body><article><p>Sample City, March 3, 2022</p><p>" + A + "</p></article></body></html>";
    Document d = only(write(dir.resolve("dateline.html"), html));
    assertEquals(LocalDate.of(2022, 3, 3), d.published());
    assertNull(d.author());
  }

  @Test void brokenHtmlIsStillRead() {
    String html = "<html><head><title>Unclosed page<body><div class=story><p>" + A + "<p>" + B
        + "<div><p>" + C + "</b></i></span></td></article>";
    Document d = only(write(dir.resolve("broken.html"), html));
    assertTrue(d.text().contains("met on Monday in a border town"), d.text());
    assertTrue(d.text().contains("ready to send observers"), d.text());
    assertTrue(d.text().contains("detained several protesters"), d.text());
    assertFalse(d.text().contains("<"), d.text());
  }

  @Test void pageWithoutArticleTextGivesOneProblem() {
    Path f = write(dir.resolve("empty.html"), "<html><head><title>Nothing here</title></head><body>" + NAV + FOOTER
        + "<script>document.write('hello')</script></body></html>");
    ReadResult r = reader.readFile(f);
    assertEquals(List.of(), r.documents());
    assertEquals(List.of(new IngestProblem(f.toString(), HtmlArticle.NO_TEXT)), r.problems());
  }

  @Test void blankHtmlFileGivesOneProblem() {
    Path f = write(dir.resolve("blank.htm"), "<html><body>   </body></html>");
    ReadResult r = reader.readFile(f);
    assertEquals(List.of(), r.documents());
    assertEquals(1, r.problems().size());
    assertEquals("no article text found in the HTML", r.problems().get(0).reason());
  }

  @Test void nonEnglishPageIsCaughtByTheEnglishCheck() {
    String html = "<html><body><article><p>Die Außenminister der beiden Nachbarstaaten trafen sich am Montag in einer "
        + "Grenzstadt. Sie einigten sich darauf, einen Übergang wieder zu öffnen, der seit einem Jahr geschlossen war, "
        + "und sagten, dass die Gespräche weitergehen würden.</p></article></body></html>";
    ReadResult r = reader.readFile(write(dir.resolve("de.html"), html));
    assertEquals(List.of(), r.documents());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).toString().contains("English"), r.problems().toString());
  }

  @Test void foldersIncludeHtmlPages() {
    write(dir.resolve("in/a.txt"), BODY_A);
    write(dir.resolve("in/b.HTML"), "<html><body><p>" + B + "</p></body></html>");
    write(dir.resolve("in/c.htm"), "<html><body><p>" + C + "</p></body></html>");
    write(dir.resolve("in/d.xml"), "<x/>");
    List<Document> docs = new ArrayList<>();
    reader.read(List.of(dir.resolve("in")), docs::add, p -> { throw new AssertionError(p.toString()); });
    assertEquals(List.of("a.txt", "b.HTML", "c.htm"), docs.stream().map(Document::id).toList());
    assertEquals(B, docs.get(1).text());
  }

  @Test void divParagraphsAndLinkListsAreTold() {
    String html = "<html><body><div id='main-content'><div>" + A + "</div><div>" + B + "</div>"
        + "<div class='links'><a href='/1'>Another story about something else entirely</a><br>"
        + "<a href='/2'>Yet another story that is not this one at all</a></div></div></body></html>";
    Document d = only(write(dir.resolve("divs.html"), html));
    assertEquals(A + "\n\n" + B, d.text());
  }
}
