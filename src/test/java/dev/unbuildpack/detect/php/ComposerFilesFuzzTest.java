package dev.unbuildpack.detect.php;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the Composer files the PHP detector reads: composer.json, composer.lock and
 * auth.json. Each reads the text as the detector does, then asks what the rules ask of it (every
 * requirement's place, every locked package's platform requirements, every credential's place).
 * A plain test run replays the inputs under ComposerFilesFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class ComposerFilesFuzzTest {

  @FuzzTest
  void composerJson(byte[] input) throws Exception {
    holds(() -> {
      ComposerJson json = ComposerJson.parse(text(input));
      json.require().values().forEach(d -> d.at().toString());
      json.requireDev().values().forEach(d -> d.at().toString());
      json.platformPhp().ifPresent(d -> d.at().toString());
      json.compile().forEach(d -> d.at().toString());
      json.repositories().forEach(r -> r.at().at().toString());
    });
  }

  @FuzzTest
  void composerLock(byte[] input) throws Exception {
    holds(() -> {
      ComposerLock lock = ComposerLock.parse(text(input));
      lock.packages().forEach(p -> {
        p.at().toString();
        p.platform().values().forEach(d -> d.at().toString());
        lock.find(p.name());
      });
      lock.platform().values().forEach(d -> d.at().toString());
      lock.pluginApiVersion().ifPresent(d -> d.at().toString());
    });
  }

  @FuzzTest
  void authJson(byte[] input) throws Exception {
    holds(() -> AuthJson.parse(text(input)).credentials().forEach(c -> c.at().toString()));
  }
}
