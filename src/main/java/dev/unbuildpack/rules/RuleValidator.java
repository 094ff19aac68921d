package dev.unbuildpack.rules;

import dev.unbuildpack.model.DebianRelease;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what makes a rule usable: a stable id, a one-line summary, an effect, a dated source. */
final class RuleValidator {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  // Debian package names: lower case, digits, + - . (Debian Policy 5.6.1).
  private static final Pattern DEBIAN_NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]+");
  private static final Pattern OWNED_PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
  private static final Set<String> PHP_INSTALLS = Set.of("core", "docker-php-ext-install", "pecl",
      "none");
  // Composer's names: "zend-opcache" is one.
  private static final Pattern PHP_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final Pattern COMPOSER_PACKAGE = Pattern.compile("[a-z0-9_.-]+/[a-z0-9_.-]+");
  private static final Pattern CONFIGURE_ARG = Pattern.compile("--[a-z0-9-]+(=[A-Za-z0-9/._-]+)?");
  private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

  private RuleValidator() {}

  static List<RuleProblem> validate(String file, String label, Rule rule) {
    List<RuleProblem> problems = new ArrayList<>();
    Problems p = (key, message) -> problems.add(new RuleProblem(file, label, key, message));
    if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
      p.add("id", "must look like NODE-INSTALL-NPM (upper case words joined by '-')");
    }
    oneLine(p, "summary", rule.summary());
    if (rule.title() != null) {
      oneLine(p, "title", rule.title());
    }
    if (blank(rule.effect())) {
      p.add("effect", "is missing");
    }
    if (rule.severity() != null && !SEVERITIES.contains(rule.severity())) {
      p.add("severity", "must be one of error, warning, info");
    }
    packages(p, "build", rule.build());
    packages(p, "run", rule.run());
    // Written into the Dockerfile's chown as they are, so only plain absolute paths pass.
    for (String path : rule.owned()) {
      if (!OWNED_PATH.matcher(path).matches()) {
        p.add("owned", "'" + path + "' is no plain absolute path (/name/name, names of letters,"
            + " digits, '.', '_' and '-')");
      }
    }
    standIn(p, rule);
    phpExtension(p, rule);
    ranges(p, rule);
    source(p, rule.source());
    return problems;
  }

  /**
   * Names must be Debian package names; a table keyed by release must name every supported
   * release, so that no release silently installs nothing (an empty list says "none needed").
   */
  private static void packages(Problems p, String key, PackageNames names) {
    for (String name : names.allNames()) {
      if (!DEBIAN_NAME.matcher(name).matches()) {
        p.add(key, "'" + name + "' is no Debian package name");
      }
    }
    if (!names.perRelease()) {
      return;
    }
    List<String> named = names.releases().stream().map(PackageNames.ReleaseNames::release)
        .toList();
    for (String release : named) {
      if (DebianRelease.named(release).isEmpty()) {
        p.add(key + "." + release, "is no supported Debian release (" + DebianRelease.codenames() + ")");
      }
    }
    for (DebianRelease release : DebianRelease.values()) {
      if (!named.contains(release.codename())) {
        p.add(key, "names no packages for " + release.codename() + " (write " + release.codename()
            + " = [] when it needs none)");
      }
    }
  }

  /**
   * "versions" is an npm range (a PEP 440 specifier set for a rule naming PyPI packages), and so
   * is each side of a "NODE RANGE => PACKAGE RANGE" value: a
   * range semver cannot read would match nothing, and the rule would silently never fire.
   */
  private static void ranges(Problems p, Rule rule) {
    if (rule.versions() != null && !rule.gems().isEmpty()) {
      if (dev.unbuildpack.rules.ruby.GemRequirement.parse(rule.versions()).isEmpty()) {
        p.add("versions", "'" + rule.versions() + "' is no RubyGems requirement list");
      }
    } else if (rule.versions() != null && !rule.pypi().isEmpty()) {
      if (dev.unbuildpack.rules.python.Pep440Range.parse(rule.versions()).isEmpty()) {
        p.add("versions", "'" + rule.versions() + "' is no PEP 440 version specifier set");
      }
    } else if (rule.versions() != null && !isRange(rule.versions())) {
      p.add("versions", "'" + rule.versions() + "' is no npm version range");
    }
    for (String value : rule.values()) {
      String[] sides = value.split("=>", -1);
      if (value.contains("=>") && (sides.length != 2 || !isRange(sides[0]) || !isRange(sides[1]))) {
        p.add("values", "'" + value + "' must read NODE RANGE => PACKAGE RANGE");
      }
    }
  }

  private static boolean isRange(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      // semver4j reads what it cannot parse as an empty list, which nothing satisfies.
      return !org.semver4j.RangesListFactory.create(text.strip(), false).get().isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * A PHP extension rule names extensions as composer.json writes them after "ext-", says how the
   * official image installs them, and names the PECL package when that is how: every name is
   * written into a RUN line as it is, so only plain lower-case words pass.
   */
  private static void phpExtension(Problems p, Rule rule) {
    if (rule.install() == null) {
      if (!rule.extensions().isEmpty() || !rule.packages().isEmpty() || rule.pecl() != null
          || !rule.configure().isEmpty() || !rule.after().isEmpty()) {
        p.add("install", "is needed with extensions, packages, pecl, configure or after");
      }
      return;
    }
    if (!PHP_INSTALLS.contains(rule.install())) {
      p.add("install", "must be one of core, docker-php-ext-install, pecl, none");
    }
    if (rule.extensions().isEmpty()) {
      p.add("extensions", "is needed with install");
    }
    rule.extensions().stream().filter(e -> !PHP_NAME.matcher(e).matches()).forEach(e ->
        p.add("extensions", "'" + e + "' is no extension name (lower case letters, digits, '_', '-')"));
    rule.packages().stream().filter(n -> !COMPOSER_PACKAGE.matcher(n).matches()).forEach(n ->
        p.add("packages", "'" + n + "' is no Composer package name (vendor/name)"));
    if ("pecl".equals(rule.install()) != (rule.pecl() != null)) {
      p.add("pecl", "is needed with install = \"pecl\", and only then");
    } else if (rule.pecl() != null && !PHP_NAME.matcher(rule.pecl()).matches()) {
      p.add("pecl", "'" + rule.pecl() + "' is no PECL package name");
    }
    if (!rule.configure().isEmpty() && !"docker-php-ext-install".equals(rule.install())) {
      p.add("configure", "is only for install = \"docker-php-ext-install\"");
    }
    rule.configure().stream().filter(a -> !CONFIGURE_ARG.matcher(a).matches()).forEach(a ->
        p.add("configure", "'" + a + "' is no configure option (--name or --name=value)"));
    rule.after().stream().filter(e -> !PHP_NAME.matcher(e).matches()
        || rule.extensions().contains(e)).forEach(e -> p.add("after",
            "'" + e + "' is no other extension's name"));
  }

  /** A stand-in is a compose service: it needs the service's name and the app's address for it. */
  private static void standIn(Problems p, Rule rule) {
    if (rule.image() == null && rule.url() == null) {
      return;
    }
    if (blank(rule.service())) {
      p.add("service", "is needed with image and url");
    }
    if (blank(rule.image())) {
      p.add("image", "is needed with url");
    }
    if (blank(rule.url()) || !rule.url().contains("{service}")) {
      p.add("url", "is needed with image and must name the host as {service}");
    }
  }

  private static void source(Problems p, RuleSource source) {
    if (source == null) {
      p.add("source", "is missing");
      return;
    }
    boolean repo = !blank(source.repo()) && !blank(source.path());
    if (!repo && blank(source.doc()) && blank(source.changelog())) {
      p.add("source", "needs repo and path, or doc, or changelog");
    }
    if (blank(source.ref())) {
      p.add("source.ref", "is missing");
    }
    if (blank(source.date())) {
      p.add("source.date", "is missing");
    } else {
      try {
        LocalDate.parse(source.date());
      } catch (DateTimeParseException e) {
        p.add("source.date", "'" + source.date() + "' is not a yyyy-mm-dd date");
      }
    }
  }

  private static void oneLine(Problems p, String key, String text) {
    if (blank(text)) {
      p.add(key, "is missing");
    } else if (text.contains("\n")) {
      p.add(key, "must be one line");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  @FunctionalInterface
  private interface Problems {
    void add(String key, String message);
  }
}
