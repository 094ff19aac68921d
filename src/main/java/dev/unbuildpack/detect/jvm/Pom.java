package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a pom.xml the rules use, read as XML (never by running Maven): coordinates, the
 * jar the build writes, modules, repositories. Heroku's own framework checks grep the text
 * ({@link #mentions}), so the raw text is kept for them.
 *
 * @param artifactId the project's artifactId
 * @param version the project's version, the parent's when it declares none; may hold ${...}
 * @param packaging "jar" unless declared
 * @param finalName build/finalName, empty when not declared
 * @param modules the module folders of a multi-module build, each with its line
 * @param repositories the repository ids the POM declares (matched against settings.xml servers)
 * @param properties the POM's properties, for ${name} in the version and the final name
 * @param text the file's text, for the buildpack's greps
 */
public record Pom(String artifactId, String version, String packaging, Optional<String> finalName,
    List<Declared> modules, List<Declared> repositories, Map<String, String> properties,
    String text) {
  public static final String FILE = "pom.xml";
  static final String FIX = "Fix the XML at that position; 'mvn -q validate' reports the same"
      + " error.";
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  public Pom {
    modules = List.copyOf(modules);
    repositories = List.copyOf(repositories);
    properties = Map.copyOf(properties);
  }

  public static Pom parse(String text) {
    XmlElement project = XmlFile.parse(FILE, text, FIX);
    if (!project.name().equals("project")) {
      throw new dev.unbuildpack.common.BadInputException("pom.xml is not a Maven POM",
          Location.of(FILE, project.line()), "Its root element is <" + project.name()
          + ">, not <project>.", List.of("Make <project> the root element of pom.xml."));
    }
    Map<String, String> properties = new HashMap<>();
    project.child("properties").ifPresent(p -> p.children()
        .forEach(c -> properties.putIfAbsent(c.name(), c.text())));
    String version = project.textAt("version")
        .or(() -> project.textAt("parent", "version")).orElse("");
    String artifactId = project.textAt("artifactId").orElse("");
    properties.putIfAbsent("project.version", version);
    properties.putIfAbsent("project.artifactId", artifactId);
    properties.putIfAbsent("pom.version", version);
    properties.putIfAbsent("pom.artifactId", artifactId);
    List<Declared> modules = project.child("modules").map(m -> m.all("module").stream()
        .map(e -> new Declared(e.text(), Location.of(FILE, e.line()))).toList())
        .orElse(List.of());
    List<Declared> repositories = new java.util.ArrayList<>();
    for (String section : List.of("repositories", "pluginRepositories",
        "distributionManagement")) {
      project.child(section).ifPresent(s -> s.children().forEach(repo -> repo.textAt("id")
          .ifPresent(id -> repositories.add(new Declared(id, Location.of(FILE, repo.line()))))));
    }
    return new Pom(artifactId, version, project.textAt("packaging").orElse("jar"),
        project.textAt("build", "finalName"), modules, repositories, properties, text);
  }

  /** True when the text holds this string, as the buildpack's {@code grep -qs} checks it. */
  public boolean mentions(String needle) {
    return text.contains(needle);
  }

  /**
   * The jar {@code mvn install} writes to target/: finalName, else artifactId-version, with
   * ${...} resolved from the POM's properties; empty when a property cannot be resolved.
   */
  public Optional<String> jar() {
    String name = finalName.orElse(artifactId + "-" + version);
    return resolve(name, 0).filter(n -> !n.isBlank()).map(n -> "target/" + n + ".jar");
  }

  private Optional<String> resolve(String value, int depth) {
    Matcher property = PROPERTY.matcher(value);
    if (!property.find()) {
      return Optional.of(value);
    }
    String replacement = properties.get(property.group(1));
    if (replacement == null || depth > 8) {
      return Optional.empty();
    }
    return resolve(value.substring(0, property.start()) + replacement
        + value.substring(property.end()), depth + 1);
  }
}
