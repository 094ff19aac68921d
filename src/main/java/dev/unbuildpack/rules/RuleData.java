package dev.unbuildpack.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** Data files that rules rely on ({@code rules/<eco>/data/*.toml}), bound with the rule mapper. */
public final class RuleData {
  private RuleData() {}

  /**
   * Reads {@code rules/<relative>} from the shipped rules folder into {@code type}: its compiled
   * form when the build wrote one ({@link CompiledRules}), the TOML file otherwise.
   */
  public static <T extends Record> T read(String relative, Class<T> type)
      throws JsonProcessingException {
    var compiled = CompiledRules.data(relative, type);
    return compiled.isPresent() ? compiled.get() : fromToml(relative, type);
  }

  /** True when the shipped rules hold the data file {@code rules/<relative>}. */
  public static boolean exists(String relative) {
    return RuleData.class.getClassLoader().getResource(RuleLoader.FOLDER + "/" + relative) != null;
  }

  /** Reads {@code rules/<relative>} from its TOML text. */
  static <T> T fromToml(String relative, Class<T> type) throws JsonProcessingException {
    return parse(RuleLoader.resource(relative), type);
  }

  /**
   * A data file the user's data folder holds ({@code rules update} wrote it), bound to
   * {@code type}: empty when it is absent, no regular file, larger than {@code maxBytes} or does
   * not bind. A damaged file is passed over, never trusted; the caller validates what binds.
   */
  public static <T> Optional<T> readUserFile(Path file, Class<T> type, long maxBytes) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > maxBytes) {
        return Optional.empty();
      }
      return Optional.of(parse(Files.readString(file), type));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Binds a rule data file's TOML text with the rule files' mapper: unknown keys fail. */
  public static <T> T parse(String toml, Class<T> type) throws JsonProcessingException {
    return RuleLoader.Toml.MAPPER.readValue(toml, type);
  }
}
