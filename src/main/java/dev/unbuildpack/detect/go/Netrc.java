package dev.unbuildpack.detect.go;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.Optional;

/**
 * A committed .netrc: on Heroku HOME is the app folder, so the go command and git read it as the
 * user's ~/.netrc. Only its first "password" token matters here, to report it as a committed
 * credential (its value is never shown, only a masked fingerprint).
 */
final class Netrc {
  static final String FILE = ".netrc";

  private Netrc() {}

  static Optional<Declared> password(String text) {
    String[] lines = text.split("\n", -1);
    boolean valueNext = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        continue;
      }
      for (String word : line.split("[ \\t\\r]+")) {
        if (valueNext && !word.isEmpty()) {
          return Optional.of(new Declared(word, Location.of(FILE, i + 1)));
        }
        valueNext = word.equals("password");
      }
    }
    return Optional.empty();
  }
}
