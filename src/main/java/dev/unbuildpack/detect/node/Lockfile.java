package dev.unbuildpack.detect.node;

/**
 * A lockfile committed with the app.
 *
 * @param file relative to the app root
 * @param kind which package manager and flavour wrote it
 */
public record Lockfile(String file, Kind kind) {
  /** The lockfile flavours the classic buildpack tells apart. */
  public enum Kind {
    NPM("package-lock.json"),
    NPM_SHRINKWRAP("npm-shrinkwrap.json"),
    YARN_CLASSIC("yarn.lock"),
    YARN_BERRY("yarn.lock"),
    PNPM("pnpm-lock.yaml");

    private final String file;

    Kind(String file) {
      this.file = file;
    }

    public String file() {
      return file;
    }
  }
}
