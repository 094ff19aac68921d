package dev.unbuildpack.check;

import dev.unbuildpack.common.Json;

/** The output formats of {@code unbuildpack check}. */
public enum CheckFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB;

  /**
   * @param toolVersion written into SARIF's tool section
   * @param pathPrefix the app's folder relative to the repository root ("" or ending in '/'),
   *     put before paths in the SARIF and GitHub formats, which are read from the repository root
   */
  public String render(CheckReport report, CheckRules rules, String toolVersion, String pathPrefix) {
    return switch (this) {
      case TEXT -> TextFormat.render(report);
      case JSON -> Json.write(report);
      case SARIF -> SarifFormat.render(report, rules, toolVersion, pathPrefix);
      case GITHUB -> GithubFormat.render(report, pathPrefix);
    };
  }
}
