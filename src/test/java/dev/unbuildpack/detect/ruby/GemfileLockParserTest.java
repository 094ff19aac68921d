package dev.unbuildpack.detect.ruby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GemfileLockParserTest {
  private static final String LOCK = """
      GIT
        remote: https://github.com/acme/widgets.git
        revision: 0123456789abcdef
        specs:
          widgets (0.3.0)
            rack (>= 2)

      PATH
        remote: engines/billing
        specs:
          billing (0.1.0)

      GEM
        remote: https://rubygems.org/
        specs:
          nokogiri (1.16.6)
            racc (~> 1.4)
          nokogiri (1.16.6-x86_64-linux)
            racc (~> 1.4)
          pg (1.5.6)
          racc (1.8.0)

      GEM
        remote: https://gems.contribsys.com/
        specs:
          sidekiq-pro (7.3.0)

      PLATFORMS
        ruby
        x86_64-linux

      DEPENDENCIES
        billing!
        nokogiri
        pg (~> 1.5)
        sidekiq-pro!
        widgets!

      CHECKSUMS
        pg (1.5.6) sha256=abc

      RUBY VERSION
         ruby 3.3.5p100

      BUNDLED WITH
         2.5.16
      """;

  @Test
  void readsSpecsWithTheirPlatformSectionAndRemote() {
    GemfileLock lock = GemfileLockParser.parse(LOCK);
    assertEquals(List.of("widgets", "billing", "nokogiri", "nokogiri", "pg", "racc",
        "sidekiq-pro"), lock.specs().stream().map(GemSpec::name).toList());
    List<GemSpec> nokogiri = lock.specs("nokogiri");
    assertEquals("ruby", nokogiri.get(0).platform());
    assertEquals("x86_64-linux", nokogiri.get(1).platform());
    assertEquals("1.16.6", nokogiri.get(1).version());
    assertEquals("Gemfile.lock:18", nokogiri.get(1).at().toString());
    assertEquals("GIT", lock.spec("widgets").orElseThrow().source());
    assertEquals("https://gems.contribsys.com/", lock.spec("sidekiq-pro").orElseThrow().remote());
    assertEquals(List.of("GIT", "PATH", "GEM", "GEM"), lock.sources().stream()
        .map(LockSource::type).toList());
  }

  @Test
  void readsPlatformsDependenciesRubyVersionWithPatchLevelAndBundler() {
    GemfileLock lock = GemfileLockParser.parse(LOCK);
    assertEquals(List.of("ruby", "x86_64-linux"), lock.platforms().stream()
        .map(d -> d.value()).toList());
    assertTrue(lock.direct("pg"));
    assertFalse(lock.direct("racc"));
    RubyVersionLine ruby = lock.rubyVersion().orElseThrow();
    assertEquals("3.3.5", ruby.version());
    assertEquals("p100", ruby.patchlevel());
    assertNull(ruby.pre());
    assertFalse(ruby.isJruby());
    assertEquals("2.5.16", lock.bundledWith().orElseThrow().value());
  }

  @Test
  void readsJrubyEngineAndPreRelease() {
    RubyVersionLine jruby = GemfileLockParser.parse("RUBY VERSION\n   ruby 3.1.4p0 (jruby 9.4.9.0)\n")
        .rubyVersion().orElseThrow();
    assertEquals("3.1.4", jruby.version());
    assertEquals("9.4.9.0", jruby.jruby());
    RubyVersionLine pre = GemfileLockParser.parse("RUBY VERSION\n  ruby 3.4.0.preview2\n")
        .rubyVersion().orElseThrow();
    assertEquals("preview2", pre.pre());
  }

  @Test
  void aMergeConflictFailsWithItsLine() {
    BadInputException e = assertThrows(BadInputException.class, () -> GemfileLockParser.parse(
        "GEM\n  remote: https://rubygems.org/\n  specs:\n<<<<<<< HEAD\n    pg (1.5.6)\n"));
    assertEquals("Gemfile.lock:4", e.location().orElseThrow().toString());
  }

  @Test
  void aSpecWithoutVersionFailsWithItsLine() {
    BadInputException e = assertThrows(BadInputException.class, () -> GemfileLockParser.parse(
        "GEM\n  remote: https://rubygems.org/\n  specs:\n    pg\n"));
    assertEquals("Gemfile.lock:4", e.location().orElseThrow().toString());
  }

  @Test
  void anUnreadableRubyVersionFailsInsteadOfSilentlyUsingTheDefault() {
    assertThrows(BadInputException.class, () -> GemfileLockParser.parse(
        "RUBY VERSION\n   ruby three\n"));
  }

  @Test
  void credentialsInAShownLineAreMasked() {
    BadInputException e = assertThrows(BadInputException.class, () -> GemfileLockParser.parse(
        "GEM\n  remote: https://rubygems.org/\n  specs:\n    x https://u:hunter2@h/ (1)\n"));
    assertFalse(e.getMessage().contains("hunter2") || e.why().orElse("").contains("hunter2"));
  }
}
