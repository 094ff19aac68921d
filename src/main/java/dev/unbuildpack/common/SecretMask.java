package dev.unbuildpack.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only way a secret's value may appear in output: a masked fingerprint that lets a user
 * recognise which token it is (its length and a short hash) without revealing any of it.
 */
public final class SecretMask {
  /** What {@link #fingerprint} writes, to find a fingerprint again in a message. */
  public static final Pattern FINGERPRINT =
      Pattern.compile("\\*\\*\\*\\*\\(\\d+ chars, sha256:[0-9a-f]{8}\\)");

  /**
   * Names that usually hold a credential: a whole word such as KEY or TOKEN ("HEROKU_API_KEY",
   * "SECRET_KEY_BASE"), or a name ending in one ("GITHUBTOKEN").
   */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|CREDENTIALS?|AUTH|PRIVATE|COOKIE)(_|$)"
              + "|(TOKEN|SECRET|PASSWORD|KEY)S?$");

  /** "scheme://user:password@host": a URL carrying its credentials, whatever the name. */
  private static final Pattern URL_WITH_CREDENTIALS =
      Pattern.compile("^[a-zA-Z][\\w+.-]*://[^/@\\s]+@");

  private SecretMask() {}

  /** True when a variable of this name usually holds a credential, whatever its value. */
  public static boolean secretName(String name) {
    return SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).find();
  }

  /**
   * True when a variable looks like it holds a credential: a secret-looking name with a
   * non-empty value, or any URL with credentials in it. A null value is judged by the name.
   */
  public static boolean looksSecret(String name, String value) {
    if (value == null) {
      return secretName(name);
    }
    return (secretName(name) && !value.isEmpty()) || URL_WITH_CREDENTIALS.matcher(value).find();
  }

  /** The value as output may show it: its fingerprint when it looks secret, else as is. */
  public static String displayed(String name, String value) {
    if (value != null && FINGERPRINT.matcher(value).matches()) {
      return value; // already masked (a saved inventory): masking again would hide equal values
    }
    return looksSecret(name, value) ? fingerprint(value) : value;
  }

  /** An environment entry "NAME=value" as output may show it ({@link #displayed}). */
  public static String displayedEntry(String entry) {
    int equals = entry.indexOf('=');
    if (equals < 0) {
      return entry;
    }
    String name = entry.substring(0, equals);
    return name + "=" + displayed(name, entry.substring(equals + 1));
  }

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
