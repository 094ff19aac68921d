package dev.unbuildpack.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * survey over a portfolio of every fixture app plus broken entries: one row per app that says
 * what detect and convert say of it alone, whatever the jobs, and shards that merge into exactly
 * the whole report.
 */
class SurveyPortfolioTest {
  @TempDir static Path dir;
  static Path portfolio;
  static String whole;
  static SurveyReport report;

  @BeforeAll
  static void surveyThePortfolio() throws Exception {
    portfolio = TestPortfolio.build(dir);
    CliRun run = CliRun.of("survey", portfolio.toString(), "--format", "json", "--jobs", "2");
    assertEquals(3, run.exitCode(), "broken apps make the run exit 3: " + run.err());
    whole = run.out();
    report = Json.mapper().readValue(whole, SurveyReport.class);
  }

  private static AppRow row(String relative) {
    String path = Survey.shown(portfolio.resolve(relative));
    return report.apps().stream().filter(r -> r.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + path));
  }

  @Test
  void everyFixtureAppAndEveryBrokenEntryIsARow() {
    int fixtures = TestPortfolio.fixtureApps().size();
    assertTrue(fixtures + 5 >= 30, "the portfolio needs at least 30 apps");
    assertEquals(fixtures + 5, report.apps().size());
    for (Path app : TestPortfolio.fixtureApps()) {
      row(app.getParent().getFileName() + "/" + app.getFileName());
    }
    List<String> paths = report.apps().stream().map(AppRow::path).toList();
    assertEquals(paths.stream().sorted().toList(), paths, "rows are sorted by path");
  }

  @Test
  void brokenEntriesAreRowsWithExitCode3AndTheOthersAreSurveyed() {
    AppRow fifoFile = row(TestPortfolio.FIFO_PROCFILE);
    assertEquals(3, fifoFile.exitCode());
    assertTrue(fifoFile.error().title().contains("FIFO"), fifoFile.error().title());
    AppRow fifo = row(TestPortfolio.FIFO_APP);
    assertEquals(3, fifo.exitCode());
    assertTrue(fifo.error().title().contains("FIFO"), fifo.error().title());
    AppRow link = row(TestPortfolio.LINK_OUTSIDE);
    assertEquals(3, link.exitCode());
    assertTrue(link.error().title().contains("outside"), link.error().title());
    // The fixtures that are bad input on purpose (expected/error.txt) fail alone, each in its row.
    List<String> failing = new ArrayList<>(List.of(fifoFile.path(), fifo.path(), link.path()));
    for (Path app : TestPortfolio.fixtureApps()) {
      if (Files.exists(app.resolve("expected/error.txt"))) {
        AppRow failed = row(app.getParent().getFileName() + "/" + app.getFileName());
        assertEquals(3, failed.exitCode(), failed.path());
        failing.add(failed.path());
      }
    }
    assertTrue(failing.size() > 3, "the fixtures include malformed apps");
    assertEquals(failing.stream().sorted().toList(),
        report.apps().stream().filter(AppRow::failed).map(AppRow::path).toList());
    assertEquals(failing.size(), report.summary().apps().failed());
  }

  @Test
  void rowsSayWhatDetectAndConvertSayOfEachAppAlone() throws Exception {
    int compared = 0;
    for (AppRow row : report.apps()) {
      if (row.path().endsWith(TestPortfolio.LINK_OUTSIDE) || row.path().endsWith(
          TestPortfolio.FIFO_APP)) {
        continue; // refused before detection: not an app folder inside the portfolio
      }
      CliRun detect = CliRun.of("detect", row.path(), "--format", "json");
      assertEquals(detect.exitCode(), row.exitCode(), row.path() + ": " + detect.err());
      if (detect.exitCode() != 0) {
        assertTrue(detect.err().startsWith("error: " + row.error().title() + "\n"),
            row.path() + ": " + detect.err());
        continue;
      }
      assertMatchesDetect(row, Json.mapper().readTree(detect.out()));
      CliRun convert = CliRun.of("convert", "--dry-run", row.path());
      assertEquals(convert.exitCode() == 0, row.convert().succeeds(), row.path() + ": "
          + convert.err());
      compared++;
    }
    assertTrue(compared >= 30, "compared " + compared);
  }

  private static void assertMatchesDetect(AppRow row, JsonNode detect) {
    String app = row.path();
    List<String> ecosystems = new ArrayList<>();
    detect.get("ecosystems").forEach(e -> ecosystems.add(e.get("id").asText() + " "
        + e.at("/runtime/version").asText(null) + " " + e.at("/runtime/requested").asText(null)
        + " " + e.at("/packageManager/name").asText(null) + " "
        + e.at("/packageManager/version").asText(null) + " "
        + e.at("/packageManager/lockfile").asText(null)));
    assertEquals(ecosystems, row.ecosystems().stream().map(e -> e.id() + " " + e.version() + " "
        + e.requested() + " " + e.packageManager() + " " + e.packageManagerVersion() + " "
        + e.lockfile()).toList(), app);
    List<String> processes = new ArrayList<>();
    detect.get("processes").forEach(p -> processes.add(p.get("type").asText() + "="
        + p.get("command").asText()));
    assertEquals(processes, row.processes().stream().map(p -> p.type() + "=" + p.command())
        .toList(), app);
    assertEquals(names(detect.get("buildSecrets")), new TreeSet<>(row.buildSecrets()), app);
    assertEquals(names(detect.at("/systemPackages/build")),
        new TreeSet<>(row.systemPackages().build()), app);
    assertEquals(names(detect.at("/systemPackages/run")),
        new TreeSet<>(row.systemPackages().run()), app);
    List<String> addons = new ArrayList<>();
    detect.get("addons").forEach(a -> addons.add(a.get("plan").asText()));
    assertEquals(addons, row.addons(), app);
    Map<String, Integer> counts = new TreeMap<>();
    int unknownBuildpacks = 0;
    for (JsonNode finding : detect.get("findings")) {
      counts.merge(finding.get("severity").asText(), 1, Integer::sum);
      unknownBuildpacks += finding.get("rule").asText().equals("HEROKU-BUILDPACK-UNKNOWN") ? 1 : 0;
    }
    assertEquals(counts.getOrDefault("error", 0), row.findingCounts().error(), app);
    assertEquals(counts.getOrDefault("warning", 0), row.findingCounts().warning(), app);
    assertEquals(counts.getOrDefault("info", 0), row.findingCounts().info(), app);
    assertEquals(unknownBuildpacks, row.buildpacks().stream().filter(b -> !b.encoded()).count(),
        app);
  }

  private static Set<String> names(JsonNode list) {
    Set<String> names = new TreeSet<>();
    list.forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  @Test
  void listedBuildpacksSayWhichAreNotConverted() {
    List<AppRow.BuildpackRow> buildpacks = row("node/buildpacks-others").buildpacks();
    assertEquals(7, buildpacks.size(), buildpacks.toString());
    assertEquals(List.of("https://github.com/mojodna/heroku-buildpack-jemalloc.git"),
        buildpacks.stream().filter(b -> !b.encoded()).map(AppRow.BuildpackRow::name).toList());
    assertEquals(".buildpacks:6", buildpacks.stream().filter(b -> !b.encoded()).findFirst()
        .orElseThrow().source());
  }

  @Test
  void aMonorepoSubfolderAndANestedAppSaySo() {
    AppRow web = row(TestPortfolio.MONOREPO_WEB);
    assertEquals(Placement.SUBFOLDER, web.placement());
    assertEquals(Survey.shown(portfolio), web.container());
    AppRow admin = row(TestPortfolio.MONOREPO_ADMIN);
    assertEquals(Placement.NESTED, admin.placement());
    assertEquals(web.path(), admin.container());
    assertNull(web.error());
    assertNotNull(admin.ecosystems().get(0).version());
  }

  @Test
  void workspacePackagesArePartOfTheirAppNotApps() {
    assertFalse(report.apps().stream().anyMatch(r -> r.path().contains(
        "workspaces-npm/")), "a workspace package is not an app of its own");
  }

  @Test
  void theSummaryTakesEndOfLifeFromTheRulesFindings() {
    Set<String> eol = new TreeSet<>();
    report.apps().forEach(r -> r.ecosystems().stream().filter(AppRow.EcosystemRow::eol)
        .forEach(e -> eol.add(r.path())));
    Set<String> flagged = new TreeSet<>();
    for (AppRow r : report.apps()) {
      if (r.findings().stream().anyMatch(f -> f.rule().endsWith("-RUNTIME-EOL"))) {
        flagged.add(r.path());
      }
    }
    assertFalse(eol.isEmpty(), "the fixtures include end-of-life runtimes");
    assertEquals(flagged, eol);
    assertEquals(eol.size(), report.summary().apps().endOfLife());
    assertTrue(report.summary().runtimeLines().stream().anyMatch(Summary.RuntimeLine::endOfLife));
  }

  @Test
  void oneJobAndTwoJobsPrintTheSameReport() {
    CliRun one = CliRun.of("survey", portfolio.toString(), "--format", "json", "--jobs", "1");
    assertEquals(whole, one.out());
  }

  @Test
  void mergedShardsAreTheWholeReportByteForByte() throws Exception {
    List<String> merged = new ArrayList<>(List.of("survey", "--merge", "--format", "json"));
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int i = 1; i <= 3; i++) {
      Path file = dir.resolve("shard-" + i + ".json");
      CliRun shard = CliRun.of("survey", portfolio.toString(), "--shard", i + "/3", "--format",
          "json", "--output", file.toString());
      assertEquals("", shard.out());
      SurveyReport part = Json.mapper().readValue(Files.readString(file), SurveyReport.class);
      assertEquals(new Shard(i, 3), part.shard());
      assertFalse(part.apps().isEmpty(), "shard " + i + " is empty");
      part.apps().forEach(r -> assertTrue(seen.add(r.path()), "in two shards: " + r.path()));
      total += part.apps().size();
      merged.add(file.toString());
    }
    assertEquals(report.apps().size(), total);
    CliRun merge = CliRun.of(merged.toArray(String[]::new));
    assertEquals(3, merge.exitCode(), merge.err());
    assertEquals(whole, merge.out());
  }

  @Test
  void aMergeMissingAShardIsRefused() {
    Path first = dir.resolve("only-shard-1.json");
    CliRun.of("survey", portfolio.toString(), "--shard", "1/2", "--format", "json", "--output",
        first.toString());
    CliRun merge = CliRun.of("survey", "--merge", first.toString());
    assertEquals(3, merge.exitCode());
    assertTrue(merge.err().contains("Missing shard 2/2"), merge.err());
    assertEquals("", merge.out());
  }
}
