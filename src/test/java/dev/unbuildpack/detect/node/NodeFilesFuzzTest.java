package dev.unbuildpack.detect.node;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the Node.js files the detector reads: package.json, every lockfile format, .npmrc
 * and .yarnrc.yml. Each feeds the file's text to its parser and then asks every question the
 * detector asks of the result, since a malformed value may only fail when it is used. A plain
 * test run replays the inputs under NodeFilesFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class NodeFilesFuzzTest {

  @FuzzTest
  void packageJson(byte[] input) throws Exception {
    holds(() -> {
      PackageJson pkg = new PackageJson(text(input));
      pkg.strings("scripts");
      pkg.strings("engines");
      pkg.packageManager();
      pkg.scriptVariables();
      List<Dependency> declared = pkg.dependencies((name, range) -> null);
      List<Object> found = new ArrayList<>();
      declared.stream().filter(d -> PackageJson.isGitUrl(d.range()))
          .forEach(d -> PackageJson.urlCredentials(d, found::add, found::add));
    });
  }

  @FuzzTest
  void packageLock(byte[] input) throws Exception {
    lockfile(Lockfile.Kind.NPM, text(input));
  }

  /** Yarn 1 or Yarn 2+, told apart as the detector does. */
  @FuzzTest
  void yarnLock(byte[] input) throws Exception {
    String text = text(input);
    lockfile(Lockfiles.yarnKind(text), text);
  }

  @FuzzTest
  void pnpmLock(byte[] input) throws Exception {
    lockfile(Lockfile.Kind.PNPM, text(input));
  }

  @FuzzTest
  void npmrc(byte[] input) throws Exception {
    List<Object> found = new ArrayList<>();
    holds(() -> NpmConfig.read(text(input), found::add, found::add));
  }

  @FuzzTest
  void yarnrcYml(byte[] input) throws Exception {
    List<Object> found = new ArrayList<>();
    holds(() -> {
      YarnConfig config = new YarnConfig(text(input));
      config.yarnPath();
      config.secrets(found::add, found::add);
    });
  }

  private static void lockfile(Lockfile.Kind kind, String text) throws Exception {
    holds(() -> {
      LockedPackages locked = LockedPackages.of(new Lockfile(kind.file(), kind), text);
      for (Dependency dependency : locked.packages()) {
        locked.version(dependency.name(), "^" + dependency.version());
        dependency.at().toString();
      }
    });
  }
}
