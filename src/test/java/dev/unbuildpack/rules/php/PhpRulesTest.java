package dev.unbuildpack.rules.php;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PHP rules on small apps written here: version, Composer line, extensions. */
class PhpRulesTest {
  @TempDir Path app;

  private Detection detect(String composerJson, String lock) throws IOException {
    Files.writeString(app.resolve("composer.json"), composerJson);
    if (lock != null) {
      Files.writeString(app.resolve("composer.lock"), lock);
    }
    return RuleEngine.builtIn().detect(AppDir.open(app));
  }

  private static String lock(String packages, String platform, String api) {
    return "{\"packages\": [" + packages + "], \"packages-dev\": [], \"platform\": " + platform
        + ", \"plugin-api-version\": \"" + api + "\"}";
  }

  @Test
  void theNewestShippedPhpThatEveryRequirementAdmits() throws IOException {
    Detection d = detect("{\"require\": {\"php\": \">=8.2\"}}", lock(
        "{\"name\": \"a/b\", \"version\": \"1.0.0\", \"require\": {\"php\": \"~8.3.0\"}}",
        "{\"php\": \">=8.2\"}", "2.6.0"));
    assertEquals("8.3.32", d.ecosystems().get(0).runtime().version());
  }

  @Test
  void pluginApi22SelectsTheComposerLtsLine() throws IOException {
    Detection d = detect("{\"require\": {\"php\": \"^8.4\"}}",
        lock("", "{\"php\": \"^8.4\"}", "2.2.0"));
    assertEquals("2.2.28", d.ecosystems().get(0).packageManager().version());
  }

  @Test
  void anExtensionALockedPackageRequiresIsInstalledInBothStages() throws IOException {
    Detection d = detect("{\"require\": {\"php\": \"^8.4\", \"a/cache\": \"*\"}}", lock(
        "{\"name\": \"a/cache\", \"version\": \"1.0.0\", \"require\": {\"ext-redis\": \"*\"}}",
        "{\"php\": \"^8.4\"}", "2.6.0"));
    BuildStep redis = d.buildSteps().stream().filter(s -> s.rule().equals("PHP-EXT-REDIS"))
        .findFirst().orElseThrow();
    assertEquals("tooling", redis.phase(), "the runtime stage repeats tooling steps");
    assertTrue(redis.command().startsWith("pecl install redis && docker-php-ext-enable redis"),
        redis.command());
    assertTrue(redis.note().contains("by a/cache"), redis.note());
  }

  @Test
  void anExtensionWithoutRuleIsAWarningAndNoStep() throws IOException {
    Detection d = detect("{\"require\": {\"php\": \"^8.4\", \"ext-acme_nothing\": \"*\"}}",
        lock("", "{\"php\": \"^8.4\", \"ext-acme_nothing\": \"*\"}", "2.6.0"));
    List<Finding> unknown = d.findings().stream()
        .filter(f -> f.rule().equals("PHP-EXT-UNKNOWN")).toList();
    assertEquals(1, unknown.size());
    assertTrue(unknown.get(0).message().contains("ext-acme_nothing (composer.json:1)"),
        unknown.get(0).message());
    assertTrue(d.buildSteps().stream().noneMatch(s -> s.command().contains("acme_nothing")));
  }

  @Test
  void requireDevDoesNotCountForExtensions() throws IOException {
    Detection d = detect("{\"require\": {\"php\": \"^8.4\"}, \"require-dev\": {\"ext-redis\":"
        + " \"*\"}}", lock("", "{\"php\": \"^8.4\"}", "2.6.0"));
    assertTrue(d.buildSteps().stream().noneMatch(s -> s.rule().equals("PHP-EXT-REDIS")));
  }
}
