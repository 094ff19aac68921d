package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.Json;
import dev.unbuildpack.survey.AppRow;
import dev.unbuildpack.survey.Survey;
import dev.unbuildpack.survey.SurveyReport;
import dev.unbuildpack.survey.TestPortfolio;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert --each: each app's four files, all or none per app, and survey's report of the run. */
class ConvertEachTest {
  private static final List<String> FILES =
      List.of("Dockerfile", ".dockerignore", "compose.yaml", "unbuildpack-report.md");

  @TempDir Path dir;
  Path apps;

  @BeforeEach
  void portfolio() throws IOException {
    apps = dir.resolve("apps");
    for (String fixture : List.of("express-npm", "yarn1", "engines-no-match")) {
      TestPortfolio.copy(Golden.projectDir().resolve("fixtures/node").resolve(fixture),
          apps.resolve(fixture));
    }
  }

  private static AppRow row(SurveyReport report, Path app) {
    return report.apps().stream().filter(r -> r.path().equals(Survey.shown(app))).findFirst()
        .orElseThrow();
  }

  @Test
  void eachAppsFilesGoIntoItsFolderAndTheFailingOneGetsNone() throws Exception {
    CliRun run = CliRun.of("convert", "--each", apps.toString(), "--format", "json");
    assertEquals(3, run.exitCode(), "engines-no-match cannot convert: " + run.err());
    SurveyReport report = Json.mapper().readValue(run.out(), SurveyReport.class);
    for (String app : List.of("express-npm", "yarn1")) {
      for (String file : FILES) {
        assertTrue(Files.isRegularFile(apps.resolve(app).resolve(file)), app + "/" + file);
      }
      AppRow row = row(report, apps.resolve(app));
      assertEquals(0, row.exitCode());
      assertEquals(Survey.shown(apps.resolve(app).toRealPath()), row.convert().output());
      // The same Dockerfile convert writes for the app alone.
      assertEquals(CliRun.of("convert", "--dry-run", apps.resolve(app).toString()).out()
          .split("==> .dockerignore <==")[0].replaceFirst("^==> Dockerfile <==\n", "").strip(),
          Files.readString(apps.resolve(app).resolve("Dockerfile")).strip());
    }
    for (String file : FILES) {
      assertFalse(Files.exists(apps.resolve("engines-no-match").resolve(file)), file);
    }
    AppRow failed = row(report, apps.resolve("engines-no-match"));
    assertEquals(3, failed.exitCode());
    assertTrue(failed.convert().problem().contains("NODE-RUNTIME-NO-MATCH"));
    assertNull(failed.convert().output());
  }

  @Test
  void anAppWithAFileInTheWayGetsNoneOfItsFilesAndTheOthersGetTheirs() throws Exception {
    Path express = apps.resolve("express-npm");
    Files.writeString(express.resolve("compose.yaml"), "mine\n");
    CliRun run = CliRun.of("convert", "--each", apps.toString());
    assertEquals(3, run.exitCode());
    assertEquals("mine\n", Files.readString(express.resolve("compose.yaml")));
    assertFalse(Files.exists(express.resolve("Dockerfile")), "all or nothing per app");
    assertTrue(Files.exists(apps.resolve("yarn1/Dockerfile")));
    assertTrue(run.out().contains("Refusing to overwrite an existing file"), run.out());
  }

  @Test
  void outputRootMirrorsEachAppsPath() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", "--each", apps.toString(), "--output-root", out.toString(),
        "--jobs", "3");
    assertEquals(3, run.exitCode(), run.err());
    String mirrored = Survey.shown(apps).replaceFirst("^/+", "");
    for (String app : List.of("express-npm", "yarn1")) {
      Path target = out.resolve(mirrored).resolve(app);
      assertTrue(Files.isRegularFile(target.resolve("Dockerfile")), target.toString());
      assertTrue(Files.isRegularFile(target.resolve("Dockerfile.dockerignore")));
      assertFalse(Files.exists(apps.resolve(app).resolve("Dockerfile")), "the app is untouched");
    }
    assertFalse(Files.exists(out.resolve(mirrored).resolve("engines-no-match/Dockerfile")));
  }

  @Test
  void dryRunWritesNothingAndStillFailsTheAppConvertWouldFail() {
    CliRun run = CliRun.of("convert", "--each", "--dry-run", apps.toString());
    assertEquals(3, run.exitCode());
    assertFalse(Files.exists(apps.resolve("express-npm/Dockerfile")));
  }

  @Test
  void severalAppsWithoutEachIsAUsageError() {
    CliRun run = CliRun.of("convert", apps.resolve("yarn1").toString(),
        apps.resolve("express-npm").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--each"), run.err());
  }
}
