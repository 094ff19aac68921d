package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.dockerfile.DockerfileParser;
import dev.unbuildpack.dockerfile.Instruction;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.rules.TempApp;
import dev.unbuildpack.testing.SampleDetections;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No app string can add, remove or change an instruction of a generated file. Every fixture app,
 * and a corpus of hostile apps (each hostile text placed where an app controls text: folder name,
 * app.json env keys and values, engines, dependency names, Procfile commands, Aptfile,
 * .slugignore, app.json scripts), is converted; the files are read back
 * ({@link GeneratedStructure}) and must hold exactly the planned instructions, or the conversion
 * must refuse the app with exit 3 naming where the text came from. Config var values, marked
 * here, must appear in no file.
 */
class GeneratedFilesInjectionTest {
  /** Texts that break a line-based format, or expand, quote, escape or start markup. */
  static final List<String> HOSTILE = List.of(
      "a\nRUN touch /pwned",
      "a\rRUN touch /pwned",
      "a\r\nRUN touch /pwned",
      "a\u2028RUN touch /pwned",
      "a\u0085RUN touch /pwned",
      "$HOME${PATH}",
      "back\\slash\\",
      "cont \\\nRUN touch /pwned",
      "quo\"te'd",
      "<<EOF\nRUN touch /pwned\nEOF",
      "x <<EOF",
      "`id` $(id) ; id && id | id > /tmp/x",
      ">=11.x",
      "<script>alert(1)</script>",
      "| a | b |",
      "# heading",
      "[link](javascript:alert(1))",
      "!.env",
      "\\");

  /** Where a config var's value is marked, to prove it never reaches a file. */
  private static final String VALUE_MARK = "CONFIGVALUE";

  @TempDir Path dir;

  static Stream<Path> fixtures() throws IOException {
    return ConvertGoldenTest.fixtures().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureReadsBackAsItsPlan(Path fixture) {
    convert(fixture).ifPresent(GeneratedStructure::assertFaithful);
  }

  /** Each way an app carries text, as a function from the hostile text to an app. */
  static Stream<Arguments> hostileApps() {
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String h = HOSTILE.get(i);
      int n = i;
      add(cases, "app.json env value", n, h, app -> app
          .file("app.json", "{\"env\": {\"API_TOKEN\": " + json(VALUE_MARK + h) + ", \"PLAIN\": "
              + "{\"value\": " + json(VALUE_MARK + h) + "}}}"));
      // A buildpack setting's value is a build input the rules pass on, as one shell word.
      add(cases, "buildpack setting", n, h, app -> app
          .file("app.json", "{\"env\": {\"NPM_CONFIG_PRODUCTION\": " + json(h)
              + ", \"NODE_BUILD_FLAGS\": " + json(h) + ", \"NODE_ENV\": " + json(h) + "}}"));
      add(cases, "app.json env key", n, h, app -> app
          .file("app.json", "{\"env\": {" + json(h) + ": \"x\"}}"));
      add(cases, "engines.node", n, h, app -> app
          .file("package.json", "{\"name\": \"a\", \"engines\": {\"node\": " + json(h) + "}}"));
      add(cases, "engines.npm", n, h, app -> app
          .file("package.json", "{\"name\": \"a\", \"engines\": {\"npm\": " + json(h) + "}}"));
      add(cases, "dependency name", n, h, app -> app
          .file("package.json", "{\"name\": \"a\", \"dependencies\": {" + json(h)
              + ": \"git+https://github.com/acme/lib.git\", \"sharp\": \"0.33.0\"}}"));
      add(cases, "Procfile command", n, h, app -> app
          .file("Procfile", "web: node server.js " + h.replace("\n", " ") + "\nrelease: echo "
              + h.replace("\n", " ") + "\n"));
      add(cases, "Aptfile entry", n, h, app -> app.file("Aptfile", h + "\n"));
      add(cases, ".slugignore line", n, h, app -> app.file(".slugignore", h + "\n"));
      add(cases, "app.json script", n, h, app -> app
          .file("app.json", "{\"scripts\": {" + json(h) + ": " + json(h) + "}}"));
      add(cases, "app.json add-on", n, h, app -> app
          .file("app.json", "{\"addons\": [" + json(h) + "]}"));
      add(cases, "script name", n, h, app -> app
          .file("package.json", "{\"name\": \"a\", \"scripts\": {\"build\": " + json(h)
              + ", \"heroku-prebuild\": " + json(h) + "}}"));
    }
    return cases.stream();
  }

