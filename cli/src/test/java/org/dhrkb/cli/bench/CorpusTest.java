package org.dhrkb.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhrkb.generator.content.ContentLoader;
import org.dhrkb.generator.content.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  private static final Path SITE = Path.of("..", "site");

  @Test
  void scaledCorpusPassesEveryContentCheckWithThreeTimesTheItems(@TempDir Path tmp)
      throws Exception {
    KnowledgeBase real = ContentLoader.load(SITE);
    Corpus.Written corpus = Corpus.write(SITE, tmp.resolve("x3"), 3, Corpus.SEED);

    KnowledgeBase scaled = ContentLoader.load(corpus.site());

    int realThemeItems = real.getItems().size() - itemsOf(real, "further-advice");
    assertEquals(real.getItems().size() + 2 * realThemeItems, scaled.getItems().size());
    assertEquals(real.getGlossary().size() + 2, scaled.getGlossary().size());
  }

  @Test
  void sameSeedWritesTheSameFilesAndCopiesDifferFromTheOriginal(@TempDir Path tmp)
      throws Exception {
    Corpus.write(SITE, tmp.resolve("a"), 2, Corpus.SEED);
    Corpus.write(SITE, tmp.resolve("b"), 2, Corpus.SEED);
    Path copyA = tmp.resolve("a/content/themes/risk-assessment-c2.yaml");
    Path copyB = tmp.resolve("b/content/themes/risk-assessment-c2.yaml");

    assertEquals(
        Files.readString(copyA, StandardCharsets.UTF_8),
        Files.readString(copyB, StandardCharsets.UTF_8));
    assertNotEquals(
        Files.readString(SITE.resolve("content/themes/risk-assessment.yaml")).replace("-c2", ""),
        Files.readString(copyA, StandardCharsets.UTF_8).replace("-c2", ""));
  }

  private static int itemsOf(KnowledgeBase kb, String slug) {
    return (int) kb.getItems().stream().filter(i -> i.getTheme().getSlug().equals(slug)).count();
  }
}
