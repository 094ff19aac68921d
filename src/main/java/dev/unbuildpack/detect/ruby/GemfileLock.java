package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.detect.Declared;
import java.util.List;
import java.util.Optional;

/**
 * What Gemfile.lock says, read as text the way Bundler writes it.
 *
 * @param specs every gem it resolves, indirect ones included, in file order; a gem locked for
 *     several platforms has one spec per platform
 * @param sources the GEM, GIT and PATH sections' remotes
 * @param platforms the PLATFORMS section ("ruby", "x86_64-linux", "java")
 * @param dependencies the DEPENDENCIES section: the gems the Gemfile asks for, by name
 * @param rubyVersion the RUBY VERSION section
 * @param bundledWith the BUNDLED WITH version ("2.5.6")
 */
public record GemfileLock(List<GemSpec> specs, List<LockSource> sources, List<Declared> platforms,
    List<Declared> dependencies, Optional<RubyVersionLine> rubyVersion,
    Optional<Declared> bundledWith) {
  public static final String FILE = "Gemfile.lock";

  public GemfileLock {
    specs = List.copyOf(specs);
    sources = List.copyOf(sources);
    platforms = List.copyOf(platforms);
    dependencies = List.copyOf(dependencies);
  }

  /** Every spec of this gem (one per platform it is locked for). */
  public List<GemSpec> specs(String name) {
    return specs.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** The first spec of this gem: its version is the same for every platform. */
  public Optional<GemSpec> spec(String name) {
    return specs.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public boolean has(String name) {
    return spec(name).isPresent();
  }

  /** The version of a gem, when locked. */
  public Optional<String> version(String name) {
    return spec(name).map(GemSpec::version);
  }

  /** True when the gem is a direct dependency (named in DEPENDENCIES). */
  public boolean direct(String name) {
    return dependencies.stream().anyMatch(d -> d.value().equals(name));
  }
}
