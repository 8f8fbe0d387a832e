package org.dhrkb.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StaticSiteTest {
  @Test
  void decodesPercentEscapesAsUtf8() {
    assertEquals("/a b/é.html", StaticSite.decode("/a%20b/%C3%A9.html"));
    assertEquals("/a+b", StaticSite.decode("/a+b"));
  }

  @Test
  void rejectsMalformedEscapes() {
    assertNull(StaticSite.decode("/%2"));
    assertNull(StaticSite.decode("/%zz"));
  }
}
