package dev.unbuildpack.detect.heroku;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;

/**
 * One config var declared in app.json "env".
 *
 * @param value the committed value, or null when the user must supply one
 * @param required app.json's "required", which defaults to true when the entry is an object
 * @param generator "secret" when Heroku generates the value, else null
 */
public record AppEnvVar(
    String name, String value, boolean required, String generator, Location at) {

  static AppEnvVar of(String name, JsonNode entry, Location at) {
    if (!entry.isObject()) {
      // The short form "NAME": "value" is a value the app ships with.
      return new AppEnvVar(name, entry.asText(), false, null, at);
    }
    JsonNode value = entry.path("value");
    JsonNode generator = entry.path("generator");
    return new AppEnvVar(
        name,
        value.isValueNode() && !value.isNull() ? value.asText() : null,
        entry.path("required").asBoolean(true),
        generator.isTextual() ? generator.asText() : null,
        at);
  }

  /** True when the value is not in app.json and must come from the person deploying. */
  public boolean suppliedByUser() {
    return value == null && generator == null;
  }
}
