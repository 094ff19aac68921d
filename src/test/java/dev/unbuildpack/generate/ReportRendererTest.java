package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.text.Markdown;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.plan.ImageMap;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.plan.Planner;
import dev.unbuildpack.testing.SampleDetections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
  private static final RuleDescriptions CATALOGUE = RuleDescriptions.of(Map.of(
      "NODE-RUNTIME", new RuleDescriptions.RuleDescription(
          "The buildpack installs the newest Node.js matching engines.node.",
          "heroku/heroku-buildpack-nodejs lib/runtimes/nodejs.sh (v363, 2026-08-20)")));

  private static String render(Detection detection, PlanOptions options) {
    return ReportRenderer.render(detection, Planner.plan(detection, options), CATALOGUE);
  }

  @Test
  void sectionsComeInTheOrderAReviewerNeedsThem() {
    String report = render(SampleDetections.fullFeatured(), PlanOptions.defaults());
    Matcher heading = Pattern.compile("(?m)^#{1,2} .*$").matcher(report);
    List<String> headings = heading.results().map(r -> r.group()).toList();
    assertEquals(List.of("# unbuildpack report: shop-api", "## What you must still do",
        "## Decisions", "## Findings", "## Build secrets", "## Config vars", "## Rules"), headings);
  }

  @Test
  void saysWhichVersionHerokuWouldPickAndWhy() {
    String report = render(SampleDetections.expressNpm(), PlanOptions.defaults());
    assertTrue(report.contains("| Node.js version | `24.19.0` | `NODE-RUNTIME` | Heroku would pick"
        + " Node.js 24.19.0 because of \"&gt;=18\" requested in package.json:6 engines.node. |\n"),
        report);
  }

  @Test
  void listsEveryRuleIncludingThoseQuotedInSourcesWithSummaryAndSource() {
    String report = render(SampleDetections.expressNpm(), PlanOptions.defaults());
    assertTrue(report.endsWith("""
        ## Rules

        | Rule | Summary | Source |
        |---|---|---|
        | `HEROKU-IGNORE-DEFAULTS` | (not in the rule catalogue) |  |
        | `HEROKU-PORT` | (not in the rule catalogue) |  |
        | `NODE-ENV-BUILD` | (not in the rule catalogue) |  |
        | `NODE-ENV-RUN` | (not in the rule catalogue) |  |
        | `NODE-INSTALL-NPM` | (not in the rule catalogue) |  |
        | `NODE-PRUNE-NPM` | (not in the rule catalogue) |  |
        | `NODE-RUNTIME` | The buildpack installs the newest Node.js matching engines.node. | heroku/heroku-buildpack-nodejs lib/runtimes/nodejs.sh (v363, 2026-08-20) |
        """), report);
  }

  @Test
  void everyFindingAppearsWithSeverityRuleAndPlace() {
    String report = render(SampleDetections.fullFeatured(), PlanOptions.defaults());
    assertTrue(report.contains("""
        ## Findings

        - **warning** `NODE-NPMRC-LITERAL` in .npmrc:3: .npmrc holds a literal auth token \\*\\*\\*\\*(36 chars, sha256:1a2b3c4d); use ${NPM_TOKEN}
        - **info** `NODE-NVMRC-IGNORED` in .nvmrc: .nvmrc is ignored by Heroku; engines.node decides
        """), report);
    assertTrue(render(SampleDetections.expressNpm(), PlanOptions.defaults())
        .contains("## Findings\n\nNone.\n"));
  }

  @Test
  void toDoCoversSecretsCaReleaseAddOnsAndConfigVars() {
    String report = render(SampleDetections.fullFeatured(), new PlanOptions(ImageMap.empty(), "corp-ca.pem"));
    String todo = report.substring(report.indexOf("## What you must still do"), report.indexOf("## Decisions"));
    assertTrue(todo.contains("1. Provide the build secret `NPM_TOKEN` (needed by .npmrc:2, rule"
        + " `NODE-NPMRC-TOKEN`) to every build from your environment: `docker build --secret"
        + " id=NPM_TOKEN,env=NPM_TOKEN ...`"), todo);
    assertTrue(todo.contains("2. Pass the CA bundle to every build: `--secret"
        + " id=extra-ca,src=corp-ca.pem`; for compose set `EXTRA_CA_FILE=corp-ca.pem`."), todo);
    assertTrue(todo.contains("3. Run the release phase `npm run migrate` (Procfile:3) once per"
        + " deploy"), todo);
    assertTrue(todo.contains("`docker compose run --rm release`"), todo);
    assertTrue(todo.contains("4. Provision the add-on `heroku-postgresql:essential-0`"), todo);
    assertTrue(todo.contains("6. Provision the add-on `sendgrid:starter` (app.json) and set"
        + " `SENDGRID_API_KEY` at run time. It has no local stand-in"), todo);
    assertTrue(todo.contains("7. Run the containers with an init (`docker run --init`"), todo);
    assertTrue(todo.contains("8. Set the app's config vars at run time"), todo);
    assertTrue(todo.contains("9. Review the warnings under Findings."), todo);
  }

  @Test
  void secretsTableSaysWhereEachIsMountedAndHowToPassIt() {
    String report = render(SampleDetections.fullFeatured(), PlanOptions.defaults());
    assertTrue(report.contains("| `NPM_TOKEN` | .npmrc:2, rule `NODE-NPMRC-TOKEN` | install"
        + " | `--secret id=NPM_TOKEN,env=NPM_TOKEN` |\n"), report);
  }

  @Test
  void releaseCommandIsQuotedForTheShell() {
    assertEquals("'echo '\\''hi'\\'''", ShellWord.quoted("echo 'hi'"));
  }

  @Test
  void tableCellsEscapePipes() {
    assertEquals("| `a \\|\\| b` | x |\n", Markdown.row(List.of(Markdown.code("a || b"), "x")));
    assertEquals("``a`b``", Markdown.code("a`b"));
    assertEquals("``` a``b` ```", Markdown.code("a``b`"));
  }
}
