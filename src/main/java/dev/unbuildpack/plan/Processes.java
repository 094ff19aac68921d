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
 * @param profileScripts the app's start-up scripts a dyno sources before each of them
 *     (.profile.d/*.sh, then .profile); empty when it has none
 */
public record Processes(Process main, List<Process> longRunning, Process release,
    List<String> profileScripts) {
  public Processes {
    longRunning = List.copyOf(longRunning);
    profileScripts = List.copyOf(profileScripts);
  }

  /** True when each process must start the way a dyno does, after the app's own scripts. */
  public boolean sourcesProfile() {
    return !profileScripts.isEmpty();
  }
}
