package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.rules.TempApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeRulesTest {
  @TempDir Path dir;

  private Detection detect(String dependencies, String lock) {
    TempApp app = new TempApp(dir, "app").file("package.json", "{" + dependencies + "}");
    return lock == null ? app.detect() : app.file("package-lock.json", lock).detect();
  }

  private static List<String> names(List<SystemPackage> packages) {
    return packages.stream().map(SystemPackage::name).toList();
  }

  @Test
  void oldSharpGetsNoSystemLibvipsAndAWarningThatItsInstallDownloadsFromGitHub() {
    // A system libvips makes sharp 0.23 build from source, and bookworm's is too old for 0.32.
    for (String locked : List.of("0.23.2", "0.32.6")) {
      Detection d = detect("\"dependencies\": {\"sharp\": \"^" + locked + "\"}",
          "{\"lockfileVersion\": 3, \"packages\": {\"node_modules/sharp\": {\"version\": \""
              + locked + "\"}}}");
      assertEquals(List.of("python3", "make", "g++"), names(d.systemPackages().build()), locked);
      assertEquals(List.of(), d.systemPackages().run(), locked);
      Finding finding = sharpFinding(d).orElseThrow();
      assertEquals(Severity.WARNING, finding.severity());
      assertTrue(finding.message().startsWith("sharp " + locked + " (package.json:1): "
          + "sharp before 0.33 downloads a prebuilt libvips"), finding.message());
      assertTrue(finding.message().contains("Upgrade to sharp 0.33 or later"), finding.message());
    }
  }

  private static Optional<Finding> sharpFinding(Detection d) {
    return d.findings().stream().filter(f -> f.rule().equals("NODE-NATIVE-SHARP-LEGACY"))
        .findFirst();
  }

  @Test
  void currentSharpShipsItsOwnLibvips() {
    Detection d = detect("\"dependencies\": {\"sharp\": \"^0.33.5\"}", null);
    assertEquals(List.of(), d.systemPackages().build());
    assertEquals(List.of(), d.systemPackages().run());
  }

  @Test
  void theLockedVersionWinsOverTheDeclaredRange() {
    Detection d = detect("\"dependencies\": {\"sharp\": \">=0.30.0\"}",
        "{\"lockfileVersion\": 3, \"packages\": {\"node_modules/sharp\": {\"version\": \"0.34.1\"}}}");
    assertEquals(List.of(), d.systemPackages().build());
    assertEquals(Optional.empty(), sharpFinding(d));
  }

  @Test
  void aTransitiveNativePackageFromTheLockfileCounts() {
    Detection d = detect("\"dependencies\": {\"some-auth-lib\": \"^1.0.0\"}",
        "{\"lockfileVersion\": 3, \"packages\": {\n\"node_modules/some-auth-lib\": {\"version\":"
            + " \"1.0.0\"},\n\"node_modules/some-auth-lib/node_modules/pg-native\":"
            + " {\"version\": \"3.2.0\"}}}");
    assertEquals(List.of("libpq5"), names(d.systemPackages().run()));
    assertEquals("npm package pg-native (package-lock.json:3)",
        d.systemPackages().run().get(0).reason());
  }

  @Test
  void aDevDependencyNeedsItsBuildPackagesOnly() {
    Detection d = detect("\"devDependencies\": {\"pg-native\": \"^3.2.0\"}", null);
    assertEquals(List.of("python3", "make", "g++", "libpq-dev"),
        names(d.systemPackages().build()));
    assertEquals(List.of(), d.systemPackages().run());
    assertEquals("npm package pg-native (devDependency, package.json:1)",
        d.systemPackages().build().get(3).reason());
  }

  @Test
  void aptfilePackagesGoToBothStages() {
    Detection d = new TempApp(dir, "apt").file("package.json", "{}")
        .file("Aptfile", "# comment\nlibpq5 postgresql-client\n\n").detect();
    assertEquals(List.of("libpq5", "postgresql-client"), names(d.systemPackages().build()));
    assertEquals(List.of("libpq5", "postgresql-client"), names(d.systemPackages().run()));
    assertEquals("Aptfile:2", d.systemPackages().run().get(0).reason());
  }
}
