package dev.unbuildpack.common;

import java.util.List;

/** The input (app, rule file, image, Dockerfile) is unreadable or invalid. Exit code 3. */
public class BadInputException extends UnbuildpackException {
  public BadInputException(String title, Location location, String why, List<String> fixes) {
    super(title, location, why, fixes, null);
  }

  public BadInputException(
      String title, Location location, String why, List<String> fixes, Throwable cause) {
    super(title, location, why, fixes, cause);
  }

  @Override
  public int exitCode() {
    return ExitCode.BAD_INPUT;
  }
}
