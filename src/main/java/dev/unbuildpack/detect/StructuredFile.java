package dev.unbuildpack.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.JsonInput;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
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
  // Parsers only: an ObjectMapper's set-up alone (its date formats load the locale data) costs a
  // fresh process more than reading every file of an app, and a tree needs none of it.
  private static final JsonFactory JSON = Json.factory();

  /** Loaded on first use: most apps have no YAML file, and the YAML parser is slow to start. */
  private static final class Yaml {
    static final JsonFactory FACTORY = new YAMLFactory();
  }

  private final String file;
  private final JsonNode root;
  private final JsonFactory format;
  private final String text;
  /** Which top-level value of the text {@code root} is: YAML files may hold several. */
  private final int document;
  private Map<String, Integer> lines;

  private StructuredFile(String file, JsonNode root, JsonFactory format, String text,
      int document) {
    this.file = file;
    this.root = root;
    this.format = format;
    this.text = text;
    this.document = document;
  }

  /** Parses JSON text; {@code fix} tells the user how to repair the file when it is malformed. */
  public static StructuredFile json(String file, String text, String fix) {
    return parse(JSON, file, text, fix);
  }

  public static StructuredFile yaml(String file, String text, String fix) {
    return parse(Yaml.FACTORY, file, text, fix);
  }

  private static StructuredFile parse(JsonFactory format, String file, String text, String fix) {
    try (JsonParser parser = format.createParser(text)) {
      JsonNode root = Json.readTree(parser);
      int document = 0;
      if (format == JSON) {
        if (parser.nextToken() != null) {
          throw invalid(format, file, parser.currentTokenLocation(),
              "Unexpected content after the end of the JSON value", fix, null);
        }
      } else {
        // A YAML file may hold several documents, and the last is the one that counts: pnpm 11
        // writes its own lockfile first and the app's after it.
        for (JsonNode next = Json.readTree(parser); !next.isMissingNode();
            next = Json.readTree(parser)) {
          root = next;
          document++;
        }
      }
      return new StructuredFile(file, root, format, text, document);
    } catch (JsonProcessingException e) {
      throw invalid(format, file, e.getLocation(), e.getOriginalMessage(), fix, e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private static BadInputException invalid(JsonFactory format, String file, JsonLocation at,
      String message, String fix, Exception cause) {
    Location where = at == null || at.getLineNr() < 1 ? Location.of(file)
        : new Location(file, at.getLineNr(), at.getColumnNr());
    return new BadInputException(file + " is not valid " + (format == JSON ? "JSON" : "YAML"),
        where, JsonInput.firstLine(message), List.of(fix), cause);
  }

  /**
   * Walks the tokens once and records, for each JSON pointer into the chosen document, the line
   * its key or item is on. Called only once the text has parsed, so the walk cannot fail; and
   * only when a location is first asked for, which some files never need.
   */
  private static Map<String, Integer> keyLines(JsonFactory format, String text, int document) {
    Map<String, Integer> lines = new HashMap<>();
    // The open objects and arrays, innermost first. Pointers are built here, one string per
    // token, rather than asked of the parser's context, which builds a JsonPointer chain each time.
    ArrayDeque<Container> open = new ArrayDeque<>();
    int at = -1;
    try (JsonParser parser = format.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Container in = open.peek();
        if (in == null && ++at > document) {
          break;
        }
        int line = parser.currentTokenLocation().getLineNr();
        if (token.isStructEnd()) {
          open.pop();
        } else if (token == JsonToken.FIELD_NAME) {
          in.key = segment(parser.currentName());
          put(lines, at == document, in.pointer + "/" + in.key, line);
        } else if (in != null && !in.array && !token.isStructStart()) {
          continue; // a field's scalar value: its line is its key's, recorded with the key
        } else {
          String pointer = in == null ? "" : in.pointer + "/" + (in.array ? ++in.index : in.key);
          put(lines, at == document, pointer, line);
          if (token.isStructStart()) {
            open.push(new Container(pointer, token == JsonToken.START_ARRAY));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("text that parsed once failed to parse again", e);
    }
    return lines;
  }

  private static void put(Map<String, Integer> lines, boolean wanted, String pointer, int line) {
    if (wanted) {
      lines.putIfAbsent(pointer, line);
    }
  }

  /** An object or array being walked: its pointer and the key or index of its current value. */
  private static final class Container {
    final String pointer;
    final boolean array;
    int index = -1;
    String key;

    Container(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
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

  /**
   * Fails (exit code 3) when the value at a pointer is present but of none of the given types,
   * naming the file, the line, the key path and the type expected, e.g. {@code app.json:3:
   * /addons is a string; expected an array}. Readers call it before trusting a value's shape.
   *
   * @param expected the allowed types in the user's words ("an array of strings or objects")
   */
  public void requireType(String pointer, String expected, JsonNodeType... allowed) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode()) {
      return;
    }
    for (JsonNodeType type : allowed) {
      if (node.getNodeType() == type) {
        return;
      }
    }
    String path = pointer.isEmpty() ? "the top level" : pointer;
    throw new BadInputException(
        file + " has a value of the wrong type at " + path,
        location(pointer),
        path + " is " + typeName(node.getNodeType()) + "; expected " + expected + ".",
        List.of("Fix " + path + " in " + file + "."));
  }

  private static String typeName(JsonNodeType type) {
    return switch (type) {
      case OBJECT, POJO -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> type.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Where the key or item at this pointer is; the file alone when the line is unknown. */
  public synchronized Location location(String pointer) {
    if (lines == null) {
      lines = keyLines(format, text, document);
    }
    Integer line = lines.get(pointer);
    return line == null ? Location.of(file) : Location.of(file, line);
  }

  /** Escapes one key for use as a JSON pointer segment. */
  public static String segment(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
