package dev.unbuildpack.common;

import java.util.List;

/**
 * The command line is incomplete for this input, found only once the input was opened (an archive
 * holding several images and no choice among them). Exit code 2.
 */
public class UsageException extends UnbuildpackException {
  public UsageException(String title, Location location, String why, List<String> fixes) {
    super(title, location, why, fixes, null);
  }

  @Override
  public int exitCode() {
    return ExitCode.USAGE;
  }
}
