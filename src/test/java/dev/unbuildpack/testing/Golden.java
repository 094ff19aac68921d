package dev.unbuildpack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. The expected file is compared byte for byte; with
 * {@code -Dgolden.update=true} it is (re)written instead, so changes show up in the diff for
 * review.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** The project root (where pom.xml is), for locating fixtures/. */
  public static Path projectDir() {
    return Path.of(System.getProperty("unbuildpack.projectDir", ".")).toAbsolutePath().normalize();
  }

  public static void assertMatches(Path expectedFile, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(
          Files.exists(expectedFile),
          "missing golden file " + expectedFile + "; run with -Dgolden.update=true to create it");
      assertEquals(
          Files.readString(expectedFile, StandardCharsets.UTF_8),
          actual,
          "output differs from " + expectedFile + " (rerun with -Dgolden.update=true if intended)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
