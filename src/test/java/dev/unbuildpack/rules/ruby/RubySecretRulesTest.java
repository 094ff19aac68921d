package dev.unbuildpack.rules.ruby;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RubySecretRulesTest {
  @Test
  void bundlerHostKeysDoubleDotsAndTripleDashes() {
    assertEquals("BUNDLE_GEMS__CONTRIBSYS__COM", RubySecretRules.bundleKey("gems.contribsys.com"));
    assertEquals("BUNDLE_MY___GEMS__EXAMPLE__COM",
        RubySecretRules.bundleKey("my-gems.example.com"));
  }

  @Test
  void theHostOfAGemServerRemoteIsLowerCased() {
    assertEquals(Optional.of("gem.fury.io"), RubySecretRules.host("https://Gem.Fury.io/acme/"));
    assertEquals(Optional.empty(), RubySecretRules.host("engines/billing"));
  }
}
