package dev.unbuildpack.survey;

import dev.unbuildpack.common.UsageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N slices of a portfolio ({@code --shard I/N}, I from 1). An app belongs to the slice its
 * path hashes to, not to a position in a list: adding or removing an app moves no other app to
 * another shard, and every runner of a CI matrix computes the same slices from its own checkout.
 */
public record Shard(int index, int count) {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count);
    }
  }

  /** "2/8"; a malformed one is a usage error (exit 2). */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      int count = Integer.parseInt(m.group(2));
      if (count >= 1 && index >= 1 && index <= count) {
        return new Shard(index, count);
      }
    }
    throw new UsageException("--shard takes I/N with 1 <= I <= N", null,
        "Got '" + text + "'.", java.util.List.of("Pass e.g. --shard 2/8 for the second of eight."));
  }

  /** True when the app at this path (as reports show it) is in this slice. */
  public boolean includes(String path) {
    return slice(path, count) == index - 1;
  }

  /** 0-based slice: the first 8 bytes of the path's SHA-256, unsigned, modulo the count. */
  static int slice(String path, int count) {
    byte[] hash = sha256(path.getBytes(StandardCharsets.UTF_8));
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (hash[i] & 0xff);
    }
    return (int) Long.remainderUnsigned(value, count);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
