package dev.unbuildpack.cli;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import dev.unbuildpack.plan.ImageMap;
import java.nio.file.Path;
import java.util.List;

/** Reads and checks convert's option files; a problem is bad input (exit 3) naming the file. */
final class ConvertInputs {
  private static final String PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----";

  private ConvertInputs() {}

  static ImageMap imageMap(Path file) {
    return file == null ? ImageMap.empty() : ImageMap.parse(
        BoundedRead.text(file, ReadLimit.IMAGE_MAP, file.toString()), file.toString());
  }

  /**
   * The CA bundle's absolute path, after checking it holds a PEM certificate, so a wrong path
   * fails here and not halfway through a docker build. Its content is not kept.
   */
  static String extraCa(Path file) {
    if (file == null) {
      return null;
    }
    if (!BoundedRead.text(file, ReadLimit.CA_BUNDLE, file.toString()).contains(PEM_CERTIFICATE)) {
      throw new BadInputException(
          "The CA bundle holds no PEM certificate", Location.of(file.toString()),
          "--extra-ca expects a PEM file with one or more '" + PEM_CERTIFICATE + "' blocks.",
          List.of("Pass your system bundle (e.g. /etc/ssl/certs/ca-certificates.crt) or the"
              + " proxy's CA certificate in PEM form."));
    }
    return file.toAbsolutePath().normalize().toString();
  }
}
