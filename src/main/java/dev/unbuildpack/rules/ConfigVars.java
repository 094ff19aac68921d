package dev.unbuildpack.rules;

import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The config vars the app declares in app.json. Heroku exports config vars to the build, so the
 * buildpack's knobs (NPM_CONFIG_PRODUCTION, NODEJS_ALLOW_WIDE_RANGE, ...) are read from here.
 */
public final class ConfigVars {
  private final Map<String, AppEnvVar> vars = new LinkedHashMap<>();

  public ConfigVars(HerokuFiles heroku) {
    heroku.appJson().ifPresent(app -> app.env().forEach(v -> vars.put(v.name(), v)));
  }

  public Optional<AppEnvVar> get(String name) {
    return Optional.ofNullable(vars.get(name));
  }

  /** The committed value; empty when the variable is absent or its value is not in app.json. */
  public Optional<String> value(String name) {
    return get(name).map(AppEnvVar::value);
  }

  /** True when app.json declares the variable with a value ("set to any value"). */
  public boolean isSet(String name) {
    return value(name).isPresent();
  }

  public boolean isTrue(String name) {
    return value(name).map("true"::equals).orElse(false);
  }

  public Iterable<AppEnvVar> all() {
    return vars.values();
  }
}
