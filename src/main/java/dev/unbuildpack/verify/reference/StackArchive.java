package dev.unbuildpack.verify.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Appends one layer to a {@code docker save} archive: the stack's layers are copied unchanged,
 * the config gains the layer's diff ID and a history line, and manifest.json names the new
 * config. Jib cannot add a layer that holds symbolic links (its layers are built from files it
 * reads through the links), and a slug's node_modules/.bin is made of them, so the slug goes in
 * this way and Jib builds the rest of the image on top.
 */
final class StackArchive {
  private static final String MANIFEST = "manifest.json";
  /** An OCI-layout save also has these; dropped, as the result is read through manifest.json. */
  private static final Set<String> OCI_INDEX = Set.of("index.json", "oci-layout");
  private static final String LAYER_NAME = "slug/layer.tar";

  private StackArchive() {}

  static void withLayer(Path stack, String stackShown, Path layer, String createdBy, Path out)
      throws IOException {
    JsonNode manifest = manifest(stack, stackShown);
    String configName = manifest.path("Config").asText("");
    String diffId = "sha256:" + sha256(layer);
    byte[] config = null;
    try (TarArchiveInputStream in = open(stack);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(
            new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (name.equals(configName)) {
          config = BoundedRead.bytes(in, ReadLimit.IMAGE_JSON, stackShown + ": " + name);
        } else if (!name.equals(MANIFEST) && !OCI_INDEX.contains(name)) {
          tar.putArchiveEntry(entry);
          in.transferTo(tar);
          tar.closeArchiveEntry();
        }
      }
      if (config == null) {
        throw notAnArchive(stackShown, "Its manifest.json names the config " + configName
            + ", which the archive does not hold.");
      }
      byte[] newConfig = Json.mapper().writeValueAsBytes(
          withDiffId(Json.mapper().readTree(config), diffId, createdBy));
      String newConfigName = sha256(newConfig) + ".json";
      member(tar, newConfigName, newConfig);
      TarArchiveEntry layerEntry = new TarArchiveEntry(LAYER_NAME);
      layerEntry.setSize(Files.size(layer));
      tar.putArchiveEntry(layerEntry);
      Files.copy(layer, tar);
      tar.closeArchiveEntry();
      ObjectNode image = ((ObjectNode) manifest.deepCopy()).put("Config", newConfigName);
      image.remove("RepoTags");
      ((ArrayNode) image.withArray("Layers")).add(LAYER_NAME);
      member(tar, MANIFEST, Json.mapper().writeValueAsBytes(List.of(image)));
      tar.finish();
    }
  }

  private static JsonNode withDiffId(JsonNode config, String diffId, String createdBy) {
    ObjectNode root = (ObjectNode) config;
    root.with("rootfs").put("type", "layers");
    ((ArrayNode) root.with("rootfs").withArray("diff_ids")).add(diffId);
    root.withArray("history").addObject().put("created_by", createdBy);
    return root;
  }

  /** The first image of the archive's manifest.json (a save of one image has one). */
  private static JsonNode manifest(Path stack, String shown) throws IOException {
    try (TarArchiveInputStream in = open(stack)) {
      for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(MANIFEST)) {
          JsonNode manifest = Json.mapper().readTree(
              BoundedRead.bytes(in, ReadLimit.IMAGE_JSON, shown + ": " + MANIFEST));
          if (manifest.isArray() && manifest.size() > 0 && manifest.get(0).isObject()
              && manifest.get(0).path("Layers").isArray()) {
            return manifest.get(0);
          }
          throw notAnArchive(shown, "Its manifest.json lists no image.");
        }
      }
    }
    throw notAnArchive(shown, "It has no manifest.json.");
  }

  private static TarArchiveInputStream open(Path tar) throws IOException {
    return new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar), 1 << 16));
  }

  private static void member(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static BadInputException notAnArchive(String shown, String why) {
    return new BadInputException("Cannot use " + shown + " as the stack image",
        Location.of(shown), why,
        List.of("Name an image the engine has, or a 'docker save' tar as docker-archive:PATH."));
  }
}
