package dev.unbuildpack.rules.go;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.go.GoMod;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Optional;

/**
 * The Go version, in the buildpack's precedence (GOVERSION, "// +heroku goVersion", the go line,
 * the default), resolved to an exact release it ships, then to the release the go command would
 * switch to on Heroku (GOTOOLCHAIN=auto) when go.mod asks for a newer one.
 */
final class GoRuntimeRules {
  /** GOTOOLCHAIN exists from this release on; older go commands never switch. */
  private static final GoVersion TOOLCHAIN_SWITCH = new GoVersion(1, 21, 0, true);
  private static final GoVersion MODULES = new GoVersion(1, 11, 0, true);

  private final RuleSet rules;
  private final GoReleases releases;

  GoRuntimeRules(RuleSet rules, GoReleases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  /** @return the runtime; its version is null when the buildpack would fail the build */
  Runtime apply(GoMod mod, ConfigVars config, DetectionDraft draft) {
    Request request = request(mod, config, draft);
    Optional<GoVersion> resolved = resolve(request, draft);
    if (resolved.isEmpty()) {
      return new Runtime("go", null, request.requested(), request.describe(), request.rule());
    }
    GoVersion installed = resolved.get();
    GoVersion used = switched(mod, installed, draft);
    eol(used, request, draft);
    return new Runtime("go", used.exact(), request.requested(), request.describe(),
        used.equals(installed) ? request.rule() : rules.rule("GO-RUNTIME-TOOLCHAIN").id());
  }

  /** @param at null for the default */
  private record Request(String requested, Location at, String origin, String rule) {
    String describe() {
      return at == null ? origin : at + " \"" + requested + "\"";
    }
  }

  private Request request(GoMod mod, ConfigVars config, DetectionDraft draft) {
    Optional<String> override = config.value("GOVERSION");
    if (override.isPresent()) {
      Rule rule = rules.rule("GO-RUNTIME-GOVERSION");
      Location at = config.get("GOVERSION").orElseThrow().at();
      draft.finding(rule, "GOVERSION in app.json overrides the version go.mod names, as the"
          + " buildpack warns; remove it to let go.mod decide.", at);
      return new Request(override.get(), at, "GOVERSION", rule.id());
    }
    if (mod.herokuGoVersion().isPresent()) {
      Declared comment = mod.herokuGoVersion().get();
      return new Request(comment.value(), comment.at(), "+heroku goVersion",
          rules.rule("GO-RUNTIME-HEROKU-COMMENT").id());
    }
    if (mod.go().isPresent()) {
      Declared line = mod.go().get();
      return new Request(line.value(), line.at(), "go line",
          rules.rule("GO-RUNTIME-GO-DIRECTIVE").id());
    }
    Rule fallback = rules.rule("GO-RUNTIME-DEFAULT");
    draft.finding(fallback, "go.mod names no Go version: the buildpack uses its default go"
        + fallback.value() + ". Add a go line ('go mod edit -go=" + fallback.value() + "').",
        Location.of(GoMod.FILE));
    return new Request(fallback.value(), null, "default (go.mod names no version)",
        fallback.id());
  }

  /** expandVer, then the check that files.json knows the release. */
  private Optional<GoVersion> resolve(Request request, DetectionDraft draft) {
    Optional<GoVersion> parsed = GoVersion.parse(request.requested());
    String where = request.at() == null ? "the default" : request.at().toString();
    if (parsed.isEmpty()) {
      unknown("'" + request.requested() + "' (" + where + ") is not a Go release the buildpack"
          + " ships (release candidates and development builds included)", draft, request);
      return Optional.empty();
    }
    GoVersion version = parsed.get();
    if (version.compareTo(MODULES) < 0) {
      draft.finding(rules.rule("GO-RUNTIME-NO-MODULES"), "go" + version.minorLine() + " ("
          + where + ") does not support Go modules; the buildpack fails the build. Name go"
          + releases.newest() + " or another release from go1.11 on.", request.at());
      return Optional.empty();
    }
    Optional<GoReleases.Line> line = releases.line(version.minorLine());
    if (line.isEmpty()) {
      unknown("go" + version.minorLine() + " (" + where + ") is newer than the newest release"
          + " the buildpack ships, go" + releases.newest(), draft, request);
      return Optional.empty();
    }
    GoVersion latest = GoVersion.parse(line.get().latest()).orElseThrow();
    if (!version.hasPatch()) {
      return Optional.of(latest);
    }
    if (version.compareTo(latest) > 0) {
      unknown("go" + version.exact() + " (" + where + ") is not a file the buildpack knows:"
          + " its newest go" + version.minorLine() + " is go" + latest.exact() + " (since "
          + line.get().since() + ")", draft, request);
      return Optional.empty();
    }
    return Optional.of(version);
  }

  private void unknown(String what, DetectionDraft draft, Request request) {
    draft.finding(rules.rule("GO-RUNTIME-UNKNOWN"), what + "; the build fails. Name a major"
        + " version such as go" + releases.newest() + " to get its newest patch.", request.at());
  }

  /**
   * GOTOOLCHAIN=auto: a go line newer than the installed release switches to the newer of it and
   * the toolchain line; else a toolchain line newer than the installed release switches to it.
   */
  private GoVersion switched(GoMod mod, GoVersion installed, DetectionDraft draft) {
    if (installed.compareTo(TOOLCHAIN_SWITCH) < 0) {
      return installed;
    }
    Optional<GoVersion> goLine = mod.go().flatMap(d -> GoVersion.parse(d.value()));
    Optional<GoVersion> toolchain = mod.toolchain().map(Declared::value)
        .map(name -> name.replaceFirst("-.*$", "")).flatMap(GoVersion::parse)
        .filter(GoVersion::hasPatch);
    GoVersion used = installed;
    Location at = null;
    if (goLine.isPresent() && goLine.get().compareTo(installed) > 0) {
      used = toolchain.filter(t -> t.compareTo(goLine.get()) > 0).orElse(goLine.get());
      at = used == goLine.get() ? mod.go().get().at() : mod.toolchain().get().at();
    } else if (toolchain.isPresent() && toolchain.get().compareTo(installed) > 0) {
      used = toolchain.get();
      at = mod.toolchain().get().at();
    }
    if (used != installed) {
      draft.finding(rules.rule("GO-RUNTIME-TOOLCHAIN"), "The buildpack installs go"
          + installed.exact() + ", and go.mod (" + at + ") asks for go" + used.exact()
          + ": with GOTOOLCHAIN=auto the go command downloads go" + used.exact() + " and builds"
          + " with it. The image is golang " + used.exact() + ", with GOTOOLCHAIN=local.", at);
    } else if (mod.toolchain().isPresent() && toolchain.isPresent()) {
      draft.finding(rules.rule("GO-RUNTIME-TOOLCHAIN"), "The toolchain line ("
          + mod.toolchain().get().at() + ") names go" + toolchain.get().exact() + ", not newer"
          + " than the installed go" + installed.exact() + ": the go command keeps go"
          + installed.exact() + ".", mod.toolchain().get().at());
    }
    return used;
  }

  private void eol(GoVersion used, Request request, DetectionDraft draft) {
    Rule eol = rules.rule("GO-RUNTIME-EOL");
    if (!eol.values().contains(used.minorLine())
        && GoVersion.parse(eol.values().get(eol.values().size() - 1)).orElseThrow()
            .compareTo(used) > 0) {
      draft.finding(eol, "go" + used.minorLine() + " no longer gets security fixes from the Go"
          + " team (supported: go" + String.join(", go", eol.values()) + ").", request.at());
    }
  }
}
