package dev.unbuildpack.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a BuildKit secret's value comes from. Only the id and the source's name are ever shown;
 * the value is read by the docker client from a file and never passes through a command line.
 */
public sealed interface SecretSource {
  /** The id a Dockerfile mounts it by: {@code RUN --mount=type=secret,id=<id>}. */
  String id();

  /** A file whose content is the secret, such as a CA bundle. */
  record FromFile(String id, Path file) implements SecretSource {
    public FromFile {
      checkId(id);
      Objects.requireNonNull(file, "file");
    }
  }

  /** An environment variable of this process whose value is the secret, such as a token. */
  record FromEnv(String id, String variable) implements SecretSource {
    public FromEnv {
      checkId(id);
      Objects.requireNonNull(variable, "variable");
    }
  }

  /** The docker client splits --secret on ',' and '='; an id with either would be misread. */
  Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_.-]+");

  private static void checkId(String id) {
    if (id == null || !VALID_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("secret id must match " + VALID_ID + ": " + id);
    }
  }
}
