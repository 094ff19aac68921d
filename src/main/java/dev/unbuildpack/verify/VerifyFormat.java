package dev.unbuildpack.verify;

import java.util.Locale;

/** The formats {@code verify --format} writes. */
public enum VerifyFormat {
  TEXT,
  JSON,
  MARKDOWN,
  HTML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String render(VerifyReport report) {
    return switch (this) {
      case TEXT -> VerifyText.render(report);
      case JSON -> VerifyJson.render(report);
      case MARKDOWN -> VerifyMarkdown.render(report);
      case HTML -> VerifyHtml.render(report);
    };
  }
}
