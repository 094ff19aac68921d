package dev.unbuildpack.detect.python;

import dev.unbuildpack.common.Location;

/**
 * Where the install fetches packages from, other than PyPI's default index: an index, a
 * find-links location, a VCS or archive URL. The URL is kept as the file writes it, ${VAR}
 * references included, so the rules can name the secrets it needs and refuse a literal
 * credential; it is never written anywhere.
 *
 * @param kind what the URL is for
 * @param name the index's name where the file gives one (Poetry, uv, Pipenv), else null
 * @param url the URL as written
 * @param authenticate true when the file says the index always needs credentials (uv's
 *     {@code authenticate = "always"})
 * @param at where it is written
 */
public record PackageSource(Kind kind, String name, String url, boolean authenticate,
    Location at) {

  public enum Kind {
    /** pip's --index-url, a Pipfile or pip.conf index */
    INDEX,
    /** pip's --extra-index-url, or a secondary Poetry/uv index */
    EXTRA_INDEX,
    /** pip's --find-links */
    FIND_LINKS,
    /** a VCS requirement (git+https://..., git+ssh://...) */
    VCS,
    /** a requirement given as an archive or wheel URL, or a requirements file fetched by URL */
    URL,
    /** a pip.conf setting (index-url, extra-index-url, find-links) */
    PIP_CONF
  }

  @Override
  public String toString() {
    return kind + " " + at; // the URL may hold a credential: never part of a message by default
  }
}
