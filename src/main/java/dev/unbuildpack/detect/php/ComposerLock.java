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
 * What composer.lock holds that the buildpack reads (bin/util/platform.php): the installed
 * packages with their platform requirements, the root's locked platform requirements ("platform")
 * and the Composer plugin API version that picks the Composer line.
 *
 * @param packages "packages", in the file's order
 * @param platform "platform": the root's php and ext-* requirements as locked
 * @param pluginApiVersion "plugin-api-version" ("2.6.0"); absent in very old locks
 */
public record ComposerLock(List<LockedPackage> packages, Map<String, Declared> platform,
    Optional<Declared> pluginApiVersion) {
  public static final String FILE = "composer.lock";
  private static final String FIX =
      "Run 'composer update --lock' to write composer.lock again.";

  public ComposerLock {
    packages = List.copyOf(packages);
    platform = Map.copyOf(platform);
  }

  static ComposerLock parse(String text) {
    StructuredFile file = StructuredFile.json(FILE, text, FIX);
    file.requireType("", "an object", JsonNodeType.OBJECT);
    file.requireType("/packages", "an array of packages", JsonNodeType.ARRAY);
    file.requireType("/platform", "an object", JsonNodeType.OBJECT, JsonNodeType.ARRAY);
    JsonNode list = file.at("/packages");
    List<LockedPackage> packages = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/packages/" + i;
      JsonNode pkg = list.get(i);
      if (!pkg.isObject() || !pkg.path("name").isTextual()) {
        continue;
      }
      file.requireType(pointer + "/require", "an object of package names and constraints",
          JsonNodeType.OBJECT);
      Map<String, Declared> platform = new LinkedHashMap<>();
      ComposerJson.constraints(file, pointer + "/require").forEach((name, constraint) -> {
        if (isPlatform(name)) {
          platform.put(name, constraint);
        }
      });
      packages.add(new LockedPackage(pkg.path("name").asText().toLowerCase(java.util.Locale.ROOT),
          pkg.path("version").asText(""), platform, file.location(pointer)));
    }
    // An empty "platform" is written as [] by Composer (a PHP empty array).
    Map<String, Declared> platform = file.at("/platform").isObject()
        ? ComposerJson.constraints(file, "/platform") : Map.of();
    return new ComposerLock(packages, platform, Composer.text(file, "/plugin-api-version"));
  }

  /** php, php-64bit and ext-* requirements: what the buildpack's platform install resolves. */
  static boolean isPlatform(String name) {
    return name.equals("php") || name.equals("php-64bit") || name.startsWith("ext-");
  }

  /** The locked package of that name. */
  public Optional<LockedPackage> find(String name) {
    return packages.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
