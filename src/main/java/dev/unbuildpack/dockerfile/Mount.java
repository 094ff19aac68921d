package dev.unbuildpack.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code RUN --mount=...} value: comma-separated {@code key=value} fields, each field
 * optionally wrapped in double quotes (the CSV rules the Dockerfile reference gives for --mount).
 *
 * @param type "bind" when not given, else "cache", "tmpfs", "secret" or "ssh"
 * @param fields every field as written, keys lower-cased ("dst" and "destination" become "target",
 *     "src" becomes "source")
 */
public record Mount(String type, Map<String, String> fields) {
  private static final String SECRETS_DIR = "/run/secrets/";

  public Mount {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Mount parse(String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : splitCsv(value)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String fieldValue = eq < 0 ? "true" : field.substring(eq + 1);
      fields.put(canonicalKey(key), fieldValue);
    }
    return new Mount(fields.getOrDefault("type", "bind"), fields);
  }

  public boolean isSecret() {
    return type.equals("secret");
  }

  /**
   * The secret's id: as given, else the base name of the target (BuildKit's default), else null
   * (only possible when neither id nor target nor env is set, which BuildKit rejects).
   */
  public String id() {
    String id = fields.get("id");
    if (id != null && !id.isEmpty()) {
      return id;
    }
    String target = fields.get("target");
    return target == null ? null : target.substring(target.lastIndexOf('/') + 1);
  }

  /** The environment variable the secret is exposed as ({@code env=}), or null. */
  public String env() {
    return fields.get("env");
  }

  /**
   * Where the secret file appears in the step: the target, else /run/secrets/ID; null when the
   * secret is exposed only as an environment variable.
   */
  public String target() {
    String target = fields.get("target");
    if (target != null) {
      return target;
    }
    return env() != null || id() == null ? null : SECRETS_DIR + id();
  }

  public boolean required() {
    return Boolean.parseBoolean(fields.getOrDefault("required", "false"));
  }

  private static String canonicalKey(String key) {
    return switch (key) {
      case "dst", "destination" -> "target";
      case "src" -> "source";
      default -> key;
    };
  }

  /** Splits on commas outside double quotes and removes the quotes ("" inside is one quote). */
  private static List<String> splitCsv(String value) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' && quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.stream().filter(f -> !f.isBlank()).toList();
  }
}
