package dev.unbuildpack.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColourPolicyTest {
  @Test
  void colourOnATerminalWithoutNoColor() {
    assertTrue(ColourPolicy.useColour(true, null));
  }

  @Test
  void noColourWhenNotATerminal() {
    assertFalse(ColourPolicy.useColour(false, null));
  }

  @Test
  void noColorVariableTurnsColourOffWhateverItsValue() {
    assertFalse(ColourPolicy.useColour(true, "1"));
    assertFalse(ColourPolicy.useColour(true, "0"));
  }

  @Test
  void emptyNoColorCountsAsUnset() {
    assertTrue(ColourPolicy.useColour(true, ""));
  }
}
