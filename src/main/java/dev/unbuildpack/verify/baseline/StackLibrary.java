package dev.unbuildpack.verify.baseline;

import java.util.List;
import java.util.Map;

/**
 * A shared library a Heroku stack shipped.
 *
 * @param soname the library's name as DT_NEEDED gives it (libvips.so.42)
 * @param stackPackage the stack's (Ubuntu) package that shipped it (libvips42t64)
 * @param image the stack image that had the package
 * @param debianPackages suite (bookworm, trixie) → the Debian packages that ship it, which an
 *     image built on Debian installs instead
 */
public record StackLibrary(String soname, String stackPackage, StackImage image,
    Map<String, List<String>> debianPackages) {
  public StackLibrary {
    debianPackages = Map.copyOf(debianPackages);
  }
}
