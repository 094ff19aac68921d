package dev.unbuildpack.rules.php;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.php.PhpDetector;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleLoader;
import dev.unbuildpack.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extension matcher against rules written here, one of each kind of install. */
class ExtensionRulesTest {
  private static final String SOURCE =
      "source = { repo = \"o/r\", path = \"p\", ref = \"abc\", date = \"2026-07-21\" }\n";
  @TempDir Path dir;

  private RuleSet rules() throws IOException {
    Path php = Files.createDirectories(dir.resolve("rules/php"));
    Files.writeString(php.resolve("x.toml"), String.join("\n",
        rule("PHP-EXT-UNKNOWN", "severity = \"warning\"\n"),
        rule("PHP-EXT-ALWAYS-ON", "severity = \"info\"\nvalues = [\"zip\"]\n"),
        rule("PHP-EXT-BUILT-TWICE", "severity = \"info\"\n"),
        rule("PHP-EXT-CORE", "extensions = [\"ctype\"]\ninstall = \"core\"\n"),
        rule("PHP-EXT-AGENT", "severity = \"warning\"\nextensions = [\"newrelic\"]\n"
            + "install = \"none\"\n"),
        rule("PHP-EXT-MYSQL", "extensions = [\"mysqli\", \"pdo_mysql\"]\n"
            + "install = \"docker-php-ext-install\"\nbuild = [\"libfoo-dev\"]\n"),
        rule("PHP-EXT-GD", "extensions = [\"gd\"]\npackages = [\"intervention/image\"]\n"
            + "install = \"docker-php-ext-install\"\nconfigure = [\"--with-jpeg\"]\n")));
    return RuleLoader.load(dir.resolve("rules"));
  }

  private static String rule(String id, String body) {
    return "[[rule]]\nid = \"" + id + "\"\nsummary = \"s.\"\neffect = \"e.\"\n" + body + SOURCE;
  }

