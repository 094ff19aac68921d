package dev.unbuildpack.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Converts a path typed on the command line. An empty string is refused (a usage error, exit 2):
 * {@code Path.of("")} is the current folder, so {@code --output ""} from an unset shell variable
 * would otherwise write there.
 */
final class PathArgument implements CommandLine.ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new CommandLine.TypeConversionException("the path is empty; name a file or folder");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a valid path: "
          + e.getReason());
    }
  }
}
