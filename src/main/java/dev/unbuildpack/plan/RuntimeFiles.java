package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.PackageNames;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.LinkedHashMap;
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
 * @param run Debian packages the runtime's binaries load that another ecosystem's slim image may
 *     lack, installed in the runtime stage when a process calls it
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
    PackageNames run,
    Map<String, String> export,
    RuleSource source,
    RuleSource exportSource) {
  private static final String MINOR = "{minor}";
  private static final Map<String, Optional<RuntimeFiles>> LOADED = new ConcurrentHashMap<>();

  RuntimeFiles {
    paths = paths == null ? List.of() : List.copyOf(paths);
    buildOnly = buildOnly == null ? List.of() : List.copyOf(buildOnly);
    links = links == null ? Map.of() : links;
    commands = commands == null ? List.of() : List.copyOf(commands);
    run = run == null ? PackageNames.NONE : run;
    export = export == null ? Map.of() : export;
  }

  /**
   * The paths and links of one exact version: "{minor}" stands for its major.minor (3.13.15 gives
   * 3.13), as CPython names its binary and library folders.
   */
  RuntimeFiles at(String version) {
    String minor = version.replaceFirst("^(\\d+\\.\\d+).*$", "$1");
    Map<String, String> versionedLinks = new LinkedHashMap<>();
    links.forEach((link, target) ->
        versionedLinks.put(link.replace(MINOR, minor), target.replace(MINOR, minor)));
    return new RuntimeFiles(paths.stream().map(p -> p.replace(MINOR, minor)).toList(),
        buildOnly.stream().map(p -> p.replace(MINOR, minor)).toList(), versionedLinks, commands,
        run, export, source, exportSource);
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
