package dev.unbuildpack.image.source;

import static dev.unbuildpack.testing.ParserContract.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.unbuildpack.common.ExitCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz tests of reading an image's structure: manifest.json (docker save), index.json and the
 * manifests and indexes it points to (OCI layout), the image config; and the outer tar that holds
 * them. A plain test run replays the inputs under ImageManifestFuzzTestInputs/.
 */
class ImageManifestFuzzTest {
  /**
   * Bad input, or a usage error: an archive or index holding several images is read only once
   * the command line says which one.
   */
  private static final Integer[] REFUSALS = {ExitCode.BAD_INPUT, ExitCode.USAGE};
  /** Holds one file, rewritten for each input: the readers take a path, not bytes. */
  @TempDir static Path temp;

  /**
   * The files of an image as text, each introduced by a line "@@ NAME" (a readable seed format
   * that lets the fuzzer change names and contents alike), then the manifest, config and
   * history read as inventory reads them.
   */
  @FuzzTest
  void imageFiles(byte[] input) throws Exception {
    BlobStore store = store(new String(input, StandardCharsets.UTF_8));
    holds(() -> readImage(new ManifestReader(store, "oci:fuzz", null, true).read()), REFUSALS);
  }

  /** An outer tar: docker save's, or an OCI layout packed as one. */
  @FuzzTest
  void archive(byte[] input) throws Exception {
    Path tar = Files.write(temp.resolve("image.tar"), input);
    holds(() -> readImage(ImageSources.readArchive(
        ImageRef.parse("docker-archive:" + tar), tar)), REFUSALS);
  }

  private static void readImage(ImageManifest manifest) {
    manifest.layers().forEach(LayerBlob::label);
    ImageConfigJson config = ImageConfigJson.parse(manifest);
    config.config();
    config.history();
    config.layerHistory();
  }

  private static BlobStore store(String text) throws Exception {
    Path file = temp.resolve("blobs");
    Map<String, Blob> blobs = new HashMap<>();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String part : ("\n" + text).split("\n@@ ", -1)) {
      int newline = part.indexOf('\n');
      if (newline < 0) {
        continue;
      }
      byte[] content = part.substring(newline + 1).getBytes(StandardCharsets.UTF_8);
      String name = part.substring(0, newline);
      blobs.put(name, new Blob(name, file, all.size(), content.length));
      all.write(content);
    }
    Files.write(file, all.toByteArray());
    return name -> Optional.ofNullable(blobs.get(name));
  }
}
