package dev.unbuildpack.rules.python;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.python.PythonFacts;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Python version, in lib/python_version.sh's precedence, resolved to an exact release. */
final class PythonRuntimeRules {
  private static final String INT = "(0|[1-9][0-9]*)";
  /** PYTHON_VERSION_REGEX: N.N or N.N.N, no redundant leading zeros. */
  static final Pattern VERSION = Pattern.compile(INT + "\\." + INT + "(?:\\." + INT + ")?");
  private static final Pattern RUNTIME_TXT = Pattern.compile("python-(" + VERSION.pattern() + ")");

  private final RuleSet rules;
  private final PythonReleases releases;

  PythonRuntimeRules(RuleSet rules, PythonReleases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  Runtime apply(PythonFacts facts, String manager, DetectionDraft draft) {
    VersionRequest request = request(facts, manager, draft);
    if (request == null) {
      return new Runtime("python", null, null, "misspelled .python-version",
          "PYTHON-VERSION-FILE-MISSPELLED");
    }
    boolean uv = "uv".equals(manager);
    if (uv && (request.isDefault() || request.origin().equals("runtime.txt"))) {
      draft.finding(rules.rule("PYTHON-RUNTIME-UV-VERSION-FILE"), request.isDefault()
          ? "uv apps must name their Python version in .python-version; the app has none."
            + " Run 'uv python pin " + defaultMinor() + "' and commit the file."
          : "runtime.txt is not supported with uv; replace it with .python-version.",
          request.at());
    }
    String version = request.version() != null ? request.version() : defaultMinor();
    String resolved = resolve(version, request, draft);
    facts.requiresPython().ifPresent(spec -> requiresPython(spec, resolved, draft));
    return new Runtime("python", resolved, request.version(), request.describe(),
        request.rule());
  }

  private String defaultMinor() {
    return rules.rule("PYTHON-RUNTIME-DEFAULT").value();
  }

  private VersionRequest request(PythonFacts facts, String manager, DetectionDraft draft) {
    if (facts.runtimeTxt().isPresent()) {
      Declared line = runtimeTxt(facts.runtimeTxt().get());
      Matcher match = RUNTIME_TXT.matcher(line.value());
      match.matches();
      String version = match.group(1);
      Rule rule = rules.rule("PYTHON-RUNTIME-TXT");
      draft.finding(rule, "runtime.txt is deprecated; the buildpack still reads it first. Replace it"
          + " with a .python-version file holding " + majorOf(version) + ".", line.at());
      facts.pythonVersionFile().ifPresent(lines -> draft.finding(
          rules.rule("PYTHON-RUNTIME-BOTH-FILES"), "runtime.txt (" + version + ") and"
              + " .python-version (" + String.join(", ", lines.stream().map(Declared::value)
                  .toList()) + ") both name a version; runtime.txt wins, .python-version is"
              + " ignored.", Location.of(".python-version", lines.isEmpty() ? 1
                  : lines.get(0).at().line())));
      return new VersionRequest(version, "runtime.txt", line.at(), rule.id());
    }
    Rule misspelled = rules.rule("PYTHON-VERSION-FILE-MISSPELLED");
    Optional<String> wrong = facts.misspelledVersionFiles().stream()
        .filter(misspelled.values()::contains).findFirst();
    if (wrong.isPresent()) {
      draft.finding(misspelled, "The file '" + wrong.get() + "' looks like a misspelled"
          + " .python-version; the buildpack fails the build. Rename it to .python-version.",
          Location.of(wrong.get()));
      return null;
    }
    if (facts.pythonVersionFile().isPresent()) {
      Declared line = pythonVersionFile(facts.pythonVersionFile().get());
      return new VersionRequest(line.value(), ".python-version", line.at(),
          "PYTHON-RUNTIME-VERSION-FILE");
    }
    if ("pipenv".equals(manager) && facts.pipfileLockVersion().isPresent()) {
      Declared locked = facts.pipfileLockVersion().get();
      if (!VERSION.matcher(locked.value()).matches()) {
        throw invalid("Pipfile.lock", locked.at(), "The python_version or python_full_version"
            + " field is not a version of the form 3.N or 3.N.N: " + quoted(locked.value()) + ".",
            "Fix the Python version in Pipfile's [requires] and run 'pipenv lock'.");
      }
      return new VersionRequest(locked.value(), "Pipfile.lock", locked.at(),
          "PYTHON-RUNTIME-PIPFILE-LOCK");
    }
    Rule fallback = rules.rule("PYTHON-RUNTIME-DEFAULT");
    draft.finding(fallback, "No Python version is specified: Heroku uses " + fallback.value()
        + " on the first build and then the major version cached from the last one; the image"
        + " uses " + fallback.value() + ". Add a .python-version file naming the major version.",
        null);
    return new VersionRequest(null, "default", null, fallback.id());
  }

  /** The version the hints show: the buildpack's default, from its rule. */
  private String example() {
    return rules.rule("PYTHON-RUNTIME-DEFAULT").value();
  }

  /** runtime.txt's whole trimmed content must be "python-N.N[.N]". */
  private Declared runtimeTxt(List<Declared> lines) {
    if (lines.size() != 1 || !RUNTIME_TXT.matcher(lines.get(0).value()).matches()) {
      Location at = lines.isEmpty() ? Location.of("runtime.txt") : lines.get(0).at();
      throw invalid("runtime.txt", at, "runtime.txt must hold exactly one line of the form"
          + " python-3.N or python-3.N.N.", "Delete runtime.txt (it is deprecated) and create"
          + " .python-version holding the major version only, e.g. " + example() + ".");
    }
    return lines.get(0);
  }

  /** One N.N[.N] line; "#" comments and blank lines do not count. */
  private Declared pythonVersionFile(List<Declared> lines) {
    for (Declared line : lines) {
      if (!VERSION.matcher(line.value()).matches()) {
        throw invalid(".python-version", line.at(), "Found " + quoted(line.value()) + "; the"
            + " version must be a major version (" + example() + ") or an exact one ("
            + releases.line(example()).map(PythonReleases.Line::latest).orElse(example() + ".0") + "), without quotes, a 'python-' prefix or"
            + " wildcards.", "Write the major version only, e.g. " + example() + ".");
      }
    }
    if (lines.isEmpty()) {
      throw invalid(".python-version", Location.of(".python-version"), "The file has no version"
          + " line (lines starting with '#' are comments).",
          "Write the major version, e.g. " + example() + ".");
    }
    if (lines.size() > 1) {
      throw invalid(".python-version", lines.get(1).at(), "The file names several versions: "
          + String.join(", ", lines.stream().map(Declared::value).toList()) + ".",
          "Keep one version line.");
    }
    return lines.get(0);
  }

  /** lib/python_version.sh resolve_python_version, and the patch checks of lib/python.sh. */
  private String resolve(String version, VersionRequest request, DetectionDraft draft) {
    Matcher match = VERSION.matcher(version);
    match.matches();
    int major = number(match.group(1));
    int minor = number(match.group(2));
    String majorMinor = match.group(1) + "." + match.group(2);
    int oldest = PythonReleases.minorOf(releases.oldest());
    int newest = PythonReleases.minorOf(releases.newest());
    String where = request.isDefault() ? "the default" : request.origin();
    if (major < 3 || (major == 3 && minor < oldest)) {
      draft.finding(rules.rule("PYTHON-RUNTIME-EOL"), "Python " + majorMinor + " (" + where
          + ") has reached its end of life; the buildpack fails the build. Upgrade to at least"
          + " Python " + releases.oldest() + ".", request.at());
      return null;
    }
    if (major > 3 || minor > newest) {
      draft.finding(rules.rule("PYTHON-RUNTIME-UNKNOWN-MAJOR"), "Python " + majorMinor + " ("
          + where + ") is not a version the buildpack knows (newest: " + releases.newest()
          + "); it fails the build.", request.at());
      return null;
    }
    PythonReleases.Line line = releases.line(majorMinor).orElseThrow(() ->
        new IllegalStateException("no release line " + majorMinor + " in " + PythonReleases.FILE));
    Rule deprecated = rules.rule("PYTHON-RUNTIME-DEPRECATED");
    if (deprecated.values().contains(majorMinor)) {
      draft.finding(deprecated, "Python " + majorMinor + " is deprecated: Heroku removes support"
          + " on 6 January 2027. Upgrade to a newer Python.", request.at());
    }
    if (match.group(3) == null) {
      return line.latest();
    }
    int patch = number(match.group(3));
    int latest = Integer.parseInt(line.latest().substring(line.latest().lastIndexOf('.') + 1));
    if (patch > latest) {
      draft.finding(rules.rule("PYTHON-RUNTIME-UNKNOWN-PATCH"), "Python " + version + " is not"
          + " available: the newest " + majorMinor + " release the buildpack ships is "
          + line.latest() + " (since " + line.since() + "). Name " + majorMinor + " instead.",
          request.at());
      return null;
    }
    if (patch < latest) {
      draft.finding(rules.rule("PYTHON-RUNTIME-PATCH-AVAILABLE"), "Python " + version + " is"
          + " pinned; " + line.latest() + " is available. Name " + majorMinor + " to get patch"
          + " updates.", request.at());
    }
    return version;
  }

  private void requiresPython(Declared spec, String resolved, DetectionDraft draft) {
    Optional<Boolean> satisfied = resolved == null ? Optional.empty()
        : Pep440Range.parse(spec.value()).flatMap(range -> Pep440Version.parse(resolved)
            .map(range::contains));
    String verdict = satisfied.map(ok -> ok ? "; " + resolved + " satisfies it."
        : "; " + resolved + " does NOT satisfy it: name a version that does in .python-version.")
        .orElse(".");
    draft.finding(rules.rule("PYTHON-REQUIRES-PYTHON-IGNORED"), "pyproject.toml requires-python "
        + quoted(spec.value()) + " is not read by the buildpack" + verdict, spec.at());
  }

  /** A version component; one too long for an int is larger than any release's. */
  private static int number(String digits) {
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  private static String majorOf(String version) {
    String[] parts = version.split("\\.");
    return parts[0] + "." + parts[1];
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static BadInputException invalid(String file, Location at, String why, String fix) {
    return new BadInputException("Invalid Python version in " + file, at, why, List.of(fix));
  }
}
