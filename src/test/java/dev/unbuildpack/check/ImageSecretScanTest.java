package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CHECK-SECRET-IN-IMAGE on an image held in memory: layers and configuration, names and places only. */
class ImageSecretScanTest {
  private static final String TOKEN = "sentinel-3f9c2a71-value";

  /** An image whose layers are "layer N" → (path → content). */
  private record FakeImage(String config, Map<String, Map<String, String>> layers)
      implements ImageContents {
    @Override
    public String name() {
      return "fake:image";
    }

    @Override
    public byte[] configJson() {
      return config.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void visitFiles(FileVisitor visitor) {
      layers.forEach((layer, files) -> files.forEach((path, content) -> {
        try {
          visitor.visit(layer, path, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
  }

  private static ImageSecretScan.Result scan(FakeImage image, Map<String, String> values) {
    return new ImageSecretScan(CheckRules.load()).scan(image, values, "Dockerfile");
  }

  @Test
  void namesTheLayerAndPathOfALeakedValueButNeverTheValue() {
    Map<String, Map<String, String>> layers = new LinkedHashMap<>();
    layers.put("layer 0 (sha256:aaaa)", Map.of("etc/os-release", "ID=debian"));
    layers.put("layer 1 (sha256:bbbb)", Map.of("app/token.txt", TOKEN + "\n"));
    ImageSecretScan.Result result = scan(new FakeImage("{\"history\": []}", layers),
        Map.of("NPM_TOKEN", TOKEN));
    assertEquals(1, result.findings().size());
    CheckFinding finding = result.findings().get(0);
    assertEquals("CHECK-SECRET-IN-IMAGE", finding.rule());
    assertTrue(finding.message().contains("layer 1 (sha256:bbbb) at /app/token.txt"), finding.message());
    assertFalse(finding.message().contains(TOKEN));
    assertFalse(finding.fix().contains(TOKEN));
  }

  @Test
  void findsAValueInTheHistoryAndNamesTheField() {
    String config = "{\"config\": {\"Env\": [\"PATH=/bin\"]}, \"history\": [{\"created_by\": "
        + "\"RUN |1 NPM_TOKEN=" + TOKEN + " /bin/sh -c make\"}]}";
    ImageSecretScan.Result result = scan(new FakeImage(config, Map.of()), Map.of("NPM_TOKEN", TOKEN));
    assertEquals(List.of("The value of NPM_TOKEN " + dev.unbuildpack.common.SecretMask.fingerprint(TOKEN)
        + " is in the image configuration at history[0].created_by."),
        result.findings().stream().map(CheckFinding::message).toList());
  }

  @Test
  void aCleanImageHasNoFinding() {
    ImageSecretScan.Result result = scan(new FakeImage("{\"config\": {}}",
        Map.of("layer 0", Map.of("run/secrets", ""))), Map.of("NPM_TOKEN", TOKEN));
    assertEquals(List.of(), result.findings());
  }

  @Test
  void aValueTooShortToSearchIsReportedAsNotSearched() {
    ImageSecretScan.Result result = scan(new FakeImage("{}", Map.of()), Map.of("PIN", "1234"));
    assertEquals(List.of(), result.findings());
    assertEquals(1, result.notes().size());
    assertFalse(result.notes().get(0).contains("1234"));
  }
}
