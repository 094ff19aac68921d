package dev.unbuildpack.plan;

import dev.unbuildpack.model.Process;
import java.util.List;

/**
 * The app's processes, split the way an image and a compose file need them.
 *
 * @param main the image's default command: the web process, else the first long-running one; null
 *     when the app declares none
 * @param longRunning every process type except release, in Procfile order (one compose service
 *     each)
 * @param release the release-phase command, run once per deploy before the new release starts;
 *     null when there is none
 */
public record Processes(Process main, List<Process> longRunning, Process release) {
  public Processes {
    longRunning = List.copyOf(longRunning);
  }
}
