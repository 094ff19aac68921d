package dev.unbuildpack.cli;

import dev.unbuildpack.common.UsageException;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --jobs N}: apps handled at once by survey and convert --each. */
final class JobsOption {
  @Option(names = "--jobs", paramLabel = "N",
      description = "Apps handled at once (default: the number of processors, ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  /** The number of jobs; below 1 is a usage error. */
  int jobs() {
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1", null, null,
          List.of("Pass --jobs 1 to handle one app at a time."));
    }
    return jobs;
  }
}
