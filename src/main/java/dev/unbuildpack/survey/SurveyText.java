package dev.unbuildpack.survey;

import dev.unbuildpack.common.text.VisibleText;
import dev.unbuildpack.survey.AppRow.BuildpackRow;
import dev.unbuildpack.survey.AppRow.EcosystemRow;
import dev.unbuildpack.survey.Summary.Attention;
import dev.unbuildpack.survey.Summary.NamedApps;
import java.util.List;
import java.util.function.Function;

/**
 * {@code survey --format text}: each app in a few lines, then the summary. App text (paths,
 * commands, names) is shown with {@link VisibleText}, so it cannot add lines or terminal escapes.
 */
public final class SurveyText {
  /** Lines of the summary's long lists; the JSON has them all. */
  static final int LISTED = 15;
  /** Apps named after a secret or buildpack. */
  static final int NAMED = 5;

  private final StringBuilder out = new StringBuilder();

  private SurveyText() {}

  public static String render(SurveyReport report) {
    SurveyText text = new SurveyText();
    report.apps().forEach(text::app);
    text.summary(report);
    return text.out.toString();
  }

  private void app(AppRow row) {
    line(v(row.path()) + placement(row));
    if (row.error() != null) {
      line("  error (exit " + row.exitCode() + "): " + v(row.error().oneLine()));
      line("");
      return;
    }
    for (EcosystemRow eco : row.ecosystems()) {
      line("  " + v(eco.id()) + ": " + v(eco.runtime()) + " "
          + (eco.version() == null ? "(none resolved)" : v(eco.version()))
          + (eco.requested() == null ? "" : " (requested " + v(eco.requested()) + ")")
          + (eco.eol() ? ", end of life" : "")
          + (eco.packageManager() == null ? "" : "; " + v(eco.packageManager())
              + (eco.packageManagerVersion() == null ? "" : " " + v(eco.packageManagerVersion()))
              + (eco.lockfile() == null ? ", no lockfile" : ", " + v(eco.lockfile()))));
    }
    list("processes", row.processes(), p -> p.type() + ": " + p.command());
    list("build secrets", row.buildSecrets(), s -> s);
    list("system packages, build", row.systemPackages().build(), s -> s);
    list("system packages, run", row.systemPackages().run(), s -> s);
    list("add-ons", row.addons(), s -> s);
    list("buildpacks", row.buildpacks(),
        b -> b.name() + (b.encoded() ? "" : " (not converted)"));
    line("  findings: " + row.findingCounts().error() + " errors, "
        + row.findingCounts().warning() + " warnings, " + row.findingCounts().info() + " notes");
    var convert = row.convert();
    line("  convert: " + (convert.succeeds()
        ? (convert.output() == null ? "would succeed" : "wrote " + v(convert.output()))
        : "fails: " + v(convert.problem())));
    if (row.exitCode() != 0) {
      line("  exit code " + row.exitCode());
    }
    line("");
  }

  private static String placement(AppRow row) {
    return switch (row.placement()) {
      case ROOT -> "";
      case SUBFOLDER -> "  (subfolder of " + v(row.container()) + ")";
      case NESTED -> "  (nested in app " + v(row.container()) + ")";
    };
  }

  private void summary(SurveyReport report) {
    Summary s = report.summary();
    line("summary" + (report.shard() == null ? "" : " of shard " + report.shard()) + ": "
        + s.apps().total() + " apps, " + s.apps().failed() + " failed, "
        + s.apps().convertible() + " convert, " + s.apps().endOfLife()
        + " on an end-of-life runtime");
    line("  languages: " + String.join(", ", s.languages().entrySet().stream()
        .map(e -> v(e.getKey()) + " " + e.getValue()).toList()));
    line("  runtime lines:");
    s.runtimeLines().forEach(l -> line("    " + v(l.runtime()) + " " + v(l.line()) + ": "
        + l.apps() + (l.endOfLife() ? " (end of life)" : "")));
    named("secrets CI must provide", s.secrets());
    line("  most common system packages:");
    s.systemPackages().stream().limit(LISTED)
        .forEach(p -> line("    " + v(p.name()) + "  " + p.apps() + " apps"));
    named("buildpacks not converted", s.unencodedBuildpacks());
    line("  needs attention first:");
    List<Attention> attention = s.attention();
    for (int i = 0; i < Math.min(LISTED, attention.size()); i++) {
      line("    " + (i + 1) + ". " + v(attention.get(i).path()) + ": "
          + v(String.join("; ", attention.get(i).reasons())));
    }
    if (attention.size() > LISTED) {
      line("    ... and " + (attention.size() - LISTED) + " more (--format json lists them all)");
    }
  }

  private void named(String title, List<NamedApps> items) {
    line("  " + title + ":" + (items.isEmpty() ? " none" : ""));
    items.forEach(n -> line("    " + v(n.name()) + "  " + n.apps().size() + " apps: "
        + v(String.join(", ", n.apps().stream().limit(NAMED).toList()))
        + (n.apps().size() > NAMED ? ", ..." : "")));
  }

  private <T> void list(String title, List<T> items, Function<T, String> text) {
    if (!items.isEmpty()) {
      line("  " + title + ": " + v(String.join(", ", items.stream().map(text).toList())));
    }
  }

  private static String v(String text) {
    return VisibleText.of(text);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
