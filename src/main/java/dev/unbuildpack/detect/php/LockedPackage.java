package dev.unbuildpack.detect.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.Map;

/**
 * One package of composer.lock's "packages" (never "packages-dev": the buildpack installs with
 * --no-dev, and its platform resolution reads only the packages installed).
 *
 * @param name "intervention/image"
 * @param version the locked version ("3.11.4")
 * @param platform the package's php and ext-* requirements, name to constraint with its place
 * @param at where the package's entry starts
 */
public record LockedPackage(String name, String version, Map<String, Declared> platform,
    Location at) {
  public LockedPackage {
    platform = Map.copyOf(platform);
  }
}
