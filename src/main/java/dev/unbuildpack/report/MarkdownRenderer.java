package dev.unbuildpack.report;

import dev.unbuildpack.common.text.Markdown;
import dev.unbuildpack.diff.CategoryDiff;
import dev.unbuildpack.diff.ChangeKind;
import dev.unbuildpack.diff.ImageDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * A pull-request comment: the summary and a count table first, so a reviewer sees at a glance
 * what changed; every detail table folded in a {@code <details>} section.
 */
final class MarkdownRenderer {
  static final int MAX_ROWS = 100;

  String render(ImageDiff diff) {
    StringBuilder md = new StringBuilder();
    md.append("### Image diff: ")
        .append(Markdown.text(diff.imageA()))
        .append(" → ")
        .append(Markdown.text(diff.imageB()))
        .append("\n\n");
    md.append("**").append(Markdown.text(Summary.line(diff))).append("**\n\n");
    String hint = Summary.missingLibraryHint(diff);
    if (hint != null) {
      md.append("> [!WARNING]\n> ").append(Markdown.text(hint)).append("\n\n");
    }
    long a = diff.sizes().totalA();
    long b = diff.sizes().totalB();
    md.append("Size: ").append(Bytes.human(a)).append(" → ").append(Bytes.human(b))
        .append(" (").append(Bytes.delta(a, b)).append(")\n\n");
    List<CategoryDiff> found = Summary.nonEmpty(diff);
    if (!found.isEmpty()) {
      md.append(Markdown.table(List.of("category", "added", "removed", "changed"), counts(found)));
    }
    for (CategoryDiff category : found) {
      ChangeTable table = ChangeTable.of(category);
      String summary = "<code>" + category.category().id() + "</code> "
          + Html.escape(category.category().title()) + " (" + category.changes().size() + ")";
      section(md, summary, limited(table));
    }
    section(md, "Size by ecosystem",
        Markdown.table(SizeTables.ECOSYSTEM_HEADERS, SizeTables.ecosystemRows(diff)));
    section(md, "Layers", Markdown.table(SizeTables.LAYER_HEADERS, SizeTables.layerRows(diff)));
    return md.toString();
  }

  /**
   * A pull-request comment holds at most 65,536 characters, so a long table shows its first rows
   * and says how many it left out.
   */
  private static String limited(ChangeTable table) {
    List<List<String>> rows = table.rows();
    if (rows.size() <= MAX_ROWS) {
      return Markdown.table(table.headers(), rows);
    }
    return Markdown.table(table.headers(), rows.subList(0, MAX_ROWS))
        + "\n… and " + (rows.size() - MAX_ROWS)
        + " more; the JSON and HTML reports list them all.\n";
  }

  /** A blank line after {@code <summary>} makes GitHub render the Markdown inside. */
  private static void section(StringBuilder md, String summaryHtml, String body) {
    md.append("\n<details><summary>").append(summaryHtml).append("</summary>\n\n")
        .append(body).append("\n</details>\n");
  }

  private static List<List<String>> counts(List<CategoryDiff> found) {
    List<List<String>> rows = new ArrayList<>();
    for (CategoryDiff category : found) {
      rows.add(List.of(category.category().id(),
          String.valueOf(category.count(ChangeKind.ADDED)),
          String.valueOf(category.count(ChangeKind.REMOVED)),
          String.valueOf(category.count(ChangeKind.CHANGED))));
    }
    return rows;
  }
}
