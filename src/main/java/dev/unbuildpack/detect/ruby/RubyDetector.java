package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.Detector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ruby: the classic buildpack's bin/detect passes when the app has a Gemfile. */
public final class RubyDetector implements Detector {
  @Override
  public String id() {
    return RubyFacts.ID;
  }

  @Override
  public int priority() {
    return 300;
  }

  @Override
  public List<String> markers() {
    return List.of(Gemfile.FILE);
  }

  @Override
  public boolean detects(AppDir app) {
    return app.isFile(Gemfile.FILE);
  }

  @Override
  public RubyFacts facts(AppDir app) {
    Gemfile gemfile = GemfileReader.read(app.read(Gemfile.FILE).orElse(""));
    Optional<GemfileLock> lock = app.read(GemfileLock.FILE).map(GemfileLockParser::parse);
    Optional<Declared> rubyVersion = app.read(".ruby-version").flatMap(text ->
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .findFirst().map(l -> new Declared(l, Location.of(".ruby-version", 1))));
    List<String> files = new ArrayList<>();
    for (String file : RubyFacts.WATCHED) {
      boolean present = file.endsWith("/")
          ? app.isDirectory(file.substring(0, file.length() - 1)) : app.isFile(file);
      if (present) {
        files.add(file);
      }
    }
    return new RubyFacts(gemfile, lock, rubyVersion, files, bundleConfig(app),
        manifest(app), credentialsReads(app), app);
  }

  /** public/assets/.sprockets-manifest-*.json or manifest-*.json, as the buildpack globs. */
  private static Optional<String> manifest(AppDir app) {
    return app.list("public/assets").stream().sorted()
        .filter(name -> name.matches("(\\.sprockets-manifest|manifest)-.*\\.json"))
        .map(name -> "public/assets/" + name).findFirst();
  }

  /**
   * Lines of the Rails configuration (config/*.rb, config/environments/production.rb,
   * config/initializers/*.rb) that read the encrypted credentials: loading the app for
   * assets:precompile runs them.
   */
  private static List<Declared> credentialsReads(AppDir app) {
    List<String> files = new ArrayList<>();
    app.list("config").stream().sorted().filter(n -> n.endsWith(".rb"))
        .forEach(n -> files.add("config/" + n));
    files.add("config/environments/production.rb");
    app.list("config/initializers").stream().sorted().filter(n -> n.endsWith(".rb"))
        .forEach(n -> files.add("config/initializers/" + n));
    List<Declared> reads = new ArrayList<>();
    for (String file : files) {
      String[] lines = app.read(file).orElse("").split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (!line.startsWith("#") && line.contains("credentials.")) {
          reads.add(new Declared(file, Location.of(file, i + 1)));
        }
      }
    }
    return reads;
  }

  /** ".bundle/config" lines "BUNDLE_X: value", YAML as Bundler writes it (flat, one per line). */
  private static List<Declared> bundleConfig(AppDir app) {
    List<Declared> entries = new ArrayList<>();
    String[] lines = app.read(".bundle/config").orElse("").split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.matches("[A-Z][A-Z0-9_]*\\s*:.*")) {
        entries.add(new Declared(line, Location.of(".bundle/config", i + 1)));
      }
    }
    return entries;
  }
}
