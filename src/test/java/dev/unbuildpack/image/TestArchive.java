package dev.unbuildpack.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unbuildpack.common.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

/**
 * Builds small image archives byte by byte with commons-compress, including the shapes Jib
 * cannot make (symlinks, whiteouts, hostile entries, zstd, the OCI layout of newer engines).
 */
final class TestArchive {
  enum Compression {
    NONE,
    GZIP,
    ZSTD
  }

  /** One layer's tar entries. */
  static final class Layer {
    private final List<TarArchiveEntry> entries = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    Layer file(String path, String content) {
      return file(path, content.getBytes(StandardCharsets.UTF_8), 0644);
    }

    Layer file(String path, byte[] content, int mode) {
      TarArchiveEntry entry = new TarArchiveEntry(path, true);
      entry.setSize(content.length);
      entry.setMode(mode);
      return add(entry, content);
    }

    Layer dir(String path) {
      TarArchiveEntry entry = new TarArchiveEntry(path + "/", true);
      entry.setMode(0755);
      return add(entry, new byte[0]);
    }

    Layer symlink(String path, String target) {
      TarArchiveEntry entry = new TarArchiveEntry(path, TarArchiveEntry.LF_SYMLINK, true);
      entry.setLinkName(target);
      return add(entry, new byte[0]);
    }

    Layer hardlink(String path, String target) {
      TarArchiveEntry entry = new TarArchiveEntry(path, TarArchiveEntry.LF_LINK, true);
      entry.setLinkName(target);
      return add(entry, new byte[0]);
    }

    /** A raw entry, for hostile shapes; content may be shorter than the declared size. */
    Layer raw(TarArchiveEntry entry, byte[] content) {
      return add(entry, content);
    }

    private Layer add(TarArchiveEntry entry, byte[] content) {
      entry.setModTime(0); // reproducible digests
      entries.add(entry);
      contents.add(content);
      return this;
    }

