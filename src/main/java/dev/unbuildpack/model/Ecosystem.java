package dev.unbuildpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One language ecosystem of the app.
 *
 * @param id "node", later "python", "ruby", "java", "go", "php"
 * @param manifests files copied into the build before the sources so dependency layers cache
 *     (package.json, the lockfile, .npmrc, every workspace's package.json...), relative to the
 *     app root
 * @param installOrder whether the install may run with the manifests alone; null when no rule
 *     decided it (the plan then copies the manifests first)
 */
public record Ecosystem(
    String id,
    Runtime runtime,
    PackageManager packageManager,
    List<String> manifests,
    @JsonInclude(JsonInclude.Include.NON_NULL) InstallOrder installOrder) {
  public Ecosystem {
    manifests = List.copyOf(manifests);
  }

  public Ecosystem(
      String id, Runtime runtime, PackageManager packageManager, List<String> manifests) {
    this(id, runtime, packageManager, manifests, null);
  }
}
