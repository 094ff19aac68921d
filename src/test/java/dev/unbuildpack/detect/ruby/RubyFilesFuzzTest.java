package dev.unbuildpack.detect.ruby;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the Ruby readers: Gemfile.lock (which refuses what Bundler would refuse, with a
 * line) and the Gemfile read as text (which never refuses: it skips what it does not understand).
 * Each then asks what the rules ask of every spec and line. A plain test run replays the inputs
 * under RubyFilesFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class RubyFilesFuzzTest {

  @FuzzTest
  void gemfileLock(byte[] input) throws Exception {
    holds(() -> {
      GemfileLock lock = GemfileLockParser.parse(text(input));
      lock.specs().forEach(spec -> {
        spec.described();
        lock.direct(spec.name());
      });
      lock.sources().forEach(source -> source.at().toString());
      lock.rubyVersion().ifPresent(RubyVersionLine::isJruby);
    });
  }

  @FuzzTest
  void gemfile(byte[] input) throws Exception {
    // The Gemfile reader must accept anything: a Gemfile is code it does not evaluate.
    Gemfile gemfile = GemfileReader.read(text(input));
    gemfile.gems().forEach(gem -> gem.at().toString());
    gemfile.sources().forEach(source -> source.value().length());
  }
}
