package dev.unbuildpack.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON or YAML file that remembers the line of every key, so facts read from it can say
 * where they come from ("package.json:5"). A syntax error becomes a {@link BadInputException} with
 * the file, line and column the parser stopped at.
 */
public final class StructuredFile {
  private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory());
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String file;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private StructuredFile(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /** Parses JSON text; {@code fix} tells the user how to repair the file when it is malformed. */
  public static StructuredFile json(String file, String text, String fix) {
    return parse(JSON, file, text, fix);
  }

  public static StructuredFile yaml(String file, String text, String fix) {
    return parse(YAML, file, text, fix);
  }

  private static StructuredFile parse(ObjectMapper mapper, String file, String text, String fix) {
    try {
      JsonNode root = mapper.readTree(text);
      return new StructuredFile(
          file, root == null ? MissingNode.getInstance() : root, keyLines(mapper, text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where =
          at == null || at.getLineNr() < 1
              ? Location.of(file)
              : new Location(file, at.getLineNr(), at.getColumnNr());
      throw new BadInputException(
          file + " is not valid " + (mapper == JSON ? "JSON" : "YAML"),
          where,
          firstLine(e.getOriginalMessage()),
          List.of(fix),
          e);
    }
  }

  /**
   * Walks the tokens once and records, for each JSON pointer, the line its key or item is on.
   * Called only once the text has parsed, so the walk cannot fail.
   */
  private static Map<String, Integer> keyLines(ObjectMapper mapper, String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructEnd()) {
          continue;
        }
        var context = token.isStructStart()
            ? parser.getParsingContext().getParent()
            : parser.getParsingContext();
        if (context != null) {
          String pointer = context.pathAsPointer().toString();
          lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("text that parsed once failed to parse again", e);
    }
    return lines;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** The node at a JSON pointer ("/engines/node"); missing node when absent. */
  public JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** The text at a pointer when it is a string. */
  public Optional<String> text(String pointer) {
    JsonNode node = root.at(pointer);
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  /** Where the key or item at this pointer is; the file alone when the line is unknown. */
  public Location location(String pointer) {
    Integer line = lines.get(pointer);
    return line == null ? Location.of(file) : Location.of(file, line);
  }

  /** Escapes one key for use as a JSON pointer segment. */
  public static String segment(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
