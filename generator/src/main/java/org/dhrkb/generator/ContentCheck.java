package org.dhrkb.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhrkb.generator.content.ContentError;
import org.dhrkb.generator.content.ContentException;
import org.dhrkb.generator.content.ContentLoader;
import org.dhrkb.generator.content.ContentWarning;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.content.StyleCheck;
import org.dhrkb.generator.fidelity.FidelityCheck;
import org.dhrkb.generator.fidelity.SourcePublication;

/** What {@code kb check} checks: the content as a build loads it, the 2013 wording, the style. */
final class ContentCheck {
  private ContentCheck() {}

  /**
   * Everything a build checks, then the 2013 wording and the points of style.
   *
   * @param site the JBake source folder
   * @param source the 2013 publication; when missing, a warning says the wording was not checked
   * @return the points of style
   * @throws ContentException every error, the 2013 wording's included
   */
  static List<ContentWarning> run(Path site, Path source) throws ContentException {
    KnowledgeBase kb = ContentLoader.load(site);
    List<ContentWarning> warnings = new ArrayList<>();
    try {
      if (Files.isRegularFile(source)) {
        List<ContentError> errors =
            FidelityCheck.check(SourcePublication.read(source), kb, site.resolve("content"));
        if (!errors.isEmpty()) {
          throw new ContentException(errors);
        }
      } else {
        warnings.add(
            new ContentWarning(
                source, 1, 1, "no copy of the 2013 publication here: its wording was not checked"));
      }
      warnings.addAll(StyleCheck.check(site));
    } catch (IOException e) {
      throw new BuildException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return warnings;
  }
}
