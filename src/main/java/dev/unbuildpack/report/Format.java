package dev.unbuildpack.report;

import dev.unbuildpack.diff.ImageDiff;
import java.util.Locale;

/** The report formats {@code diff --format} and {@code verify --format} accept. */
public enum Format {
  TEXT,
  JSON,
  MARKDOWN,
  HTML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Renders with this format; {@code colour} only matters for text on a terminal. */
  public String render(ImageDiff diff, boolean colour) {
    return switch (this) {
      case TEXT -> new TextRenderer(colour).render(diff);
      case JSON -> new JsonRenderer().render(diff);
      case MARKDOWN -> new MarkdownRenderer().render(diff);
      case HTML -> new HtmlRenderer().render(diff);
    };
  }

  /** The HTML report's sections (summary, differences, sizes chart) for a page that embeds them. */
  public static String htmlSections(ImageDiff diff) {
    return new HtmlRenderer().sections(diff);
  }

  /** The style sheet those sections expect. */
  public static String htmlStyle() {
    return HtmlRenderer.CSS;
  }
}
