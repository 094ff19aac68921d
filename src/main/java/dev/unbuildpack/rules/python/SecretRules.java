package dev.unbuildpack.rules.python;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.python.PackageSource;
import dev.unbuildpack.detect.python.PythonPackages;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Credentials the Python install needs (private indexes, private git URLs): build secrets on the
 * install step, and credentials committed in plain text as errors (rules/python/secrets.toml).
 */
public final class SecretRules {
  private static final String POETRY_LOCK = "poetry.lock";
  private static final String UV_LOCK = "uv.lock";
  /** The variable that reached the classic buildpack's install; any other did not. */
  private static final String CLASSIC_PASSED = "PIP_EXTRA_INDEX_URL";
  private static final Set<String> PUBLIC_HOSTS =
      Set.of("pypi.org", "pypi.python.org", "files.pythonhosted.org");

  private final RuleSet rules;

  public SecretRules(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * Adds the build secrets and findings to the draft.
   *
   * @return the names of the secrets the dependency install step must mount
   */
  public List<String> apply(AppDir app, PythonPackages packages, ConfigVars config,
      DetectionDraft draft) {
    Set<String> secrets = new LinkedHashSet<>();
    environment(config, secrets, draft);
    Set<String> pipConfFiles = new LinkedHashSet<>();
    for (PackageSource source : packages.sources()) {
      url(source, secrets, draft);
      if (source.kind() == PackageSource.Kind.PIP_CONF && pipConfFiles.add(source.at().file())) {
        draft.finding(rules.rule("PYTHON-PIP-CONF-HOME"), source.at().file() + ": "
            + rules.rule("PYTHON-PIP-CONF-HOME").summary(), Location.of(source.at().file()));
      }
      if (source.name() != null && isIndex(source)) {
        if (POETRY_LOCK.equals(packages.file())) {
          named(source, "POETRY_HTTP_BASIC_", "PYTHON-SECRET-POETRY-SOURCE", false, config,
              secrets, draft);
        } else if (UV_LOCK.equals(packages.file())) {
          named(source, "UV_INDEX_", "PYTHON-SECRET-UV-INDEX", source.authenticate(), config,
              secrets, draft);
        }
      }
    }
    List<String> notPassed = secrets.stream().filter(s -> !s.equals(CLASSIC_PASSED)).toList();
    if (!notPassed.isEmpty()) {
      Rule classic = rules.rule("PYTHON-SECRET-CLASSIC-INSTALL");
      draft.finding(classic, String.join(", ", notPassed) + ": " + classic.summary(),
          Location.of(packages.file() == null ? "app.json" : packages.file()));
    }
    return List.copyOf(secrets);
  }

  /** PIP_EXTRA_INDEX_URL and its kin declared in app.json. */
  private void environment(ConfigVars config, Set<String> secrets, DetectionDraft draft) {
    Rule rule = rules.rule("PYTHON-SECRET-PIP-ENV");
    for (String name : rule.values()) {
      Optional<AppEnvVar> declared = config.get(name);
      if (declared.isEmpty()) {
        continue;
      }
      AppEnvVar var = declared.get();
      Optional<String> credential = var.value() == null ? Optional.empty()
          : UrlCredentials.literal(var.value());
      if (credential.isPresent()) {
        committed("the value of " + name, credential.get(), var.at(), draft);
      } else {
        // Supplied by the user (it may hold a token), or a committed URL without credentials:
        // either way the install needs it, and a config var's value is never written out.
        secret(name, var.at(), rule, secrets, draft);
      }
    }
  }

  /** ${VAR} references in a source's URL, or a credential written into it. */
  private void url(PackageSource source, Set<String> secrets, DetectionDraft draft) {
    List<String> variables = UrlCredentials.variables(source.url());
    Rule rule = rules.rule(source.kind() == PackageSource.Kind.VCS
        ? "PYTHON-SECRET-GIT-URL" : "PYTHON-SECRET-URL-VARIABLE");
    variables.forEach(name -> secret(name, source.at(), rule, secrets, draft));
    UrlCredentials.literal(source.url()).ifPresent(credential -> committed(
        describe(source), credential, source.at(), draft));
  }

  /** Poetry's and uv's per-source credential variables. */
  private void named(PackageSource source, String prefix, String ruleId, boolean required,
      ConfigVars config, Set<String> secrets, DetectionDraft draft) {
    Rule rule = rules.rule(ruleId);
    String stem = prefix + variablePart(source.name()) + "_";
    List<String> names = List.of(stem + "USERNAME", stem + "PASSWORD");
    boolean declared = names.stream().anyMatch(n -> config.get(n).isPresent());
    if (required || declared) {
      names.forEach(name -> secret(name, config.get(name).map(AppEnvVar::at).orElse(source.at()),
          rule, secrets, draft));
    } else if (!UrlCredentials.isOnHost(source.url(), PUBLIC_HOSTS)
        && UrlCredentials.variables(source.url()).isEmpty()) {
      draft.finding(dev.unbuildpack.model.Severity.WARNING, rule.id(), "The package source \""
          + dev.unbuildpack.common.text.VisibleText.of(source.name()) + "\" (" + source.at()
          + ") gets no credentials in the image build: if it is private, pass "
          + String.join(" and ", names) + " as build secrets (--secret id=NAME) on the install"
          + " step.", source.at());
    }
  }

  private static boolean isIndex(PackageSource source) {
    return source.kind() == PackageSource.Kind.INDEX
        || source.kind() == PackageSource.Kind.EXTRA_INDEX;
  }

  /** Poetry and uv upper-case the name and replace every other character with '_'. */
  static String variablePart(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static String describe(PackageSource source) {
    return switch (source.kind()) {
      case INDEX, EXTRA_INDEX -> "a package index URL";
      case FIND_LINKS -> "a find-links URL";
      case VCS -> "a git dependency URL";
      case URL -> "a package URL";
      case PIP_CONF -> "pip.conf's " + source.name();
    };
  }

  private void secret(String name, Location at, Rule rule, Set<String> secrets,
      DetectionDraft draft) {
    draft.secret(new BuildSecret(name, at.file(), at.line(), rule.id()));
    secrets.add(name);
  }

  private void committed(String what, String credential, Location at, DetectionDraft draft) {
    draft.finding(rules.rule("PYTHON-SECRET-COMMITTED"), what + " in " + at.file()
        + " holds a credential committed in plain text " + SecretMask.fingerprint(credential)
        + "; revoke it, replace it with a variable and pass the value as a build secret.", at);
  }
}
