package dev.unbuildpack.generate;

import dev.unbuildpack.model.ConfigVar;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user must do about one config var, in words and as a compose.yaml entry. The value
 * app.json may commit is never used: a config var is named, and the person running the app sets
 * it.
 */
public final class ConfigVarNeeds {
  /** How to make a value for a variable Heroku would generate ("generator": "secret"). */
  public static final String GENERATE = "openssl rand -hex 64";

  private ConfigVarNeeds() {}

  /** "required, looks secret, generate one with openssl rand -hex 64", ... */
  public static String describe(ConfigVar v) {
    List<String> parts = new ArrayList<>();
    parts.add(v.required() ? "required" : "optional");
    if (v.secret()) {
      parts.add("looks secret");
    }
    if (v.generated()) {
      parts.add("Heroku generated it: generate one with " + GENERATE);
    }
    if (v.buildInput()) {
      parts.add("buildpack setting: the conversion read it, and the build steps follow it");
    } else if (v.hasDefault()) {
      parts.add("app.json holds a default, not copied");
    }
    return String.join(", ", parts);
  }

  /** Why compose refuses to start without it: the text after "${NAME:?". */
  static String composeMessage(ConfigVar v) {
    return v.generated()
        ? "set " + v.name() + " to a random value, e.g. the output of " + GENERATE
        : "set " + v.name() + " (a config var app.json requires)";
  }
}
