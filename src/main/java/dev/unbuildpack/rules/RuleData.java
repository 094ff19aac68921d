package dev.unbuildpack.rules;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Data files that rules rely on ({@code rules/<eco>/data/*.toml}), bound with the rule mapper. */
public final class RuleData {
  private RuleData() {}

  /** Reads {@code rules/<relative>} from the shipped rules folder into {@code type}. */
  public static <T> T read(String relative, Class<T> type) throws JsonProcessingException {
    return RuleLoader.TOML.readValue(RuleLoader.resource(relative), type);
  }
}
