package dev.unbuildpack.generate.jib;

import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.generate.ProcessCommand;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.EnvSetting;
import dev.unbuildpack.plan.ImageRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime stage of a plan as Jib builds it, in no file format yet.
 *
 * @param app the app folder's name
 * @param buildTool "Maven" or "Gradle"
 * @param base the runtime stage's base image (after the image map, as the Dockerfile names it)
 * @param user what Jib sets as the image's user: the user's name when the base image has it, else
 *     "uid:gid" (a user the Dockerfile creates does not exist in the base Jib starts from)
 * @param userNote why that form, for the configuration's comment
 * @param workdir the app's folder in the image ("/app")
 * @param env the runtime stage's variables Jib can set as the Dockerfile does, then PORT
 * @param skippedEnv variables whose value refers to another ('$'), which Docker expands at build
 *     time and Jib would set literally: left out, named in a comment
 * @param port the exposed web port, or null
 * @param args the image's command (Docker's CMD; the entrypoint stays the base image's, as the
 *     Dockerfile leaves it), or empty when the app declares no process
 * @param commandSource where the command comes from, for the comment
 * @param excludes the .dockerignore entries, which Jib must leave out of /app too, as Jib's globs
 * @param negations .dockerignore entries that re-include ("!x"), which Jib's excludes cannot say
 * @param buildOutputs .dockerignore entries naming the build's output folders, which Jib must
 *     take: the Dockerfile's build makes them anew, Jib packages what the local build made
 * @param executables files in /app a process runs directly (the first word of its command): Jib
 *     writes every file with mode 644 unless told otherwise, the Dockerfile keeps the build's mode
 * @param filesFolder the folder of {@link #files}, relative to the app (the project's folder)
 * @param files files the Dockerfile's build writes into /app, written by convert for Jib
 */
public record JibImage(
    String app,
    String buildTool,
    ImageRef base,
    String user,
    String userNote,
    String workdir,
    List<EnvSetting> env,
    List<EnvSetting> skippedEnv,
    Integer port,
    List<String> args,
    String commandSource,
    List<String> excludes,
    List<String> negations,
    List<String> buildOutputs,
    List<String> executables,
    String filesFolder,
    List<JibFile> files) {
  /** The folder, beside the written Dockerfile, of the files Jib adds to /app. */
  public static final String FILES_FOLDER = "jib-app";
  /**
   * Where Jib puts the layers it always adds (the project's dependencies, resources and classes):
   * out of /app, which then holds what the Dockerfile's image holds.
   */
  static final String APP_ROOT = "/opt/jib";
  static final String APP_ROOT_NOTE = "Jib always adds the project's dependencies, resources and"
      + " classes as layers of its own: out of /app, under " + APP_ROOT + "; the command runs the"
      + " built app in /app, as in the Dockerfile's image.";
  /**
   * The rules whose .dockerignore entries are the build's output folders (Maven's target/,
   * Gradle's build/ and .gradle/): kept out of the Docker context because the Dockerfile builds
   * them anew, but what Jib packages after the local build.
   */
  static final List<String> BUILD_OUTPUT_RULES =
      List.of("JAVA-IGNORE-TARGET", "GRADLE-IGNORE-BUILD");
  /** What Jib writes into the project's build folder, never part of the image. */
  static final List<String> JIB_OUTPUTS = List.of("target/jib-*", "build/jib-*");

  public JibImage {
    env = List.copyOf(env);
    skippedEnv = List.copyOf(skippedEnv);
    args = List.copyOf(args);
    excludes = List.copyOf(excludes);
    negations = List.copyOf(negations);
    buildOutputs = List.copyOf(buildOutputs);
    executables = List.copyOf(executables);
    files = List.copyOf(files);
  }

  /**
   * The plan's runtime stage for Jib.
   *
   * @param outputFromApp the folder convert writes to, relative to the app ("" when the same,
   *     else ending in "/"), where the configuration finds {@link #FILES_FOLDER}
   * @param extraIgnores files convert writes besides the plan's own (the Jib files themselves)
   */
  static JibImage of(BuildPlan plan, String buildTool, String outputFromApp,
      List<String> extraIgnores, List<JibFile> files) {
    refuseRunSteps(plan);
    List<EnvSetting> env = new ArrayList<>();
    List<EnvSetting> skipped = new ArrayList<>();
    for (EnvSetting setting : plan.runtime().env()) {
      (setting.value().contains("$") ? skipped : env).add(setting);
    }
    Integer port = null;
    if (plan.port() != null) {
      port = plan.port().number();
      env.add(new EnvSetting("PORT", String.valueOf(port), plan.port().rule()));
    }
    Process main = plan.processes().main();
    List<String> args = main == null ? List.of()
        : ProcessCommand.execForm(main.command(), plan.processes().sourcesProfile());
    List<String> excludes = new ArrayList<>();
    List<String> negations = new ArrayList<>();
    List<String> buildOutputs = new ArrayList<>();
    for (IgnoreEntry entry : plan.ignore()) {
      if (BUILD_OUTPUT_RULES.stream()
          .anyMatch(rule -> entry.source().contains("(" + rule + ")"))) {
        buildOutputs.add(entry.pattern());
      } else if (entry.pattern().startsWith("!")) {
        negations.add(entry.pattern());
      } else {
        excludes.add(entry.pattern());
      }
    }
    excludes.addAll(extraIgnores.stream().map(name -> outputFromApp + name).toList());
    excludes.addAll(JIB_OUTPUTS);
    excludes = excludes.stream().flatMap(JibImage::globs).distinct().toList();
    boolean created = plan.user().create();
    String user = created ? plan.user().uid() + ":" + plan.user().uid() : plan.user().name();
    String userNote = created
        ? "the Dockerfile creates the user \"" + plan.user().name() + "\"; Jib runs no command, so"
            + " the image runs as its uid and gid, which have no name in /etc/passwd"
        : "the base image's unprivileged user \"" + plan.user().name() + "\" (uid "
            + plan.user().uid() + "), as in the Dockerfile";
    return new JibImage(plan.app(), buildTool, plan.runtime().image(), user, userNote,
        plan.workdir(), env, skipped, port, args, main == null ? null : main.source(),
        excludes, negations, buildOutputs, executables(plan), outputFromApp + FILES_FOLDER, files);
  }

  /**
   * The programs in /app that processes start by path ("build/install/app/bin/app",
   * "./bin/start"): plain relative paths only, which Jib's permissions take as written.
   */
  private static List<String> executables(BuildPlan plan) {
    java.util.Set<String> paths = new java.util.TreeSet<>();
    for (Process process : plan.processes().longRunning()) {
      String first = process.command().strip().split("\\s+")[0];
      String path = first.startsWith("./") ? first.substring(2) : first;
      if (path.contains("/") && !path.startsWith("/") && path.matches("[A-Za-z0-9._/-]+")
          && !path.contains("..")) {
        paths.add(plan.workdir() + "/" + path);
      }
    }
    return List.copyOf(paths);
  }

  /**
   * A .dockerignore pattern as the globs Jib matches paths against (Java's "glob:" syntax): the
   * pattern, everything under what it names (Docker leaves out a whole folder), and for
   * "**\/x" also "x" at the top, since Java's "**\/" needs at least one folder and Docker's
   * does not.
   */
  private static java.util.stream.Stream<String> globs(String pattern) {
    List<String> globs = new ArrayList<>(List.of(pattern, pattern + "/**"));
    if (pattern.startsWith("**/")) {
      globs.addAll(List.of(pattern.substring(3), pattern.substring(3) + "/**"));
    }
    return globs.stream();
  }

  /** Jib copies files onto a base image; a runtime stage that runs commands has no Jib form. */
  private static void refuseRunSteps(BuildPlan plan) {
    List<String> needs = new ArrayList<>();
    if (!plan.runtime().packages().isEmpty()) {
      needs.add("system packages (" + String.join(", ", plan.runtime().packages().stream()
          .map(p -> p.name()).distinct().toList()) + ")");
    }
    if (!plan.runtimeCopies().isEmpty()) {
      needs.add("other buildpacks' runtimes copied from their images");
    }
    if (!plan.runtimeTooling().isEmpty()) {
      needs.add("tools installed again in the runtime stage");
    }
    if (!needs.isEmpty()) {
      throw new UsageException("--jib cannot build this app's image",
          null,
          "Jib adds files to a base image and runs no command in it, but this image's runtime"
              + " stage needs " + String.join(", ", needs) + ".",
          List.of("Build the image with the Dockerfile, or convert without --jib."));
    }
  }
}
