package dev.unbuildpack.survey;

import dev.unbuildpack.common.text.Markdown;
import dev.unbuildpack.survey.AppRow.EcosystemRow;
import dev.unbuildpack.survey.Summary.Attention;
import dev.unbuildpack.survey.Summary.NamedApps;
import java.util.List;

/**
 * {@code survey --format markdown}, made for an issue or pull-request comment: the counts first,
 * then the apps needing attention, the summary tables, and every app folded in a details block.
 * App text goes through {@link Markdown} only.
 */
public final class SurveyMarkdown {
  private final StringBuilder out = new StringBuilder();

  private SurveyMarkdown() {}

  public static String render(SurveyReport report) {
    SurveyMarkdown md = new SurveyMarkdown();
    md.render0(report);
    return md.out.toString();
  }

  private void render0(SurveyReport report) {
    Summary s = report.summary();
    out.append("## unbuildpack survey: ").append(s.apps().total()).append(" apps")
        .append(report.shard() == null ? "" : " (shard " + report.shard() + ")").append("\n\n");
    out.append(Markdown.header(List.of("apps", "failed", "convert succeeds",
        "end-of-life runtime")));
    out.append(Markdown.row(List.of(String.valueOf(s.apps().total()),
        String.valueOf(s.apps().failed()), String.valueOf(s.apps().convertible()),
        String.valueOf(s.apps().endOfLife()))));
    attention(s.attention());
    section("Runtime lines");
    out.append(Markdown.header(List.of("runtime", "line", "apps", "end of life")));
    s.runtimeLines().forEach(l -> out.append(Markdown.row(List.of(Markdown.text(l.runtime()),
        Markdown.text(l.line()), String.valueOf(l.apps()), l.endOfLife() ? "**yes**" : "no"))));
    named("Build secrets CI must provide", "secret", s.secrets());
    section("Most common system packages");
    if (s.systemPackages().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append(Markdown.header(List.of("package", "apps")));
      s.systemPackages().stream().limit(SurveyText.LISTED).forEach(p -> out.append(
          Markdown.row(List.of(Markdown.code(p.name()), String.valueOf(p.apps())))));
    }
    named("Buildpacks not converted", "buildpack", s.unencodedBuildpacks());
    apps(report.apps());
  }

  private void attention(List<Attention> attention) {
    section("Needs attention first");
    if (attention.isEmpty()) {
      out.append("Nothing: every app converts, on a supported runtime, with known buildpacks.\n");
      return;
    }
    for (int i = 0; i < Math.min(SurveyText.LISTED, attention.size()); i++) {
      Attention a = attention.get(i);
      out.append(i + 1).append(". ").append(Markdown.code(a.path())).append(": ")
          .append(String.join("; ", a.reasons().stream().map(Markdown::text).toList()))
          .append('\n');
    }
    if (attention.size() > SurveyText.LISTED) {
      out.append("\nAnd ").append(attention.size() - SurveyText.LISTED)
          .append(" more (the JSON report lists them all).\n");
    }
  }

  private void named(String title, String what, List<NamedApps> items) {
    section(title);
    if (items.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append(Markdown.header(List.of(what, "apps")));
    for (NamedApps n : items) {
      List<String> shown = n.apps().stream().limit(SurveyText.NAMED).map(Markdown::code)
          .toList();
      out.append(Markdown.row(List.of(Markdown.code(n.name()), n.apps().size() + ": "
          + String.join(", ", shown) + (n.apps().size() > SurveyText.NAMED ? ", …" : ""))));
    }
  }

  private void apps(List<AppRow> rows) {
    out.append("\n<details><summary>All ").append(rows.size()).append(" apps</summary>\n\n");
    out.append(Markdown.header(List.of("app", "runtimes", "build secrets", "findings (E/W/I)",
        "convert")));
    for (AppRow row : rows) {
      String runtimes = row.error() != null
          ? "error (exit " + row.exitCode() + "): " + Markdown.text(row.error().title())
          : String.join(", ", row.ecosystems().stream().map(SurveyMarkdown::runtime).toList());
      String placement = switch (row.placement()) {
        case ROOT -> "";
        case SUBFOLDER -> " (subfolder)";
        case NESTED -> " (nested in " + Markdown.code(row.container()) + ")";
      };
      out.append(Markdown.row(List.of(
          Markdown.code(row.path()) + placement,
          runtimes,
          String.join(", ", row.buildSecrets().stream().map(Markdown::code).toList()),
          row.findingCounts().error() + "/" + row.findingCounts().warning() + "/"
              + row.findingCounts().info(),
          row.convert().succeeds() ? "yes" : "**no**: " + Markdown.text(row.convert().problem()))));
    }
    out.append("\n</details>\n");
  }

  private static String runtime(EcosystemRow eco) {
    String version = eco.version() == null ? "unresolved" : eco.version();
    return Markdown.text(eco.runtime() + " " + version) + (eco.eol() ? " **(EOL)**" : "");
  }

  private void section(String title) {
    out.append("\n### ").append(title).append("\n\n");
  }
}
