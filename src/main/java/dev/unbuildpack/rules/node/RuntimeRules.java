package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.model.Runtime;
import java.util.Optional;

/** Which Node.js the buildpack installs, and why (NODE-RUNTIME-*). */
final class RuntimeRules {
  static final String ALLOW_WIDE_RANGE = "NODEJS_ALLOW_WIDE_RANGE";

  private final RuleSet rules;
  private final ReleaseList releases;

  RuntimeRules(RuleSet rules, ReleaseList releases) {
    this.rules = rules;
    this.releases = releases;
  }

  Runtime apply(NodeFacts node, ConfigVars config, DetectionDraft draft) {
    node.versionFiles().forEach(file -> draft.finding(rules.rule("NODE-VERSION-FILE-IGNORED"),
        file.at().file() + " asks for " + file.value() + " but Heroku ignores it; only"
            + " package.json engines.node counts.", file.at()));
    Rule defaults = rules.rule("NODE-RUNTIME-DEFAULT");
    VersionResolver resolver = new VersionResolver(releases.versions(), defaults.value());
    Optional<Declared> engines = node.engine("node");
    boolean allowWide = config.isTrue(ALLOW_WIDE_RANGE);
    String requested = engines.map(Declared::value).orElse(defaults.value());
    Optional<VersionResolver.Resolution> resolved = resolver.resolve(requested, allowWide);
    if (resolved.isEmpty()) {
      Rule noMatch = rules.rule("NODE-RUNTIME-NO-MATCH");
      draft.finding(noMatch, "No Node.js release in the buildpack's inventory (" + releases.date()
          + ") satisfies engines.node \"" + requested + "\"; the build fails.",
          engines.map(Declared::at).orElse(null));
      return new Runtime("node", null, requested, source(engines, requested), noMatch.id());
    }
    VersionResolver.Resolution pick = resolved.get();
    if (engines.isEmpty()) {
      return new Runtime("node", pick.version().getVersion(), null,
          "nothing pinned: package.json has no engines.node, so Heroku installs the newest "
              + defaults.value() + " release", defaults.id());
    }
    return pinned(engines.get(), pick, allowWide, resolver.ltsMajor(), config, draft);
  }

  private Runtime pinned(
      Declared engines, VersionResolver.Resolution pick, boolean allowWide, int ltsMajor,
      ConfigVars config, DetectionDraft draft) {
    String version = pick.version().getVersion();
    eol(engines, pick, draft);
    String source = source(Optional.of(engines), engines.value());
    if (pick.capped()) {
      Rule ceiling = rules.rule("NODE-RUNTIME-LTS-CEILING");
      draft.finding(ceiling, "engines.node \"" + engines.value() + "\" reaches above the "
          + ltsMajor + ".x LTS line; Heroku caps it at " + version + ".", engines.at());
      return new Runtime("node", version, engines.value(),
          source + ", capped at the " + ltsMajor + ".x LTS line", ceiling.id());
    }
    if (allowWide && pick.wide()) {
      Rule allowed = rules.rule("NODE-RUNTIME-WIDE-RANGE-ALLOWED");
      var at = config.get(ALLOW_WIDE_RANGE).orElseThrow().at();
      draft.finding(allowed, ALLOW_WIDE_RANGE + "=true lifts the LTS cap, so engines.node \""
          + engines.value() + "\" resolves to " + version + ".", at);
      return new Runtime("node", version, engines.value(),
          source + ", uncapped by " + ALLOW_WIDE_RANGE + "=true (" + at + ")", allowed.id());
    }
    if (pick.wide()) {
      draft.finding(rules.rule("NODE-RUNTIME-WIDE-RANGE"), "engines.node \"" + engines.value()
          + "\" spans several major lines; today it resolves to " + version + ".", engines.at());
    }
    return new Runtime("node", version, engines.value(), source,
        rules.rule("NODE-RUNTIME-ENGINES").id());
  }

  private void eol(Declared engines, VersionResolver.Resolution pick, DetectionDraft draft) {
    Rule eol = rules.rule("NODE-RUNTIME-EOL");
    String major = String.valueOf(pick.version().getMajor());
    if (!eol.values().contains(major)) {
      draft.finding(eol, "Node.js " + major + ".x is not a supported line on Heroku (supported: "
          + String.join(", ", eol.values()) + ").", engines.at());
    }
  }

  private static String source(Optional<Declared> engines, String requested) {
    return engines.map(e -> e.at() + " engines.node \"" + requested + "\"")
        .orElse("default " + requested);
  }
}
