package dev.unbuildpack.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a tool which .ci/run installs: where it is missing they are skipped with the
 * reason shown, unless the build requires the tool (its own property is "true", or, when that is
 * unset, unbuildpack.requireDocker, as CI sets it): then they fail.
 */
public final class RequiredTools {
  private RequiredTools() {}

  /** Skips or fails the calling test; {@code reason} says what is missing and how to get it. */
  public static void missing(String reason, String requireProperty) {
    String required = System.getProperty(requireProperty, "");
    if (Boolean.parseBoolean(required.isBlank()
        ? System.getProperty("unbuildpack.requireDocker", "false") : required)) {
      fail(reason + ", and this build requires it");
    }
    Assumptions.assumeTrue(false, reason + " (skipped)");
  }
}
