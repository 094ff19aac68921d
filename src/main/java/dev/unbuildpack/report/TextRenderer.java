package dev.unbuildpack.report;

import dev.unbuildpack.diff.CategoryDiff;
import dev.unbuildpack.diff.ImageDiff;

/** Aligned tables for a terminal: the summary line first, then one table per category found. */
final class TextRenderer {
  private final boolean colour;

  TextRenderer(boolean colour) {
    this.colour = colour;
  }

  String render(ImageDiff diff) {
    StringBuilder text = new StringBuilder();
    text.append(Ansi.BOLD.apply(Summary.line(diff), colour)).append('\n');
    String hint = Summary.missingLibraryHint(diff);
    if (hint != null) {
      text.append(Ansi.RED.apply(TextTable.safe(hint), colour)).append('\n');
    }
    text.append("A: ").append(TextTable.safe(diff.imageA())).append('\n');
    text.append("B: ").append(TextTable.safe(diff.imageB())).append('\n');
    text.append(Summary.sizes(diff)).append('\n');
    for (CategoryDiff category : Summary.nonEmpty(diff)) {
      text.append('\n')
          .append(Ansi.BOLD.apply(category.category().id(), colour))
          .append(": ")
          .append(category.category().title())
          .append(" (")
          .append(category.changes().size())
          .append(")\n");
      ChangeTable table = ChangeTable.of(category);
      text.append(
          TextTable.render(
              table.headers(),
              table.rows(),
              (column, cell) -> column == 0 ? Ansi.forKind(cell).apply(cell, colour) : cell));
    }
    text.append('\n').append(Ansi.BOLD.apply("Size by ecosystem", colour)).append('\n');
    text.append(
        TextTable.render(
            SizeTables.ECOSYSTEM_HEADERS, SizeTables.ecosystemRows(diff), (column, cell) -> cell));
    text.append('\n').append(Ansi.BOLD.apply("Layers", colour)).append('\n');
    text.append(
        TextTable.render(
            SizeTables.LAYER_HEADERS, SizeTables.layerRows(diff), (column, cell) -> cell));
    return text.toString();
  }
}
