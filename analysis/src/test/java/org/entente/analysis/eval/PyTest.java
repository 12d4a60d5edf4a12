package org.entente.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Python semantics the scorer mimics, checked against values Python 3.11 prints. */
class PyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode j(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void threeDecimalsRoundLikePython() {
    assertEquals("0.062", Py.f3(0.0625));   // exact tie: to even
    assertEquals("0.001", Py.f3(0.0005));   // binary value lies just above the tie
    assertEquals("0.124", Py.f3(0.1245));   // and this one just below
    assertEquals("0.667", Py.f3(2.0 / 3));
    assertEquals("1.000", Py.f3(1.0));
    assertEquals("0.000", Py.f3(0.0));
  }

  @Test
  void floatRepr() {
    assertEquals("1e+16", Py.reprFloat(1e16));
    assertEquals("1000000000000000.0", Py.reprFloat(1e15));
    assertEquals("1e-05", Py.reprFloat(1e-5));
    assertEquals("0.0001", Py.reprFloat(1e-4));
    assertEquals("5e-324", Py.reprFloat(Double.MIN_VALUE));
    assertEquals("1.5e+300", Py.reprFloat(1.5e300));
    assertEquals("0.1", Py.reprFloat(0.1));
    assertEquals("2022.0", Py.reprFloat(2022.0));
    assertEquals("-0.0", Py.reprFloat(-0.0));
    assertEquals("0.6666666666666666", Py.reprFloat(2.0 / 3));
  }

  @Test
  void strAndRepr() throws Exception {
    assertEquals("[1, 'a', True, None, {'k': \"it's\"}]", Py.str(j("[1,\"a\",true,null,{\"k\":\"it's\"}]")));
    assertEquals("None", Py.str(null));
    assertEquals("None", Py.str(j("null")));
    assertEquals("2022", Py.str(j("2022")));
    assertEquals("'a\\nb\\x00\\u200b'", Py.reprString("a\nb\u0000\u200b"));
  }

  @Test
  void truthAndEquality() throws Exception {
    assertFalse(Py.truthy(j("0")));
    assertFalse(Py.truthy(j("\"\"")));
    assertFalse(Py.truthy(j("[]")));
    assertTrue(Py.truthy(j("\"0\"")));
    assertTrue(Py.eq(j("1"), j("true")));
    assertTrue(Py.eq(j("1.0"), j("1")));
    assertFalse(Py.eq(j("\"1\""), j("1")));
    assertTrue(Py.eq(j("{\"a\":[1,2]}"), j("{\"a\":[1.0,2]}")));
  }

  @Test
  void normalisation() {
    assertEquals("the \"foreign minister\" met his counterpart in oslo.",
        Py.norm("  The \u201cForeign Minister\u201d\u00a0 met\n\this [counterpart](#) in Oslo.\u2029"));
    assertEquals("it's fine", Py.norm("It\u2019s \ufb01ne"));
    assertEquals(3, Py.len("a\uD83D\uDE00b"));
    assertEquals("a\uD83D\uDE00", Py.prefix("a\uD83D\uDE00b", 2));
  }
}
