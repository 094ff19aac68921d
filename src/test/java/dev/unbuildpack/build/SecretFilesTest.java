package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {
  private static final String TOKEN = "npm_s3cr3t-value";

  @Test
  void writesAnEnvironmentSecretToAFileOnlyItsOwnerCanReadAndDeletesItOnClose() throws Exception {
    Map<String, String> environment = Map.of("NPM_TOKEN", TOKEN);
    Path file;
    try (SecretFiles files = SecretFiles.resolve(
        List.of(new SecretSource.FromEnv("npm", "NPM_TOKEN")), environment::get)) {
      file = files.byId().get("npm");
      assertEquals(TOKEN, Files.readString(file));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals("rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }
    assertFalse(Files.exists(file));
    assertFalse(Files.exists(file.getParent()));
  }

  @Test
  void passesAFileSecretThroughWithoutCopyingIt(@TempDir Path dir) throws Exception {
    Path bundle = Files.writeString(dir.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----");

    try (SecretFiles files = SecretFiles.resolve(
        List.of(new SecretSource.FromFile("extra-ca", bundle)), name -> null)) {
      assertEquals(Map.of("extra-ca", bundle.toAbsolutePath()), files.byId());
    }
    assertTrue(Files.exists(bundle), "the user's file must survive close()");
  }

  @Test
  void anUnsetVariableIsAnEnvironmentProblemNamingTheVariable() {
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> SecretFiles.resolve(
        List.of(new SecretSource.FromEnv("npm", "NPM_TOKEN")), name -> null));

    assertEquals(ExitCode.ENVIRONMENT, e.exitCode());
    assertEquals("Build secret 'npm' has no value", e.title());
    assertTrue(e.why().orElseThrow().contains("NPM_TOKEN"));
  }

  @Test
  void aMissingSecretFileIsBadInputAndRemovesSecretsAlreadyWritten(@TempDir Path dir)
      throws Exception {
    Path missing = dir.resolve("nope.crt");
    Path tempRoot = Files.createDirectory(dir.resolve("tmp"));

    BadInputException e = assertThrows(BadInputException.class, () -> SecretFiles.resolve(
        List.of(new SecretSource.FromEnv("npm", "T"), new SecretSource.FromFile("ca", missing)),
        Map.of("T", TOKEN)::get, tempRoot));

    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals(missing.toString(), e.location().orElseThrow().file());
    try (var left = Files.list(tempRoot)) {
      assertEquals(List.of(), left.toList(), "the env secret's file must be gone");
    }
  }
}
