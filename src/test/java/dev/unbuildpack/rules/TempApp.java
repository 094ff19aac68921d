package dev.unbuildpack.rules;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Detection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throwaway app folder written file by file, for tests that vary one input at a time. */
public final class TempApp {
  private final Path root;

  public TempApp(Path parent, String name) {
    this.root = parent.resolve(name);
  }

  public TempApp file(String relative, String content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  public Detection detect() {
    return RuleEngine.builtIn().detect(AppDir.open(root));
  }

  /** Detects with the Debian release pinned, as {@code --debian} does. */
  public Detection detect(DebianRelease debian) {
    return RuleEngine.builtIn().detect(AppDir.open(root), java.util.Optional.of(debian));
  }
}
