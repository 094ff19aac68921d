package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java properties file read line by line (system.properties, gradle.properties, the wrapper
 * properties), each value with its line. Two readings: {@link #value} is Java's ("key=value",
 * "key: value", "key value"; '#' and '!' comments), {@link #herokuValue} is the buildpacks'
 * (heroku-buildpack-jvm-common lib/java_properties.sh: a line starting with the key followed by
 * spaces or '=', the value cut at the first character outside [_A-Za-z0-9.-]).
 */
public final class PropertiesFile {
  private static final Pattern ENTRY = Pattern.compile("^\\s*([^=:\\s#!][^=:\\s]*)\\s*[=:\\s]\\s*(.*?)\\s*$");
  private static final Pattern HEROKU_VALUE = Pattern.compile("[_A-Za-z0-9.-]*");

  private final String file;
  private final String text;
  private final Map<String, Declared> entries = new LinkedHashMap<>();

  private PropertiesFile(String file, String text) {
    this.file = file;
    this.text = text;
    int number = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches()) {
        entries.putIfAbsent(entry.group(1),
            new Declared(entry.group(2), Location.of(file, number)));
      } else if (!stripped.contains("=") && !stripped.contains(":")) {
        entries.putIfAbsent(stripped, new Declared("", Location.of(file, number)));
      }
    }
  }

  public static PropertiesFile parse(String file, String text) {
    return new PropertiesFile(file, text);
  }

  public String file() {
    return file;
  }

  /** The value as Java reads it, with its line; the first when the key repeats. */
  public Optional<Declared> value(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Every entry, in file order. */
  public Map<String, Declared> entries() {
    return java.util.Collections.unmodifiableMap(entries);
  }

  /**
   * The value as the buildpacks read it: the first line that starts with the key and a space,
   * tab or '=' (no leading space, no ':'), the value's leading run of [_A-Za-z0-9.-] characters;
   * "java.runtime.version=21 # LTS" reads "21". Empty when no line matches.
   */
  public Optional<Declared> herokuValue(String key) {
    Pattern line = Pattern.compile("^" + Pattern.quote(key) + "[ \\t=]+(.*)$");
    int number = 0;
    for (String raw : text.split("\r\n|\r|\n", -1)) {
      number++;
      Matcher match = line.matcher(raw);
      if (match.matches()) {
        String rest = match.group(1).replaceFirst("^[ \\t]*=?[ \\t]*", "");
        Matcher value = HEROKU_VALUE.matcher(rest);
        value.lookingAt();
        return Optional.of(new Declared(value.group(), Location.of(file, number)));
      }
    }
    return Optional.empty();
  }
}
