package dev.unbuildpack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.detect.Detector;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.rules.ImageReleases;
import dev.unbuildpack.rules.node.RegistryReleases;
import dev.unbuildpack.rules.node.ReleaseList;
import dev.unbuildpack.rules.node.ReleaseListToml;
import dev.unbuildpack.rules.node.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refreshes every release list from the npm registry, and the Debian releases of each
 * ecosystem's official image from docker-library/official-images, and writes them into a data
 * folder, all or none: a list that fails to download or to validate leaves every file as it was.
 */
final class ReleaseUpdate {
  // The registry's abbreviated documents hold versions and dist-tags only; npm's is ~3 MB.
  private static final String ABBREVIATED = "application/vnd.npm.install-v1+json";
  private static final long MAX_BYTES = 64L << 20;

  private final String registry;
  private final String officialImages;
  private final LocalDate today;
  private final List<ImageReleases> images = new ArrayList<>();

  /** @param officialImages the folder of the official-images library files (".../library/") */
  ReleaseUpdate(String registry, String officialImages, LocalDate today) {
    this.registry = registry.endsWith("/") ? registry : registry + "/";
    this.officialImages = officialImages.endsWith("/") ? officialImages : officialImages + "/";
    this.today = today;
  }

  /** The image lists the last {@link #run} wrote. */
  List<ImageReleases> images() {
    return List.copyOf(images);
  }

  /** Downloads and validates every list, writes them under {@code dataDir}; returns them. */
  Map<ReleaseList.Tool, ReleaseList> run(Path dataDir, Releases current) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    Map<ReleaseList.Tool, ReleaseList> lists = new LinkedHashMap<>();
    Map<Path, String> files = new LinkedHashMap<>();
    for (ReleaseList.Tool tool : ReleaseList.Tool.values()) {
      JsonNode document = download(http, tool);
      ReleaseList list = RegistryReleases.from(tool, document, current.of(tool), today);
      List<String> problems = list.problems();
      if (!problems.isEmpty()) {
        throw new EnvironmentException("The registry's " + tool.registryPackage()
            + " versions do not make a valid release list", String.join("; ", problems),
            List.of("Try again later; nothing was written."), null);
      }
      lists.put(tool, list);
      files.put(Releases.file(dataDir, tool), ReleaseListToml.write(tool, list));
    }
    images.clear();
    for (Detector detector : Detectors.all()) {
      Optional<ImageReleases> inUse = ImageReleases.preferring(detector.id(), dataDir);
      if (inUse.isEmpty()) {
        continue;
      }
      URI uri = URI.create(officialImages + inUse.get().image());
      ImageReleases list = inUse.get().withLibrary(
          new String(fetch(http, uri, "text/plain"), StandardCharsets.UTF_8), uri.toString(), today);
      if (!list.problems().isEmpty()) {
        throw new EnvironmentException(uri + " does not make a valid image list",
            String.join("; ", list.problems()), List.of("Try again later; nothing was written."),
            null);
      }
      images.add(list);
      files.put(ImageReleases.file(dataDir, detector.id()), list.toToml());
    }
    AtomicWriter.forOutputDirectory(true).writeAll(files);
    return lists;
  }

  private JsonNode download(HttpClient http, ReleaseList.Tool tool) {
    URI uri = URI.create(registry + tool.registryPackage().replace("/", "%2F"));
    try {
      return Json.readTree(fetch(http, uri, ABBREVIATED));
    } catch (IOException e) {
      throw unreachable(uri, e.getMessage(), e);
    }
  }

  /** The body of a GET, at most MAX_BYTES. */
  private static byte[] fetch(HttpClient http, URI uri, String accept) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
        .header("Accept", accept).GET().build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw unreachable(uri, "HTTP " + response.statusCode(), null);
        }
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw unreachable(uri, "the document is larger than " + (MAX_BYTES >> 20) + " MB",
              null);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw unreachable(uri, e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(uri, "interrupted", e);
    }
  }

  private static EnvironmentException unreachable(URI uri, String why, Throwable cause) {
    return new EnvironmentException("Cannot read " + uri, why, List.of(
        "Check the network, or pass --registry URL for a mirror of the npm registry and"
            + " --official-images URL for one of docker-library/official-images' library folder.",
        "Nothing was written; the release lists in use stay as they were."), cause);
  }
}
