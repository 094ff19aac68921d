package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;
import java.util.Optional;

/**
 * What the app declares for Ruby, each fact with its file and line; no decisions.
 *
 * @param gemfile the Gemfile read as text (never run)
 * @param lock Gemfile.lock, empty when the app has none (the buildpack then fails)
 * @param rubyVersionFile .ruby-version's first line, which the buildpack does not use
 * @param files the files and folders of the app the rules look at, among {@link #WATCHED},
 *     that exist
 * @param bundleConfig .bundle/config's lines "KEY: value" (committed Bundler settings)
 * @param committedManifest a committed Sprockets manifest under public/assets, which makes the
 *     buildpack skip assets:precompile
 * @param credentialsReads lines under config/ that read Rails.application.credentials
 * @param app the app these facts were read from
 */
public record RubyFacts(
    Gemfile gemfile,
    Optional<GemfileLock> lock,
    Optional<Declared> rubyVersionFile,
    List<String> files,
    List<Declared> bundleConfig,
    Optional<String> committedManifest,
    List<Declared> credentialsReads,
    AppDir app)
    implements EcosystemFacts {
  public static final String ID = "ruby";

  /** The files and folders whose presence the rules use. */
  public static final List<String> WATCHED = List.of("Rakefile", "config.ru", "package.json",
      "yarn.lock", "bin/rails", "config/application.rb", "config/master.key",
      "config/credentials.yml.enc", "config/credentials/production.key",
      "config/credentials/production.yml.enc", "vendor/bundle/", "vendor/cache/",
      ".bundle/config", "bin/yarn", "node_modules/", "tmp/", "public/assets/");

  public RubyFacts {
    files = List.copyOf(files);
    bundleConfig = List.copyOf(bundleConfig);
    credentialsReads = List.copyOf(credentialsReads);
  }

  @Override
  public String ecosystem() {
    return ID;
  }

  /** True when this file (or folder, written with a trailing '/') exists; one of WATCHED. */
  public boolean has(String file) {
    if (!WATCHED.contains(file)) {
      throw new IllegalArgumentException(file + " is not among the files RubyFacts records");
    }
    return files.contains(file);
  }

  /** The locked gems; none without Gemfile.lock. */
  public GemfileLock lockOrEmpty() {
    return lock.orElseGet(() -> new GemfileLock(List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty()));
  }
}
