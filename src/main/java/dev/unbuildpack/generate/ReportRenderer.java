package dev.unbuildpack.generate;

import static dev.unbuildpack.common.text.Markdown.code;
import static dev.unbuildpack.common.text.Markdown.text;

import dev.unbuildpack.common.text.Markdown;
import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.PlanSecret;
import java.util.List;
import java.util.TreeSet;

/**
 * unbuildpack-report.md, for the person who reviews the conversion: first what they must still do
 * (secrets, release phase, add-ons, config vars), then every decision with its rule and reason,
 * every finding, and the rules with their summaries and buildpack sources.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  public static String render(Detection detection, BuildPlan plan, RuleDescriptions rules) {
    StringBuilder out = new StringBuilder();
    out.append("# unbuildpack report: ").append(text(plan.app())).append("\n\n")
        .append("`unbuildpack convert` turned the Heroku ").append(Names.ecosystems(plan))
        .append(" app ").append(code(plan.app()))
        .append(" into `Dockerfile`, `.dockerignore` and `compose.yaml`. Below: what you must"
            + " still do, every decision with the rule behind it, and every finding.\n");
    out.append("\n## What you must still do\n\n");
    List<String> todo = ToDo.items(detection, plan);
    for (int i = 0; i < todo.size(); i++) {
      out.append(i + 1).append(". ").append(todo.get(i)).append('\n');
    }
    out.append("\n## Decisions\n\n").append(Decisions.table(plan));
    findings(out, detection.findings());
    secrets(out, plan);
    configVars(out, plan);
    rules(out, detection, plan, rules);
    return out.toString();
  }

  /** "Heroku would pick Node.js 24.19.0 because ..." */
  static String runtimeReason(Ecosystem ecosystem) {
    Runtime runtime = ecosystem.runtime();
    String pick = "Heroku would pick " + Names.runtime(ecosystem) + " " + runtime.version();
    return runtime.requested() == null
        ? pick + ": " + runtime.source() + "."
        : pick + " because of " + DockerfileParts.requestAndSource(runtime) + ".";
  }

  static String packageManager(PackageManager manager) {
    String version = manager.version() == null ? " (bundled with the runtime)"
        : " " + text(manager.version());
    String lockfile = manager.lockfile() == null
        ? ", no lockfile"
        : ", lockfile " + code(manager.lockfile());
    return text(manager.name()) + version + lockfile;
  }

  private static void findings(StringBuilder out, List<Finding> findings) {
    out.append("\n## Findings\n\n");
    if (findings.isEmpty()) {
      out.append("None.\n");
      return;
    }
    for (Finding finding : findings) {
      out.append("- **").append(finding.severity().id()).append("** ")
          .append(code(finding.rule()));
      if (finding.file() != null) {
        out.append(" in ").append(text(finding.file()
            + (finding.line() == null ? "" : ":" + finding.line())));
      }
      out.append(": ").append(text(finding.message())).append('\n');
    }
  }

  private static void secrets(StringBuilder out, BuildPlan plan) {
    out.append("\n## Build secrets\n\n");
    if (plan.secrets().isEmpty()) {
      out.append("None: the build needs no secret.\n");
      return;
    }
    out.append("Each is a BuildKit secret, mounted only on the steps listed and read from"
        + " `/run/secrets/ID`; no value is in the Dockerfile, a layer or the image history.\n\n");
    out.append(Markdown.header(List.of("Secret", "Needed because", "Mounted on", "Pass it with")));
    for (PlanSecret secret : plan.secrets()) {
      String because = secret.extraCa()
          ? "--extra-ca: the CA bundle of a TLS-intercepting proxy"
          : (secret.foundAt() == null ? "" : text(secret.foundAt()) + ", ") + "rule "
              + code(secret.rule());
      out.append(Markdown.row(List.of(
          code(secret.id()),
          because,
          secret.usedBy().isEmpty() ? "no step (nothing reads it)"
              : text(String.join(", ", secret.usedBy())),
          code("--secret " + Commands.secretFlag(secret, Commands.caFile(plan))))));
    }
  }

  /** Every config var by name, with what it needs; never a value, not even app.json's default. */
  private static void configVars(StringBuilder out, BuildPlan plan) {
    out.append("\n## Config vars\n\n");
    if (plan.configVars().isEmpty()) {
      out.append("None: app.json declares no config var.\n");
      return;
    }
    out.append("Heroku injects config vars into every dyno; the app expects these at run time."
        + " Their values, app.json's defaults included, are not copied into the Dockerfile, the"
        + " image, compose.yaml or this report (only a plain buildpack setting that replaces one"
        + " of the buildpack's variables is, as a Decision): compose.yaml requires each required"
        + " one from your environment and passes the others through.\n\n");
    out.append(Markdown.header(List.of("Variable", "Needs", "Declared", "Rule")));
    for (ConfigVar v : plan.configVars()) {
      out.append(Markdown.row(List.of(code(v.name()), text(ConfigVarNeeds.describe(v)),
          text(v.file() + (v.line() == null ? "" : ":" + v.line())), code(v.rule()))));
    }
  }

  private static void rules(
      StringBuilder out, Detection detection, BuildPlan plan, RuleDescriptions rules) {
    TreeSet<String> ids = new TreeSet<>(Decisions.ruleIds(plan));
    plan.configVars().forEach(v -> ids.add(v.rule()));
    detection.findings().forEach(f -> ids.add(f.rule()));
    out.append("\n## Rules\n\n");
    if (ids.isEmpty()) {
      out.append("No rule applied.\n");
      return;
    }
    out.append(Markdown.header(List.of("Rule", "Summary", "Source")));
    for (String id : ids) {
      var description = rules.describe(id);
      out.append(Markdown.row(List.of(
          code(id),
          text(description.map(RuleDescriptions.RuleDescription::summary)
              .orElse("(not in the rule catalogue)")),
          text(description.map(RuleDescriptions.RuleDescription::source).orElse("")))));
    }
  }
}
