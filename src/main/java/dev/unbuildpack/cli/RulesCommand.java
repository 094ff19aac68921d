package dev.unbuildpack.cli;

import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.io.PrintWriter;
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
    subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class})
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: list or show.");
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
      if (!rule.build().isEmpty()) {
        out.println("  build:   " + String.join(" ", rule.build()));
      }
      if (!rule.run().isEmpty()) {
        out.println("  run:     " + String.join(" ", rule.run()));
      }
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
