package dev.unbuildpack.cli;

import dev.unbuildpack.model.DebianRelease;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --debian RELEASE}: pins the Debian release the images are based on (detect, convert). */
final class DebianOption {
  @Option(names = "--debian", paramLabel = "RELEASE", converter = Release.class,
      description = "Base the images on this Debian release: bookworm or trixie. Default: trixie"
          + " when the official image publishes the exact runtime version for it, else the"
          + " newest release that does.")
  DebianRelease release;

  Optional<DebianRelease> pinned() {
    return Optional.ofNullable(release);
  }

  /** A code name; anything else is a usage error naming the releases there are. */
  static final class Release implements CommandLine.ITypeConverter<DebianRelease> {
    @Override
    public DebianRelease convert(String value) {
      return DebianRelease.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "'" + value + "' is no Debian release unbuildpack supports; use one of "
              + DebianRelease.codenames()));
    }
  }
}
