package dev.unbuildpack.report;

import dev.unbuildpack.diff.Category;
import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.CategoryDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One category's changes as a table of plain strings, shared by the text, Markdown and HTML
 * renderers so they show the same columns. The scope and detail columns appear only when some
 * change has one. Absent values are null; each format chooses how to show them.
 */
record ChangeTable(List<String> headers, List<List<String>> rows) {

  static ChangeTable of(CategoryDiff diff) {
    List<Change> changes = diff.changes();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("change", change -> change.kind().id()));
    if (changes.stream().map(Change::scope).anyMatch(Objects::nonNull)) {
      columns.add(new Column(scopeHeader(diff.category()), Change::scope));
    }
    columns.add(new Column(subjectHeader(diff.category()), Change::subject));
    columns.add(new Column("A", Change::before));
    columns.add(new Column("B", Change::after));
    if (changes.stream().map(Change::detail).anyMatch(Objects::nonNull)) {
      columns.add(new Column("detail", Change::detail));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Change change : changes) {
      rows.add(columns.stream().map(column -> column.value().apply(change)).toList());
    }
    return new ChangeTable(columns.stream().map(Column::header).toList(), rows);
  }

  private static String scopeHeader(Category category) {
    return switch (category) {
      case MISSING_LIBRARY, UNRESOLVED_LIBRARY -> "needed by";
      default -> "ecosystem";
    };
  }

  private static String subjectHeader(Category category) {
    return switch (category) {
      case MISSING_LIBRARY, UNRESOLVED_LIBRARY -> "library";
      case RUNTIME_VERSION -> "runtime";
      case ENV -> "variable";
      case PORTS -> "port";
      case ENTRYPOINT, CMD, USER, WORKDIR -> "setting";
      default -> "package";
    };
  }

  private record Column(String header, Function<Change, String> value) {}
}
