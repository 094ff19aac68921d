package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasesTest {
  @TempDir Path data;

  private static final String REGISTRY_NPM = """
      {"name":"npm","dist-tags":{"latest":"13.0.1","next":"14.0.0-pre.1"},
       "versions":{"13.0.1":{},"13.0.0":{},"12.2.2":{},"14.0.0-pre.1":{}}}
      """;

  @Test
  void aRefreshedListIsWrittenReadBackAndPreferredToTheShippedOne() throws IOException {
    ReleaseList list = fromRegistry(LocalDate.of(2030, 1, 2));
    assertEquals(List.of(), list.problems());
    assertEquals("13.0.1", list.latest());
    assertEquals(List.of("13.0.1", "13.0.0", "12.2.2"),
        list.versions().stream().map(v -> v.getVersion()).toList(), "pre-releases are left out");
    write(ReleaseListToml.write(ReleaseList.Tool.NPM, list));
    ReleaseList used = Releases.preferring(data).of(ReleaseList.Tool.NPM);
    assertEquals(list, used);
    assertEquals("2030-01-02", used.source().date());
  }

  @Test
  void anOlderOrDamagedUserListIsPassedOver() throws IOException {
    ReleaseList shipped = Releases.shipped().of(ReleaseList.Tool.NPM);
    write(ReleaseListToml.write(ReleaseList.Tool.NPM, fromRegistry(LocalDate.of(2001, 1, 1))));
    assertEquals(shipped, Releases.preferring(data).of(ReleaseList.Tool.NPM));
    write("date = \"2099-01-01\"\n[[line]]\nmajor = \"1\"\nversions = [\"2.0.0\"]\n");
    assertEquals(shipped, Releases.preferring(data).of(ReleaseList.Tool.NPM));
  }

  @Test
  void problemsNameAnUnsortedListAndAVersionInTheWrongLine() {
    ReleaseList bad = new ReleaseList("2026-12-03", null, null, List.of(
        new ReleaseList.Line("12", null, List.of("12.0.0", "12.1.0", "11.0.0"))));
    List<String> problems = bad.problems();
    assertTrue(problems.contains("12.0.0 is listed before 12.1.0"), problems.toString());
    assertTrue(problems.contains("11.0.0 is listed in line 12"), problems.toString());
    assertTrue(problems.contains("no source"), problems.toString());
  }

  @Test
  void theWriterRefusesTextThatCouldBreakOutOfAString() {
    ReleaseList hostile = new ReleaseList("2026-12-03\"\nx = 1", null, null, List.of());
    assertThrows(IllegalArgumentException.class,
        () -> ReleaseListToml.write(ReleaseList.Tool.NPM, hostile));
  }

  private static ReleaseList fromRegistry(LocalDate today) throws IOException {
    JsonNode document = Json.readTree(REGISTRY_NPM);
    return RegistryReleases.from(ReleaseList.Tool.NPM, document, null, today);
  }

  private void write(String toml) throws IOException {
    Path file = Releases.file(data, ReleaseList.Tool.NPM);
    Files.createDirectories(file.getParent());
    Files.writeString(file, toml);
  }
}