    /** The layer tar; an entry whose content is shorter than its size ends it, truncated. */
    byte[] tar() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, 512);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (int i = 0; i < entries.size(); i++) {
          TarArchiveEntry entry = entries.get(i);
          if (contents.get(i).length != entry.getSize()) {
            tar.flush();
            byte[] header = new byte[512];
            entry.writeEntryHeader(header,
                org.apache.commons.compress.archivers.zip.ZipEncodingHelper.getZipEncoding("UTF-8"),
                true);
            bytes.write(header);
            bytes.write(contents.get(i));
            return bytes.toByteArray();
          }
          tar.putArchiveEntry(entry);
          tar.write(contents.get(i));
          tar.closeArchiveEntry();
        }
        tar.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }

  /** One layer holding a root-filesystem fixture folder, symlinks and exec bits kept. */
  TestArchive rootfs(Path root) {
    return rootfs(root, Compression.NONE);
  }

  /** As {@link #rootfs(Path)}, with the layer compressed. */
  TestArchive rootfs(Path root, Compression compression) {
    return layer(compression, l -> {
      try (var walk = Files.walk(root)) {
        for (Path p : walk.sorted().toList()) {
          String name = root.relativize(p).toString();
          if (name.isEmpty()) {
            continue;
          }
          if (Files.isSymbolicLink(p)) {
            l.symlink(name, Files.readSymbolicLink(p).toString());
          } else if (Files.isDirectory(p)) {
            l.dir(name);
          } else {
            l.file(name, Files.readAllBytes(p), Files.isExecutable(p) ? 0755 : 0644);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private final List<Layer> layers = new ArrayList<>();
  private final List<Compression> compressions = new ArrayList<>();
  private Consumer<ObjectNode> configEditor = c -> { };

  TestArchive layer(Compression compression, Consumer<Layer> fill) {
    Layer layer = new Layer();
    fill.accept(layer);
    layers.add(layer);
    compressions.add(compression);
    return this;
  }

  TestArchive layer(Consumer<Layer> fill) {
    return layer(Compression.NONE, fill);
  }

  /** Edits the "config" object of the image config (Env, User, ...). */
  TestArchive config(Consumer<ObjectNode> editor) {
    this.configEditor = editor;
    return this;
  }

  /** A classic {@code docker save} tar: ID/layer.tar members, manifest.json written last. */
  Path writeDockerArchive(Path out) {
    List<String[]> members = new ArrayList<>();
    List<String> layerNames = new ArrayList<>();
    List<String> diffIds = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      byte[] tar = layers.get(i).tar();
      diffIds.add("sha256:" + sha256(tar));
      String name = sha256(tar) + "/layer.tar";
      layerNames.add(name);
      members.add(new String[] {name});
      write(out.resolveSibling(out.getFileName() + ".tmp" + i), compress(tar, compressions.get(i)));
    }
    byte[] config = config(diffIds);
    String configName = sha256(config) + ".json";
    ArrayNode manifest = Json.mapper().createArrayNode();
    ObjectNode image = manifest.addObject();
    image.put("Config", configName);
    image.putArray("RepoTags").add("unbuildpack-test/archive:latest");
    ArrayNode layerArray = image.putArray("Layers");
    layerNames.forEach(layerArray::add);
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(out))) {
      for (int i = 0; i < layers.size(); i++) {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp" + i);
        member(tar, layerNames.get(i), Files.readAllBytes(tmp));
        Files.delete(tmp);
      }
      member(tar, configName, config);
      member(tar, "manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The layout newer engines (25+) write from {@code docker save}: an OCI layout (oci-layout,
   * index.json, blobs/sha256/…) that still carries a manifest.json pointing into blobs/.
   */
  Path writeOciArchive(Path out) {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(out))) {
      OciBlobs blobs = ociBlobs();
      for (var blob : blobs.blobs) {
        member(tar, "blobs/sha256/" + blob[0], decodeHex(blob[1]));
      }
      member(tar, "oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes());
      member(tar, "index.json", blobs.index);
      ArrayNode manifest = Json.mapper().createArrayNode();
      ObjectNode image = manifest.addObject();
      image.put("Config", "blobs/sha256/" + blobs.configDigest);
      ArrayNode layerArray = image.putArray("Layers");
      blobs.layerDigests.forEach(d -> layerArray.add("blobs/sha256/" + d));
      member(tar, "manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An OCI image layout directory. */
  Path writeOciLayout(Path dir) {
    OciBlobs blobs = ociBlobs();
    for (var blob : blobs.blobs) {
      write(dir.resolve("blobs/sha256/" + blob[0]), decodeHex(blob[1]));
    }
    write(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes());
    write(dir.resolve("index.json"), blobs.index);
    return dir;
  }

  private record OciBlobs(List<String[]> blobs, byte[] index, String configDigest,
      List<String> layerDigests) {}

  private OciBlobs ociBlobs() {
    List<String[]> blobs = new ArrayList<>();
    List<String> diffIds = new ArrayList<>();
    List<String> layerDigests = new ArrayList<>();
    ObjectNode manifest = Json.mapper().createObjectNode();
    manifest.put("schemaVersion", 2);
    manifest.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
    ArrayNode layerArray = manifest.putArray("layers");
    for (int i = 0; i < layers.size(); i++) {
      byte[] tar = layers.get(i).tar();
      diffIds.add("sha256:" + sha256(tar));
      byte[] blob = compress(tar, compressions.get(i));
      String digest = sha256(blob);
      blobs.add(new String[] {digest, HexFormat.of().formatHex(blob)});
      layerDigests.add(digest);
      layerArray.addObject().put("digest", "sha256:" + digest).put("size", blob.length)
          .put("mediaType", "application/vnd.oci.image.layer.v1.tar");
    }
    byte[] config = config(diffIds);
    String configDigest = sha256(config);
    blobs.add(new String[] {configDigest, HexFormat.of().formatHex(config)});
    manifest.putObject("config").put("digest", "sha256:" + configDigest)
        .put("size", config.length).put("mediaType", "application/vnd.oci.image.config.v1+json");
    byte[] manifestBytes = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
    String manifestDigest = sha256(manifestBytes);
    blobs.add(new String[] {manifestDigest, HexFormat.of().formatHex(manifestBytes)});
    ObjectNode index = Json.mapper().createObjectNode();
    index.put("schemaVersion", 2);
    index.putArray("manifests").addObject()
        .put("mediaType", "application/vnd.oci.image.manifest.v1+json")
        .put("digest", "sha256:" + manifestDigest).put("size", manifestBytes.length);
    return new OciBlobs(blobs, Json.write(index).getBytes(StandardCharsets.UTF_8), configDigest,
        layerDigests);
  }

  private byte[] config(List<String> diffIds) {
    ObjectNode config = Json.mapper().createObjectNode();
    config.put("architecture", "amd64");
    config.put("os", "linux");
    ObjectNode inner = config.putObject("config");
    configEditor.accept(inner);
    ObjectNode rootfs = config.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode ids = rootfs.putArray("diff_ids");
    diffIds.forEach(ids::add);
    ArrayNode history = config.putArray("history");
    for (int i = 0; i < diffIds.size(); i++) {
      history.addObject().put("created_by", "test layer " + (i + 1));
    }
    return Json.write(config).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] compress(byte[] tar, Compression compression) {
    if (compression == Compression.NONE) {
      return tar;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = compression == Compression.GZIP
        ? new GzipCompressorOutputStream(bytes)
        : new ZstdCompressorOutputStream(bytes)) {
      out.write(tar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void member(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] decodeHex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
