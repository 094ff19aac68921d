package dev.unbuildpack.rules.php;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposerConstraintTest {
  @ParameterizedTest(name = "{0} admits {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "^8.2; 8.5.8; true", "^8.2; 8.1.34; false", "^8.2; 9.0.0; false",
      "~8.3.0; 8.3.32; true", "~8.3.0; 8.4.0; false", "~8.3; 8.5.1; true", "~8.3; 9.0.0; false",
      "8.3.*; 8.3.5; true", "8.3.*; 8.4.0; false", "8.*; 8.5.0; true", "*; 8.1.0; true",
      ">=8.1 <8.4; 8.3.32; true", ">=8.1 <8.4; 8.4.0; false", ">=8.1,<8.4; 8.4.1; false",
      ">= 8.2; 8.2.0; true", "^7.2 || ^8.0; 8.5.8; true", "^7.4|^8.0; 8.1.0; true",
      "^7.4; 8.1.0; false", "8.1 - 8.3; 8.3.9; true", "8.1 - 8.3; 8.4.0; false",
      "8.1.0 - 8.3.2; 8.3.3; false", "8.4.5; 8.4.5; true", "8.4.5; 8.4.6; false",
      "v8.4.5; 8.4.5; true", "!=8.4.5; 8.4.6; true", "^8.3@stable; 8.3.1; true",
      "^8.1.0 <8.6; 8.5.8; true", "^8.1.0 <8.6; 8.6.0; false"})
  void admits(String constraint, String version, boolean admitted) {
    assertEquals(admitted, ComposerConstraint.parse(constraint).orElseThrow().admits(version));
  }

  @ParameterizedTest
  @ValueSource(strings = {"^8.four", "", "banana", ">=", "8.2 ||", "^^8"})
  void refusesWhatComposerCannotRead(String constraint) {
    assertTrue(ComposerConstraint.parse(constraint).isEmpty(), constraint);
  }

  @ParameterizedTest
  @CsvSource({"8.5.8, 8.5.10, -1", "8.10.0, 8.9.9, 1", "8.4.0, 8.4.0, 0"})
  void comparesPartsAsNumbers(String a, String b, int sign) {
    assertEquals(sign, Integer.signum(ComposerConstraint.compare(a, b)));
  }
}
