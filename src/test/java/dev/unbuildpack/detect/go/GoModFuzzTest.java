package dev.unbuildpack.detect.go;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of what the Go detector reads as text: go.mod (directives, blocks, quoted paths and
 * the "// +heroku" comments) and a committed .netrc. A plain test run replays the inputs under
 * GoModFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class GoModFuzzTest {

  @FuzzTest
  void goMod(byte[] input) throws Exception {
    holds(() -> {
      GoMod mod = GoMod.parse(text(input));
      mod.module().at().toString();
      mod.herokuInstall().ifPresent(install -> install.packages().forEach(String::length));
      mod.replaces().forEach(GoReplace::local);
      mod.requires().forEach(module -> module.at().toString());
    });
  }

  @FuzzTest
  void netrc(byte[] input) throws Exception {
    holds(() -> Netrc.password(text(input)).ifPresent(password -> password.at().toString()));
  }
}
