package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.Instruction;
import dev.unbuildpack.dockerfile.Mount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which secrets the CI passes to the build: named with --provided, or taken from the environment
 * with --from-env. Only names are kept; a value is read only for the image scan and never leaves
 * {@link ValueSearch}.
 */
public final class ProvidedSecrets {
  private ProvidedSecrets() {}

  /**
   * The names --from-env provides: of the names that matter here (the needed secrets and the ids
   * the Dockerfile mounts), those set in the environment. Other variables are not listed, so the
   * report does not enumerate the CI's environment.
   */
  public static Set<String> fromEnvironment(Map<String, String> environment, List<Need> needs,
      Optional<Dockerfile> dockerfile) {
    Set<String> candidates = new TreeSet<>();
    needs.forEach(need -> candidates.add(need.secret()));
    dockerfile.ifPresent(file -> {
      for (Instruction run : file.all("RUN")) {
        run.secretMounts().stream().map(Mount::id).filter(id -> id != null).forEach(candidates::add);
      }
    });
    candidates.removeIf(name -> environment.get(name) == null || environment.get(name).isEmpty());
    return candidates;
  }
}
