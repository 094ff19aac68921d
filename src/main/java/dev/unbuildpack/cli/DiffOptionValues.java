package dev.unbuildpack.cli;

import dev.unbuildpack.diff.Category;
import dev.unbuildpack.report.Format;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/** The values {@code diff --format} and {@code diff --fail-on} accept, for picocli. */
final class DiffOptionValues {
  private DiffOptionValues() {}

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format candidate : Format.values()) {
        if (candidate.id().equals(value.toLowerCase(Locale.ROOT))) {
          return candidate;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a format; use text, json, markdown or html.");
    }
  }

  static final class CategoryIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Category.ids().iterator();
    }
  }
}
