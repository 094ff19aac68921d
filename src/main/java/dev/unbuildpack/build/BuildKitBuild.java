package dev.unbuildpack.build;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Builds an image with BuildKit through the docker command-line client, because docker-java
 * cannot: BuildKit secrets travel over a session protocol docker-java does not implement. The
 * client's progress output (plain text, on stderr) goes line by line to a consumer; the image id
 * comes back through {@code --iidfile}. Secret values only ever sit in files the client reads.
 */
public final class BuildKitBuild {
  private final DockerCli cli;
  private final UnaryOperator<String> environment;

  public BuildKitBuild(DockerCli cli) {
    this(cli, System::getenv);
  }

  BuildKitBuild(DockerCli cli, UnaryOperator<String> environment) {
    this.cli = cli;
    this.environment = environment;
  }

  /** Runs the build and returns the image id ({@code sha256:...}). */
  public String build(BuildKitRequest request, Consumer<String> progress) {
    Path iidFile = tempFile();
    try (SecretFiles secrets = SecretFiles.resolve(request.secrets(), environment)) {
      List<String> command = command(cli.executable(), request, iidFile, secrets.byId());
      int exit =
          StreamedProcess.run(command, Map.of("DOCKER_BUILDKIT", "1"), progress, request.timeout());
      if (exit != 0) {
        throw failed(request, exit);
      }
      return Files.readString(iidFile).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the image id from " + iidFile, e);
    } finally {
      deleteQuietly(iidFile);
    }
  }

  /** The client's command line; secrets appear as id and file name only. */
  static List<String> command(
      Path docker, BuildKitRequest request, Path iidFile, Map<String, Path> secretFiles) {
    List<String> command = new ArrayList<>(List.of(
        docker.toString(), "build", "--progress=plain", "--iidfile", iidFile.toString()));
    for (SecretSource secret : request.secrets()) {
      command.add("--secret");
      command.add("id=" + secret.id() + ",src=" + secretFiles.get(secret.id()));
    }
    command.addAll(List.of(
        "-f", request.dockerfile().toString(),
        "-t", request.tag(),
        request.context().toString()));
    return command;
  }

  private static BadInputException failed(BuildKitRequest request, int exit) {
    return new BadInputException(
        "The image build failed (docker build exited with " + exit + ")",
        Location.of(request.dockerfile().toString()),
        "The build output above shows the step that failed and why.",
        List.of(
            "Fix the failing step in the Dockerfile, or the app files it uses, and build again.",
            "If a download failed, check the network and that the secrets it needs were given."));
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("unbuildpack-iid", ".txt");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover id file in the temp directory holds nothing sensitive.
    }
  }
}
