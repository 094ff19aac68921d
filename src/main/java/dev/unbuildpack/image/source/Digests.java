package dev.unbuildpack.image.source;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content digests as OCI descriptors write them ("sha256:…", "sha512:…"): checked while the bytes
 * stream past, so verifying costs no second read.
 */
public final class Digests {
  /** The digests an image may name; anything else is malformed. */
  static final Pattern VALID = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");

  private Digests() {}

  /**
   * A stream that hashes what is read through it with the digest's algorithm; when the digest is
   * null (nothing to check against), it passes bytes through without hashing.
   */
  public static DigestInputStream hashing(InputStream in, String digest) {
    DigestInputStream hashing = new DigestInputStream(in, algorithm(digest == null ? "" : digest));
    hashing.on(digest != null);
    return hashing;
  }

  /** The digest of what went through the stream, in "algorithm:hex" form. */
  public static String of(DigestInputStream stream, String like) {
    return like.substring(0, like.indexOf(':') + 1)
        + HexFormat.of().formatHex(stream.getMessageDigest().digest());
  }

  /** The digest of some bytes, with the algorithm of {@code like}. */
  public static String of(byte[] bytes, String like) {
    return like.substring(0, like.indexOf(':') + 1)
        + HexFormat.of().formatHex(algorithm(like).digest(bytes));
  }

  /** Reads a stream to its end (so every byte is hashed). */
  public static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    while (in.read(buffer) >= 0) {
      // only hashed
    }
  }

  private static MessageDigest algorithm(String digest) {
    try {
      return MessageDigest.getInstance(digest.startsWith("sha512:") ? "SHA-512" : "SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256 and SHA-512", e);
    }
  }
}
