package dev.unbuildpack.rules.ruby;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RubyEnvRulesTest {
  @Test
  void gemsOfAnyPatchLiveInTheMinorsZeroFolder() {
    assertEquals("3.3.0", RubyEnvRules.abi("3.3.6"));
    assertEquals("3.4.0", RubyEnvRules.abi("3.4.0-preview2"));
  }
}
