package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gradle build script (build.gradle, build.gradle.kts, settings.gradle(.kts)) read as text,
 * never run: Gradle scripts are programs, so these are the common ways of writing each fact,
 * each found with its line. What the text cannot show (a task a plugin adds) the rules say they
 * could not see.
 */
public record GradleScript(String file, String text) {
  private static final List<Pattern> STAGE_TASK = List.of(
      Pattern.compile("\\btask\\s+stage\\b"),
      Pattern.compile("\\btask\\s*\\(\\s*[\"']stage[\"']"),
      Pattern.compile("\\btasks\\s*\\.\\s*(?:register|create)\\s*(?:<[^>]*>)?\\s*\\(\\s*[\"']stage[\"']"),
      Pattern.compile("\\bval\\s+stage\\s+by\\s+tasks\\s*\\.\\s*(?:registering|creating)"));
  private static final Pattern ENV_READ = Pattern.compile(
      "(?:System\\s*\\.\\s*getenv\\s*\\(\\s*\\)\\s*\\.\\s*get\\s*\\(|System\\s*\\.\\s*getenv\\s*\\(|"
      + "environmentVariable\\s*\\(|System\\s*\\.\\s*getenv\\s*\\(\\s*\\)\\s*\\[)\\s*[\"']"
      + "([A-Za-z_][A-Za-z0-9_]*)[\"']");
  private static final Pattern PROPERTY_READ = Pattern.compile(
      "(?:findProperty|property|gradleProperty|getProperty)\\s*\\(\\s*[\"']([A-Za-z_][A-Za-z0-9_.]*)[\"']"
      + "|\\bval\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*String\\??)?\\s+by\\s+project\\b");
  private static final Pattern ROOT_NAME =
      Pattern.compile("rootProject\\s*\\.\\s*name\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern VERSION =
      Pattern.compile("(?m)^\\s*version\\s*=\\s*[\"']([^\"'$]+)[\"']");
  private static final Pattern INCLUDE =
      Pattern.compile("(?m)^\\s*include\\s*\\(?\\s*([\"'][^\\n)]*)");
  private static final Pattern QUOTED = Pattern.compile("[\"']:?([^\"']+)[\"']");

  /** True when the script defines a task named stage in one of the usual ways. */
  public Optional<Location> stageTask() {
    for (Pattern pattern : STAGE_TASK) {
      Matcher match = pattern.matcher(code());
      if (match.find()) {
        return Optional.of(Location.of(file, lineOf(match.start())));
      }
    }
    return Optional.empty();
  }

  /** The line of the first mention of a plugin id or dependency group ("org.springframework.boot"). */
  public Optional<Location> mentions(String needle) {
    int at = code().indexOf(needle);
    return at < 0 ? Optional.empty() : Optional.of(Location.of(file, lineOf(at)));
  }

  /** Environment variables the script reads (System.getenv("X"), providers.environmentVariable("X")). */
  public List<Declared> environmentReads() {
    return matches(ENV_READ, 1);
  }

  /** Project properties the script reads (findProperty("x"), property("x"), val x: String by project). */
  public List<Declared> propertyReads() {
    List<Declared> found = new ArrayList<>();
    Matcher match = PROPERTY_READ.matcher(code());
    while (match.find()) {
      String name = match.group(1) != null ? match.group(1) : match.group(2);
      found.add(new Declared(name, Location.of(file, lineOf(match.start()))));
    }
    return found;
  }

  /** settings.gradle's rootProject.name. */
  public Optional<String> rootProjectName() {
    Matcher match = ROOT_NAME.matcher(code());
    return match.find() ? Optional.of(match.group(1)) : Optional.empty();
  }

  /** A literal {@code version = "1.0"} at the start of a line. */
  public Optional<String> version() {
    Matcher match = VERSION.matcher(code());
    return match.find() ? Optional.of(match.group(1)) : Optional.empty();
  }

  /** settings.gradle's included projects (include("web", ":api")), as folder names. */
  public List<Declared> includes() {
    List<Declared> found = new ArrayList<>();
    Matcher match = INCLUDE.matcher(code());
    while (match.find()) {
      Matcher each = QUOTED.matcher(match.group(1));
      while (each.find()) {
        found.add(new Declared(each.group(1).replace(':', '/'),
            Location.of(file, lineOf(match.start()))));
      }
    }
    return found;
  }

  /** The text with comments blanked (same length, same lines), so commented-out code is no fact. */
  private String code() {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        // a string ("https://..."): copied as is up to its closing quote or the line's end
        out.append(c);
        i++;
        while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
          if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
            out.append(text.charAt(i++));
          }
          out.append(text.charAt(i++));
        }
        if (i < text.length() && text.charAt(i) == c) {
          out.append(c);
          i++;
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        for (; i < end; i++) {
          out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private List<Declared> matches(Pattern pattern, int group) {
    List<Declared> found = new ArrayList<>();
    Matcher match = pattern.matcher(code());
    while (match.find()) {
      found.add(new Declared(match.group(group), Location.of(file, lineOf(match.start()))));
    }
    return found;
  }

  private int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
