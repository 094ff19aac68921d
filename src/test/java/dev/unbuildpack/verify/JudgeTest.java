package dev.unbuildpack.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ChangeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static CategoryVerdict verdict(List<CategoryVerdict> verdicts, String id) {
    return verdicts.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aLibraryBCannotLoadFailsNamingTheLibraryAndThePackageThatProvidedItInA() {
    List<CategoryVerdict> verdicts = new Judge(List.of(), List.of())
        .judge(SampleReports.diff(), List.of(), SampleReports.answered(), SampleReports.answered());

    CategoryVerdict missing = verdict(verdicts, "missing-library");
    assertEquals(Level.FAIL, missing.level());
    assertTrue(missing.notes().get(0).contains("libvips.so.42"), missing.notes().toString());
    assertTrue(missing.notes().get(0).contains("deb:libvips42"), missing.notes().toString());
    assertEquals(Level.FAIL, Judge.overall(verdicts));
  }

  @Test
  void aDevDependencyOnlyAKeptPassesWithANoteAnAppPackageMissingFails() {
    List<CategoryVerdict> dev = new Judge(List.of(), List.of("nodemon"))
        .judge(SampleReports.diff(), List.of(), null, SampleReports.answered());
    List<CategoryVerdict> app = new Judge(List.of(), List.of())
        .judge(SampleReports.diff(), List.of(), null, SampleReports.answered());

    CategoryVerdict devVerdict = verdict(dev, "removed-language-package");
    assertEquals(Level.PASS, devVerdict.level());
    assertTrue(devVerdict.notes().get(0).contains("devDependency"), devVerdict.notes().toString());
    assertEquals(Level.FAIL, verdict(app, "removed-language-package").level());
  }

  @Test
  void aLanguagePackageOnlyAsStackHadOutsideTheAppPassesWithANote() {
    List<CategoryVerdict> verdicts = new Judge(List.of(), List.of()).judge(SampleReports.diff(),
        List.of(), null, SampleReports.answered(), java.util.Set.of("npm:express"));

    CategoryVerdict removed = verdict(verdicts, "removed-language-package");
    assertEquals(Level.PASS, removed.level());
    assertTrue(removed.notes().get(0).contains("outside the app folder"), removed.notes().toString());
  }

  @Test
  void aRuntimeAtAnotherMinorFailsAtAnotherPatchWarns() {
    assertEquals(Level.FAIL, Judge.runtimeLevel(
        new Change(ChangeKind.CHANGED, null, "node", "24.2.0", "24.1.0", null)));
    assertEquals(Level.WARN, Judge.runtimeLevel(
        new Change(ChangeKind.CHANGED, null, "node", "24.2.0", "24.2.1", null)));
    assertEquals(Level.FAIL, Judge.runtimeLevel(
        new Change(ChangeKind.REMOVED, null, "node", "24.2.0", null, null)));
  }

  @Test
  void aWebProcessThatAnswersInAButNotInBFailsAndSaysSo() {
    List<ProcessRun> b = List.of(new ProcessRun("web", ProcessOutcome.NO_ANSWER, null, null, null,
        null, "listening on 3000"));

    CategoryVerdict web = verdict(new Judge(List.of(), List.of())
        .judge(null, List.of(), SampleReports.answered(), b), "web");

    assertEquals(Level.FAIL, web.level());
    assertTrue(web.notes().get(0).contains("did not answer"), web.notes().toString());
    assertTrue(web.notes().get(0).contains("A's answered 200"), web.notes().toString());
  }

  @Test
  void aWorkerThatExitsFailsOneStillRunningPasses() {
    List<ProcessRun> b = List.of(
        new ProcessRun("web", ProcessOutcome.ANSWERED, 200, 10L, null, null, ""),
        new ProcessRun("worker", ProcessOutcome.EXITED, null, null, null, 1L, "boom"));
    Judge judge = new Judge(List.of(), List.of());

    assertEquals(Level.FAIL, verdict(judge.judge(null, List.of(), null, b), "processes").level());
    assertEquals(Level.PASS, verdict(judge.judge(null, List.of(), null,
        SampleReports.answered()), "processes").level());
  }

  @Test
  void failOnTurnsAnyFindingOfANamedCategoryIntoAFailure() {
    List<CategoryVerdict> byDefault = new Judge(List.of(), List.of("nodemon"))
        .judge(SampleReports.diff(), List.of(), null, SampleReports.answered());
    List<CategoryVerdict> strict = new Judge(List.of("removed-os-package"), List.of("nodemon"))
        .judge(SampleReports.diff(), List.of(), null, SampleReports.answered());

    assertEquals(Level.PASS, verdict(byDefault, "removed-os-package").level());
    assertEquals(Level.FAIL, verdict(strict, "removed-os-package").level());
    assertEquals(Level.PASS, verdict(strict, "added-os-package").level());
  }

  @Test
  void withoutAReferenceTheStackGapsAreMissingLibraries() {
    VerifyReport report = SampleReports.baseline();

    CategoryVerdict missing = verdict(report.verdicts(), "missing-library");
    assertEquals(Level.FAIL, missing.level());
    assertTrue(missing.notes().get(0).contains("libpq.so.5"), missing.notes().toString());
    assertTrue(missing.notes().get(0).contains("deb:libpq5"), missing.notes().toString());
  }

  @Test
  void everyCategoryIdIsOneFailOnAccepts() {
    List<String> ids = new Judge(List.of(), List.of())
        .judge(SampleReports.diff(), List.of(), null, SampleReports.answered()).stream()
        .map(CategoryVerdict::id).toList();

    assertEquals(Judge.categoryIds(), ids);
  }
}
