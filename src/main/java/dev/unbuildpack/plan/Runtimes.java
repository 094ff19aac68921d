package dev.unbuildpack.plan;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.rules.DataFolder;
import dev.unbuildpack.rules.ImageReleases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runtimes of an app with several ecosystems: which one's official images the stages start
 * from (the primary), and how the others' runtimes are copied in.
 */
final class Runtimes {
  /** Splits a command line into the words that may run a program. */
  private static final Pattern WORDS = Pattern.compile("[\\s;&|()`]+");

  private Runtimes() {}

  /**
   * The ecosystem whose images the stages start from: the one whose runtime the web process runs
   * (its command starts with one of that runtime's commands), else the last buildpack, which on
   * Heroku releases last and so declares the default processes.
   */
  static Ecosystem primary(List<Ecosystem> ecosystems, Processes processes) {
    Process main = processes.main();
    if (ecosystems.size() > 1 && main != null && main.type().equals("web")) {
      String first = firstWord(main.command());
      for (Ecosystem ecosystem : ecosystems) {
        if (RuntimeFiles.of(ecosystem.id()).map(f -> f.commands().contains(first)).orElse(false)) {
          return ecosystem;
        }
      }
    }
    return ecosystems.get(ecosystems.size() - 1);
  }

  /**
   * The runtimes copied into the build stage (every ecosystem but the primary: their buildpacks'
   * steps run there) or into the runtime stage (those a process or the release phase calls).
   */
  static List<RuntimeCopy> copies(List<Ecosystem> ecosystems, Ecosystem primary, ImageMap map,
      boolean build, Processes processes, DebianRelease base) {
    List<RuntimeCopy> copies = new ArrayList<>();
    for (Ecosystem ecosystem : ecosystems) {
      if (ecosystem == primary) {
        continue;
      }
      String version = ecosystem.runtime().version();
      RuntimeFiles files = RuntimeFiles.of(ecosystem.id()).orElseThrow(() ->
          notCopyable(ecosystem, primary)).at(version);
      Optional<Process> caller = callers(processes).filter(p -> calls(p, files)).findFirst();
      if (!build && caller.isEmpty()) {
        continue;
      }
      List<String> paths = new ArrayList<>(files.paths());
      if (build) {
        paths.addAll(files.buildOnly());
      }
      String why = build
          ? "its buildpack's steps run in this build, beside those of " + primary.id()
          : "process " + caller.get().type() + " calls it (" + caller.get().source() + ")";
      copies.add(new RuntimeCopy(ecosystem.id(), ecosystem.runtime(),
          map.apply(EcosystemImages.of(ecosystem.id()).runtimeReference(version,
              release(ecosystem, base))), paths,
          files.links(), build ? List.of() : files.run().on(base), why,
          files.source().describe()));
    }
    return copies;
  }

  /**
   * What each buildpack's export gives the buildpacks after it, by ecosystem; the last one's
   * export reaches no other buildpack, and the export files never reach the running app.
   */
  static Map<String, List<EnvSetting>> exports(List<Ecosystem> ecosystems) {
    Map<String, List<EnvSetting>> exports = new LinkedHashMap<>();
    for (Ecosystem ecosystem : ecosystems.subList(0, ecosystems.size() - 1)) {
      RuntimeFiles.of(ecosystem.id()).filter(f -> !f.export().isEmpty()).ifPresent(f ->
          exports.put(ecosystem.id(), f.export().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> new EnvSetting(e.getKey(), e.getValue(),
                  ecosystem.id() + " buildpack's export (" + f.exportSource().describe()
                      + ")"))
              .toList()));
    }
    return exports;
  }

  /**
   * The Debian release of the image a runtime is copied from: the base's when its official image
   * is published for it at that version, else the newest release it is published for (the
   * runtime's binaries need only the C and C++ libraries every Debian image has). The release
   * lists are the ones detection chose the base's release from: the user's refreshed list where
   * it is newer than the shipped one.
   */
  private static DebianRelease release(Ecosystem ecosystem, DebianRelease base) {
    return ImageReleases.preferring(ecosystem.id(), DataFolder.user())
        .map(list -> list.availability(ecosystem.runtime().version()).releases())
        .filter(published -> !published.isEmpty() && !published.contains(base))
        .map(published -> published.stream().max(Comparator.naturalOrder()).orElseThrow())
        .orElse(base);
  }

  private static Stream<Process> callers(Processes processes) {
    return Stream.concat(processes.longRunning().stream(),
        Stream.ofNullable(processes.release()));
  }

  /** True when a word of the command runs the runtime or one of its tools. */
  private static boolean calls(Process process, RuntimeFiles files) {
    return Stream.of(WORDS.split(process.command().strip())).anyMatch(files.commands()::contains);
  }

  private static String firstWord(String command) {
    String[] words = WORDS.split(command.strip());
    return words.length == 0 ? "" : words[0];
  }

  private static BadInputException notCopyable(Ecosystem ecosystem, Ecosystem primary) {
    return new BadInputException(
        "unbuildpack cannot copy the " + ecosystem.id() + " runtime into the " + primary.id()
            + " image yet",
        Location.of(ecosystem.id()),
        "No rules/" + ecosystem.id() + "/data/runtime-files.toml says where its runtime lives in"
            + " its official image.",
        List.of("Convert by hand for now: start from the " + primary.id() + " image and copy"
            + " the " + ecosystem.id() + " runtime in from its official image."));
  }
}
