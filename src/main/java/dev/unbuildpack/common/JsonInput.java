package dev.unbuildpack.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;

/**
 * Binds a JSON file the user gave (a saved detection, a saved inventory) to its record. Every
 * problem is bad input naming the file, the line and column, the key path ("layers[0].size") and,
 * for a value of the wrong type, the type expected; a file holding {@code null} or another
 * non-object is refused the same way. Fields this version does not know are ignored, so a file
 * written by a newer version still reads.
 */
public final class JsonInput {
  /**
   * A null inside a list or map is refused where it stands: the tool never writes one, and the
   * records downstream take their elements as present.
   */
  private static final ObjectReader READER = Json.mapper().copy()
      .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
      .reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonInput() {}

  /**
   * @param what the kind of file, for the title ("detection", "inventory")
   * @param fix how to get a good file
   */
  public static <T> T read(String text, Class<T> type, String shown, String what, String fix) {
    try {
      T value = READER.forType(type).readValue(text);
      if (value == null) {
        throw new BadInputException("The " + what + " file holds no JSON object",
            Location.of(shown), "It holds null or nothing; a " + what + " is one JSON object.",
            List.of(fix));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalid(shown, what, fix, e);
    }
  }

  /** The problem as bad input, with where in the file and where in the document. */
  public static BadInputException invalid(
      String shown, String what, String fix, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    Location location = where == null || where.getLineNr() < 1
        ? Location.of(shown)
        : new Location(shown, where.getLineNr(), where.getColumnNr());
    String path = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? " (at " + keyPath(mapping) + ")" : "";
    String expected = e instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null
        ? "; expected " + typeName(mismatch.getTargetType()) : "";
    // A record's constructor refusing its arguments says so in Java terms; say it in the file's.
    String message = e instanceof ValueInstantiationException
        ? "A field every " + what + " has is missing, null or of the wrong type"
        : java.util.Objects.toString(firstLine(e.getOriginalMessage()), "");
    return new BadInputException("The " + what + " file is not a valid " + what, location,
        message + path + expected, List.of(fix), e);
  }

  /** "layers[0].size": where in the document, in the document's own terms. */
  public static String keyPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A JSON type name for a Java type: what the user must write. */
  private static String typeName(Class<?> type) {
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /**
   * A parser's message up to its first line break (Jackson appends the source excerpt); null for
   * null.
   */
  public static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
