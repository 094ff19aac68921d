package dev.unbuildpack.detect.heroku;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Procfile: process types and their commands, plus the lines Heroku would not accept.
 *
 * @param entries in file order; a later line of the same type replaces an earlier one on Heroku,
 *     so duplicates are reported as invalid
 * @param invalid lines that are neither blank, a comment nor "type: command"
 */
public record Procfile(List<ProcfileEntry> entries, List<Declared> invalid) {
  public static final String FILE = "Procfile";
  // Process type names are alphanumerics, "_" and "-" (Heroku Dev Center, "The Procfile"). The
  // command is trimmed after matching: a lazy group before "\\s*$" made a long run of spaces
  // inside a command cost time quadratic in its length.
  private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9_-]+):(.*)$");

  public Procfile {
    entries = List.copyOf(entries);
    invalid = List.copyOf(invalid);
  }

  public static Procfile parse(String text) {
    List<ProcfileEntry> entries = new ArrayList<>();
    List<Declared> invalid = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Location at = Location.of(FILE, i + 1);
      Matcher match = LINE.matcher(line);
      String command = match.matches() ? match.group(2).strip() : "";
      if (command.isEmpty()) {
        invalid.add(new Declared(line, at));
      } else if (entries.stream().anyMatch(e -> e.type().equals(match.group(1)))) {
        invalid.add(new Declared(line, at));
      } else {
        entries.add(new ProcfileEntry(match.group(1), command, at));
      }
    }
    return new Procfile(entries, invalid);
  }
}
