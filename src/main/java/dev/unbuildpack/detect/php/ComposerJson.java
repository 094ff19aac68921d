package dev.unbuildpack.detect.php;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What composer.json declares that the buildpack reads: the root requirements (php, ext-*,
 * packages), config.platform.php, the "compile" script and the repositories Composer installs
 * from. A file of zero bytes is {@link #empty()}: the buildpack warns and skips the install.
 *
 * @param require "require", name to constraint, each with its place
 * @param requireDev "require-dev", the same way (the buildpack refuses php only there)
 * @param platformPhp config.platform.php, the PHP version Composer pretends to run on
 * @param compile scripts.compile's commands, each with its place; empty when there is none
 * @param repositories the repositories' type and url ("vcs https://github.com/acme/lib")
 * @param empty true when the file has no content at all
 */
public record ComposerJson(
    Map<String, Declared> require,
    Map<String, Declared> requireDev,
    Optional<Declared> platformPhp,
    List<Declared> compile,
    List<Repository> repositories,
    boolean empty) {
  public static final String FILE = "composer.json";
  private static final String FIX =
      "Fix the JSON at that position; 'composer validate' reports the same error.";

  /** @param type "vcs", "composer", "path", "package", "artifact", "git", ... */
  public record Repository(String type, String url, Declared at) {}

  public ComposerJson {
    require = Map.copyOf(require);
    requireDev = Map.copyOf(requireDev);
    compile = List.copyOf(compile);
    repositories = List.copyOf(repositories);
  }

  static ComposerJson parse(String text) {
    if (text.isEmpty()) {
      return new ComposerJson(Map.of(), Map.of(), Optional.empty(), List.of(), List.of(), true);
    }
    StructuredFile file = StructuredFile.json(FILE, text, FIX);
    file.requireType("", "an object", JsonNodeType.OBJECT);
    file.requireType("/require", "an object of package names and constraints",
        JsonNodeType.OBJECT);
    file.requireType("/require-dev", "an object of package names and constraints",
        JsonNodeType.OBJECT);
    file.requireType("/config", "an object", JsonNodeType.OBJECT);
    file.requireType("/config/platform", "an object", JsonNodeType.OBJECT);
    file.requireType("/scripts", "an object", JsonNodeType.OBJECT);
    file.requireType("/scripts/compile", "a string or an array of strings",
        JsonNodeType.STRING, JsonNodeType.ARRAY);
    file.requireType("/repositories", "an array or an object", JsonNodeType.ARRAY,
        JsonNodeType.OBJECT);
    return new ComposerJson(
        constraints(file, "/require"),
        constraints(file, "/require-dev"),
        Composer.text(file, "/config/platform/php"),
        compile(file),
        repositories(file),
        false);
  }

  /** Name to constraint; a constraint that is not a string is kept as its JSON text. */
  static Map<String, Declared> constraints(StructuredFile file, String pointer) {
    Map<String, Declared> found = new LinkedHashMap<>();
    JsonNode node = file.at(pointer);
    node.fieldNames().forEachRemaining(name -> {
      JsonNode value = node.get(name);
      String path = pointer + "/" + StructuredFile.segment(name);
      found.put(name.toLowerCase(java.util.Locale.ROOT), new Declared(
          value.isTextual() ? value.asText() : value.toString(), file.location(path)));
    });
    return found;
  }

  private static List<Declared> compile(StructuredFile file) {
    JsonNode node = file.at("/scripts/compile");
    List<Declared> commands = new ArrayList<>();
    if (node.isTextual()) {
      commands.add(new Declared(node.asText(), file.location("/scripts/compile")));
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (node.get(i).isTextual()) {
        commands.add(new Declared(node.get(i).asText(),
            file.location("/scripts/compile/" + i)));
      }
    }
    return commands;
  }

  /** Composer accepts a list or an object of repositories; "false" entries disable Packagist. */
  private static List<Repository> repositories(StructuredFile file) {
    JsonNode node = file.at("/repositories");
    List<Repository> found = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.add("/repositories/" + i);
      }
    } else {
      node.fieldNames().forEachRemaining(key ->
          pointers.add("/repositories/" + StructuredFile.segment(key)));
    }
    for (String pointer : pointers) {
      JsonNode repo = file.at(pointer);
      if (repo.isObject()) {
        found.add(new Repository(repo.path("type").asText(""), repo.path("url").asText(""),
            new Declared(repo.path("url").asText(""), file.location(pointer))));
      }
    }
    return found;
  }

  /** The constraint on one requirement ("php", "ext-gd"), when composer.json declares it. */
  public Optional<Declared> required(String name) {
    return Optional.ofNullable(require.get(name));
  }
}
