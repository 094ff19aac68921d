package dev.unbuildpack.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One BuildKit build: the context directory, the Dockerfile (anywhere, usually inside the
 * context), the tag to give the image, the secrets to mount, and how long it may take at most.
 */
public record BuildKitRequest(
    Path context, Path dockerfile, String tag, List<SecretSource> secrets, Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  public BuildKitRequest {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(dockerfile, "dockerfile");
    Objects.requireNonNull(tag, "tag");
    secrets = List.copyOf(secrets);
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    if (secrets.stream().map(SecretSource::id).distinct().count() != secrets.size()) {
      throw new IllegalArgumentException("secret ids must be unique: " + secrets);
    }
  }

  /** A build of {@code context/Dockerfile} with no secrets and the default timeout. */
  public static BuildKitRequest of(Path context, String tag) {
    return new BuildKitRequest(context, context.resolve("Dockerfile"), tag, List.of(), null);
  }

  public BuildKitRequest withSecrets(List<SecretSource> more) {
    return new BuildKitRequest(context, dockerfile, tag, more, timeout);
  }
}
