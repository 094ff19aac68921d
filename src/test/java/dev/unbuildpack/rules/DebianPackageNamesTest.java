package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.unbuildpack.model.DebianRelease;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every Debian package a rule installs exists, under that name, in the release it is installed
 * on: a wrong name fails the image's apt-get, and trixie renamed many libraries (libssl3 is
 * libssl3t64 there). The names are checked against dated lists of each release's packages
 * (src/test/resources/debian/, refreshed by .ci/debian-package-lists.sh).
 */
class DebianPackageNamesTest {
  private static final Map<DebianRelease, Set<String>> PACKAGES = new EnumMap<>(DebianRelease.class);

  static {
    for (DebianRelease release : DebianRelease.values()) {
      PACKAGES.put(release, Set.copyOf(lines("/debian/" + release.codename() + ".txt.gz")));
    }
  }

  @Test
  void everyNameOfEveryRuleExistsOnEveryReleaseItIsInstalledOn() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Rule rule : RuleSet.builtIn().all()) {
      for (DebianRelease release : DebianRelease.values()) {
        for (String name : names(rule, release)) {
          checked++;
          if (!PACKAGES.get(release).contains(name)) {
            missing.add(rule.id() + ": " + name + " is no package of " + release);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(checked > 100, "only " + checked + " names checked");
  }

  @Test
  void theListsHoldWhatTheirDatedRecordSays() throws IOException {
    JsonNode record = new TomlMapper().readTree(
        DebianPackageNamesTest.class.getResourceAsStream("/debian/package-lists.toml"));
    for (DebianRelease release : DebianRelease.values()) {
      JsonNode entry = record.path(release.codename());
      assertEquals(entry.path("packages").asInt(), PACKAGES.get(release).size(), release + "");
      assertTrue(entry.path("released").asText().matches("\\d{4}-\\d{2}-\\d{2}"), release + "");
      assertTrue(entry.path("index").asText().endsWith(
          "/dists/" + release.codename() + "/main/binary-amd64/Packages.xz"), release + "");
    }
  }

  /** The check can tell the releases apart: the 64-bit time_t renames are in the lists. */
  @Test
  void theListsKnowTrixiesRenamedLibraries() {
    for (String[] pair : new String[][] {{"libssl3", "libssl3t64"},
        {"libasound2", "libasound2t64"}, {"libvips42", "libvips42t64"}}) {
      assertTrue(PACKAGES.get(DebianRelease.BOOKWORM).contains(pair[0]), pair[0]);
      assertFalse(PACKAGES.get(DebianRelease.TRIXIE).contains(pair[0]), pair[0]);
      assertTrue(PACKAGES.get(DebianRelease.TRIXIE).contains(pair[1]), pair[1]);
    }
  }

  private static List<String> names(Rule rule, DebianRelease release) {
    List<String> names = new ArrayList<>(rule.build().on(release));
    names.addAll(rule.run().on(release));
    return names;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = new GZIPInputStream(
        DebianPackageNamesTest.class.getResourceAsStream(resource))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
