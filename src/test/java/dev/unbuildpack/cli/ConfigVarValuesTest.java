package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.report.InventoryTextRenderer;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * app.json config var values reach no output of any command: not detect (text or JSON), not
 * convert's files or its dry run; the names do. inventory masks secret-looking values with the
 * same code as diff.
 */
class ConfigVarValuesTest {
  private static final String SECRET = "s3cr3t-value-0123456789";
  private static final String DEFAULT = "https://default.example/api";

  @TempDir Path tmp;

  private Path app() throws IOException {
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(app.resolve("package.json"),
        "{\"name\": \"cv\", \"engines\": {\"node\": \"24.x\"}}");
    Files.writeString(app.resolve("Procfile"), "web: node server.js\n");
    Files.writeString(app.resolve("app.json"), "{\"env\": {"
        + "\"API_SECRET\": {\"value\": \"" + SECRET + "\"},"
        + " \"API_URL\": \"" + DEFAULT + "\","
        + " \"SECRET_KEY_BASE\": {\"generator\": \"secret\"}}}");
    return app;
  }

  @Test
  void noCommandPrintsOrWritesAConfigVarValue() throws IOException {
    Path app = app();
    List<CliRun> runs = List.of(
        CliRun.of("detect", app.toString()),
        CliRun.of("detect", app.toString(), "--format", "json"),
        CliRun.of("convert", app.toString(), "--dry-run"),
        CliRun.of("convert", app.toString(), "--dry-run", "--format", "json"));
    for (CliRun run : runs) {
      assertEquals(0, run.exitCode(), run.err());
      for (String value : List.of(SECRET, DEFAULT)) {
        assertFalse(run.out().contains(value), run.out());
        assertFalse(run.err().contains(value), run.err());
      }
      assertTrue(run.out().contains("API_SECRET") && run.out().contains("SECRET_KEY_BASE"),
          "the names are listed: " + run.out());
    }
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("convert", app.toString(), "--output", out.toString()).exitCode());
    try (var files = Files.list(out)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        assertFalse(text.contains(SECRET) || text.contains(DEFAULT), file + ":\n" + text);
      }
    }
    String compose = Files.readString(out.resolve("compose.yaml"));
    assertTrue(compose.contains("API_SECRET=${API_SECRET:?"), compose);
    assertTrue(compose.contains("SECRET_KEY_BASE=${SECRET_KEY_BASE:?"), compose);
    assertTrue(compose.contains("openssl rand -hex 64"), compose);
    assertTrue(compose.contains("- API_URL\n"), "optional: passed through when set: " + compose);
  }

  @Test
  void inventoryMasksSecretLookingEnvValuesLikeDiff() throws IOException {
    Path saved = Golden.projectDir().resolve("fixtures/diff/node-sharp-missing-libvips/a.json");
    String json = Files.readString(saved);
    Matcher entry = Pattern.compile("\"COOKIE_SECRET=([^\"]+)\"").matcher(json);
    assertTrue(entry.find(), "the fixture image has a cookie secret in its env");
    String value = entry.group(1);
    // What `inventory` prints for an image with this config, colour off.
    String text = new InventoryTextRenderer(false).render(InventoryFile.read(saved));
    assertFalse(text.contains(value), text);
    assertTrue(text.contains("COOKIE_SECRET=" + SecretMask.fingerprint(value)), text);
    assertFalse(text.contains("s3cr3t-pw"), "a URL with credentials is masked: " + text);
    assertTrue(text.contains("NODE_ENV=production"), "plain values stay: " + text);
  }
}
