package dev.unbuildpack.detect.go;

import dev.unbuildpack.common.Location;
import java.util.List;
import java.util.Optional;

/**
 * A replace line of go.mod: "old [version] => new [version]".
 *
 * @param path the replaced module's path
 * @param target the replacement: a module path, or a folder when it starts with ./ or ../ (or /)
 * @param at where the line is
 */
public record GoReplace(String path, String target, Location at) {
  static Optional<GoReplace> of(List<String> args, Location at) {
    int arrow = args.indexOf("=>");
    if (arrow < 1 || arrow > 2 || args.size() - arrow - 1 < 1 || args.size() - arrow - 1 > 2) {
      return Optional.empty();
    }
    return Optional.of(new GoReplace(args.get(0), args.get(arrow + 1), at));
  }

  /** True when the replacement is a folder rather than a module. */
  public boolean local() {
    return target.startsWith("./") || target.startsWith("../") || target.startsWith("/")
        || target.equals(".") || target.equals("..");
  }
}
