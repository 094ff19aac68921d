package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.common.Location;

/**
 * One gem Gemfile.lock resolves: a spec line under a GEM, GIT or PATH section's "specs:".
 *
 * @param name the gem's name ("nokogiri")
 * @param version the exact version Bundler installs ("1.16.6")
 * @param platform the platform of a precompiled gem ("x86_64-linux"), or "ruby" for the gem
 *     built from source (a spec line without a platform)
 * @param source the section the spec is listed in: "GEM", "GIT" or "PATH"
 * @param remote the section's remote (a gem server, a git repository, a path)
 * @param at the spec line
 */
public record GemSpec(String name, String version, String platform, String source, String remote,
    Location at) {
  public static final String RUBY_PLATFORM = "ruby";

  /** "nokogiri 1.16.6 (x86_64-linux)" for messages; the platform only when not "ruby". */
  public String described() {
    return name + " " + version + (platform.equals(RUBY_PLATFORM) ? "" : " (" + platform + ")");
  }
}
