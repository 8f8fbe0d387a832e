package org.dhrkb.generator.fidelity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhrkb.generator.content.ContentError;
import org.dhrkb.generator.content.Theme;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds an item of a theme file, and a word in its text, by line and column. The file is read again
 * as a YAML node tree (the content loader has already validated it), so the model stays free of
 * positions.
 */
final class ItemLocator {
  private final Path shown;
  private final List<String> lines;
  private final Map<String, Node> idNodes = new HashMap<>();
  private final Map<String, Node> textNodes = new HashMap<>();

  private ItemLocator(Path shown, List<String> lines) {
    this.shown = shown;
    this.lines = lines;
  }

  static ItemLocator of(Path contentDir, Theme theme) {
    String uri = theme.getUri();
    Path file = contentDir.resolve(uri.substring(0, uri.length() - ".html".length()) + ".yaml");
    try {
      ItemLocator locator =
          new ItemLocator(shown(file), Files.readAllLines(file, StandardCharsets.UTF_8));
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        locator.collect(new Yaml(new LoaderOptions()).compose(reader));
      }
      return locator;
    } catch (IOException | RuntimeException e) {
      // Unreadable now though it loaded a moment ago: errors fall back to the file's first line.
      return new ItemLocator(shown(file), List.of());
    }
  }

  /** A path as errors name it: relative to the working folder when it is under it. */
  static Path shown(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  private void collect(Node node) {
    if (node instanceof MappingNode map) {
      Node id = null;
      Node text = null;
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          if (key.getValue().equals("id")) {
            id = tuple.getValueNode();
          } else if (key.getValue().equals("text")) {
            text = tuple.getValueNode();
          }
        }
        collect(tuple.getValueNode());
      }
      if (id instanceof ScalarNode idScalar) {
        idNodes.putIfAbsent(idScalar.getValue(), id);
        if (text != null) {
          textNodes.putIfAbsent(idScalar.getValue(), text);
        }
      }
    } else if (node instanceof SequenceNode list) {
      list.getValue().forEach(this::collect);
    }
  }

  ContentError atFile(String message) {
    return new ContentError(shown, 1, 1, message);
  }

  ContentError atId(String id, String message) {
    return at(idNodes.get(id), message);
  }

  /**
   * At the {@code occurrence}-th (from 0) appearance of {@code word} in the item's text; at the
   * text itself when the word cannot be found (it may be split by markup).
   */
  ContentError atWord(String id, String word, int occurrence, String message) {
    Node text = textNodes.get(id);
    if (text == null || word == null) {
      return at(text != null ? text : idNodes.get(id), message);
    }
    String bare = WordDiff.bare(word);
    Pattern p = Pattern.compile("(?<![\\w])" + Pattern.quote(bare) + "(?![\\w])");
    int from = text.getStartMark().getLine();
    int to = Math.min(text.getEndMark().getLine(), lines.size() - 1);
    int seen = 0;
    for (int i = from; i <= to; i++) {
      Matcher m = p.matcher(lines.get(i));
      int start = i == from ? text.getStartMark().getColumn() : 0;
      while (m.find(start)) {
        if (seen++ == occurrence) {
          return new ContentError(shown, i + 1, m.start() + 1, message);
        }
        start = m.end();
      }
    }
    return at(text, message);
  }

  private ContentError at(Node node, String message) {
    if (node == null) {
      return atFile(message);
    }
    return new ContentError(
        shown, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message);
  }
}
