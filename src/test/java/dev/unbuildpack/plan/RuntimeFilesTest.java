package dev.unbuildpack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.model.DebianRelease;
import org.junit.jupiter.api.Test;

/** The runtime-files data of the shipped rules, at one exact version. */
class RuntimeFilesTest {
  @Test
  void pythonsPathsAndLinksAreNamedAfterTheMajorMinorOfTheExactVersion() {
    RuntimeFiles python = RuntimeFiles.of("python").orElseThrow().at("3.13.15");
    assertTrue(python.paths().contains("/usr/local/bin/python3.13"), python.paths().toString());
    assertTrue(python.paths().contains("/usr/local/lib/libpython3.13.so.1.0"),
        python.paths().toString());
    assertTrue(python.buildOnly().contains("/usr/local/include/python3.13"));
    assertEquals("python3.13", python.links().get("/usr/local/bin/python3"));
    assertEquals("libpython3.13.so.1.0", python.links().get("/usr/local/lib/libpython3.13.so"));
    assertTrue(python.paths().stream().noneMatch(p -> p.contains("{")), python.paths().toString());
  }

  @Test
  void pythonsLibrariesAreNamedPerDebianRelease() {
    RuntimeFiles python = RuntimeFiles.of("python").orElseThrow();
    assertTrue(python.run().on(DebianRelease.BOOKWORM).contains("libssl3"));
    assertTrue(python.run().on(DebianRelease.TRIXIE).contains("libssl3t64"));
  }

  @Test
  void aLayoutWithoutTheMarkerIsTheSameAtEveryVersion() {
    RuntimeFiles node = RuntimeFiles.of("node").orElseThrow();
    assertEquals(node.paths(), node.at("24.22.3").paths());
    assertEquals(node.links(), node.at("24.22.3").links());
  }
}
