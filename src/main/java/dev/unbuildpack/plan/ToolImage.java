package dev.unbuildpack.plan;

import dev.unbuildpack.rules.RuleSource;
import java.util.List;

/**
 * A tool the buildpack installs beside the runtime, copied into both stages from the tool's own
 * official image at the exact version the detection chose (images.toml "tools"): Composer, whose
 * official image holds it as one file, the way the PHP buildpack keeps it on PATH.
 *
 * @param name the tool's display name ("Composer")
 * @param image the image, "{tool}" standing for the package manager's version
 *     ("composer:{tool}")
 * @param paths absolute paths copied, each to the same path
 * @param rule the rule that chose the version
 * @param source where the image's layout was read
 */
record ToolImage(String name, String image, List<String> paths, String rule, RuleSource source) {
  ToolImage {
    paths = List.copyOf(paths);
  }
}
