package dev.unbuildpack.verify;

import dev.unbuildpack.report.Format;

/** verify's report in the formats {@code diff} writes too, so both take the same --format. */
public final class VerifyReports {
  private VerifyReports() {}

  public static String render(Format format, VerifyReport report) {
    return switch (format) {
      case TEXT -> VerifyText.render(report);
      case JSON -> VerifyJson.render(report);
      case MARKDOWN -> VerifyMarkdown.render(report);
      case HTML -> VerifyHtml.render(report);
    };
  }
}
