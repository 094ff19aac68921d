package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import dev.unbuildpack.common.text.ShellWord;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
 * @param sameAs another data file that holds the data, shared by ecosystems of one runtime
 *     ("jvm/data/extra-ca.toml" for Maven and Gradle); null when this file holds it
 * @param trustStore for tools that read no PEM bundle (Java): how each step that mounts the
 *     bundle turns it into what they read; null when every tool reads the bundle itself
 */
record ExtraCa(String yarnWhenUnknown, List<Variable> variables, String sameAs,
    TrustStore trustStore) {
  static final String PATH = "/run/secrets/" + Secrets.EXTRA_CA;
  static final String RULE = "--extra-ca";

  /**
   * @param value the variable's value, "{path}" standing for where the bundle is mounted
   * @param yarn the Yarn versions that accept the variable; null for a variable Yarn ignores
   */
  record Variable(String name, String value, String yarn, RuleSource source) {}

  /**
   * A keystore written at the start of each step that mounts the bundle, into a tmpfs mount of
   * that step, so it never reaches a layer.
   *
   * @param folder the tmpfs mount ("{folder}" in the commands and variables)
   * @param file the program's file name in that folder ("{file}")
   * @param program the source of the program that writes the keystore
   * @param commands what runs after the program is written, "{path}" standing for the bundle
   * @param variables what points the tools at the keystore, exported for that step only
   * @param skipRules the rules whose steps run no tool that reaches the network (they write a
   *     file): they get no truststore
   */
  record TrustStore(String folder, String file, String program, List<String> commands,
      List<Variable> variables, List<String> skipRules) {}

  static List<EnvSetting> environment(Ecosystem ecosystem) {
    ExtraCa data = of(ecosystem);
    if (data == null) {
      return List.of();
    }
    Semver yarn = yarnVersion(ecosystem.packageManager(), data.yarnWhenUnknown());
    return data.variables().stream()
        .filter(v -> v.yarn() == null || yarn.satisfies(v.yarn()))
        .map(v -> new EnvSetting(v.name(), v.value().replace("{path}", PATH), RULE)).toList();
  }

  /**
   * What a step of the ecosystem, put there by {@code rule}, runs first to turn the bundle into a
   * truststore, and where; null when its tools read the bundle itself or it needs none.
   */
  static CaPreparation preparation(Ecosystem ecosystem, String rule) {
    ExtraCa data = of(ecosystem);
    if (data == null || data.trustStore() == null
        || (data.trustStore().skipRules() != null
            && data.trustStore().skipRules().contains(rule))) {
      return null;
    }
    TrustStore store = data.trustStore();
    List<String> commands = store.commands().stream()
        .map(command -> Arrays.stream(command.split(" "))
            .map(word -> ShellWord.of(fill(word, store))).collect(Collectors.joining(" ")))
        .toList();
    return new CaPreparation(store.folder(), store.folder() + "/" + store.file(),
        store.program().strip().lines().toList(), commands, store.variables().stream()
            .map(v -> new EnvSetting(v.name(), fill(v.value(), store), RULE)).toList());
  }

  private static String fill(String text, TrustStore store) {
    return text.replace("{folder}", store.folder()).replace("{file}", store.file())
        .replace("{path}", PATH);
  }

  /** The ecosystem's data, following "sameAs"; null when it has none. */
  private static ExtraCa of(Ecosystem ecosystem) {
    String file = ecosystem.id() + "/data/extra-ca.toml";
    if (!RuleData.exists(file)) {
      return null;
    }
    ExtraCa data = read(file);
    return data.sameAs() == null ? data : read(data.sameAs());
  }

  private static ExtraCa read(String file) {
    try {
      return RuleData.read(file, ExtraCa.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
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
