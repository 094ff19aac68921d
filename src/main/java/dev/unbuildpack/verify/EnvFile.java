package dev.unbuildpack.verify;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --env-file}: NAME=VALUE lines as {@code docker run --env-file} reads them (no quotes
 * removed, no variables expanded), blank lines and {@code #} comments ignored. Values are config
 * values: they go into the containers and nowhere else, and error messages never show them.
 */
public final class EnvFile {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private EnvFile() {}

  public static Map<String, String> parse(String text, String shown) {
    Map<String, String> env = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String name = eq < 0 ? line.strip() : line.substring(0, eq).strip();
      if (eq < 0 || !NAME.matcher(name).matches()) {
        throw new BadInputException(
            "Line " + (i + 1) + " of the env file is not NAME=VALUE",
            Location.of(shown, i + 1),
            "Each line sets one variable; its name is letters, digits and '_', not starting"
                + " with a digit. (The line is not shown: it may hold a secret.)",
            List.of("Write the line as NAME=VALUE, or start it with # to make it a comment."));
      }
      env.put(name, line.substring(eq + 1));
    }
    return env;
  }
}
