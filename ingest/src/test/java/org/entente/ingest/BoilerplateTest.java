package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.BODY_B;
import static org.entente.ingest.Samples.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateTest {
  @TempDir Path dir;
  final DocumentReader reader = new DocumentReader();

  @Test void everyPatternMatchesItsOwnExample() {
    assertTrue(Boilerplate.rules().size() > 20);
    for (Boilerplate.Rule rule : Boilerplate.rules()) {
      assertFalse(rule.example().isBlank(), rule.pattern().pattern());
      assertTrue(Boilerplate.isBoilerplate(rule.example()), () -> rule.pattern() + " / " + rule.example());
    }
  }

  @Test void madeUpBoilerplateLinesAreDropped() {
    for (String line : List.of(
        "To receive the Sample Gazette's Weekly Newsletter (best stories), click here.",
        "Subscribe now and get the first month free",
        "Sign up for our evening digest",
        "Print Friendly, PDF & Email",
        "Visit and follow us on Instagram at @sample_gazette.",
        "Share this:",
        "Follow us on Twitter and Telegram",
        "To read the whole interview, click here.",
        "Region: Middle East & North Africa",
        "Theme: Law and Justice",
        "The original source of this article is The Sample Gazette",
        "The views expressed in this piece are the sole responsibility of the writer.",
        "samplegazette.example contains copyrighted material we reproduce without charge.",
        "We use such material under the principle of fair use, without any copyright claim.",
        "Copyright © Sample Writer, The Sample Gazette, 2020",
        "© 2021 Sample Media Group",
        "Photo: Sample Agency",
        "Image: a file picture of the port",
        "The harbour at dawn. (Photo by Sample Agency)",
        "For media inquiries: desk@example.org",
        "**Become a Member of the Sample Gazette**",
        "*")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test void realSentencesAndLongParagraphsSurvive() {
    for (String line : List.of(
        BODY_A.strip(),
        "The minister said that newspapers which subscribe to the agency would be told first.",
        "Signing up to the treaty took the government three years.",
        "The photo of the summit was shown on state television on Sunday.",
        "Sources said the talks would resume.",
        "He described the fair use of force as the main question.",
        // a paragraph that mentions the words but is long: kept
        "Subscribe, the opposition leader said, is what citizens were asked to do to the new rules, and many "
            + "refused; " + BODY_A.strip() + " " + BODY_B.strip() + " " + BODY_A.strip())) {
      assertFalse(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test void cleaningKeepsTheOriginalCharactersAndLineBreaks() {
    String text = "Headline about the crossing\n\nPrint Friendly, PDF & Email\n  " + BODY_A
        + "\nShare this\n\n" + BODY_B + "\n© 2022 Sample Wire Ltd";
    assertEquals("Headline about the crossing\n\n  " + BODY_A + "\n\n" + BODY_B + "\n", Boilerplate.clean(text));
    assertEquals(BODY_A, Boilerplate.clean(BODY_A));
  }

  @Test void captionRepeatedWithACreditKeepsOneCopyInsideTheArticle() {
    String caption = "Two ministers shake hands at the border post.\n";
    String text = BODY_A + caption + "Two ministers shake hands at the border post. Sample Agency/Photographer\n" + BODY_B;
    assertEquals(BODY_A + caption + BODY_B, Boilerplate.clean(text));
  }

  @Test void captionRepeatedWithACreditAtTheEndIsDropped() {
    String text = BODY_A + BODY_B + "Two ministers shake hands at the border post.\n"
        + "Two ministers shake hands at the border post. Sample Agency/Photographer\n";
    assertEquals(BODY_A + BODY_B, Boilerplate.clean(text));
  }

  @Test void plainTextFilesAreCleanedButFrontMatterBodiesAreNot() {
    Document plain = reader.readFile(write(dir.resolve("a.txt"),
        "Sign up for our newsletter\n\n" + BODY_A + "\nFollow us on Instagram\n")).documents().get(0);
    assertEquals("\n" + BODY_A + "\n", plain.text());
    String fmBody = "Sign up for our newsletter\n\n" + BODY_A;
    Document fm = reader.readFile(write(dir.resolve("b.md"), "---\ntitle: T\n---\n" + fmBody)).documents().get(0);
    assertEquals(fmBody, fm.text());
  }

  @Test void aFileOfOnlyBoilerplateIsAProblem() {
    ReadResult r = reader.readFile(write(dir.resolve("c.txt"), "Share this\n\nPrint Friendly, PDF & Email\n"));
    assertEquals(List.of(), r.documents());
    assertEquals("no text (only site boilerplate)", r.problems().get(0).reason());
  }
}
