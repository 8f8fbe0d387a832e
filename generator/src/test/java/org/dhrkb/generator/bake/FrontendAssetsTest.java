package org.dhrkb.generator.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.dhrkb.generator.BuiltSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled stylesheet is reused across builds, and never when the Sass changed. */
class FrontendAssetsTest {
  @TempDir Path work;

  @Test
  void reusesTheCompiledCssAndCompilesAgainWhenTheSassChanges() throws IOException {
    Path scss = copyOfTheRealSass();
    Path cache = work.resolve("cache");

    FrontendAssets.write(scss, work.resolve("one"), cache);
    List<Path> first = cssIn(cache);
    assertEquals(1, first.size(), first.toString());
    String css = Files.readString(work.resolve("one/css/site.css"));
    assertTrue(css.contains(".govuk-header"), "GOV.UK Frontend is compiled in");
    assertTrue(Files.size(work.resolve("one/js/govuk-frontend.min.js")) > 10_000);

    // A second build of the same inputs takes the cached file as it is.
    Files.writeString(first.get(0), css + "/* from the cache */");
    FrontendAssets.write(scss, work.resolve("two"), cache);
    assertTrue(Files.readString(work.resolve("two/css/site.css")).endsWith("/* from the cache */"));

    // A change to our Sass is a new key: compiled again, the stale stylesheet not reused.
    Path main = scss.resolve("site.scss");
    Files.writeString(main, Files.readString(main) + "\n.kb-cache-probe { color: #0b0c0c; }\n");
    FrontendAssets.write(scss, work.resolve("three"), cache);
    String changed = Files.readString(work.resolve("three/css/site.css"));
    assertTrue(changed.contains(".kb-cache-probe"), "the edited Sass is compiled");
    assertFalse(changed.contains("from the cache"));
    assertEquals(2, cssIn(cache).size());
    assertNotEquals(
        first.get(0),
        cssIn(cache).stream().filter(p -> !first.contains(p)).findFirst().orElseThrow());
  }

  private Path copyOfTheRealSass() throws IOException {
    Path to = work.resolve("scss");
    Files.createDirectories(to);
    PathUtils.copyDirectory(BuiltSite.templates().resolve("scss"), to);
    return to;
  }

  private static List<Path> cssIn(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
    }
  }
}
