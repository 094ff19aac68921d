package dev.unbuildpack.generate;

import static dev.unbuildpack.common.text.Markdown.code;
import static dev.unbuildpack.common.text.Markdown.text;

import dev.unbuildpack.common.text.Markdown;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.DependencyGroup;
import dev.unbuildpack.plan.EnvSetting;
import dev.unbuildpack.plan.ImageRef;
import dev.unbuildpack.plan.LocalService;
import dev.unbuildpack.plan.PlanStep;
import dev.unbuildpack.plan.RuntimeCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The report's decision table: one row per choice, with its rule ("–" for unbuildpack's own). */
final class Decisions {
  private static final String OWN = "–";

  /** Each field is Markdown already: app text in code spans or through {@code text}. */
  private record Row(String decision, String value, String rule, String why) {}

  private Decisions() {}

  static String table(BuildPlan plan) {
    StringBuilder out = new StringBuilder(
        Markdown.header(List.of("Decision", "Value", "Rule", "Why")));
    for (Row row : rows(plan)) {
      out.append(Markdown.row(List.of(
          row.decision(), row.value(), row.rule() == null ? OWN : code(row.rule()), row.why())));
    }
    return out.toString();
  }

  /** A rule id quoted in a source text: "Procfile:1 (HEROKU-PROCFILE)". */
  private static final Pattern QUOTED_RULE = Pattern.compile("\\(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\)");

  /** Every rule id the plan rests on, including those its sources quote. */
  static List<String> ruleIds(BuildPlan plan) {
    List<String> ids = new ArrayList<>();
    for (Row row : rows(plan)) {
      if (row.rule() != null) {
        ids.add(row.rule());
      }
      QUOTED_RULE.matcher(row.why()).results().forEach(m -> ids.add(m.group(1)));
    }
    return ids.stream().distinct().toList();
  }

  private static List<Row> rows(BuildPlan plan) {
    List<Row> rows = new ArrayList<>();
    for (Ecosystem ecosystem : plan.ecosystems()) {
      String name = Names.runtime(ecosystem);
      rows.add(new Row(name + " version", code(ecosystem.runtime().version()),
          ecosystem.runtime().rule(), text(ReportRenderer.runtimeReason(ecosystem))));
      rows.add(new Row("Package manager" + (plan.multiple() ? " (" + Names.of(ecosystem.id())
          + ")" : ""),
          ReportRenderer.packageManager(ecosystem.packageManager()), null,
          "As the buildpack selects it."));
    }
    if (plan.multiple()) {
      rows.add(new Row("Buildpack order", text(Names.ecosystems(plan)), null,
          "The order Heroku runs the buildpacks in; their steps follow it. "
              + text(Names.ecosystem(plan)) + "'s images are the base: "
              + (plan.ecosystem() == plan.ecosystems().get(plan.ecosystems().size() - 1)
                  ? "its buildpack is the last." : "the web process runs its runtime.")));
    }
    rows.add(debian(plan));
    rows.add(image("Build image", plan.build().image(), text(Names.buildStage(plan))));
    rows.add(image("Runtime image", plan.runtime().image(), text(Names.runtimeStage(plan)
        .replaceFirst("\\.$", "")) + "; the build stage's result is copied in."));
    copies(rows, "Build stage", plan.buildCopies());
    copies(rows, "Runtime stage", plan.runtimeCopies());
    packages(rows, "Build package", plan.build().packages());
    packages(rows, "Run-time package", plan.runtime().packages());
    env(rows, "Build variable", plan.build().env());
    env(rows, "Run-time variable", plan.runtime().env());
    plan.exports().forEach((ecosystem, export) -> export.forEach(e -> rows.add(new Row(
        "Build variable (export)", code(e.name() + "=" + e.value()), null,
        text("The " + e.rule() + ", set before the steps of the buildpacks after it.")))));
    plan.dependencies().forEach(group -> rows.add(layers(plan, group)));
    steps(rows, plan);
    processes(rows, plan);
    rows.add(new Row("User", code(plan.user().name()) + " (uid " + plan.user().uid() + ")", null,
        plan.user().create()
            ? "The base image has no unprivileged user, so the runtime stage creates it; a dyno"
                + " never runs as root."
            : "An unprivileged user the base image already has; a dyno never runs as root."));
    for (IgnoreEntry entry : plan.ignore()) {
      rows.add(new Row(".dockerignore", code(entry.pattern()), null, text(entry.source())));
    }
    for (LocalService service : plan.services()) {
      rows.add(new Row("Add-on " + code(service.addon().plan()),
          service.hasStandIn() ? "compose service " + code(service.addon().service()) : "none",
          null, text(service.addon().source()) + (service.addon().envVar() == null ? "."
              : "; the app reads " + code(service.addon().envVar()) + ".")));
    }
    return rows;
  }

