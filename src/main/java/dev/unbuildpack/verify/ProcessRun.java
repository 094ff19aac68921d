package dev.unbuildpack.verify;

/**
 * One process of one image, run as a dyno would run it.
 *
 * @param type the Procfile process type
 * @param outcome how the run ended
 * @param status the HTTP status of the first answer (web only), or null
 * @param millisToAnswer from start to the first HTTP answer (web only), or null
 * @param memoryBytes memory in use when sampled (after the answer or the grace period), or null
 * @param exitCode the exit code when the process exited, or null
 * @param logTail the last lines the process wrote, when it failed; empty otherwise
 */
public record ProcessRun(
    String type,
    ProcessOutcome outcome,
    Integer status,
    Long millisToAnswer,
    Long memoryBytes,
    Long exitCode,
    String logTail) {
  public ProcessRun {
    logTail = logTail == null ? "" : logTail;
  }

  public boolean web() {
    return "web".equals(type);
  }
}
