package dev.unbuildpack.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One piece of buildpack knowledge, bound from a rule file ({@code rules/<eco>/*.toml}). The
 * first four fields are required for every rule; the others hold the rule's data and are set only
 * where the rule needs them.
 *
 * @param id stable, never reused ("NODE-INSTALL-NPM")
 * @param summary one sentence: what the buildpack does
 * @param effect what that means for the Dockerfile
 * @param source where the fact was read
 * @param severity for rules that raise a finding: "error", "warning" or "info"
 * @param value a single datum (a default version, a Debian package suite)
 * @param values a list datum (supported majors, default ignore patterns)
 * @param env variables the buildpack sets
 * @param commands command lines by variant ("ci", "install", "npm", "yarn", ...)
 * @param caches directories worth a cache mount
 * @param npm npm packages that trigger the rule
 * @param versions npm range of those packages that triggers it; all versions when absent
 * @param build Debian packages needed at build time: one list for every release, or a table of
 *     lists keyed by release ({@link PackageNames})
 * @param run Debian packages needed at run time, written the same way
 * @param owned folders those run-time packages install that the app's user must own, since the
 *     program they hold writes there and the image runs as that user (nginx's temp folders)
 * @param addon app.json add-on name ("heroku-postgresql")
 * @param service the compose service standing in for it
 * @param variable the variable the app reads the service's address from
 * @param image the stand-in's image, as users pull it ("postgres:17-trixie"); its environment
 *     is {@code env}
 * @param url the address the app is given for the stand-in; "{service}" is the compose service's
 *     name ("redis://{service}:6379")
 * @param pypi Python distributions (PyPI names) that trigger the rule; {@code versions} is then a
 *     PEP 440 specifier set of them
 * @param gems Ruby gems (Gemfile.lock names) that trigger the rule; {@code versions} is then a
 *     RubyGems requirement list of them ({@code ">= 1.0, < 2"})
 * @param precompiled platforms of those gems ("x86_64-linux") whose builds ship compiled: a
 *     Gemfile.lock spec for one of them means no system package is needed
 * @param extensions PHP extensions that trigger the rule: the names of composer.json's and the
 *     locked packages' {@code ext-*} requirements without the prefix ("gd")
 * @param packages Composer packages whose presence implies those extensions
 *     ("intervention/image")
 * @param install how the official php image gets the extension: "core" (compiled in),
 *     "docker-php-ext-install" (bundled source) or "pecl"
 * @param pecl the PECL package name, when {@code install} is "pecl"
 * @param configure arguments of docker-php-ext-configure, one word each
 * @param after PHP extensions this rule's extension needs built and loaded before it ("sockets"
 *     for event): they become required with it, and their steps come first
 * @param title for a rule that puts a step into the build, the Dockerfile's title of that step,
 *     in the ecosystem's own words ("bin/pre_compile hook"); the phase's generic title when absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rule(
    String id,
    String summary,
    String effect,
    RuleSource source,
    String severity,
    String value,
    List<String> values,
    Map<String, String> env,
    Map<String, String> commands,
    List<String> caches,
    List<String> npm,
    String versions,
    PackageNames build,
    PackageNames run,
    List<String> owned,
    String addon,
    String service,
    String variable,
    String image,
    String url,
    List<String> pypi,
    List<String> gems,
    List<String> precompiled,
    List<String> extensions,
    List<String> packages,
    String install,
    String pecl,
    List<String> configure,
    List<String> after,
    String title) {
  public Rule {
    values = values == null ? List.of() : List.copyOf(values);
    env = env == null ? Map.of() : Map.copyOf(env);
    commands = commands == null ? Map.of() : Map.copyOf(commands);
    caches = caches == null ? List.of() : List.copyOf(caches);
    npm = npm == null ? List.of() : List.copyOf(npm);
    build = build == null ? PackageNames.NONE : build;
    run = run == null ? PackageNames.NONE : run;
    owned = owned == null ? List.of() : List.copyOf(owned);
    pypi = pypi == null ? List.of() : List.copyOf(pypi);
    gems = gems == null ? List.of() : List.copyOf(gems);
    precompiled = precompiled == null ? List.of() : List.copyOf(precompiled);
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    packages = packages == null ? List.of() : List.copyOf(packages);
    configure = configure == null ? List.of() : List.copyOf(configure);
    after = after == null ? List.of() : List.copyOf(after);
  }

  /** A rule that orders no PHP extension and whose steps, if any, take their phase's generic title. */
  public Rule(String id, String summary, String effect, RuleSource source, String severity,
      String value, List<String> values, Map<String, String> env, Map<String, String> commands,
      List<String> caches, List<String> npm, String versions, PackageNames build,
      PackageNames run, List<String> owned, String addon, String service, String variable,
      String image, String url, List<String> pypi, List<String> gems,
      List<String> precompiled, List<String> extensions, List<String> packages, String install,
      String pecl, List<String> configure) {
    this(id, summary, effect, source, severity, value, values, env, commands, caches, npm,
        versions, build, run, owned, addon, service, variable, image, url, pypi, gems,
        precompiled, extensions, packages, install, pecl, configure, null, null);
  }

  /** A rule that names no PHP extension. */
  public Rule(String id, String summary, String effect, RuleSource source, String severity,
      String value, List<String> values, Map<String, String> env, Map<String, String> commands,
      List<String> caches, List<String> npm, String versions, PackageNames build,
      PackageNames run, List<String> owned, String addon, String service, String variable,
      String image, String url, List<String> pypi, List<String> gems,
      List<String> precompiled) {
    this(id, summary, effect, source, severity, value, values, env, commands, caches, npm,
        versions, build, run, owned, addon, service, variable, image, url, pypi, gems,
        precompiled, null, null, null, null, null, null, null);
  }

  /** A rule that names no PyPI package. */
  public Rule(String id, String summary, String effect, RuleSource source, String severity,
      String value, List<String> values, Map<String, String> env, Map<String, String> commands,
      List<String> caches, List<String> npm, String versions, PackageNames build,
      PackageNames run, List<String> owned, String addon, String service, String variable,
      String image, String url) {
    this(id, summary, effect, source, severity, value, values, env, commands, caches, npm,
        versions, build, run, owned, addon, service, variable, image, url, null, null, null,
        null, null, null, null, null, null, null);
  }

  /** The command of one variant; a missing variant is a bug in the rule file or the engine. */
  public String command(String variant) {
    String command = commands.get(variant);
    if (command == null) {
      throw new IllegalStateException("rule " + id + " has no command '" + variant + "'");
    }
    return command;
  }
}
