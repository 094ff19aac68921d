package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.model.DebianRelease;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which Debian releases an official image is published for, by exact version and by line. */
class ImageReleasesTest {
  private static final ImageReleases PYTHON = ImageReleases.of("python").orElseThrow();

  @Test
  void pythonLinesAreMinorVersionsAndTrixieCameMidLine() {
    assertEquals(Set.of(DebianRelease.BOOKWORM), PYTHON.availability("3.12.7").releases());
    assertEquals(Set.of(DebianRelease.BOOKWORM, DebianRelease.TRIXIE),
        PYTHON.availability("3.12.11").releases());
    ImageReleases.Availability later = PYTHON.availability("3.12.99");
    assertEquals("3.12.14", later.newestOfLine());
    assertEquals(Set.of(DebianRelease.BOOKWORM, DebianRelease.TRIXIE), later.releases());
    assertNull(PYTHON.availability("3.12.11").newestOfLine());
    assertEquals(Set.of(), PYTHON.availability("3.6.15").releases());
  }

  @Test
  void aLibraryTextAddsTheVersionsThatHaveEveryTagAndTheWrittenListReadsBack()
      throws JsonProcessingException {
    ImageReleases updated = PYTHON.withLibrary("""
        Tags: 3.15.1-trixie, 3.15-trixie
        Tags: 3.15.1-slim-trixie, 3.15-slim-trixie
        Tags: 3.15.1-bookworm
        """, "https://mirror.example/library/python", LocalDate.of(2026, 12, 3));
    assertEquals(Set.of(DebianRelease.TRIXIE), updated.availability("3.15.1").releases());
    assertEquals(Set.of(DebianRelease.BOOKWORM), updated.availability("3.12.7").releases());
    assertEquals("2026-12-03", updated.date());
    assertEquals(List.of(), updated.problems());
    assertEquals(updated, RuleData.parse(updated.toToml(), ImageReleases.class));
  }
}
