package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.UnbuildpackException;
import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.image.TestArchive.Compression;
import dev.unbuildpack.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Blobs are checked against their digests and sizes; layouts and image choices are explicit. */
class ImageVerificationTest {
  @TempDir Path temp;

  private Path layout(Compression compression) {
    return new TestArchive().layer(compression, l -> l.file("app/server.js", "console.log(1)\n"))
        .writeOciLayout(temp.resolve("oci"));
  }

  @ParameterizedTest
  @EnumSource(value = Compression.class, names = {"NONE", "GZIP"})
  void aLayerWhoseBytesDoNotMatchItsDigestIsRefusedNamingTheBlob(Compression compression)
      throws IOException {
    Path oci = layout(compression);
    ObjectNode manifest = (ObjectNode) manifest(oci);
    String layer = manifest.path("layers").get(0).path("digest").asText();
    Path blob = oci.resolve("blobs/" + layer.replace(':', '/'));
    byte[] bytes = Files.readAllBytes(blob);
    if (compression == Compression.NONE) {
      bytes[bytes.length - 3] ^= 1; // same size, other content (inside the tar's end padding)
    } else {
      // Valid gzip with the same tar inside (an empty member appended): only the digest tells.
      byte[] empty = TestArchive.compress(new byte[0], Compression.GZIP);
      byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + empty.length);
      System.arraycopy(empty, 0, longer, bytes.length, empty.length);
      bytes = longer;
      ((ObjectNode) manifest.path("layers").get(0)).put("size", bytes.length);
      rewriteManifest(oci, manifest);
    }
    Files.write(blob, bytes);

    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("oci:" + oci));

    assertTrue(e.title().endsWith("blob blobs/" + layer.replace(':', '/')
        + " does not match its digest"), e.title());
    assertTrue(e.why().orElseThrow().startsWith("The image names it " + layer), e.why().get());
  }

  @Test
  void aConfigWhoseBytesDoNotMatchItsDigestIsRefused() throws IOException {
    Path oci = layout(Compression.NONE);
    String config = manifest(oci).path("config").path("digest").asText();
    Path blob = oci.resolve("blobs/" + config.replace(':', '/'));
    String text = Files.readString(blob).replace("amd64", "arm64");
    Files.writeString(blob, text);

    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("oci:" + oci));
    assertTrue(e.title().contains("blob blobs/" + config.replace(':', '/')), e.title());
  }

  @Test
  void aDescriptorWithANegativeOrWrongSizeIsRefused() throws IOException {
    for (long size : new long[] {-1, 1L << 40}) {
      Path oci = layout(Compression.NONE);
      ObjectNode manifest = (ObjectNode) manifest(oci);
      ((ObjectNode) manifest.path("layers").get(0)).put("size", size);
      rewriteManifest(oci, manifest);

      BadInputException e = assertThrows(BadInputException.class,
          () -> Inventories.read("oci:" + oci));
      assertTrue(e.why().orElseThrow().contains(size < 0 ? "has size '-1'" : "says " + size),
          e.why().get());
      deleteTree(oci);
    }
  }

  @Test
  void anOciLayoutNeedsItsVersionFile() throws IOException {
    Path oci = layout(Compression.NONE);
    Files.delete(oci.resolve("oci-layout"));
    BadInputException missing = assertThrows(BadInputException.class,
        () -> Inventories.read("oci:" + oci));
    assertTrue(missing.why().orElseThrow().contains("no oci-layout"), missing.why().get());

    Files.writeString(oci.resolve("oci-layout"), "{\"imageLayoutVersion\":\"2.0.0\"}");
    BadInputException unknown = assertThrows(BadInputException.class,
        () -> Inventories.read("oci:" + oci));
    assertTrue(unknown.why().orElseThrow().contains("'2.0.0' is not 1.0.0"), unknown.why().get());
  }

  @Test
  void severalImagesNeedAChoiceAndTheChoiceIsHonoured() throws IOException {
    Path oci = layout(Compression.NONE);
    ObjectNode index = (ObjectNode) Json.readTree(Files.readString(oci.resolve("index.json")));
    ArrayNode manifests = (ArrayNode) index.path("manifests");
    ObjectNode second = manifests.get(0).deepCopy();
    ((ObjectNode) manifests.get(0)).putObject("annotations")
        .put("org.opencontainers.image.ref.name", "1.0");
    second.putObject("annotations").put("org.opencontainers.image.ref.name", "2.0");
    manifests.add(second);
    Files.writeString(oci.resolve("index.json"), Json.write(index));

    UnbuildpackException e = assertThrows(UsageException.class,
        () -> Inventories.read("oci:" + oci));
    assertEquals(2, e.exitCode());
    assertTrue(e.why().orElseThrow().contains("It holds 2 images; say which one to read. @0: tag"
        + " 1.0, "), e.why().get());
    assertTrue(e.why().get().contains("; @1: tag 2.0, "), e.why().get());

    Inventory byIndex = Inventories.read("oci:" + oci + ":@1");
    Inventory byTag = Inventories.read("oci:" + oci + ":2.0");
    assertEquals(byIndex.layers(), byTag.layers());
    assertThrows(UsageException.class, () -> Inventories.read("oci:" + oci + ":@2"));
    assertThrows(UsageException.class, () -> Inventories.read("oci:" + oci + ":3.0"));

    CliRun run = CliRun.of("inventory", "oci:" + oci);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("error: Choose one image of oci:" + oci + "\n"), run.err());
    assertTrue(run.err().contains(":@0"), run.err());
  }

  @Test
  void aDockerArchiveStillReadsAndAnAlteredMemberIsRefused() throws IOException {
    Path tar = new TestArchive().layer(l -> l.file("app/a", "aaaa"))
        .writeDockerArchive(temp.resolve("a.tar"));
    assertEquals(1, Inventories.read("docker-archive:" + tar).layers().size());

    byte[] bytes = Files.readAllBytes(tar);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("aaaa");
    bytes[at] = 'b';
    Files.write(tar, bytes);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("docker-archive:" + tar));
    assertTrue(e.title().contains("does not match its digest"), e.title());
  }

  private static JsonNode manifest(Path oci) throws IOException {
    JsonNode index = Json.readTree(Files.readString(oci.resolve("index.json")));
    String digest = index.path("manifests").get(0).path("digest").asText();
    return Json.readTree(Files.readString(oci.resolve("blobs/" + digest.replace(':', '/'))));
  }

  /** Writes a new manifest blob and points index.json at it, digest and size correct. */
  private static void rewriteManifest(Path oci, JsonNode manifest) throws IOException {
    byte[] bytes = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
    String digest = TestArchive.sha256(bytes);
    Files.write(oci.resolve("blobs/sha256/" + digest), bytes);
    ObjectNode index = (ObjectNode) Json.readTree(Files.readString(oci.resolve("index.json")));
    ((ObjectNode) index.path("manifests").get(0)).put("digest", "sha256:" + digest)
        .put("size", bytes.length);
    Files.writeString(oci.resolve("index.json"), Json.write(index));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void anArchiveOfMoreMembersThanAnImageHoldsIsRefusedBeforeItFillsMemory(@TempDir Path dir)
      throws IOException {
    Path tar = dir.resolve("many.tar");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        new java.io.BufferedOutputStream(Files.newOutputStream(tar)))) {
      for (int i = 0; i <= 100_000; i++) {
        out.putArchiveEntry(new org.apache.commons.compress.archivers.tar.TarArchiveEntry("f" + i));
        out.closeArchiveEntry();
      }
    }
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("docker-archive:" + tar));
    assertTrue(e.why().orElse("").contains("more than 100000 members"), e.why().orElse(""));
  }
}
