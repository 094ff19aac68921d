package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.JsonInput;
import dev.unbuildpack.common.Location;
import java.util.List;

/** A TOML file of the app (pyproject.toml) read as a tree; malformed text is bad input. */
final class TomlText {
  /** Made on first use: most apps have no TOML file. */
  private static final class Mapper {
    static final TomlMapper INSTANCE = new TomlMapper();
  }

  private TomlText() {}

  static JsonNode parse(String file, String text, String fix) {
    try {
      JsonNode root = Mapper.INSTANCE.readTree(text);
      return root == null ? Mapper.INSTANCE.createObjectNode() : root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where = at == null || at.getLineNr() < 1 ? Location.of(file)
          : new Location(file, at.getLineNr(), at.getColumnNr());
      throw new BadInputException(file + " is not valid TOML", where,
          JsonInput.firstLine(e.getOriginalMessage()), List.of(fix), e);
    }
  }

  /** The 1-based line of the first line that starts with {@code key} (then spaces and '='). */
  static int lineOf(String text, String key) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripLeading();
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith("=")) {
        return i + 1;
      }
    }
    return 1;
  }
}
