package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.VisibleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed TOML file (poetry.lock, uv.lock, Pipfile, pyproject.toml) that can say on which line
 * an array-of-tables entry ([[package]]) and its keys are. The TOML parser keeps no positions in
 * its tree, so the lines come from a scan of the text's table headers.
 */
final class TomlFile {
  /** Made on first use: most apps have no TOML file for it to read. */
  private static final class Parser {
    static final TomlMapper MAPPER = new TomlMapper();
  }

  private final String file;
  private final JsonNode root;
  private final List<String> lines;
  private Map<String, List<Integer>> headers;

  private TomlFile(String file, JsonNode root, String text) {
    this.file = file;
    this.root = root;
    this.lines = List.of(text.split("\r?\n|\r", -1));
  }

  /** Parses the text; invalid TOML is bad input at the line the parser stopped. */
  static TomlFile parse(String file, String text, String fix) {
    try {
      JsonNode root = Parser.MAPPER.readTree(text);
      if (root == null || !root.isObject()) {
        throw new BadInputException(file + " is empty", Location.of(file),
            "It holds no TOML table.", List.of(fix));
      }
      return new TomlFile(file, root, text);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      Location at = where == null || where.getLineNr() < 1 ? Location.of(file)
          : new Location(file, where.getLineNr(), where.getColumnNr() < 1 ? null
              : where.getColumnNr());
      String why = e.getOriginalMessage() == null ? "" : VisibleText.of(
          e.getOriginalMessage().lines().findFirst().orElse(""));
      throw new BadInputException(file + " is not valid TOML", at, why, List.of(fix), e);
    }
  }

  /** Opens a file of the app when it exists. */
  static Optional<TomlFile> read(java.util.function.Function<String, Optional<String>> files,
      String file, String fix) {
    return files.apply(file).map(text -> parse(file, text, fix));
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** The n-th (from 0) {@code [[table]]} entry's line, or the file alone when not found. */
  Location entry(String table, int index) {
    List<Integer> found = headers().getOrDefault(table, List.of());
    return index < found.size() ? Location.of(file, found.get(index) + 1) : Location.of(file);
  }

  /** The line of {@code key = ...} in the n-th {@code [[table]]} entry, else the entry's. */
  Location key(String table, int index, String key) {
    List<Integer> found = headers().getOrDefault(table, List.of());
    if (index >= found.size()) {
      return Location.of(file);
    }
    for (int i = found.get(index) + 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("[")) {
        break;
      }
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith("=")) {
        return Location.of(file, i + 1);
      }
    }
    return Location.of(file, found.get(index) + 1);
  }

  /** The line of a plain table's header ("[packages]"), or the file alone. */
  Location table(String table) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("[" + table + "]")) {
        return Location.of(file, i + 1);
      }
    }
    return Location.of(file);
  }

  private synchronized Map<String, List<Integer>> headers() {
    if (headers == null) {
      headers = new HashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        int close = line.indexOf("]]");
        if (line.startsWith("[[") && close > 2) {
          String name = line.substring(2, close).replace(" ", "").replace("\"", "");
          headers.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
        }
      }
    }
    return headers;
  }

  /** The text of a string value, else empty. */
  static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** Bad input at a place in this file: a value of the wrong shape. */
  BadInputException wrong(Location at, String what, String fix) {
    return new BadInputException(file + " is not a valid " + file, at, what, List.of(fix));
  }
}
