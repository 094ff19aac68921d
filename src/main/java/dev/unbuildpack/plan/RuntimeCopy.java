package dev.unbuildpack.plan;

import dev.unbuildpack.model.Runtime;
import java.util.List;
import java.util.Map;

/**
 * Another ecosystem's runtime, copied into a stage from its own official image at its exact
 * version: what an earlier buildpack's export puts on PATH for the later ones, or what a process
 * runs at run time.
 *
 * @param ecosystem the ecosystem id ("node")
 * @param runtime its runtime: the exact version and why
 * @param image the official image the files are copied from (its slim variant)
 * @param paths absolute paths copied, each to the same path
 * @param links symbolic links recreated after the copy, link to target (COPY follows a link it
 *     is given, so the image's own links are not copied as links)
 * @param packages Debian packages its binaries load that the stage's image may lack (the runtime
 *     stage's alone: the build image has them)
 * @param why why this stage needs it
 * @param source where the image's layout was read
 */
public record RuntimeCopy(
    String ecosystem,
    Runtime runtime,
    ImageRef image,
    List<String> paths,
    Map<String, String> links,
    List<String> packages,
    String why,
    String source) {
  public RuntimeCopy {
    paths = List.copyOf(paths);
    packages = List.copyOf(packages);
    links = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(links));
  }
}
