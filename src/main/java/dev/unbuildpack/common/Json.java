package dev.unbuildpack.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * JSON for the whole tool: the one mapper for machine-readable output, deterministic (map keys
 * sorted, two-space indent, "\n" line ends) so golden files never need scrubbing; and reading
 * trees and quoting strings with Jackson's parser alone.
 *
 * <p>Why two ways: setting up an ObjectMapper builds its date formats, which load the JDK's locale
 * data, and costs a fresh process some 25 ms, more than converting a whole app. Commands that only
 * read trees or quote strings never build one; the mapper is made on first use of {@link #mapper}.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
  }

  private Json() {}

  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  /** Pretty JSON ending with a newline. */
  public static String write(Object value) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try {
      return mapper().writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }

  /** The plain JSON parser factory, Jackson's defaults. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** The JSON text's tree; the missing node when the text is empty. */
  public static JsonNode readTree(String json) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readTree(parser);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /** The JSON text's tree; the missing node when the text is empty. */
  public static JsonNode readTree(byte[] json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readTree(parser);
    }
  }

  /** The JSON stream's tree; the missing node when the stream is empty. */
  public static JsonNode readTree(InputStream json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readTree(parser);
    }
  }

  /**
   * The next value of any Jackson parser (JSON, YAML, ...) as a tree, the way
   * ObjectMapper.readTree builds it: a repeated key keeps its last value, integers keep their
   * size, other numbers are doubles. The missing node when the input has no more values.
   */
  public static JsonNode readTree(JsonParser parser) throws IOException {
    return parser.nextToken() == null ? MissingNode.getInstance() : value(parser);
  }

  private static JsonNode value(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.set(key, value(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        yield array;
      }
      case VALUE_STRING -> nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> nodes.numberNode(parser.getIntValue());
        case LONG -> nodes.numberNode(parser.getLongValue());
        default -> nodes.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> nodes.pojoNode(parser.getEmbeddedObject());
    };
  }

  /** A JSON string literal, quotes included. */
  public static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