  private static void add(List<Arguments> cases, String where, int n, String hostile,
      Function<TempApp, TempApp> plant) {
    cases.add(Arguments.of(where + " #" + n, hostile, plant));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileApps")
  void aHostileAppConvertsFaithfullyOrIsRefusedWithItsPlace(
      String name, String hostile, Function<TempApp, TempApp> plant) throws IOException {
    TempApp app = plant.apply(base(new TempApp(dir, "app")));
    convert(app.root()).ifPresent(conversion -> {
      GeneratedStructure.assertFaithful(conversion);
      conversion.files().forEach((file, text) ->
          assertFalse(text.contains(VALUE_MARK), file + " holds a config var's value:\n" + text));
      String dockerfile = conversion.files().get(Conversion.DOCKERFILE);
      for (Instruction run : DockerfileParser.parse("Dockerfile", dockerfile).all("RUN")) {
        // App text reaches a shell only as single-quoted words.
        String unquoted = run.arguments().replaceAll("'[^']*'", "''");
        assertFalse(unquoted.contains("pwned") || unquoted.contains("$(id)")
            || unquoted.contains(">=11"), "app text outside quotes: " + run.arguments());
      }
      String report = conversion.files().get(Conversion.REPORT)
          .replaceAll("(`+)(?:(?!\\1).)+?\\1", "");
      assertFalse(report.contains("<script") || report.matches("(?s).*(?<!\\\\)\\]\\(javascript.*"),
          "the report escapes HTML and links outside code spans:\n" + report);
    });
  }

  /** The folder's own name is app text too: it reaches every file's header. */
  @ParameterizedTest(name = "#{index}")
  @MethodSource("hostileFolderNames")
  void aHostileFolderNameStaysInsideComments(String folder) throws IOException {
    convert(base(new TempApp(dir, folder)).root()).ifPresent(GeneratedStructure::assertFaithful);
  }

  static Stream<String> hostileFolderNames() {
    return HOSTILE.stream().map(h -> h.replace("/", "_")).filter(h -> !h.equals("\\"));
  }

  /**
   * Text that reaches the files only through a detection file (convert --detection): process
   * commands, ignore patterns and the app's name are written faithfully or refused.
   */
  @ParameterizedTest(name = "#{index}")
  @MethodSource("hostileTexts")
  void aHostileDetectionIsWrittenFaithfullyOrRefused(String hostile) {
    Detection base = SampleDetections.fullFeatured();
    List<Detection> variants = List.of(
        SampleDetections.withProcesses(base, List.of(
            new Process("web", "node server.js " + hostile, "Procfile:1 " + hostile),
            new Process("release", hostile, hostile))),
        SampleDetections.withProcesses(base, List.of(new Process("web", hostile, ""))),
        SampleDetections.withIgnore(base, List.of(new IgnoreEntry(hostile, hostile))),
        SampleDetections.withIgnore(base, List.of(new IgnoreEntry(hostile, ""))),
        new Detection(hostile, base.ecosystems(), base.processes(), base.buildSecrets(),
            base.systemPackages(), base.buildSteps(), base.env(), base.addons(), base.ignore(),
            base.findings()),
        // An app with a .profile: its commands start after the start-up script.
        new Detection(base.app(), base.ecosystems(), List.of(
            new Process("web", "node server.js " + hostile, "Procfile:1"),
            new Process("release", hostile, hostile)), base.buildSecrets(),
            base.systemPackages(), base.buildSteps(), base.env(), base.addons(), base.ignore(),
            base.findings(), base.debian(), List.of(".profile.d/x.sh", ".profile")));
    for (Detection detection : variants) {
      try {
        GeneratedStructure.assertFaithful(Conversion.of(detection, PlanOptions.defaults(),
            RuleDescriptions.none()));
      } catch (BadInputException refused) {
        assertEquals(3, refused.exitCode());
        assertTrue(refused.location().isPresent(), "a refusal names where: " + refused.title());
      }
    }
  }

  static Stream<String> hostileTexts() {
    return HOSTILE.stream();
  }

  /** The conversion, or empty when the app is refused as bad input (exit 3, with a place). */
  private static java.util.Optional<Conversion> convert(Path root) {
    Detection detection;
    try {
      detection = RuleEngine.builtIn().detect(AppDir.open(root));
      if (detection.hasErrors()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(Conversion.of(detection, PlanOptions.defaults(),
          RuleDescriptions.of(RuleSet.builtIn())));
    } catch (BadInputException refused) {
      assertEquals(3, refused.exitCode());
      assertTrue(refused.location().isPresent(), "a refusal names where: " + refused.title());
      return java.util.Optional.empty();
    }
  }

  private static String json(String text) {
    return dev.unbuildpack.common.Json.quote(text);
  }

  /** A small Node app (package.json, Procfile, server.js) whose files a case replaces. */
  private static TempApp base(TempApp app) {
    return app.file("package.json", "{\"name\": \"a\", \"engines\": {\"node\": \"24.x\"},"
            + " \"scripts\": {\"build\": \"echo build\"}}")
        .file("Procfile", "web: node server.js\n")
        .file("server.js", "require('http').createServer().listen(process.env.PORT)\n");
  }
}
