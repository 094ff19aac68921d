package dev.unbuildpack.plan;

import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How the buildpack's steps split around the copy of the sources. */
final class Steps {
  static final String PREBUILD = "prebuild";
  static final String INSTALL = "install";
  /** Removing devDependencies (npm prune, yarn workspaces focus --production, pnpm prune). */
  static final String PRUNE = "prune";
  /**
   * Installing the package manager itself (npm install -g yarn@...), the detection's first step
   * when there is one; the processes may call the tool too (yarn start), so the runtime stage
   * repeats it, as Heroku keeps it in the slug.
   */
  static final String TOOLING = "tooling";

  private Steps() {}

  /**
   * The plan's steps. Every one of them runs the ecosystem's tools, which may reach the registry
   * or the network (install, node-gyp headers, Prisma engines in a build script...), so the extra
   * CA, when given, is mounted on all of them; it is public data, unlike the app's secrets, which
   * go only to the steps that need them. For the same reason every step mounts every package
   * manager cache any step names: a build script may install again ("npm install --prefix
   * client", "yarn --cwd web install"), and without the mount it downloads everything on every
   * build. A step that names no ecosystem is the first ecosystem's. A step of an ecosystem whose
   * tools read no PEM bundle (Java) gets the preparation that turns the bundle into theirs.
   */
  static List<PlanStep> of(List<BuildStep> steps, boolean extraCa, List<Ecosystem> ecosystems) {
    String firstEcosystem = ecosystems.get(0).id();
    Map<String, Ecosystem> byId = new HashMap<>();
    ecosystems.forEach(e -> byId.put(e.id(), e));
    List<String> caches = steps.stream().flatMap(s -> s.caches().stream()).distinct().toList();
    List<PlanStep> all = new ArrayList<>();
    steps.stream()
        .map(s -> {
          String ecosystem = s.ecosystem() == null ? firstEcosystem : s.ecosystem();
          return new PlanStep(ecosystem, s.phase(), s.command(), s.rule(), s.secrets(), caches,
              extraCa, s.note(), extraCa && byId.containsKey(ecosystem)
                  ? ExtraCa.preparation(byId.get(ecosystem), s.rule()) : null, title(s.rule()));
        })
        .forEach(all::add);
    return List.copyOf(all);
  }

  /** The step's own title, from its rule; null for a rule the built-in catalogue lacks. */
  private static String title(String rule) {
    RuleSet rules = RuleSet.builtIn();
    return rule != null && rules.contains(rule) ? rules.rule(rule).title() : null;
  }

  /** True when a step that must see the whole app (heroku-prebuild) runs before the install. */
  static boolean needSourcesBeforeInstall(List<PlanStep> steps) {
    int end = endOfDependencySteps(steps);
    return end == 0 || steps.subList(0, end).stream().anyMatch(s -> s.phase().equals(PREBUILD));
  }

  /** The index just after the last install step, or 0 when there is none. */
  static int endOfDependencySteps(List<PlanStep> steps) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).phase().equals(INSTALL)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Where the steps before the sources end: after the last install and the prunes that follow it
   * directly. A prune with no build before it reads what the install read (the manifests and the
   * packages installed), so it belongs with the cached dependency layers, and a source-only
   * change runs no package manager step at all. After a build, it stays after the sources.
   */
  static int endOfStepsBeforeSources(List<PlanStep> steps) {
    int end = endOfDependencySteps(steps);
    while (end > 0 && end < steps.size() && steps.get(end).phase().equals(PRUNE)) {
      end++;
    }
    return end;
  }

  /** True when the rules found that the install itself reads more than the manifests. */
  static boolean installNeedsSources(Ecosystem ecosystem) {
    return ecosystem.installOrder() != null && ecosystem.installOrder().sourcesFirst();
  }

  /** Why the manifests alone may go first, with the rule that said so; null when none did. */
  static String whyManifestsFirst(Ecosystem ecosystem) {
    InstallOrder order = ecosystem.installOrder();
    return order == null ? null : "[" + order.rule() + "] " + order.reason();
  }

  static String whySourcesFirst(List<PlanStep> steps, Ecosystem ecosystem) {
    if (endOfDependencySteps(steps) == 0) {
      return "There is no dependency install step, so nothing is gained by copying the manifests"
          + " first.";
    }
    if (ecosystem.manifests().isEmpty()) {
      return "No manifest was listed for the dependency install, so the install needs the whole"
          + " app.";
    }
    if (installNeedsSources(ecosystem)) {
      InstallOrder order = ecosystem.installOrder();
      return "[" + order.rule() + "] " + order.reason() + " So the whole app is copied before"
          + " the install, and the dependency layer is rebuilt whenever a source file changes.";
    }
    PlanStep prebuild =
        steps.stream().filter(s -> s.phase().equals(PREBUILD)).findFirst().orElseThrow();
    return "The " + PREBUILD + " step (rule " + prebuild.rule() + ") runs before the dependency"
        + " install, as on Heroku, and may use any file of the app; so the sources are copied"
        + " whole before it, and the dependency layer is rebuilt whenever a source file changes.";
  }

  /**
   * How many steps at the start install the package manager itself: they read no file of the
   * app, so they stay before the copy of the sources and cache whatever the sources do.
   */
  static int leadingTooling(List<PlanStep> steps) {
    int count = 0;
    while (count < steps.size() && steps.get(count).phase().equals(TOOLING)) {
      count++;
    }
    return count;
  }

  /** Steps that install tools the processes may call at run time (yarn, pnpm, a newer npm). */
  static List<PlanStep> tooling(List<PlanStep> steps) {
    return steps.stream().filter(s -> s.phase().equals(TOOLING)).toList();
  }
}
