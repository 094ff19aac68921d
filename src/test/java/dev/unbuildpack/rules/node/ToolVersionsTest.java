package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolVersionsTest {
  private static final ReleaseList NPM = new ReleaseList("2026-12-03", null, "11.9.0", List.of(
      new ReleaseList.Line("12", null, List.of("12.2.2", "12.0.0")),
      new ReleaseList.Line("11", null, List.of("11.9.0", "11.8.1")),
      new ReleaseList.Line("10", null, List.of("10.9.4"))));

  @Test
  void theLatestTagWinsWhenItSatisfiesTheRange() {
    // npm-pick-manifest: "latest" (11.9.0) satisfies >=10, so 12.2.2 is not picked.
    assertEquals(Optional.of("11.9.0"), ToolVersions.resolve(NPM, ">=10.x"));
  }

  @Test
  void otherwiseTheHighestSatisfyingReleaseIsPicked() {
    assertEquals(Optional.of("12.2.2"), ToolVersions.resolve(NPM, "^12"));
    assertEquals(Optional.of("10.9.4"), ToolVersions.resolve(NPM, "10.x"));
  }

  @Test
  void latestOrNothingMeansTheLatestTag() {
    assertEquals(Optional.of("11.9.0"), ToolVersions.resolve(NPM, "latest"));
    assertEquals(Optional.of("11.9.0"), ToolVersions.resolve(NPM, null));
  }

  @Test
  void aRangeNothingSatisfiesOrThatDoesNotParseResolvesToNothing() {
    assertEquals(Optional.empty(), ToolVersions.resolve(NPM, "^99"));
    assertEquals(Optional.empty(), ToolVersions.resolve(NPM, "not a range %"));
  }

  @Test
  void yarnResolvesAgainstTheYarnPackageThenCliDist() {
    Releases shipped = Releases.shipped();
    assertEquals(Optional.of("1.22.22"), ToolVersions.resolveYarn(shipped, "1.22.x"));
    assertEquals("4", ToolVersions.resolveYarn(shipped, "^4").orElseThrow().split("\\.")[0]);
  }
}
