package org.entente.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownLinksTest {
  @Test
  void linkMarkupIsDroppedAndItsWordsKept() {
    assertEquals("The envoys signed on May 3 in Lima.",
        Text.stripMarkdownLinks("The envoys [signed on May 3](#) in [Lima](https://example.org/lima)."));
    assertEquals("By Ana Ruiz, photo", Text.stripMarkdownLinks("By [Ana Ruiz](#), ![photo](img.png)"));
    assertEquals("a [bracket] stays", Text.stripMarkdownLinks("a [bracket] stays"));
  }
}
