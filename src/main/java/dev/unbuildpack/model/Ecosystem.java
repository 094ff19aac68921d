package dev.unbuildpack.model;

import java.util.List;

/**
 * One language ecosystem of the app.
 *
 * @param id "node", later "python", "ruby", "java", "go", "php"
 * @param manifests files copied into the build before the sources so dependency layers cache
 *     (package.json, the lockfile, .npmrc, ...), relative to the app root
 */
public record Ecosystem(
    String id, Runtime runtime, PackageManager packageManager, List<String> manifests) {
  public Ecosystem {
    manifests = List.copyOf(manifests);
  }
}