  /** The Debian release both images are based on, which also names the system packages. */
  private static Row debian(BuildPlan plan) {
    if (plan.debian() == null) {
      return new Row("Debian release", code(DebianRelease.newest().codename()), null,
          "No runtime version was resolved to look up; Debian's stable release.");
    }
    return new Row("Debian release", code(plan.debian().release().codename()),
        plan.debian().rule(), text(plan.debian().reason()));
  }

  private static Row image(String decision, ImageRef image, String why) {
    String value = code(image.reference());
    if (image.isMapped()) {
      value += " (" + code(image.original()) + " rewritten by the image map, "
          + text(image.mappedBy()) + ")";
    }
    return new Row(decision, value, null, why);
  }

  private static void packages(List<Row> rows, String decision, List<SystemPackage> packages) {
    packages.forEach(p -> rows.add(new Row(decision, code(p.name()), p.rule(), text(p.reason()))));
  }

  private static void env(List<Row> rows, String decision, List<EnvSetting> env) {
    env.forEach(e -> rows.add(new Row(decision, code(e.name() + "=" + e.value()), e.rule(),
        "Set by the buildpack.")));
  }

  private static Row layers(BuildPlan plan, DependencyGroup group) {
    String decision = "Layer order" + (plan.multiple() ? " (" + Names.of(group.ecosystem()) + ")"
        : "");
    if (group.manifestsSkippedBecause() != null) {
      return new Row(decision, "all sources before the install", null,
          text(group.manifestsSkippedBecause()));
    }
    return new Row(decision, "manifests first: "
        + String.join(", ", group.manifests().stream().map(Markdown::code).toList()), null,
        "The dependency install reruns only when a manifest changes."
            + (group.manifestsFirstBecause() == null ? "" : " " + group.manifestsFirstBecause()));
  }

  private static void copies(List<Row> rows, String stage, List<RuntimeCopy> copies) {
    for (RuntimeCopy copy : copies) {
      rows.add(new Row(text(Names.of(copy.ecosystem())) + " in the " + stage.toLowerCase(
          java.util.Locale.ROOT), "copied from " + code(copy.image().reference())
          + (copy.image().isMapped() ? " (" + code(copy.image().original()) + " rewritten by the"
              + " image map, " + text(copy.image().mappedBy()) + ")" : ""), null,
          text("At its exact version, because " + copy.why() + "; paths "
              + String.join(", ", copy.paths()) + ".")));
    }
  }

  private static void steps(List<Row> rows, BuildPlan plan) {
    for (PlanStep step : plan.buildSteps()) {
      List<String> mounts = new ArrayList<>();
      step.secrets().forEach(id -> mounts.add("secret " + code(id)));
      step.caches().forEach(dir -> mounts.add("cache " + code(dir)));
      rows.add(new Row("Build step (" + text(step.phase()) + ")", code(step.command()), step.rule(),
          mounts.isEmpty() ? "In the buildpack's order." : "Mounts " + String.join(", ", mounts)
              + "."));
    }
    for (PlanStep step : plan.runtimeTooling()) {
      rows.add(new Row("Runtime step (" + text(step.phase()) + ")", code(step.command()), step.rule(),
          "The processes may call the tool it installs."));
    }
  }

  private static void processes(List<Row> rows, BuildPlan plan) {
    Process main = plan.processes().main();
    for (Process process : plan.processes().longRunning()) {
      rows.add(new Row("Process " + code(process.type()), code(process.command()), null,
          text(process.source()) + (process == main ? "; the image's CMD" : "")
              + "; compose service " + code(process.type()) + "."));
    }
    Process release = plan.processes().release();
    if (release != null) {
      rows.add(new Row("Release phase", code(release.command()), null, text(release.source())
          + "; not part of the image: compose one-off service " + code("release") + "."));
    }
    if (plan.port() != null) {
      rows.add(new Row("Port", code("PORT=" + plan.port().number()), plan.port().rule(),
          "Heroku injects PORT at run time; the image sets this default and EXPOSEs it, and a"
              + " platform that sets PORT still overrides it."));
    }
  }
}
