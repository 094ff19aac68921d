package dev.unbuildpack.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The only way a secret's value may appear in output: a masked fingerprint that lets a user
 * recognise which token it is (its length and a short hash) without revealing any of it.
 */
public final class SecretMask {
  /** What {@link #fingerprint} writes, to find a fingerprint again in a message. */
  public static final Pattern FINGERPRINT =
      Pattern.compile("\\*\\*\\*\\*\\(\\d+ chars, sha256:[0-9a-f]{8}\\)");

  private SecretMask() {}

  /** For example {@code ****(36 chars, sha256:1a2b3c4d)}; no character of the value is shown. */
  public static String fingerprint(String value) {
    return "****(" + value.length() + " chars, sha256:" + shortHash(value) + ")";
  }

  private static String shortHash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
