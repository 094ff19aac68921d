package dev.unbuildpack.verify;

import dev.unbuildpack.build.ContainerOutput;
import dev.unbuildpack.build.ContainerRun;
import dev.unbuildpack.build.ContainerSpec;
import dev.unbuildpack.build.RunningContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one image's processes the way a dyno formation would: every long-running process at
 * once, each in its own container with PORT set. The web process is probed from inside its own
 * container (bash's /dev/tcp, which every image that runs Procfile commands has), so the probe
 * works the same on a local, tcp or ssh engine and no port is published anywhere. Containers are
 * removed whatever happens.
 */
public final class AppRunner {
  static final Duration ENGINE_CALL = Duration.ofSeconds(30);
  static final int LOG_TAIL_LINES = 30;
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)? (\\d{3})");
  /** One HTTP/1.0 GET on 127.0.0.1:PORT; prints the status line. The path is an argument. */
  static final String PROBE_SCRIPT =
      "exec 3<>/dev/tcp/127.0.0.1/" + RunPlan.PORT + " || exit 7\n"
          + "printf 'GET %s HTTP/1.0\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n'"
          + " \"$1\" >&3\n"
          + "IFS= read -r -t 10 line <&3 && printf '%s\\n' \"$line\"\n";

  private final ContainerRun containers;
  private final LogMask mask;

  public AppRunner(ContainerRun containers, LogMask mask) {
    this.containers = containers;
    this.mask = mask;
  }

  /** Starts the add-ons' stand-ins, each ready within {@code timeout}; close them after. */
  AddonStandIns standIns(List<AddonStandIn> addons, Duration timeout,
      java.util.function.Consumer<String> progress) {
    return AddonStandIns.start(containers, addons, timeout, progress);
  }

  /** The processes' runs, in the plan's order. */
  public List<ProcessRun> run(BuiltImage image, RunPlan plan) {
    Map<RunPlan.Proc, RunningContainer> started = new LinkedHashMap<>();
    Map<RunPlan.Proc, ProcessRun> failedToStart = new LinkedHashMap<>();
    long start = System.nanoTime();
    try {
      for (RunPlan.Proc proc : plan.processes()) {
        ContainerSpec spec = image.launch().spec(image.ref(), proc.type(), proc.command())
            .withEnv(plan.env())
            .withEnv("PORT", Integer.toString(RunPlan.PORT))
            .withNetwork(plan.network());
        try {
          started.put(proc, containers.start(spec));
        } catch (RuntimeException e) {
          failedToStart.put(proc, new ProcessRun(proc.type(), ProcessOutcome.NOT_STARTED, null,
              null, null, null, mask.apply(String.valueOf(e.getMessage()))));
        }
      }
      List<ProcessRun> runs = new ArrayList<>();
      for (RunPlan.Proc proc : plan.processes()) {
        RunningContainer container = started.get(proc);
        if (container == null) {
          runs.add(failedToStart.get(proc));
        } else if ("web".equals(proc.type())) {
          runs.add(probeWeb(container, plan, start));
        } else {
          runs.add(checkAlive(proc.type(), container, plan.grace(), start));
        }
      }
      return runs;
    } finally {
      started.values().forEach(RunningContainer::close);
    }
  }

  private ProcessRun probeWeb(RunningContainer web, RunPlan plan, long start) {
    long deadline = start + plan.timeout().toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Long> exited = web.exitCode();
      if (exited.isPresent()) {
        return new ProcessRun("web", ProcessOutcome.EXITED, null, null, null, exited.get(),
            tail(web));
      }
      Integer status = probe(web, plan.probePath());
      if (status != null) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ProcessRun("web", ProcessOutcome.ANSWERED, status, millis, memory(web), null,
            "");
      }
      sleep(POLL);
    }
    return new ProcessRun("web", ProcessOutcome.NO_ANSWER, null, null, memory(web), null,
        tail(web));
  }

  /** The status of one GET, or null when nothing answers yet. */
  static Integer probe(RunningContainer web, String path) {
    ContainerOutput out;
    try {
      out = web.exec(null, ENGINE_CALL, "bash", "-c", PROBE_SCRIPT, "probe", path);
    } catch (RuntimeException containerGone) {
      return null;
    }
    return out.succeeded() ? status(out.stdout()) : null;
  }

  /** The status code of an HTTP status line, or null when the text is not one. */
  static Integer status(String statusLine) {
    Matcher matcher = STATUS_LINE.matcher(statusLine.strip());
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }

  private ProcessRun checkAlive(String type, RunningContainer container, Duration grace,
      long start) {
    long remaining = grace.toNanos() - (System.nanoTime() - start);
    if (remaining > 0) {
      sleep(Duration.ofNanos(remaining));
    }
    Optional<Long> exited = container.exitCode();
    if (exited.isPresent()) {
      return new ProcessRun(type, ProcessOutcome.EXITED, null, null, null, exited.get(),
          tail(container));
    }
    return new ProcessRun(type, ProcessOutcome.RUNNING, null, null, memory(container), null, "");
  }

  private static Long memory(RunningContainer container) {
    try {
      OptionalLong bytes = container.memoryBytes(ENGINE_CALL);
      return bytes.isPresent() ? bytes.getAsLong() : null;
    } catch (RuntimeException noStats) {
      return null;
    }
  }

  /** The last lines the container wrote, config values masked. */
  private String tail(RunningContainer container) {
    try {
      ContainerOutput logs = container.logs(ENGINE_CALL);
      String all = logs.stdout() + logs.stderr();
      String[] lines = all.split("\n", -1);
      int from = Math.max(0, lines.length - LOG_TAIL_LINES - 1);
      return mask.apply(String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length))
          .strip());
    } catch (RuntimeException noLogs) {
      return "";
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(Math.max(1, duration.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the app", e);
    }
  }
}
