package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.common.Location;

/**
 * The RUBY VERSION section of Gemfile.lock as the Ruby buildpack reads it.
 *
 * @param version the Ruby (language) version, three numbers ("3.3.5")
 * @param pre a pre-release suffix ("rc1", "preview2"), or null
 * @param patchlevel the "pNNN" patch level written after the version, or null; the buildpack
 *     ignores it (its binaries are named by the three numbers)
 * @param jruby the JRuby version of an "(jruby 9.4.9.0)" engine part, or null for CRuby
 * @param line the line as written, stripped
 * @param at where it is
 */
public record RubyVersionLine(String version, String pre, String patchlevel, String jruby,
    String line, Location at) {
  public boolean isJruby() {
    return jruby != null;
  }
}
