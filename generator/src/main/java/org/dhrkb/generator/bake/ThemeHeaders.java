package org.dhrkb.generator.bake;

import java.io.File;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.content.Theme;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.YamlEngine;

/**
 * JBake's YAML engine, except for the theme files of the bake in progress: those become a document
 * of their header alone ({@code type}, {@code status}, {@code title}, {@code order}), taken from
 * the knowledge base, which has read them already.
 *
 * <p>Why: JBake parses a YAML content file a second time and stores every key of it in its OrientDB
 * store, the lessons, actions, suggestions and references included; at 1,000 pages that crawl was
 * 14% of the build's samples and the largest part of the store's memory. No template reads those
 * lists from JBake's {@code content} (a theme page reads its theme from {@code kb} by {@code
 * content.uri}; the sitemap reads {@code uri} and {@code type}), so the site is the same. Any other
 * YAML file, or a theme file outside a bake, goes to JBake's engine as before.
 */
final class ThemeHeaders extends YamlEngine {

  /** Makes JBake's crawler use this engine for {@code .yaml} and {@code .yml} files. */
  static void register() {
    ThemeHeaders engine = new ThemeHeaders();
    Engines.register("yaml", engine);
    Engines.register("yml", engine);
  }

  @Override
  public DocumentModel parse(JBakeConfiguration config, File file) {
    Theme theme = themeOf(config, file);
    if (theme == null || theme.getStatus() == null) {
      return super.parse(config, file);
    }
    DocumentModel header = new DocumentModel();
    header.put("type", "theme");
    header.put("status", theme.getStatus());
    header.put("title", theme.getTitle());
    header.put("order", theme.getOrder());
    return header;
  }

  /** The theme the knowledge base of the bake in progress read from {@code file}, or null. */
  private static Theme themeOf(JBakeConfiguration config, File file) {
    KnowledgeBase kb = SiteBaker.current();
    if (kb == null) {
      return null;
    }
    String rel =
        config
            .getContentFolder()
            .toPath()
            .toAbsolutePath()
            .normalize()
            .relativize(file.toPath().toAbsolutePath().normalize())
            .toString();
    int dot = rel.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return kb.themeByUri(rel.substring(0, dot).replace(File.separatorChar, '/') + ".html");
  }
}
