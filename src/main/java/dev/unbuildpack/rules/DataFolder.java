package dev.unbuildpack.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The user's data folder, where {@code unbuildpack rules update} writes refreshed release lists,
 * and the date those lists are judged against. Both can be fixed from outside (the tests do, so a
 * developer's own refreshed lists and the calendar never change a golden file).
 */
public final class DataFolder {
  static final String FOLDER_PROPERTY = "unbuildpack.dataDir";
  static final String TODAY_PROPERTY = "unbuildpack.today";

  private DataFolder() {}

  /**
   * System property unbuildpack.dataDir, else $UNBUILDPACK_DATA_DIR, else
   * $XDG_CACHE_HOME/unbuildpack, else ~/.cache/unbuildpack.
   */
  public static Path user() {
    String property = System.getProperty(FOLDER_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("UNBUILDPACK_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String cache = System.getenv("XDG_CACHE_HOME");
    Path base = cache != null && !cache.isBlank() ? Path.of(cache)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("unbuildpack");
  }

  /** Today in UTC, or the date system property unbuildpack.today names (yyyy-mm-dd). */
  public static LocalDate today() {
    String fixed = System.getProperty(TODAY_PROPERTY);
    return fixed != null && !fixed.isBlank() ? LocalDate.parse(fixed)
        : LocalDate.now(ZoneOffset.UTC);
  }
}
