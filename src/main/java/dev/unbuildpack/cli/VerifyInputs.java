package dev.unbuildpack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.build.SecretSource;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.plan.LocalService;
import dev.unbuildpack.verify.AddonStandIn;
import dev.unbuildpack.verify.ExistingImage;
import dev.unbuildpack.verify.References;
import dev.unbuildpack.verify.Judge;
import dev.unbuildpack.verify.LogMask;
import dev.unbuildpack.verify.Reference;
import dev.unbuildpack.verify.RunPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses and checks verify's options; what the command needs besides the pipeline. */
final class VerifyInputs {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final Pattern PROBE = Pattern.compile("/[\\x21-\\x7e]*");
  private static final Pattern BUILD_STEP = Pattern.compile("^#\\d+ (\\[[^\\]]+\\] .*)$");
  /** Only small files are secrets worth masking: a CA bundle is public and long. */
  private static final long MASKED_FILE_BYTES = 4096;

  private VerifyInputs() {}

  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Matcher m = DURATION.matcher(value.strip());
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a duration; write a number and a unit: 500ms, 90s, 2m, 1h.");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
  }

  static final class CategoryIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Judge.categoryIds().iterator();
    }
  }

  static void requireProbePath(CommandLine cli, String probe) {
    if (!PROBE.matcher(probe).matches()) {
      throw new CommandLine.ParameterException(cli, "--probe takes a path starting with '/',"
          + " without spaces or control characters (e.g. /health), not '" + probe + "'.");
    }
  }

  static List<String> failCategories(CommandLine cli, List<String> failOn) {
    List<String> ids = new ArrayList<>();
    for (String id : failOn) {
      String trimmed = id.strip();
      if (!Judge.categoryIds().contains(trimmed)) {
        throw new CommandLine.ParameterException(cli, "Unknown --fail-on category '" + trimmed
            + "'. Valid categories: " + String.join(", ", Judge.categoryIds()));
      }
      ids.add(trimmed);
    }
    return ids;
  }

  /** NAME, NAME=env:VAR or NAME=file:PATH. */
  static SecretSource secret(CommandLine cli, String option) {
    int eq = option.indexOf('=');
    String id = eq < 0 ? option : option.substring(0, eq);
    String from = eq < 0 ? "env:" + id : option.substring(eq + 1);
    try {
      if (from.startsWith("env:") && from.length() > 4) {
        return new SecretSource.FromEnv(id, from.substring(4));
      }
      if (from.startsWith("file:") && from.length() > 5) {
        return new SecretSource.FromFile(id, Path.of(from.substring(5)));
      }
    } catch (IllegalArgumentException badId) {
      // Reported below with the option's syntax.
    }
    throw new CommandLine.ParameterException(cli, "--secret takes NAME, NAME=env:VARIABLE or"
        + " NAME=file:PATH (NAME of letters, digits, '_', '.', '-'); a value never goes on the"
        + " command line. Got a malformed --secret for '" + id.replaceAll("[^A-Za-z0-9_.-]", "?")
        + "'.");
  }

  /** Hides the secrets' values (small files and variables) and the env file's values. */
  static LogMask mask(List<SecretSource> secrets, Map<String, String> env) {
    List<LogMask.Hidden> hidden = new ArrayList<>();
    for (SecretSource secret : secrets) {
      if (secret instanceof SecretSource.FromEnv fromEnv) {
        String value = System.getenv(fromEnv.variable());
        if (value != null) {
          hidden.add(new LogMask.Hidden(secret.id(), value));
        }
      } else if (secret instanceof SecretSource.FromFile fromFile) {
        try {
          if (Files.isRegularFile(fromFile.file())
              && Files.size(fromFile.file()) <= MASKED_FILE_BYTES) {
            hidden.add(new LogMask.Hidden(secret.id(),
                Files.readString(fromFile.file(), StandardCharsets.UTF_8).strip()));
          }
        } catch (IOException unreadable) {
          // The build reports an unreadable secret file; there is nothing to mask.
        }
      }
    }
    env.forEach((name, value) -> hidden.add(new LogMask.Hidden(name, value)));
    return LogMask.of(hidden);
  }

  /**
   * BuildKit's plain progress, masked, to stderr; on a terminal only the step lines
   * ("[build 3/7] RUN npm ci"), one each.
   */
  static Consumer<String> progress(PrintWriter err, LogMask mask, boolean terminal) {
    return line -> {
      String shown = mask.apply(line);
      if (terminal && !shown.startsWith("verify:")) {
        Matcher step = BUILD_STEP.matcher(shown);
        if (!step.matches()) {
          return;
        }
        shown = "  " + step.group(1);
      }
      err.println(shown);
      err.flush();
    };
  }

  /** A repository name Docker accepts, from the app's folder name. */
  static String imageName(String appName) {
    String name = appName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[^a-z0-9]+", "");
    return name.isEmpty() ? "app" : name;
  }

  /** The long-running processes: web first, then the others; release is a one-off. */
  static List<RunPlan.Proc> processes(Detection detection) {
    List<RunPlan.Proc> procs = new ArrayList<>();
    detection.processes().stream().filter(p -> p.type().equals("web"))
        .forEach(p -> procs.add(new RunPlan.Proc(p.type(), p.command())));
    for (Process p : detection.processes()) {
      if (!p.type().equals("web") && !p.type().equals("release")) {
        procs.add(new RunPlan.Proc(p.type(), p.command()));
      }
    }
    return procs;
  }

  /** package.json's devDependencies: packages a buildpack prunes, and B need not keep. */
  static List<String> devDependencies(AppDir app) {
    try {
      JsonNode dev = Json.mapper().readTree(app.read("package.json").orElse("{}"))
          .path("devDependencies");
      List<String> names = new ArrayList<>();
      dev.fieldNames().forEachRemaining(names::add);
      return names;
    } catch (IOException | RuntimeException unreadable) {
      return List.of();
    }
  }

  /**
   * The add-ons verify starts a stand-in for: those compose.yaml has a service for, unless
   * --env-file already points their variable somewhere.
   */
  static List<AddonStandIn> standIns(List<LocalService> services, Map<String, String> env) {
    List<AddonStandIn> standIns = new ArrayList<>();
    for (LocalService service : services) {
      Addon addon = service.addon();
      if (service.hasStandIn() && !env.containsKey(addon.envVar())) {
        standIns.add(new AddonStandIn(addon.service(), service.image().reference(),
            addon.envVar(), service.url(), service.environment()));
      }
    }
    return standIns;
  }

  /**
   * The add-ons the app needs that verify cannot stand in for: their URL variable must come from
   * --env-file.
   */
  static List<String> addonNotes(List<LocalService> services, Map<String, String> env) {
    List<String> notes = new ArrayList<>();
    for (LocalService service : services) {
      Addon addon = service.addon();
      if (!service.hasStandIn() && addon.envVar() != null && !env.containsKey(addon.envVar())) {
        notes.add("The app uses the add-on " + addon.plan() + ", which has no local stand-in,"
            + " but " + addon.envVar() + " is not in --env-file: processes that need it may"
            + " fail. Set " + addon.envVar() + " in the env file to an instance you run.");
      }
    }
    return notes;
  }

  static Reference reference(DockerClient docker, VerifyCommand.ReferenceOptions options,
      Path app, String tagA, String appName, Detection detection, Map<String, String> env,
      Consumer<String> progress) {
    if (options.buildpackImage != null) {
      return new ExistingImage(docker, options.buildpackImage);
    }
    String nameA = tagA != null ? tagA
        : "unbuildpack-verify/" + imageName(appName) + ":reference";
    if (options.slug != null) {
      String web = detection.processes().stream().filter(p -> p.type().equals("web"))
          .map(Process::command).findFirst().orElse(null);
      return References.slug(docker, options.slug.slug, options.slug.stack, nameA, web,
          progress);
    }
    return References.pack(docker, app, nameA, options.pack.builder, env, progress);
  }
}
