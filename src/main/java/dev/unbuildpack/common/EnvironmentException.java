package dev.unbuildpack.common;

import java.util.List;

/** Something outside the input is missing (a Docker Engine, a client binary). Exit code 4. */
public class EnvironmentException extends UnbuildpackException {
  public EnvironmentException(String title, String why, List<String> fixes, Throwable cause) {
    super(title, null, why, fixes, cause);
  }

  @Override
  public int exitCode() {
    return ExitCode.ENVIRONMENT;
  }
}
