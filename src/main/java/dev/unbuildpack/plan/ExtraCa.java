package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;

/**
 * Build-stage variables that make the ecosystem's tools trust the extra CA bundle, for builds
 * behind a TLS-intercepting proxy: data in {@code rules/<ecosystem>/data/extra-ca.toml}, each
 * with its source. They hold a path, not the bundle: the file exists only inside the steps that
 * mount secret "extra-ca", and none of this reaches the runtime stage.
 *
 * @param variables every variable, whatever the package manager: each tool ignores the others',
 *     and deciding which one runs is the rules' job, not something to guess again here
 */
record ExtraCa(List<Variable> variables) {
  static final String PATH = "/run/secrets/" + Secrets.EXTRA_CA;
  static final String RULE = "--extra-ca";

  /** @param value the variable's value, "{path}" standing for where the bundle is mounted */
  record Variable(String name, String value, RuleSource source) {}

  static List<EnvSetting> environment(String ecosystem) {
    String file = ecosystem + "/data/extra-ca.toml";
    if (!RuleData.exists(file)) {
      return List.of();
    }
    try {
      return RuleData.read(file, ExtraCa.class).variables().stream()
          .map(v -> new EnvSetting(v.name(), v.value().replace("{path}", PATH), RULE)).toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
  }
}
