/*
 * Entente — evidence-backed event data from news. Copyright (C) the Entente developers.
 * Licensed under the GNU General Public License, version 3 or later (see LICENSE).
 */
package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The faster scoring must be CoreNLP's scoring: same numbers, same parses. */
class InterleavedClassifierTest {
  private static List<CoreMap> sentences;

  @BeforeAll
  static void tagTheSampleCorpus() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("../samples"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        text.append(Files.readString(p)).append("\n\n");
      }
    }
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation annotation = new Annotation(text.toString());
    new StanfordCoreNLP(props).annotate(annotation);
    sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    assertTrue(sentences.size() > 100, "the sample corpus has " + sentences.size() + " sentences");
  }

  @Test
  void scoresAndParsesAreBitForBitCoreNlps() throws ReflectiveOperationException {
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    Classifier original = (Classifier) field("classifier").get(parser);
    ParsingSystem system = (ParsingSystem) field("system").get(parser);
    Method featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
    featureArray.setAccessible(true);
    List<String> before = new ArrayList<>();
    List<int[]> states = new ArrayList<>();
    for (CoreMap s : sentences) {
      before.add(parser.predict(s).typedDependencies().toString());
      // every parser state on the way to the parse, to compare raw scores
      Configuration c = system.initialConfiguration(s);
      for (int moves = 0; moves < 6 && system.canApply(c, "S"); moves++) {
        states.add((int[]) featureArray.invoke(parser, c));
        system.apply(c, "S");
      }
    }

    assertFalse(InterleavedClassifier.installedIn(parser));
    InterleavedClassifier.install(parser);
    assertTrue(InterleavedClassifier.installedIn(parser));
    Classifier interleaved = (Classifier) field("classifier").get(parser);
    assertNotSame(original, interleaved);

    for (int[] features : states) {
      assertArrayEquals(original.computeScores(features), interleaved.computeScores(features), 0.0);
    }
    List<String> after = new ArrayList<>();
    for (CoreMap s : sentences) after.add(parser.predict(s).typedDependencies().toString());
    assertEquals(before, after);
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = DependencyParser.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
