package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {
  private static final Path SCENARIO =
      Golden.projectDir().resolve("fixtures/diff/node-sharp-missing-libvips");
  private static final String A = "inventory:" + SCENARIO.resolve("a.json");
  private static final String B = "inventory:" + SCENARIO.resolve("b.json");

  @TempDir Path temp;

  @Test
  void failOnACategoryWithFindingsExitsOneAfterPrintingTheReport() {
    CliRun run = CliRun.of("diff", A, B, "--fail-on", "workdir,missing-library");

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("23 differences: 2 missing-library"), run.out());
    assertEquals("Failing (--fail-on): findings in missing-library (2)\n", run.err());
  }

  @Test
  void failOnCategoriesWithoutFindingsExitsZero() {
    CliRun run = CliRun.of("diff", A, B, "--fail-on", "workdir", "--fail-on", "unresolved-library");

    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void comparingAnInventoryWithItselfFindsNothing() {
    CliRun run = CliRun.of("diff", A, A, "--fail-on", "missing-library,removed-os-package");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("No differences\n"), run.out());
  }

  @Test
  void unknownFailOnCategoryIsAUsageErrorListingTheValidOnes() {
    CliRun run = CliRun.of("diff", A, B, "--fail-on", "missing-libraries");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: Unknown --fail-on category 'missing-libraries'."
        + " Valid categories: missing-library, unresolved-library, runtime-version,"), run.err());
    assertTrue(run.err().contains("workdir, ports\n"), run.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("diff", A, B, "--format", "yaml");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'yaml' is not a format; use text, json, markdown or html."),
        run.err());
  }

  @Test
  void outputWritesTheReportToTheFileInsteadOfStdout() throws IOException {
    Path report = temp.resolve("diff.md");

    CliRun run = CliRun.of("diff", A, B, "--format", "markdown", "--output", report.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        Files.readString(SCENARIO.resolve("expected/diff.md")), Files.readString(report));
  }

  @Test
  void outputRefusesToReplaceAFileWithoutForce() throws IOException {
    Path report = temp.resolve("diff.json");
    Files.writeString(report, "keep me");

    CliRun refused = CliRun.of("diff", A, B, "--format", "json", "--output", report.toString());

    assertEquals(3, refused.exitCode());
    assertEquals("""
        error: Refusing to overwrite an existing file
          in %s
          unbuildpack never replaces a file unless you ask it to.
          How to fix:
            1. Pass --force to replace it.
            2. Or pass another --output FILE.
            3. Or leave out --output to print the report.
        """.formatted(report), refused.err());
    assertEquals("keep me", Files.readString(report));

    CliRun forced = CliRun.of("diff", A, B, "--format", "json", "--output", report.toString(),
        "--force");

    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(Files.readString(report).startsWith("{\n  \"schemaVersion\" : 1"));
  }

  @Test
  void missingInventoryFileIsBadInputNamingTheFile() {
    CliRun run = CliRun.of("diff", "inventory:nowhere/a.json", B);

    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: No inventory file at nowhere/a.json\n"
        + "  in nowhere/a.json\n"), run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace without --debug: " + run.err());
  }

  @Test
  void malformedInventoryFileIsBadInputWithLineAndColumn() throws IOException {
    Path broken = temp.resolve("broken.json");
    Files.writeString(broken, "{\n  \"image\": \"x\",\n  \"layers\": [,]\n}\n");

    CliRun run = CliRun.of("diff", "inventory:" + broken, B);

    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("error: The inventory file is not a valid inventory\n"
        + "  in " + broken + ":3:14\n"), run.err());
  }

  @Test
  void inventoryWithAWrongTypeIsBadInputNamingLineAndField() throws IOException {
    Path wrong = temp.resolve("wrong.json");
    Files.writeString(wrong, """
        {"image": "x", "packages": [], "runtimes": [], "libraries": [], "linkage": [],
         "layers": [{"digest": "sha256:1", "size": "big", "createdBy": null}]}
        """);

    CliRun run = CliRun.of("diff", "inventory:" + wrong, B);

    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("error: The inventory file is not a valid inventory\n"
        + "  in " + wrong + ":2:"), run.err());
    assertTrue(run.err().contains("(at layers[0].size)"), run.err());
  }

  @Test
  void inventoryWithoutARequiredListIsBadInputNamingIt() throws IOException {
    Path partial = temp.resolve("partial.json");
    Files.writeString(partial, "{\"image\": \"x\", \"layers\": [], \"packages\": []}");

    CliRun run = CliRun.of("diff", "inventory:" + partial, B);

    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("error: The inventory file has no 'runtimes' list\n"),
        run.err());
  }

  @Test
  void savedInventoryWithoutImageNameOrWithUnknownFieldsStillCompares() throws IOException {
    Path bare = temp.resolve("bare.json");
    Files.writeString(bare, """
        {"futureField": {"x": 1}, "config": null, "layers": [], "packages": [], "runtimes": [],
         "libraries": [], "linkage": []}
        """);

    CliRun run = CliRun.of("diff", "inventory:" + bare, B, "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"imageA\" : \"inventory:" + bare + "\""), run.out());
  }

  @Test
  void missingImageArchiveIsBadInputNamingIt() {
    CliRun run = CliRun.of("diff", "docker-archive:nowhere/app.tar", B);

    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: Cannot open the image docker-archive:nowhere/app.tar\n"),
        run.err());
  }

  @Test
  void colourIsUsedWhenTheInjectedPolicyAllowsIt() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new DiffCommand(() -> true));
    cli.setOut(new PrintWriter(out));

    int code = cli.execute(A, B);

    assertEquals(0, code);
    assertTrue(out.toString().startsWith("\u001b[1m23 differences"), out.toString());
  }

  @Test
  void reportsWrittenToAFileAreNeverColoured() throws IOException {
    Path report = temp.resolve("diff.txt");
    CommandLine cli = new CommandLine(new DiffCommand(() -> true));
    cli.setErr(new PrintWriter(new StringWriter()));

    assertEquals(0, cli.execute(A, B, "--output", report.toString()));

    assertFalse(Files.readString(report).contains("\u001b"));
  }
}
