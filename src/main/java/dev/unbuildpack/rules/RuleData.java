package dev.unbuildpack.rules;

import com.fasterxml.jackson.core.JsonProcessingException;

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

  /** Binds a rule data file's TOML text with the rule files' mapper: unknown keys fail. */
  public static <T> T parse(String toml, Class<T> type) throws JsonProcessingException {
    return RuleLoader.Toml.MAPPER.readValue(toml, type);
  }
}
