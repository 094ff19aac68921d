package dev.unbuildpack.rules.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.VisibleText;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.jvm.SystemProperties;
import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Optional;

/**
 * The JDK every JVM buildpack installs (heroku-buildpack-jvm-common bin/java, rules/jvm/jdk.toml):
 * system.properties' java.runtime.version, a distribution prefix, the default; then the Temurin
 * image of that exact version.
 */
public final class JdkRules {
  /** The runtime's name in the detection. */
  public static final String RUNTIME = "jdk";

  private final RuleSet rules;
  private final JdkReleases releases;
  private final TemurinImages images;

  public JdkRules(RuleSet rules) {
    this(rules, JdkReleases.builtIn(), TemurinImages.builtIn());
  }

  JdkRules(RuleSet rules, JdkReleases releases, TemurinImages images) {
    this.rules = rules;
    this.releases = releases;
    this.images = images;
  }

  /** The JDK resolved, with findings; its version is null when the buildpack would fail. */
  public Runtime apply(SystemProperties system, DetectionDraft draft) {
    Optional<Declared> declared = system.javaRuntimeVersion();
    if (declared.isEmpty()) {
      Rule rule = rules.rule("JVM-JDK-DEFAULT");
      String version = releases.resolve(rule.value()).orElseThrow();
      draft.finding(rule, (system.present() ? "system.properties names no java.runtime.version"
          : "The app has no system.properties") + ": Heroku installs OpenJDK " + rule.value()
          + " (" + version + "), the current LTS, and will move to the next LTS when it comes out."
          + " Add 'java.runtime.version=" + rule.value() + "' to system.properties to pin it.",
          system.present() ? Location.of(SystemProperties.FILE) : null);
      return image(new Runtime(RUNTIME, version, null, "no java.runtime.version: the"
          + " buildpack's default, OpenJDK " + rule.value(), rule.id()), draft);
    }
    Declared request = declared.get();
    String text = request.value();
    int dash = text.indexOf('-');
    String distribution = dash < 0 ? "zulu" : text.substring(0, dash);
    String version = dash < 0 ? text : text.substring(dash + 1);
    Optional<String> resolved = releases.resolve(version);
    Rule zulu = rules.rule("JVM-JDK-DISTRIBUTION");
    if (!zulu.values().contains(distribution)) {
      Rule rule = rules.rule("JVM-JDK-HEROKU-DISTRIBUTION");
      draft.finding(rule, distribution.equals("heroku")
          ? "java.runtime.version " + shown(text) + " names the Heroku OpenJDK distribution,"
              + " discontinued in April 2026: the buildpack fails the build. Write "
              + "'java.runtime.version=" + version + "' (Azul Zulu, the default)."
          : "java.runtime.version " + shown(text) + " names the distribution "
              + shown(distribution) + ", which the buildpack does not install: the build"
              + " fails. Remove the \"" + VisibleText.of(distribution) + "-\" prefix.",
          request.at());
      return new Runtime(RUNTIME, null, text, request.at() + " java.runtime.version", rule.id());
    }
    if (resolved.isEmpty()) {
      Rule rule = rules.rule("JVM-JDK-UNSUPPORTED");
      draft.finding(rule, "java.runtime.version " + shown(text) + " is neither a major version"
          + " nor a JDK version the buildpack publishes for heroku-24 (" + releases.source()
          .describe() + "): the build fails with 'Unsupported Java version'. Name a major"
          + " version such as 21 or 25.", request.at());
      return new Runtime(RUNTIME, null, text, request.at() + " java.runtime.version", rule.id());
    }
    if (dash >= 0) {
      draft.finding(zulu, "java.runtime.version " + shown(text) + " names Azul Zulu, the"
          + " buildpack's only distribution; the version is " + version + ".", request.at());
    }
    Rule rule = rules.rule("JVM-JDK-SYSTEM-PROPERTIES");
    return image(new Runtime(RUNTIME, resolved.get(), text, request.at()
        + " java.runtime.version=" + text, rule.id()), draft);
  }

  /** Notes the Temurin image, or moves to the newest listed one of the major version. */
  private Runtime image(Runtime runtime, DetectionDraft draft) {
    Rule ubuntu = rules.rule("JVM-IMAGES-UBUNTU");
    DebianRelease release = DebianRelease.newest();
    draft.debian(new DebianChoice(release, "No Debian release applies: the images are Eclipse"
        + " Temurin's on Ubuntu 24.04 noble (Temurin publishes no Debian variant), the Ubuntu"
        + " release of heroku-24; system packages keep " + release + "'s names.", ubuntu.id()));
    Rule temurin = rules.rule("JVM-JDK-TEMURIN");
    if (images.listed(runtime.version())) {
      draft.finding(temurin, "Heroku installs Azul Zulu " + runtime.version() + "; the images are"
          + " Eclipse Temurin's build of the same OpenJDK release (tag "
          + images.tags().get(runtime.version()) + ", Ubuntu 24.04 noble like heroku-24).", null);
      return runtime;
    }
    Rule unlisted = rules.rule("JVM-JDK-TEMURIN-UNLISTED");
    Optional<String> newest = images.newestOfMajor(runtime.version());
    if (newest.isEmpty()) {
      draft.finding(dev.unbuildpack.model.Severity.ERROR, unlisted.id(), "No Eclipse Temurin"
          + " image is listed for JDK " + JdkReleases.major(runtime.version()) + " ("
          + runtime.version() + "), so there is no image to build on. Move to a supported LTS"
          + " (21 or 25).", null);
      return new Runtime(runtime.name(), null, runtime.requested(), runtime.source(),
          unlisted.id());
    }
    draft.finding(unlisted, "Heroku installs JDK " + runtime.version() + ", but no Eclipse"
        + " Temurin image of that exact release is listed; the images use " + newest.get()
        + ", the newest listed " + JdkReleases.major(runtime.version()) + " release. Name the"
        + " major version only in system.properties to get the same on Heroku.", null);
    return new Runtime(runtime.name(), newest.get(), runtime.requested(), runtime.source(),
        unlisted.id());
  }

  private static String shown(String text) {
    return "\"" + VisibleText.of(text) + "\"";
  }
}
