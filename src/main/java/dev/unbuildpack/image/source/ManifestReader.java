package dev.unbuildpack.image.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import dev.unbuildpack.common.UnbuildpackException;
import dev.unbuildpack.common.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which config and layers make up an image: {@code manifest.json} of {@code docker save}
 * (both the classic layout and the OCI layout newer engines write, which keeps manifest.json), or
 * {@code index.json} of an OCI image layout.
 *
 * <p>Nothing is taken on trust: every JSON document is read within {@link ReadLimit#IMAGE_JSON};
 * a blob named by digest (a descriptor, or a {@code blobs/sha256/…} or {@code HEX.json} name) must
 * have that digest, and a descriptor's size must be the blob's; an OCI layout must declare its
 * version in {@code oci-layout}; and a file holding several images needs the user's choice
 * ({@code :@N} or a tag), else it is a usage error listing them. Layers are checked against their
 * digests while {@code LayerReader} streams them.
 */
final class ManifestReader {
  private static final String LAYOUT_VERSION = "1.0.0";
  /** How Docker names a classic archive's config: its sha256 and ".json". */
  private static final Pattern CONFIG_BY_DIGEST = Pattern.compile("([a-f0-9]{64})\\.json");
  private static final Pattern BLOB_BY_DIGEST =
      Pattern.compile("blobs/(sha256|sha512)/([a-f0-9]{64}|[a-f0-9]{128})");

  private final BlobStore store;
  private final String image;
  private final String choice;
  private final boolean verifyLayers;

  /** @param verifyLayers false to leave layer digests unchecked (a spool the engine just wrote) */
  ManifestReader(BlobStore store, String image, String choice, boolean verifyLayers) {
    this.store = store;
    this.image = image;
    this.choice = choice;
    this.verifyLayers = verifyLayers;
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
    JsonNode manifest = json(blob("manifest.json", "manifest.json"), null);
    if (!manifest.isArray() || manifest.isEmpty()) {
      throw ImageErrors.malformed(
          image, "manifest.json", "Expected [{\"Config\": …, \"Layers\": […]}].");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode entry : manifest) {
      List<String> tags = new ArrayList<>();
      entry.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
      names.add(tags.isEmpty() ? "untagged" : String.join(", ", tags));
    }
    int chosen = choose(choice, names, i -> {
      for (JsonNode tag : manifest.get(i).path("RepoTags")) {
        if (tag.asText().equals(choice) || tag.asText().equals(choice + ":latest")) {
          return true;
        }
      }
      return false;
    }, "manifest.json");
    JsonNode entry = manifest.get(chosen);
    if (!entry.path("Config").isTextual() || !entry.path("Layers").isArray()) {
      throw ImageErrors.malformed(
          image, "manifest.json", "Expected [{\"Config\": …, \"Layers\": […]}].");
    }
    List<Blob> blobs = new ArrayList<>();
    List<String> blobDigests = new ArrayList<>();
    for (JsonNode layer : entry.path("Layers")) {
      Blob blob = blob(layer.asText(), "manifest.json");
      blobs.add(blob);
      blobDigests.add(digestOfName(blob.name()));
    }
    String configName = entry.path("Config").asText();
    byte[] config = bytes(blob(configName, "manifest.json"), digestOfName(configName));
    return new ImageManifest(image, config, layers(config, blobs, blobDigests,
        blobs.stream().map(Blob::name).toList()));
  }

  private ImageManifest readOciIndex() {
    requireLayoutVersion();
    JsonNode manifest = selectManifest(json(blob("index.json", "index.json"), null), "index.json",
        0, true);
    String manifestName = blobName(manifest, "index.json");
    JsonNode body = json(blob(manifestName, "index.json"), manifest);
    if (!body.path("config").path("digest").isTextual() || !body.path("layers").isArray()) {
      throw ImageErrors.malformed(image, manifestName, "Expected \"config\" and \"layers\".");
    }
    List<Blob> blobs = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (JsonNode layer : body.path("layers")) {
      Blob blob = blob(blobName(layer, manifestName), manifestName);
      requireDescribedSize(layer, blob, manifestName);
      digests.add(layer.path("digest").asText());
      blobs.add(blob);
    }
    JsonNode configDescriptor = body.path("config");
    Blob configBlob = blob(blobName(configDescriptor, manifestName), manifestName);
    requireDescribedSize(configDescriptor, configBlob, manifestName);
    byte[] config = bytes(configBlob, configDescriptor.path("digest").asText());
    return new ImageManifest(image, config, layers(config, blobs, digests, digests));
  }

  /** The OCI image layout's marker file, with the one version the specification defines. */
  private void requireLayoutVersion() {
    if (store.find("oci-layout").isEmpty()) {
      throw ImageErrors.malformed(image, "oci-layout", "An OCI image layout has an oci-layout"
          + " file declaring its version; this one has index.json but no oci-layout.");
    }
    JsonNode layout = json(blob("oci-layout", "oci-layout"), null);
    String version = layout.path("imageLayoutVersion").asText("");
    if (!version.equals(LAYOUT_VERSION)) {
      throw ImageErrors.malformed(image, "oci-layout", version.isEmpty()
          ? "It declares no imageLayoutVersion."
          : "Its imageLayoutVersion '" + version + "' is not " + LAYOUT_VERSION
              + ", the version this tool reads.");
    }
  }

  /**
   * Follows nested indexes to one image manifest. At the first index listing several images
   * (attestations aside), the user's choice picks one; without a choice that is a usage error.
   */
  private JsonNode selectManifest(JsonNode index, String where, int depth, boolean choiceUnused) {
    JsonNode all = index.path("manifests");
    if (!all.isArray() || depth > 4) {
      throw ImageErrors.malformed(image, where, "It lists no image manifest.");
    }
    List<JsonNode> images = new ArrayList<>();
    all.forEach(candidate -> {
      if (!isAttestation(candidate)) {
        images.add(candidate);
      }
    });
    if (images.isEmpty()) {
      throw ImageErrors.malformed(image, where, "It lists no image manifest.");
    }
    JsonNode chosen;
    boolean stillUnused = choiceUnused;
    if (images.size() == 1) {
      chosen = images.get(0);
    } else if (!choiceUnused) {
      // The user chose an image of a higher index; this one lists its platforms.
      chosen = images.stream().filter(ManifestReader::isLinuxAmd64).findFirst()
          .orElse(images.get(0));
    } else {
      chosen = images.get(choose(choice, images.stream().map(ManifestReader::describe).toList(),
          i -> choice != null && choice.equals(images.get(i).path("annotations")
              .path("org.opencontainers.image.ref.name").asText(null)), where));
      stillUnused = false;
    }
    String mediaType = chosen.path("mediaType").asText();
    if (mediaType.contains("index") || mediaType.contains("manifest.list")) {
      String nested = blobName(chosen, where);
      return selectManifest(json(blob(nested, where), chosen), nested, depth + 1, stillUnused);
    }
    return chosen;
  }

  private static boolean isLinuxAmd64(JsonNode descriptor) {
    JsonNode platform = descriptor.path("platform");
    return "linux".equals(platform.path("os").asText())
        && "amd64".equals(platform.path("architecture").asText());
  }

  /** Buildkit's provenance and SBOM manifests sit beside the image's; they are not images. */
  private static boolean isAttestation(JsonNode descriptor) {
    return "attestation-manifest".equals(
        descriptor.path("annotations").path("vnd.docker.reference.type").asText())
        || "unknown".equals(descriptor.path("platform").path("os").asText());
  }

  private static String describe(JsonNode descriptor) {
    List<String> parts = new ArrayList<>();
    String name = descriptor.path("annotations").path("org.opencontainers.image.ref.name")
        .asText("");
    if (!name.isEmpty()) {
      parts.add("tag " + name);
    }
    JsonNode platform = descriptor.path("platform");
    if (platform.isObject()) {
      parts.add(platform.path("os").asText("?") + "/" + platform.path("architecture").asText("?")
          + (platform.has("variant") ? "/" + platform.path("variant").asText() : ""));
    }
    parts.add(descriptor.path("digest").asText("no digest"));
    return String.join(", ", parts);
  }

  /** What the user asked for among several images: "@N", or the first that {@code named} takes. */
  private int choose(String choice, List<String> names, IntPredicate named, String where) {
    if (choice == null) {
      if (names.size() == 1) {
        return 0;
      }
      throw several(names, where, "It holds " + names.size() + " images; say which one to read.");
    }
    if (choice.startsWith("@")) {
      int index = Integer.parseInt(choice.substring(1));
      if (index < names.size()) {
        return index;
      }
      throw several(names, where, "It holds " + names.size() + " images; " + choice
          + " is not one of them.");
    }
    for (int i = 0; i < names.size(); i++) {
      if (named.test(i)) {
        return i;
      }
    }
    throw several(names, where, "None of its " + names.size() + " images is tagged '" + choice
        + "'.");
  }

  private UnbuildpackException several(List<String> names, String where, String why) {
    StringBuilder listed = new StringBuilder(why);
    for (int i = 0; i < names.size(); i++) {
      listed.append(i == 0 ? " " : "; ").append('@').append(i).append(": ").append(names.get(i));
    }
    String base = image.replaceFirst(":@[0-9]+$", "");
    return new UsageException("Choose one image of " + image, Location.of(where),
        listed + ".",
        List.of("Add ':@N' to the reference, e.g. " + base + ":@0, or ':TAG' with one of the tags"
            + " listed."));
  }

  private List<LayerBlob> layers(byte[] config, List<Blob> blobs, List<String> blobDigests,
      List<String> fallback) {
    JsonNode diffIds = parse(config, "the image config").path("rootfs").path("diff_ids");
    List<LayerBlob> layers = new ArrayList<>();
    for (int i = 0; i < blobs.size(); i++) {
      String diffId = diffIds.size() == blobs.size() ? diffIds.get(i).asText() : null;
      if (diffId != null && !Digests.VALID.matcher(diffId).matches()) {
        throw ImageErrors.malformed(image, "the image config",
            "rootfs.diff_ids[" + i + "] '" + diffId + "' is not a valid digest.");
      }
      layers.add(new LayerBlob(i, diffId != null ? diffId : fallback.get(i), blobs.get(i),
          verifyLayers ? blobDigests.get(i) : null, verifyLayers ? diffId : null));
    }
    return layers;
  }

  /** The digest a blob's name states ("blobs/sha256/HEX", Docker's "HEX.json"), or null. */
  private static String digestOfName(String name) {
    Matcher blob = BLOB_BY_DIGEST.matcher(name);
    if (blob.matches()) {
      return blob.group(1) + ":" + blob.group(2);
    }
    Matcher config = CONFIG_BY_DIGEST.matcher(name);
    return config.matches() ? "sha256:" + config.group(1) : null;
  }

  /** The path of the blob a descriptor points at, after checking its digest's form. */
  private String blobName(JsonNode descriptor, String where) {
    String digest = descriptor.path("digest").asText("");
    if (!Digests.VALID.matcher(digest).matches()) {
      throw ImageErrors.malformed(image, where, "'" + digest + "' is not a valid digest.");
    }
    return "blobs/" + digest.replace(':', '/');
  }

  /** A descriptor's size must be a whole number of bytes, and the blob's actual size. */
  private void requireDescribedSize(JsonNode descriptor, Blob blob, String where) {
    JsonNode size = descriptor.path("size");
    if (!size.canConvertToLong() || !size.isIntegralNumber() || size.asLong() < 0) {
      throw ImageErrors.malformed(image, where, "The descriptor of " + blob.name()
          + " has size '" + size + "'; a size is a whole number of bytes, 0 or more.");
    }
    if (size.asLong() != blob.size()) {
      throw ImageErrors.malformed(image, where, "The descriptor of " + blob.name() + " says "
          + size.asLong() + " bytes, but the blob has " + blob.size() + ".");
    }
  }

  private Blob blob(String name, String where) {
    if (name.startsWith("/") || name.contains("..")) {
      throw ImageErrors.malformed(image, where, "It refers to '" + name + "' outside the image.");
    }
    return store.find(name).orElseThrow(() -> ImageErrors.malformed(
        image, where, "It refers to '" + name + "', which the image does not contain."));
  }

  /** A JSON blob, checked against its descriptor (size and digest) when it has one. */
  private JsonNode json(Blob blob, JsonNode descriptor) {
    String digest = null;
    if (descriptor != null) {
      requireDescribedSize(descriptor, blob, blob.name());
      digest = descriptor.path("digest").asText();
    }
    return parse(bytes(blob, digest != null ? digest : digestOfName(blob.name())), blob.name());
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

  /** The blob's bytes within the limit for image JSON, checked against a digest if one is known. */
  private byte[] bytes(Blob blob, String digest) {
    String shown = image + "!" + blob.name();
    BoundedRead.requireSize(blob.size(), ReadLimit.IMAGE_JSON, shown);
    byte[] bytes;
    try (SeekableByteChannel channel = blob.open();
        InputStream in = Channels.newInputStream(channel)) {
      bytes = BoundedRead.bytes(in, ReadLimit.IMAGE_JSON, shown);
    } catch (IOException e) {
      throw ImageErrors.malformed(image, blob.name(), "It cannot be read: " + e.getMessage());
    }
    if (digest != null) {
      String actual = Digests.of(bytes, digest);
      if (!actual.equals(digest)) {
        throw ImageErrors.digestMismatch(image, blob.name(), digest, actual);
      }
    }
    return bytes;
  }
}