  private Detection apply(String composerJson, String lock) throws IOException {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("composer.json"), composerJson);
    Files.writeString(app.resolve("composer.lock"), lock);
    DetectionDraft draft = new DetectionDraft("app");
    List<String> notInstalled = new ExtensionRules(rules()).apply(RequiredExtensions.of(
        new PhpDetector().facts(AppDir.open(app)), Map.of()), draft);
    assertEquals(composerJson.contains("newrelic") ? List.of("newrelic") : List.of(),
        notInstalled);
    return draft.build();
  }

  @Test
  void installsOnlyTheRequiredExtensionsOfARuleWithSeveral() throws IOException {
    Detection d = apply("{\"require\": {\"ext-pdo_mysql\": \"*\"}}",
        "{\"packages\": [], \"platform\": {\"ext-pdo_mysql\": \"*\"}}");
    assertEquals(List.of("docker-php-ext-install -j\"$(nproc)\" pdo_mysql"),
        d.buildSteps().stream().map(s -> s.command()).toList());
    assertEquals(List.of("libfoo-dev"), d.systemPackages().build().stream()
        .map(p -> p.name()).toList());
    assertEquals(List.of("libfoo-dev"), d.systemPackages().run().stream()
        .map(p -> p.name()).toList(), "the runtime stage compiles it too");
    assertEquals(List.of("The runtime stage builds pdo_mysql again instead of copying the build"
        + " stage's modules: the Dockerfile's stages share only the app."), d.findings().stream()
        .filter(f -> f.rule().equals("PHP-EXT-BUILT-TWICE")).map(Finding::message).toList());
  }

  @Test
  void aLockedPackageImpliesItsExtensionWithTheConfigureOptions() throws IOException {
    Detection d = apply("{}", "{\"packages\": [{\"name\": \"intervention/image\","
        + " \"version\": \"3.0.0\"}]}");
    assertEquals(List.of("docker-php-ext-configure gd --with-jpeg && docker-php-ext-install"
        + " -j\"$(nproc)\" gd"), d.buildSteps().stream().map(s -> s.command()).toList());
  }

  @Test
  void coreAndNoneRaiseFindingsAndNoStep() throws IOException {
    Detection d = apply("{\"require\": {\"ext-ctype\": \"*\", \"ext-newrelic\": \"*\","
        + " \"ext-zip\": \"*\"}}", "{\"packages\": []}");
    assertTrue(d.buildSteps().isEmpty());
    List<String> rules = d.findings().stream().map(Finding::rule).sorted().toList();
    assertEquals(List.of("PHP-EXT-AGENT", "PHP-EXT-CORE", "PHP-EXT-UNKNOWN"), rules,
        "zip is required, so PHP-EXT-ALWAYS-ON names nothing; zip has no rule here");
  }

  @Test
  void anExtensionComesAfterTheOnesItNeedsWhicheverOrderTheRulesHave() throws IOException {
    Path php = Files.createDirectories(dir.resolve("ordered/php"));
    Files.writeString(php.resolve("x.toml"), String.join("\n",
        rule("PHP-EXT-UNKNOWN", "severity = \"warning\"\n"),
        rule("PHP-EXT-ALWAYS-ON", "severity = \"info\"\nvalues = [\"sockets\"]\n"),
        rule("PHP-EXT-BUILT-TWICE", "severity = \"info\"\n"),
        rule("PHP-EXT-EVENT", "extensions = [\"event\"]\ninstall = \"pecl\"\n"
            + "pecl = \"event\"\nafter = [\"sockets\"]\n"),
        rule("PHP-EXT-SOCKETS", "extensions = [\"sockets\"]\n"
            + "install = \"docker-php-ext-install\"\n")));
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("composer.json"), "{\"require\": {\"ext-event\": \"*\"}}");
    DetectionDraft draft = new DetectionDraft("app");
    new ExtensionRules(RuleLoader.load(dir.resolve("ordered"))).apply(RequiredExtensions.of(
        new PhpDetector().facts(AppDir.open(app)), Map.of()), draft);
    Detection d = draft.build();
    assertEquals(List.of("docker-php-ext-install -j\"$(nproc)\" sockets",
        "pecl install event && docker-php-ext-enable --ini-name zz-event.ini event"
            + " && rm -rf /tmp/pear"), d.buildSteps().stream().map(s -> s.command()).toList(),
        "sockets is built first, and event's ini file sorts after docker-php-ext-sockets.ini");
    assertTrue(d.buildSteps().get(0).note().contains("ext-sockets (needed by ext-event)"),
        d.buildSteps().get(0).note());
    assertTrue(d.findings().stream().noneMatch(f -> f.rule().equals("PHP-EXT-ALWAYS-ON")),
        "sockets is required now, so no finding says the image lacks it");
  }

  @Test
  void aRuleWithVersionsAppliesOnlyToThePhpVersionsItMatches() throws IOException {
    Path php = Files.createDirectories(dir.resolve("versions/php"));
    Files.writeString(php.resolve("x.toml"), String.join("\n",
        rule("PHP-EXT-UNKNOWN", "severity = \"warning\"\n"),
        rule("PHP-EXT-ALWAYS-ON", "severity = \"info\"\nvalues = [\"zip\"]\n"),
        rule("PHP-EXT-BUILT-TWICE", "severity = \"info\"\n"),
        rule("PHP-EXT-IMAP", "versions = \"<8.4.0\"\nextensions = [\"imap\"]\n"
            + "install = \"docker-php-ext-install\"\n"),
        rule("PHP-EXT-IMAP-PECL", "versions = \">=8.4.0\"\nextensions = [\"imap\"]\n"
            + "install = \"pecl\"\npecl = \"imap\"\n")));
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("composer.json"), "{\"require\": {\"ext-imap\": \"*\"}}");
    RuleSet rules = RuleLoader.load(dir.resolve("versions"));
    for (String version : List.of("8.3.30", "8.4.0")) {
      DetectionDraft draft = new DetectionDraft("app");
      new ExtensionRules(rules, version).apply(RequiredExtensions.of(
          new PhpDetector().facts(AppDir.open(app)), Map.of()), draft);
      Detection d = draft.build();
      assertEquals(List.of(version.startsWith("8.3") ? "PHP-EXT-IMAP" : "PHP-EXT-IMAP-PECL"),
          d.buildSteps().stream().map(s -> s.rule()).toList(), version);
      assertTrue(d.findings().stream().noneMatch(f -> f.rule().equals("PHP-EXT-UNKNOWN")),
          version);
    }
  }

  @Test
  void alwaysOnExtensionsNothingRequiresAreNamed() throws IOException {
    Detection d = apply("{}", "{\"packages\": []}");
    Finding always = d.findings().stream().filter(f -> f.rule().equals("PHP-EXT-ALWAYS-ON"))
        .findFirst().orElseThrow();
    assertTrue(always.message().contains("has zip compiled in"), always.message());
  }
}
