package dev.unbuildpack.cli;

import dev.unbuildpack.common.text.VisibleText;
import dev.unbuildpack.generate.ConfigVarNeeds;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.SystemPackage;
import java.util.List;
import java.util.Map;

/** The text form of {@code detect}: every decision with the rule that made it. */
final class DetectionText {
  private final StringBuilder out = new StringBuilder();

  private DetectionText() {}

  static String render(Detection detection) {
    DetectionText text = new DetectionText();
    text.line("app: " + detection.app());
    detection.ecosystems().forEach(text::ecosystem);
    if (detection.debian() != null) {
      text.line("debian: " + detection.debian().release() + "  [" + detection.debian().rule()
          + "]");
      text.line("  because: " + VisibleText.of(detection.debian().reason()));
    }
    text.processes(detection);
    text.steps(detection.buildSteps());
    text.section("build secrets", detection.buildSecrets(), s -> s.name() + "  from "
        + s.file() + (s.line() == null ? "" : ":" + s.line()) + "  [" + s.rule() + "]");
    text.packages("system packages, build stage", detection.systemPackages().build());
    text.packages("system packages, runtime stage", detection.systemPackages().run());
    text.env("environment, build", detection.env().build());
    text.env("environment, run", detection.env().run());
    text.section("config vars (names only: values are never copied)", detection.env().configVars(),
        v -> v.name() + "  " + ConfigVarNeeds.describe(v) + "  from " + v.file()
            + (v.line() == null ? "" : ":" + v.line()) + "  [" + v.rule() + "]");
    text.section("add-ons", detection.addons(), a -> a.plan() + (a.service() == null
        ? "  (no local service)" : "  -> compose service " + a.service() + ", " + a.envVar()));
    text.section("ignored paths", detection.ignore(), i -> i.pattern() + "  from " + i.source());
    text.findings(detection.findings());
    text.line("");
    text.line("Run 'unbuildpack rules show ID' for what a rule encodes and where it comes from.");
    return text.out.toString();
  }

  private void ecosystem(Ecosystem eco) {
    var runtime = eco.runtime();
    line(eco.id() + ": runtime " + runtime.name() + " "
        + (runtime.version() == null ? "(none resolved)" : runtime.version())
        + "  [" + runtime.rule() + "]");
    line("  because: " + runtime.source());
    var pm = eco.packageManager();
    line("  package manager: " + pm.name() + " "
        + (pm.version() == null ? "(bundled)" : pm.version())
        + (pm.lockfile() == null ? ", no lockfile" : ", lockfile " + pm.lockfile()));
    var order = eco.installOrder();
    if (order != null && order.sourcesFirst()) {
      line("  manifests: " + String.join(", ", eco.manifests()));
      line("  the whole app is copied before the install  [" + order.rule() + "]");
      line("    because: " + order.reason());
    } else {
      line("  copied before the sources: " + String.join(", ", eco.manifests())
          + (order == null ? "" : "  [" + order.rule() + "]"));
    }
  }

  private void processes(Detection detection) {
    section("processes", detection.processes(),
        p -> p.type() + ": " + p.command() + "  from " + p.source());
  }

  private void steps(List<BuildStep> steps) {
    section("build steps, in order", steps, s -> s.phase() + ": " + s.command() + "  ["
        + s.rule() + "]" + (s.secrets().isEmpty() ? "" : "  secrets: "
        + String.join(", ", s.secrets())) + (s.caches().isEmpty() ? "" : "  cache: "
        + String.join(", ", s.caches())));
  }

  private void packages(String title, List<SystemPackage> packages) {
    section(title, packages, p -> p.name() + "  [" + p.rule() + "] " + p.reason());
  }

  private void env(String title, Map<String, EnvVar> env) {
    section(title, List.copyOf(env.entrySet()),
        e -> e.getKey() + "=" + e.getValue().value() + "  [" + e.getValue().rule() + "]");
  }

  private void findings(List<Finding> findings) {
    section("findings", findings, DetectionText::findingLine);
  }

  /**
   * One finding on one terminal line: app text in a message (a Procfile line, a range) is made
   * visible, so a carriage return or an escape sequence cannot rewrite what the user reads.
   */
  static String findingLine(Finding f) {
    return f.severity().id() + " [" + f.rule() + "] "
        + VisibleText.of((f.file() == null ? "" : f.file()
            + (f.line() == null ? "" : ":" + f.line()) + ": ") + f.message());
  }

  private <T> void section(String title, List<T> items, java.util.function.Function<T, String> show) {
    if (items.isEmpty()) {
      return;
    }
    line(title + ":");
    items.forEach(item -> line("  " + show.apply(item)));
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
