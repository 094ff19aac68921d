package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.SecretMask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret's value never reaches convert's output: not the generated files, not stdout, not
 * stderr. Runs the real command line (detector, rules, generator) on apps written here.
 */
class ConvertSecretValueTest {
  private static final String TOKEN = "npm_abcdefghijklmnopqrstuvwxyz0123456789";

  @TempDir Path tmp;

  private Path app(String npmrc) throws IOException {
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(app.resolve("package.json"), """
        {"name": "lit", "version": "1.0.0", "engines": {"node": "24.x"},
         "scripts": {"start": "node server.js"}, "dependencies": {"@acme/lib": "1.0.0"}}
        """);
    Files.writeString(app.resolve(".npmrc"), npmrc);
    Files.writeString(app.resolve("Procfile"), "web: node server.js\n");
    return app;
  }

  @Test
  void aCommittedTokenIsShownMaskedAndNothingIsWritten() throws IOException {
    Path app = app("@acme:registry=https://npm.acme.example/\n"
        + "//npm.acme.example/:_authToken=" + TOKEN + "\n");
    for (List<String> format : List.<List<String>>of(List.of(), List.of("--format", "json"))) {
      List<String> args = new java.util.ArrayList<>(List.of("convert", app.toString()));
      args.addAll(format);
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(3, run.exitCode(), run.err());
      assertFalse(run.out().contains(TOKEN), run.out());
      assertFalse(run.err().contains(TOKEN), run.err());
      assertTrue(run.err().contains(SecretMask.fingerprint(TOKEN)), run.err());
      try (Stream<Path> files = Files.list(app)) {
        assertEquals(List.of(".npmrc", "Procfile", "package.json"),
            files.map(p -> p.getFileName().toString()).sorted().toList());
      }
    }
  }

  @Test
  void aReferencedTokenBecomesASecretMountByNameOnly() throws IOException {
    Path app = app("@acme:registry=https://npm.acme.example/\n"
        + "//npm.acme.example/:_authToken=${NPM_TOKEN}\n");
    CliRun run = CliRun.of("convert", app.toString(), "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("--mount=type=secret,id=NPM_TOKEN,required=true"), run.out());
    assertTrue(run.out().contains("export NPM_TOKEN=\"$(cat /run/secrets/NPM_TOKEN)\""), run.out());
    assertFalse(run.out().matches("(?s).*(ARG|ENV) NPM_TOKEN.*"), run.out());
    assertTrue(run.out().contains("NPM_TOKEN:\n    environment: NPM_TOKEN"), run.out());
  }
}
