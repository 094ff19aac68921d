package dev.unbuildpack.cli;

import picocli.CommandLine;

/** The version from the jar manifest; "dev" when running from classes (tests, IDE). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"unbuildpack " + (version == null ? "dev" : version)};
  }
}
