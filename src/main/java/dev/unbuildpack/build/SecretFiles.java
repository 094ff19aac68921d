package dev.unbuildpack.build;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The file behind each secret, for {@code docker build --secret id=ID,src=FILE}. A secret taken
 * from the environment is written to a file only its owner can read, inside a directory only its
 * owner can enter, and both are deleted on {@link #close()}.
 */
final class SecretFiles implements AutoCloseable {
  private final Map<String, Path> byId = new LinkedHashMap<>();
  private final List<Path> written = new ArrayList<>();
  private final Path tempRoot;
  private Path privateDir;

  private SecretFiles(Path tempRoot) {
    this.tempRoot = tempRoot;
  }

  /** Resolves every secret; {@code environment} looks a variable up (System::getenv in use). */
  static SecretFiles resolve(List<SecretSource> secrets, UnaryOperator<String> environment) {
    return resolve(secrets, environment, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** As {@link #resolve(List, UnaryOperator)}, with the private directory under tempRoot. */
  static SecretFiles resolve(
      List<SecretSource> secrets, UnaryOperator<String> environment, Path tempRoot) {
    SecretFiles files = new SecretFiles(tempRoot);
    try {
      for (SecretSource secret : secrets) {
        files.byId.put(secret.id(), files.fileFor(secret, environment));
      }
      return files;
    } catch (RuntimeException e) {
      files.close();
      throw e;
    }
  }

  /** Secret id to the file holding its value, in the order the secrets were given. */
  Map<String, Path> byId() {
    return Map.copyOf(byId);
  }

  private Path fileFor(SecretSource secret, UnaryOperator<String> environment) {
    if (secret instanceof SecretSource.FromFile fromFile) {
      return readableFile(fromFile);
    }
    SecretSource.FromEnv fromEnv = (SecretSource.FromEnv) secret;
    String value = environment.apply(fromEnv.variable());
    if (value == null) {
      throw new EnvironmentException(
          "Build secret '" + fromEnv.id() + "' has no value",
          "It comes from the environment variable " + fromEnv.variable() + ", which is not set.",
          List.of("Set " + fromEnv.variable() + " in the environment of this command."),
          null);
    }
    return writePrivately(value);
  }

  private static Path readableFile(SecretSource.FromFile secret) {
    Path file = secret.file().toAbsolutePath();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new BadInputException(
          "Build secret '" + secret.id() + "' cannot be read",
          Location.of(file.toString()),
          "The file does not exist or is not readable.",
          List.of("Point the secret at a readable file."));
    }
    return file;
  }

  private Path writePrivately(String value) {
    try {
      if (privateDir == null) {
        privateDir = Files.createTempDirectory(tempRoot, "unbuildpack-secrets",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      Path file = Files.createTempFile(privateDir, "secret", "",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      written.add(file);
      Files.writeString(file, value, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary secret file", e);
    }
  }

  @Override
  public void close() {
    for (Path file : written) {
      deleteQuietly(file);
    }
    if (privateDir != null) {
      deleteQuietly(privateDir);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Best effort: the directory is private to this user and lives in the temp directory.
    }
  }
}
