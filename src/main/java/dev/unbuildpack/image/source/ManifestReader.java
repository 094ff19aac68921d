package dev.unbuildpack.image.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads which config and layers make up an image: {@code manifest.json} of {@code docker save}
 * (both the classic layout and the OCI layout newer engines write, which keeps manifest.json), or
 * {@code index.json} of an OCI image layout.
 */
final class ManifestReader {
  /** Manifests and configs are small; anything bigger is not one. */
  private static final long MAX_JSON = 16L << 20;

  private static final Pattern DIGEST = Pattern.compile("(sha256|sha512):[a-f0-9]{32,128}");

  private final BlobStore store;
  private final String image;

  ManifestReader(BlobStore store, String image) {
    this.store = store;
    this.image = image;
  }

  ImageManifest read() {
    if (store.find("manifest.json").isPresent()) {
      return readDockerManifest();
    }
    if (store.find("index.json").isPresent()) {
      return readOciIndex();
    }
    throw ImageErrors.malformed(
        image, image, "It has neither manifest.json (docker save) nor index.json (OCI layout).");
  }

  private ImageManifest readDockerManifest() {
    JsonNode manifest = json("manifest.json");
    JsonNode first = manifest.path(0);
    if (!manifest.isArray() || !first.path("Config").isTextual()
        || !first.path("Layers").isArray()) {
      throw ImageErrors.malformed(
          image, "manifest.json", "Expected [{\"Config\": …, \"Layers\": […]}].");
    }
    List<Blob> blobs = new ArrayList<>();
    for (JsonNode layer : first.path("Layers")) {
      blobs.add(blob(layer.asText(), "manifest.json"));
    }
    byte[] config = bytes(blob(first.path("Config").asText(), "manifest.json"));
    return new ImageManifest(image, config, layers(config, blobs, blobs.stream()
        .map(Blob::name).toList()));
  }

  private ImageManifest readOciIndex() {
    JsonNode manifest = selectManifest(json("index.json"), "index.json", 0);
    String manifestName = blobName(manifest.path("digest").asText(), "index.json");
    JsonNode body = json(manifestName);
    if (!body.path("config").path("digest").isTextual() || !body.path("layers").isArray()) {
      throw ImageErrors.malformed(image, manifestName, "Expected \"config\" and \"layers\".");
    }
    List<Blob> blobs = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (JsonNode layer : body.path("layers")) {
      digests.add(layer.path("digest").asText());
      blobs.add(blob(blobName(layer.path("digest").asText(), manifestName), manifestName));
    }
    String configName = blobName(body.path("config").path("digest").asText(), manifestName);
    byte[] config = bytes(blob(configName, manifestName));
    return new ImageManifest(image, config, layers(config, blobs, digests));
  }

  /** Follows nested indexes to one image manifest, preferring linux/amd64. */
  private JsonNode selectManifest(JsonNode index, String where, int depth) {
    JsonNode manifests = index.path("manifests");
    if (!manifests.isArray() || manifests.isEmpty() || depth > 4) {
      throw ImageErrors.malformed(image, where, "It lists no image manifest.");
    }
    JsonNode chosen = manifests.get(0);
    for (JsonNode candidate : manifests) {
      JsonNode platform = candidate.path("platform");
      if ("linux".equals(platform.path("os").asText())
          && "amd64".equals(platform.path("architecture").asText())) {
        chosen = candidate;
        break;
      }
    }
    String mediaType = chosen.path("mediaType").asText();
    if (mediaType.contains("index") || mediaType.contains("manifest.list")) {
      String nested = blobName(chosen.path("digest").asText(), where);
      return selectManifest(json(nested), nested, depth + 1);
    }
    return chosen;
  }

  private List<LayerBlob> layers(byte[] config, List<Blob> blobs, List<String> fallback) {
    JsonNode diffIds = parse(config, "the image config").path("rootfs").path("diff_ids");
    List<LayerBlob> layers = new ArrayList<>();
    for (int i = 0; i < blobs.size(); i++) {
      String digest = diffIds.size() == blobs.size() ? diffIds.get(i).asText() : fallback.get(i);
      layers.add(new LayerBlob(i, digest, blobs.get(i)));
    }
    return layers;
  }

  private String blobName(String digest, String where) {
    if (!DIGEST.matcher(digest).matches()) {
      throw ImageErrors.malformed(image, where, "'" + digest + "' is not a valid digest.");
    }
    return "blobs/" + digest.replace(':', '/');
  }

  private Blob blob(String name, String where) {
    if (name.startsWith("/") || name.contains("..")) {
      throw ImageErrors.malformed(image, where, "It refers to '" + name + "' outside the image.");
    }
    return store.find(name).orElseThrow(() -> ImageErrors.malformed(
        image, where, "It refers to '" + name + "', which the image does not contain."));
  }

  private JsonNode json(String name) {
    return parse(bytes(blob(name, name)), name);
  }

  private JsonNode parse(byte[] bytes, String name) {
    try {
      return Json.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ImageErrors.malformed(image, name, "It is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ImageErrors.malformed(image, name, "It cannot be read: " + e.getMessage());
    }
  }

  private byte[] bytes(Blob blob) {
    if (blob.size() > MAX_JSON) {
      throw ImageErrors.malformed(image, blob.name(), "It is " + blob.size()
          + " bytes; a manifest or config is at most " + MAX_JSON + ".");
    }
    try (SeekableByteChannel channel = blob.open();
        InputStream in = Channels.newInputStream(channel)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw ImageErrors.malformed(image, blob.name(), "It cannot be read: " + e.getMessage());
    }
  }
}
