package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import org.semver4j.Semver;
import org.semver4j.SemverException;

/**
 * Build-stage variables that make the ecosystem's tools trust the extra CA bundle, for builds
 * behind a TLS-intercepting proxy: data in {@code rules/<ecosystem>/data/extra-ca.toml}, each
 * with its source. They hold a path, not the bundle: the file exists only inside the steps that
 * mount secret "extra-ca", and none of this reaches the runtime stage.
 *
 * @param yarnWhenUnknown the Yarn version a variable's "yarn" range is checked against when Yarn
 *     is not the package manager or its version cannot be read
 * @param variables every variable, whatever the package manager: each tool ignores the others',
 *     except Yarn, which stops on a CA setting of another Yarn major (hence "yarn" ranges)
 */
record ExtraCa(String yarnWhenUnknown, List<Variable> variables) {
  static final String PATH = "/run/secrets/" + Secrets.EXTRA_CA;
  static final String RULE = "--extra-ca";

  /**
   * @param value the variable's value, "{path}" standing for where the bundle is mounted
   * @param yarn the Yarn versions that accept the variable; null for a variable Yarn ignores
   */
  record Variable(String name, String value, String yarn, RuleSource source) {}

  static List<EnvSetting> environment(Ecosystem ecosystem) {
    String file = ecosystem.id() + "/data/extra-ca.toml";
    if (!RuleData.exists(file)) {
      return List.of();
    }
    ExtraCa data;
    try {
      data = RuleData.read(file, ExtraCa.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
    Semver yarn = yarnVersion(ecosystem.packageManager(), data.yarnWhenUnknown());
    return data.variables().stream()
        .filter(v -> v.yarn() == null || yarn.satisfies(v.yarn()))
        .map(v -> new EnvSetting(v.name(), v.value().replace("{path}", PATH), RULE)).toList();
  }

  /** The resolved Yarn version when Yarn is the package manager ("3.8.7", "1.22.x"). */
  private static Semver yarnVersion(PackageManager manager, String whenUnknown) {
    if (manager != null && "yarn".equals(manager.name()) && manager.version() != null) {
      try {
        Semver version = Semver.coerce(manager.version());
        if (version != null) {
          return version;
        }
      } catch (SemverException unreadable) {
        // "latest" and the like: the newest release, as for no version at all
      }
    }
    return Semver.parse(whenUnknown);
  }
}
