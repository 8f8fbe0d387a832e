package org.dhrkb.generator.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML content file read as a node tree, so that every value keeps its line and column and every
 * problem can be reported where it is.
 */
final class YamlFile {
  private final Path file;
  private final Path shownAs;
  private final List<String> lines;
  private final Node root;
  private final Problems problems;

  private YamlFile(Path file, Path shownAs, List<String> lines, Node root, Problems problems) {
    this.file = file;
    this.shownAs = shownAs;
    this.lines = lines;
    this.root = root;
    this.problems = problems;
  }

  /** Reads a file; a syntax error is recorded and yields a file with no root. */
  static YamlFile read(Path file, Path shownAs, Problems problems) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    List<String> lines = source.lines().toList();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Node root = new Yaml(options).compose(reader);
      return new YamlFile(file, shownAs, lines, root, problems);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark != null ? mark.getLine() + 1 : 1;
      int col = mark != null ? mark.getColumn() + 1 : 1;
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(shownAs, line, col, "not valid YAML: " + what);
      return new YamlFile(file, shownAs, lines, null, problems);
    }
  }

  /** The file as read from disk. */
  Path file() {
    return file;
  }

  /** The file as errors name it. */
  Path shownAs() {
    return shownAs;
  }

  Node root() {
    return root;
  }

  void error(Node at, String message) {
    Mark mark = at.getStartMark();
    problems.add(shownAs, mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  /**
   * Reports a problem with a word inside a scalar at the line and column where the word is,
   * searching the scalar's lines of the file (block scalars span many).
   */
  void errorAtWord(Node scalar, String word, String message) {
    int from = scalar.getStartMark().getLine();
    int to = Math.min(scalar.getEndMark().getLine(), lines.size() - 1);
    // Whole words only, but a mark such as [^ref] may follow a full stop: "risk.[^ref]".
    String before = Character.isLetterOrDigit(word.charAt(0)) ? "(?<![\\w.])" : "";
    String after = Character.isLetterOrDigit(word.charAt(word.length() - 1)) ? "(?![\\w])" : "";
    Pattern p = Pattern.compile(before + Pattern.quote(word) + after);
    for (int i = from; i <= to; i++) {
      Matcher m = p.matcher(lines.get(i));
      int start = i == from ? scalar.getStartMark().getColumn() : 0;
      if (m.find(start)) {
        problems.add(shownAs, i + 1, m.start() + 1, message);
        return;
      }
    }
    error(scalar, message);
  }

  /** The entries of a mapping node, by key; reports a non-mapping and unknown keys. */
  Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    Map<String, Node> result = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      error(node, what + " must be a mapping of keys to values");
      return result;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null) {
        error(tuple.getKeyNode(), "keys must be plain words");
      } else if (!allowed.contains(key)) {
        error(
            tuple.getKeyNode(),
            "unknown key '"
                + key
                + "' in "
                + what
                + " (expected one of: "
                + String.join(", ", allowed)
                + ")");
      } else {
        result.put(key, tuple.getValueNode());
      }
    }
    return result;
  }

  /** The elements of a sequence node; reports a non-sequence. */
  List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    error(node, what + " must be a list");
    return List.of();
  }

  /** A required string value; reports when missing or not a scalar. */
  String string(Map<String, Node> map, String key, Node owner, String what) {
    Node node = map.get(key);
    if (node == null) {
      error(owner, "missing " + key + " in " + what);
      return null;
    }
    return scalar(node, key);
  }

  /** An optional string value. */
  String optionalString(Map<String, Node> map, String key) {
    Node node = map.get(key);
    return node == null ? null : scalar(node, key);
  }

  String scalar(Node node, String key) {
    if (node instanceof ScalarNode s) {
      String value = s.getValue().strip();
      if (value.isEmpty()) {
        error(node, key + " must not be empty");
        return null;
      }
      return value;
    }
    error(node, key + " must be text");
    return null;
  }

  /** A list of strings (a YAML list, or one word); empty when absent. */
  List<String> strings(Map<String, Node> map, String key) {
    Node node = map.get(key);
    List<String> result = new ArrayList<>();
    if (node == null) {
      return result;
    }
    if (node instanceof ScalarNode s) {
      result.add(s.getValue().strip());
      return result;
    }
    for (Node element : sequence(node, key)) {
      String value = scalar(element, key);
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }
}
