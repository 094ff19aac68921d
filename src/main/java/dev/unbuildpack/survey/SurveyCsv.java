package dev.unbuildpack.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.unbuildpack.common.text.CsvCell;
import dev.unbuildpack.survey.AppRow.BuildpackRow;
import dev.unbuildpack.survey.AppRow.EcosystemRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code survey --format csv}: one line per app for a spreadsheet. Jackson's CSV writer does the
 * quoting (RFC 4180); every cell of app text goes through {@link CsvCell}, and lists are joined
 * with "; ".
 */
public final class SurveyCsv {
  private record Column(String name, Function<AppRow, String> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("path", r -> CsvCell.of(r.path())),
      new Column("placement", r -> r.placement().id()),
      new Column("container", r -> CsvCell.of(r.container())),
      new Column("exit_code", r -> String.valueOf(r.exitCode())),
      new Column("error", r -> r.error() == null ? "" : CsvCell.of(r.error().oneLine())),
      new Column("ecosystems", r -> join(r.ecosystems(), EcosystemRow::id)),
      new Column("runtimes", r -> join(r.ecosystems(),
          e -> e.runtime() + " " + (e.version() == null ? "unresolved" : e.version()))),
      new Column("end_of_life", r -> yes(r.ecosystems().stream().anyMatch(EcosystemRow::eol))),
      new Column("package_managers", r -> join(r.ecosystems(), e -> e.packageManager()
          + (e.packageManagerVersion() == null ? "" : " " + e.packageManagerVersion()))),
      new Column("processes", r -> join(r.processes(), p -> p.type() + "=" + p.command())),
      new Column("build_secrets", r -> join(r.buildSecrets(), s -> s)),
      new Column("system_packages_build", r -> join(r.systemPackages().build(), s -> s)),
      new Column("system_packages_run", r -> join(r.systemPackages().run(), s -> s)),
      new Column("addons", r -> join(r.addons(), s -> s)),
      new Column("buildpacks", r -> join(r.buildpacks(), BuildpackRow::name)),
      new Column("buildpacks_not_converted", r -> join(
          r.buildpacks().stream().filter(b -> !b.encoded()).toList(), BuildpackRow::name)),
      new Column("errors", r -> String.valueOf(r.findingCounts().error())),
      new Column("warnings", r -> String.valueOf(r.findingCounts().warning())),
      new Column("notes", r -> String.valueOf(r.findingCounts().info())),
      new Column("converts", r -> yes(r.convert().succeeds())),
      new Column("convert_problem", r -> CsvCell.of(r.convert().problem())),
      new Column("output", r -> CsvCell.of(r.convert().output())));

  private SurveyCsv() {}

  public static String render(SurveyReport report) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    COLUMNS.forEach(c -> schema.addColumn(c.name()));
    List<List<String>> lines = new ArrayList<>();
    for (AppRow row : report.apps()) {
      lines.add(COLUMNS.stream().map(c -> c.value().apply(row)).toList());
    }
    try {
      return new CsvMapper().writer(schema.build()).writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always writes as CSV", e);
    }
  }

  private static <T> String join(List<T> items, Function<T, String> text) {
    return CsvCell.of(String.join("; ", items.stream().map(text).toList()));
  }

  private static String yes(boolean value) {
    return value ? "yes" : "no";
  }
}
