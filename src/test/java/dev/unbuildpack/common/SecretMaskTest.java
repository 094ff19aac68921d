package dev.unbuildpack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretMaskTest {
  @Test
  void showsLengthAndHashButNoCharacterOfTheValue() {
    String token = "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    String masked = SecretMask.fingerprint(token);
    assertEquals("****(40 chars, sha256:", masked.substring(0, 22));
    for (int i = 0; i + 4 <= token.length(); i++) {
      assertFalse(masked.contains(token.substring(i, i + 4)), masked);
    }
    assertNotEquals(masked, SecretMask.fingerprint(token + "x"));
    assertTrue(SecretMask.FINGERPRINT.matcher("token " + masked + " found").find());
  }
}
