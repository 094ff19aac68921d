package dev.unbuildpack.common;

/**
 * Where a problem or a fact comes from: a file relative to the app (or an image path, or a rule
 * file), with an optional 1-based line and column.
 */
public record Location(String file, Integer line, Integer column) {
  public Location {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("file cannot be empty");
    }
  }

  public static Location of(String file) {
    return new Location(file, null, null);
  }

  public static Location of(String file, int line) {
    return new Location(file, line, null);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line != null) {
      text.append(':').append(line);
      if (column != null) {
        text.append(':').append(column);
      }
    }
    return text.toString();
  }
}
