package dev.unbuildpack.rules;

import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The config vars the app declares in app.json. Heroku exports config vars to the build, so the
 * buildpack's knobs (NPM_CONFIG_PRODUCTION, NODEJS_ALLOW_WIDE_RANGE, ...) are read from here.
 * Reading a value marks the variable as a build input; values never leave the rules.
 */
public final class ConfigVars {
  private final Map<String, AppEnvVar> vars = new LinkedHashMap<>();
  private final Set<String> read = new TreeSet<>();

  public ConfigVars(HerokuFiles heroku) {
    heroku.appJson().ifPresent(app -> app.env().forEach(v -> vars.put(v.name(), v)));
  }

  public Optional<AppEnvVar> get(String name) {
    return Optional.ofNullable(vars.get(name));
  }

  /** The committed value; empty when the variable is absent or its value is not in app.json. */
  public Optional<String> value(String name) {
    Optional<String> value = get(name).map(AppEnvVar::value);
    value.ifPresent(v -> read.add(name));
    return value;
  }

  /** True when app.json declares the variable with a value ("set to any value"). */
  public boolean isSet(String name) {
    return value(name).isPresent();
  }

  public boolean isTrue(String name) {
    return value(name).map("true"::equals).orElse(false);
  }

  /** True when a rule has read the variable's committed value to decide something. */
  public boolean readByRules(String name) {
    return read.contains(name);
  }

  public Iterable<AppEnvVar> all() {
    return vars.values();
  }
}
