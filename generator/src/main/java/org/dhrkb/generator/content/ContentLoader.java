package org.dhrkb.generator.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dhrkb.generator.links.LinkReport;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates every content file of {@code site/content}: themes, the home page and the
 * glossary (YAML), audience and other pages (JBake Markdown with a header). Two passes: one reader
 * per kind of file loads each file on its own, then {@link CrossChecks} checks what spans files.
 * Every problem is collected with its file, line and column; {@link #load} throws them all at once.
 */
public final class ContentLoader {
  private final Path contentDir;
  private final Path shownRoot;
  private final LoadedContent content = new LoadedContent(new Problems());
  private final ItemMarkdown markdown;

  private ContentLoader(Path siteDir) {
    this.contentDir = siteDir.resolve("content");
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = contentDir.toAbsolutePath().normalize();
    this.shownRoot = abs.startsWith(cwd) ? cwd : null;
    this.markdown =
        ItemMarkdown.forSite(siteDir, shown(siteDir.resolve("jbake.properties")), content);
  }

  /**
   * Loads the content folder of a JBake source folder.
   *
   * @param siteDir the folder holding {@code content/} and {@code jbake.properties}
   * @throws ContentException with every problem found
   */
  public static KnowledgeBase load(Path siteDir) throws ContentException {
    return new ContentLoader(siteDir).run();
  }

  private KnowledgeBase run() throws ContentException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(contentDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      content.problems.add(
          shown(contentDir), 1, 1, "cannot read the content folder: " + e.getMessage());
      content.problems.throwIfAny();
      return null;
    }
    for (Path file : files) {
      try {
        readFile(file);
      } catch (IOException e) {
        content.problems.add(shown(file), 1, 1, "cannot read: " + e.getMessage());
      }
    }
    if (content.glossary.isEmpty()) {
      content.problems.add(
          shown(contentDir.resolve("glossary.yaml")),
          1,
          1,
          "no glossary: add glossary.yaml (type: glossary) defining every acronym");
    }
    KnowledgeBase kb =
        new KnowledgeBase(
            content.themes, content.audiences, content.glossary, content.home, content.updates);
    readLinkReport(kb);
    CrossChecks.run(content, kb);
    content.problems.throwIfAny();
    return kb;
  }

  /** The last link check ({@code site/links.tsv}), for the dates the site prints beside links. */
  private void readLinkReport(KnowledgeBase kb) {
    Path report = contentDir.resolveSibling(LinkReport.FILE);
    try {
      kb.links = LinkReport.read(contentDir.getParent());
    } catch (LinkReport.DamagedLine e) {
      content.problems.add(
          shown(report),
          e.line(),
          1,
          "not a line of kb links' report ("
              + e.getCause().getMessage()
              + "): run ./kb links again");
    } catch (IOException e) {
      content.problems.add(shown(report), 1, 1, "cannot read: " + e.getMessage());
    }
  }

  /** The first pass over one file: the reader for its kind loads it into {@link #content}. */
  private void readFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".md") || name.endsWith(".html")) {
      new PageReader(content).read(file, shown(file), uriOf(file));
      return;
    }
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return;
    }
    YamlFile yaml = YamlFile.read(file, shown(file), content.problems);
    if (yaml.root() == null) {
      return;
    }
    String type = typeValue(yaml);
    if ("theme".equals(type)) {
      content.pageUris.add(uriOf(file));
      Theme theme = new ThemeReader(content, markdown).read(yaml, uriOf(file));
      if (theme != null) {
        content.themes.add(theme);
      }
    } else if ("home".equals(type)) {
      content.home = new HomeReader(content, markdown).read(yaml);
    } else if ("glossary".equals(type)) {
      content.pageUris.add(uriOf(file));
      content.glossary.addAll(new GlossaryReader(content).read(yaml));
    }
  }

  private static String typeValue(YamlFile yaml) {
    if (yaml.root() instanceof MappingNode m) {
      for (var tuple : m.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")) {
          String type = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
          if (!type.equals("theme") && !type.equals("glossary") && !type.equals("home")) {
            yaml.error(
                tuple.getValueNode(),
                "unknown kind '"
                    + type
                    + "' (YAML content files are type: theme, glossary or home)");
          }
          return type;
        }
      }
      yaml.error(m, "missing type: add 'type: theme' or 'type: glossary'");
      return null;
    }
    yaml.error(yaml.root(), "a content file must be a mapping of keys to values");
    return null;
  }

  /** The page a content file becomes, relative to the site root. */
  private String uriOf(Path file) {
    String rel = contentDir.relativize(file).toString().replace('\\', '/');
    int dot = rel.lastIndexOf('.');
    return (dot >= 0 ? rel.substring(0, dot) : rel) + ".html";
  }

  /** The file as errors name it: relative to the working folder when it is under it. */
  private Path shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return shownRoot != null ? shownRoot.relativize(abs) : abs;
  }
}
