package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnglishCheckTest {
  @Test void fiftyFunctionWords() {
    assertEquals(50, EnglishCheck.FUNCTION_WORDS.size());
    for (String w : EnglishCheck.FOREIGN_FUNCTION_WORDS) {
      assertTrue(!EnglishCheck.FUNCTION_WORDS.contains(w), w);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      Samples.BODY_A,
      "Russia and China signed a trade deal.",
      "Ministers Agree To Reopen Border Crossing",
      "Vladimir Putin met Xi Jinping, Narendra Modi and Recep Tayyip Erdogan in Moscow on Monday. "
          + "Sergei Lavrov, Wang Yi, Subrahmanyam Jaishankar and Mevlut Cavusoglu joined them later.",
      "Photo: Sergei Lavrov, Wang Yi, Antony Blinken, Annalena Baerbock, Dmitry Peskov, Mao Ning, "
          + "Ned Price, Josep Borrell (Reuters/AFP/Xinhua/TASS)",
      "Ursula von der Leyen and Josep Borrell met UN envoy Staffan de Mistura in Brussels, while Bashar "
          + "al-Assad's envoy stayed in Damascus. The de facto ceasefire held, officials said, and the UN "
          + "Security Council will meet on Friday in New York.",
      "RUSSIA AND CHINA SIGN A NEW TRADE DEAL IN BEIJING AS THE TWO LEADERS MEET FOR TALKS ON ENERGY",
      "The spokesman told reporters: «Мы не позволим диктовать нам условия», which he said was a refusal "
          + "to accept terms from anyone. The ministry later published the full statement on its website.",
  })
  void englishPasses(String text) {
    assertNull(EnglishCheck.verdict(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die Regierung hat am Montag beschlossen, die Hilfen für das Nachbarland deutlich zu erhöhen. "
          + "Ein Sprecher sagte, man werde die Lage weiter beobachten und mit den Partnern sprechen.",
      "De regering heeft maandag aangekondigd dat zij de hulp aan het buurland zal verhogen. Een woordvoerder "
          + "zei dat de situatie gespannen is en dat de gesprekken worden voortgezet.",
      "Le gouvernement a annoncé lundi qu'il allait renforcer son aide au pays voisin. Selon un porte-parole, "
          + "la situation reste tendue et les discussions se poursuivront dans les prochains jours.",
      "Il governo ha annunciato lunedì che aumenterà gli aiuti al paese vicino. Un portavoce ha detto che "
          + "la situazione resta tesa e che i colloqui continueranno nei prossimi giorni.",
      "O governo anunciou na segunda-feira que vai aumentar a ajuda ao país vizinho. Um porta-voz disse "
          + "que a situação continua tensa e que as conversas vão continuar nos próximos dias.",
      "Pemerintah mengumumkan pada hari Senin bahwa mereka akan meningkatkan bantuan kepada negara tetangga. "
          + "Seorang juru bicara mengatakan situasi masih tegang.",
      "Hükümet pazartesi günü komşu ülkeye yapılan yardımı artıracağını açıkladı. Bir sözcü durumun gergin "
          + "olmaya devam ettiğini ve görüşmelerin önümüzdeki günlerde süreceğini söyledi.",
      "政府周一宣布将增加对邻国的援助。一位发言人表示，局势仍然紧张。",
      "12345 67890 -- ## ..",
  })
  void otherLanguagesFail(String text) {
    String verdict = EnglishCheck.verdict(text);
    assertTrue(verdict != null && verdict.startsWith("does not look like English text"), text);
  }
}
