package dev.unbuildpack.image.catalog.dpkg;

/**
 * One stanza of the dpkg database.
 *
 * @param name package name
 * @param version full Debian version ("1:2.3-4+deb12u1")
 * @param installedSizeKib "Installed-Size", in KiB
 * @param installed whether dpkg considers it installed (status "... installed")
 */
public record DebPackage(String name, String version, long installedSizeKib, boolean installed) {

  /** The upstream part of the version: no epoch, no Debian revision, no +dfsg-style suffix. */
  public String upstreamVersion() {
    String v = version == null ? "" : version;
    int colon = v.indexOf(':');
    if (colon >= 0) {
      v = v.substring(colon + 1);
    }
    int dash = v.lastIndexOf('-');
    if (dash > 0) {
      v = v.substring(0, dash);
    }
    int plus = v.indexOf('+');
    if (plus > 0) {
      v = v.substring(0, plus);
    }
    int tilde = v.indexOf('~');
    return tilde > 0 ? v.substring(0, tilde) : v;
  }
}
