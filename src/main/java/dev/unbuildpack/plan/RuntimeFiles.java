package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an ecosystem's runtime lives in its official slim image, so another ecosystem's image can
 * take it with COPY --from, and what its buildpack's export gives the buildpacks after it: data
 * in {@code rules/<ecosystem>/data/runtime-files.toml}, with its source.
 *
 * @param paths absolute paths copied into every stage that needs the runtime
 * @param buildOnly absolute paths copied into the build stage alone (headers for native builds)
 * @param links symbolic links the image has, link to target, recreated after the copy
 * @param commands the words that run the runtime or its tools ("node", "npm"): a process that
 *     calls one needs the runtime at run time, and the ecosystem owns a web process whose command
 *     starts with one
 * @param export variables the buildpack's export file sets for every later buildpack's build
 *     ("$PATH" and the like expand as in ENV)
 * @param source where the image's layout and the export were read
 * @param exportSource where the export was read
 */
record RuntimeFiles(
    List<String> paths,
    List<String> buildOnly,
    Map<String, String> links,
    List<String> commands,
    Map<String, String> export,
    RuleSource source,
    RuleSource exportSource) {
  private static final Map<String, Optional<RuntimeFiles>> LOADED = new ConcurrentHashMap<>();

  RuntimeFiles {
    paths = paths == null ? List.of() : List.copyOf(paths);
    buildOnly = buildOnly == null ? List.of() : List.copyOf(buildOnly);
    links = links == null ? Map.of() : links;
    commands = commands == null ? List.of() : List.copyOf(commands);
    export = export == null ? Map.of() : export;
  }

  /** The ecosystem's data; empty when it has none (it cannot be copied into another image). */
  static Optional<RuntimeFiles> of(String ecosystem) {
    return LOADED.computeIfAbsent(ecosystem, RuntimeFiles::load);
  }

  private static Optional<RuntimeFiles> load(String ecosystem) {
    String file = ecosystem + "/data/runtime-files.toml";
    if (!RuleData.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleData.read(file, RuntimeFiles.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
  }
}
