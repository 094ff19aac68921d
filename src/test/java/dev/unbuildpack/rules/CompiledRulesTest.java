package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.rules.node.ReleaseList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules a conversion reads are the build's compiled copy of rules/ (CompiledRules); these
 * tests keep that copy equal to the TOML files it comes from.
 */
class CompiledRulesTest {

  @Test
  void theBuildCompiledTheShippedRulesAndTheyEqualTheTomlFiles() {
    RuleSet compiled = CompiledRules.ruleSet().orElseThrow(
        () -> new AssertionError("no rules/compiled/ on the class path: did process-classes run?"));
    RuleSet toml = RuleLoader.loadBuiltIn();
    assertEquals(toml.all(), compiled.all());
    for (Rule rule : toml.all()) {
      assertEquals(toml.file(rule.id()), compiled.file(rule.id()), rule.id());
    }
  }

  @Test
  void theCompiledReleaseListEqualTheTomlFile() throws IOException {
    ReleaseList compiled = CompiledRules.data("node/data/node-releases.toml", ReleaseList.class)
        .orElseThrow(() -> new AssertionError("no compiled node-releases"));
    assertEquals(RuleData.fromToml("node/data/node-releases.toml", ReleaseList.class), compiled);
  }

  @Test
  void theCompiledImageListsEqualTheTomlFiles() throws IOException {
    for (String file : List.of("node/data/image-releases.toml",
        "python/data/image-releases.toml")) {
      ImageReleases compiled = CompiledRules.data(file, ImageReleases.class)
          .orElseThrow(() -> new AssertionError("no compiled " + file));
      assertEquals(RuleData.fromToml(file, ImageReleases.class), compiled, file);
      assertEquals(List.of(), compiled.problems(), file);
    }
  }

  @Test
  void everyKindOfComponentSurvivesTheRoundTrip() throws IOException {
    Rule full = new Rule("ID-1", "summary \u00e9", "effect",
        new RuleSource("o/r", "p", "https://doc", "cl", "abc", "2026-01-01"), "warning", "v",
        List.of("a", "b"), Map.of("K", "1"), Map.of("npm", "npm ci"), List.of("/c"),
        List.of("sharp"), "<0.30", PackageNames.of("libvips-dev"),
        new PackageNames(List.of(), List.of(new PackageNames.ReleaseNames("bookworm",
            List.of("libvips42")), new PackageNames.ReleaseNames("trixie", List.of("libvips42t64")))),
        List.of("/var/lib/x"),
        "addon",
        "service", "VARIABLE", "image:1", "scheme://{service}");
    assertEquals(full, roundTrip(full));
    Rule sparse = new Rule("ID-2", "s", "e", new RuleSource(null, null, "d", null, null, "x"),
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
    assertEquals(sparse, roundTrip(sparse));
  }

  @Test
  void theShapeNamesEveryComponentSoAChangedRecordIsNoticed() {
    String shape = RecordCodec.shape(Rule.class);
    assertTrue(shape.startsWith("Rule(id:S,summary:S,effect:S,source:RuleSource(repo:S,"), shape);
    assertTrue(shape.contains(",values:[S],env:{S},"), shape);
    assertNotEquals(RecordCodec.shape(RuleSource.class), shape);
  }

  @Test
  void aTruncatedStreamFailsInsteadOfYieldingAPartialRule() throws IOException {
    byte[] bytes = write(new Rule("ID", "s", "e", null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null));
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2);
    assertThrows(EOFException.class, () -> new RecordCodec.Reader(
        new DataInputStream(new ByteArrayInputStream(cut))).read(Rule.class));
  }

  private static Rule roundTrip(Rule rule) throws IOException {
    return new RecordCodec.Reader(new DataInputStream(new ByteArrayInputStream(write(rule))))
        .read(Rule.class);
  }

  private static byte[] write(Rule rule) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RecordCodec.write(out, rule);
    }
    return bytes.toByteArray();
  }

  @Test
  void aCompiledFileMadeFromOtherTextsOrForOtherRecordsIsRefused() throws IOException {
    Rule rule = new Rule("ID-1", "s", "e", null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
    long made = CompiledRules.checksum(Map.of("rules/node/a.toml", "id = 1"));
    byte[] file = compiled(RecordCodec.shape(Rule.class), made, rule);
    CompiledRules.Body<Rule> body = in -> in.read(Rule.class);
    assertEquals(Optional.of(rule), CompiledRules.read(
        new ByteArrayInputStream(file), made, body, Rule.class));
    long edited = CompiledRules.checksum(Map.of("rules/node/a.toml", "id = 2"));
    assertNotEquals(made, edited);
    assertEquals(Optional.empty(), CompiledRules.read(
        new ByteArrayInputStream(file), edited, body, Rule.class));
    byte[] otherShape = compiled("Rule(id:S)", made, rule);
    assertEquals(Optional.empty(), CompiledRules.read(
        new ByteArrayInputStream(otherShape), made, body, Rule.class));
  }

  private static byte[] compiled(String shape, long checksum, Rule rule) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(shape);
      out.writeLong(checksum);
      RecordCodec.write(out, rule);
    }
    return bytes.toByteArray();
  }
}
