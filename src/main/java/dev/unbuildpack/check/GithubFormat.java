package dev.unbuildpack.check;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,title=...::message}), one per
 * finding, so findings show as annotations on the pull request. Paths are prefixed with the app's
 * folder relative to the repository root, because annotations are resolved from there.
 */
final class GithubFormat {
  private GithubFormat() {}

  static String render(CheckReport report, String pathPrefix) {
    StringBuilder text = new StringBuilder();
    for (CheckFinding finding : report.findings()) {
      text.append("::").append(command(finding)).append(" file=")
          .append(property(pathPrefix + finding.file()));
      if (finding.line() != null) {
        text.append(",line=").append(finding.line());
      }
      text.append(",title=").append(property(finding.rule() + " " + finding.name()))
          .append("::").append(data(finding.message() + "\nFix: " + finding.fix())).append('\n');
    }
    return text.toString();
  }

  private static String command(CheckFinding finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escaping of a command's message, as the Actions toolkit does it. */
  static String data(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a command's property value: also ':' and ','. */
  static String property(String value) {
    return data(value).replace(":", "%3A").replace(",", "%2C");
  }
}
