package dev.unbuildpack.common;

/**
 * The largest input of each kind the tool reads into memory. Each is checked before reading
 * (against the file's size, or a blob's declared size) and again while reading, so neither a huge
 * file nor one that grows can exhaust memory. README.md's limits table lists them; an error names
 * the kind and its limit.
 */
public enum ReadLimit {
  /** package.json, lockfiles, Procfile, app.json, .npmrc, the app's Dockerfile... */
  APP_FILE("an app file", 32L << 20),
  /** {@code check --dockerfile PATH}. */
  DOCKERFILE("a Dockerfile", 4L << 20),
  /** {@code check --detection FILE}. */
  DETECTION("a saved detection (--detection)", 16L << 20),
  /** {@code convert --image-map FILE}. */
  IMAGE_MAP("an image map (--image-map)", 1L << 20),
  /** {@code convert --extra-ca FILE}. */
  CA_BUNDLE("a CA bundle (--extra-ca)", 8L << 20),
  /** {@code survey --merge FILE.json}: one shard's report. */
  SURVEY("a survey report (--merge)", 256L << 20),
  /** {@code survey --apps-file FILE}. */
  APPS_FILE("an apps list (--apps-file)", 16L << 20),
  /** {@code inventory:FILE.json} for diff. */
  INVENTORY("a saved inventory (inventory:FILE)", 64L << 20),
  /** manifest.json, index.json, an OCI manifest or index, an image config. */
  IMAGE_JSON("an image manifest, index or config", 16L << 20);

  private final String what;
  private final long bytes;

  ReadLimit(String what, long bytes) {
    this.what = what;
    this.bytes = bytes;
  }

  /** What is limited, in the user's words: "an app file". */
  public String what() {
    return what;
  }

  public long bytes() {
    return bytes;
  }

  /** "32 MiB". */
  public String shown() {
    return Bytes.iec(bytes);
  }

  /** Sizes in binary units, for limits and messages. */
  static final class Bytes {
    private Bytes() {}

    static String iec(long bytes) {
      String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
      int unit = 0;
      long value = bytes;
      while (unit < units.length - 1 && value >= 1024 && value % 1024 == 0) {
        value /= 1024;
        unit++;
      }
      return value + " " + units[unit];
    }
  }
}
