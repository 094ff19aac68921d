package dev.unbuildpack.detect.heroku;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the Heroku platform files: Procfile, app.json and the line lists (Aptfile,
 * .slugignore). A plain test run replays the inputs under HerokuFilesFuzzTestInputs/.
 */
class HerokuFilesFuzzTest {

  @FuzzTest
  void procfile(byte[] input) throws Exception {
    holds(() -> {
      Procfile procfile = Procfile.parse(text(input));
      procfile.entries().forEach(entry -> entry.at().toString());
    });
  }

  @FuzzTest
  void appJson(byte[] input) throws Exception {
    holds(() -> {
      AppJson app = AppJson.parse(text(input));
      app.env().forEach(AppEnvVar::suppliedByUser);
      app.addons().forEach(addon -> addon.at().toString());
    });
  }

  @FuzzTest
  void aptfile(byte[] input) throws Exception {
    holds(() -> HerokuFiles.lines(HerokuFiles.APTFILE, text(input)));
  }
}
