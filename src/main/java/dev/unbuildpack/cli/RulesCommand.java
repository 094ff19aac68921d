package dev.unbuildpack.cli;

import dev.unbuildpack.rules.DataFolder;
import dev.unbuildpack.rules.PackageNames;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.rules.node.RegistryReleases;
import dev.unbuildpack.rules.node.Releases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unbuildpack rules list | show ID}: the knowledge unbuildpack applies, with sources. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the rules and shows what one encodes and where it comes from.",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class,
        RulesCommand.UpdateData.class})
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: list, show or update.");
  }

  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Refreshes the release lists (Node.js, npm, Yarn, pnpm) from the npm registry"
          + " and the Debian releases of the official images from docker-library/official-images"
          + " into the data folder, which unbuildpack then prefers to the lists it ships.")
  static final class UpdateData implements Runnable {
    @Mixin DebugOption debug;
    @Spec CommandSpec spec;

    @picocli.CommandLine.Option(names = "--data-dir", paramLabel = "DIR",
        description = "Where to write (default: $UNBUILDPACK_DATA_DIR, else"
            + " $XDG_CACHE_HOME/unbuildpack, else ~/.cache/unbuildpack).")
    Path dataDir;

    @picocli.CommandLine.Option(names = "--registry", paramLabel = "URL",
        description = "The npm registry to read (default: ${DEFAULT-VALUE}).",
        defaultValue = RegistryReleases.REGISTRY)
    String registry;

    @picocli.CommandLine.Option(names = "--official-images", paramLabel = "URL",
        description = "The folder of docker-library/official-images' library files (default:"
            + " ${DEFAULT-VALUE}).", defaultValue = OFFICIAL_IMAGES)
    String officialImages;

    static final String OFFICIAL_IMAGES =
        "https://raw.githubusercontent.com/docker-library/official-images/master/library/";

    @Override
    public void run() {
      for (String[] url : new String[][] {{"--registry", registry},
          {"--official-images", officialImages}}) {
        if (!url[1].matches("https?://[^\\s]+")) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              url[0] + " must be an http or https URL, not '" + url[1] + "'.");
        }
      }
      Path dir = dataDir != null ? dataDir : DataFolder.user();
      ReleaseUpdate update = new ReleaseUpdate(registry, officialImages, DataFolder.today());
      var lists = update.run(dir, Releases.preferring(dir));
      PrintWriter out = spec.commandLine().getOut();
      lists.forEach((tool, list) -> out.println(String.format("%-18s %5d versions, latest %s,"
          + " as of %s", tool.registryPackage(), list.versions().size(),
          list.latest() != null ? list.latest() : list.versions().get(0).getVersion(),
          list.date())));
      update.images().forEach(list -> out.println(String.format("%-18s %s", list.image()
          + " image", list.release().stream().map(r -> r.versions().size() + " versions on "
              + r.name()).collect(java.util.stream.Collectors.joining(", "))
          + ", as of " + list.date())));
      out.println("Written under " + dir.resolve("rules") + "; detect and convert use them.");
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every rule.")
  static final class ListRules implements Runnable {
    @Mixin DebugOption debug;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      List<Rule> rules = RuleSet.builtIn().all();
      int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
      rules.forEach(r -> out.println(String.format("%-" + width + "s  %s", r.id(), r.summary())));
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Shows a rule: summary, effect, data and source.")
  static final class ShowRule implements Runnable {
    @Mixin DebugOption debug;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "A rule id, e.g. NODE-INSTALL-NPM.")
    String id;

    @Override
    public void run() {
      RuleSet rules = RuleSet.builtIn();
      if (!rules.contains(id)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Unknown rule '" + id + "'. Run 'unbuildpack rules list' for the ids.");
      }
      Rule rule = rules.rule(id);
      PrintWriter out = spec.commandLine().getOut();
      out.println(rule.id() + (rule.severity() == null ? "" : " (" + rule.severity() + ")"));
      out.println("  summary: " + rule.summary());
      out.println("  effect:  " + rule.effect());
      data(out, rule);
      out.println("  source:  " + rule.source().describe());
      out.println("  defined in " + rules.file(id));
    }

    /** "  run:     libpq5", or one line per release when the names differ by release. */
    private static void packages(PrintWriter out, String key, PackageNames names) {
      if (names.isEmpty()) {
        return;
      }
      if (!names.perRelease()) {
        out.println(String.format("  %-8s %s", key + ":", String.join(" ", names.every())));
        return;
      }
      names.releases().forEach(r -> out.println(String.format("  %-8s %s", key + ":",
          r.release() + ": " + (r.names().isEmpty() ? "(none)" : String.join(" ", r.names())))));
    }

    private static void data(PrintWriter out, Rule rule) {
      if (rule.value() != null) {
        out.println("  value:   " + rule.value());
      }
      if (!rule.values().isEmpty()) {
        out.println("  values:  " + String.join(", ", rule.values()));
      }
      if (!rule.npm().isEmpty()) {
        out.println("  npm:     " + String.join(", ", rule.npm())
            + (rule.versions() == null ? "" : " (versions " + rule.versions() + ")"));
      }
      if (!rule.pypi().isEmpty()) {
        out.println("  pypi:    " + String.join(", ", rule.pypi())
            + (rule.versions() == null ? "" : " (versions " + rule.versions() + ")"));
      }
      if (!rule.gems().isEmpty()) {
        out.println("  gems:    " + String.join(", ", rule.gems())
            + (rule.versions() == null ? "" : " (versions " + rule.versions() + ")")
            + (rule.precompiled().isEmpty() ? ""
                : " (precompiled for " + String.join(", ", rule.precompiled()) + ")"));
      }
      packages(out, "build", rule.build());
      packages(out, "run", rule.run());
      new java.util.TreeMap<>(rule.env()).forEach((k, v) -> out.println("  env:     " + k + "=" + v));
      new java.util.TreeMap<>(rule.commands()).forEach((k, v) -> out.println("  command: " + k + ": " + v));
      rule.caches().forEach(c -> out.println("  cache:   " + c));
      if (rule.addon() != null) {
        out.println("  add-on:  " + rule.addon() + " -> " + rule.service() + " (" + rule.variable() + ")");
      }
      if (rule.image() != null) {
        out.println("  image:   " + rule.image() + " at " + rule.url());
      }
    }
  }
}
