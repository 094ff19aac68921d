package dev.unbuildpack.testing;

import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Env;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.model.SystemPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Detections built by hand, as the Node detector and rules would produce them, so the renderers
 * can be tested on their own. Rule ids and commands here are placeholders of the catalogue's
 * shape, but which step gets which secret and cache is what detection gives the same app
 * ({@link #expressNpmApp} and {@link #fullFeaturedApp}; SampleDetectionsTest compares them).
 */
public final class SampleDetections {
  /** What the platform rules add to every app's .dockerignore. */
  public static final List<IgnoreEntry> DEFAULT_IGNORE =
      Stream.of(".git", "node_modules", ".env")
          .map(p -> new IgnoreEntry(p, "default (HEROKU-IGNORE-DEFAULTS)"))
          .toList();

  private SampleDetections() {}

  /** A plain Express app: npm with a lockfile, a Procfile web process, nothing else. */
  public static Detection expressNpm() {
    return new Detection(
        "express-npm",
        List.of(node("24.19.0", ">=18", "package.json:6 engines.node",
            new PackageManager("npm", null, "package-lock.json"),
            List.of("package.json", "package-lock.json"))),
        List.of(new Process("web", "node server.js", "Procfile:1")),
        List.of(),
        new SystemPackages(List.of(), List.of()),
        List.of(
            new BuildStep("install", "npm ci", "NODE-INSTALL-NPM", List.of(), List.of("/root/.npm")),
            new BuildStep("prune", "npm prune", "NODE-PRUNE-NPM", List.of(), List.of())),
        new Env(
            Map.of("NODE_ENV", new EnvVar("production", "NODE-ENV-BUILD")),
            Map.of(
                "NODE_ENV", new EnvVar("production", "NODE-ENV-RUN"),
                "PORT", new EnvVar("5000", "HEROKU-PORT"))),
        List.of(),
        DEFAULT_IGNORE,
        List.of());
  }

  /**
   * An app with everything: a private registry token, a build script, a native package, a worker
   * and a release process, two add-ons, a .slugignore, and findings.
   */
  public static Detection fullFeatured() {
    return new Detection(
        "shop-api",
        List.of(node("24.19.0", null, "no engines.node in package.json: Heroku's default 24.x",
            new PackageManager("npm", null, "package-lock.json"),
            List.of("package.json", "package-lock.json", ".npmrc"))),
        List.of(
            new Process("web", "node dist/server.js --port $PORT", "Procfile:1"),
            new Process("worker", "node dist/worker.js", "Procfile:2"),
            new Process("release", "npm run migrate", "Procfile:3")),
        List.of(new BuildSecret("NPM_TOKEN", ".npmrc", 2, "NODE-NPMRC-TOKEN")),
        new SystemPackages(
            List.of(new SystemPackage("libvips-dev", "NODE-NATIVE-SHARP", "npm package sharp (package.json:14)")),
            List.of(new SystemPackage("libvips42", "NODE-NATIVE-SHARP", "npm package sharp (package.json:14)"))),
        List.of(
            new BuildStep("install", "npm ci", "NODE-INSTALL-NPM", List.of("NPM_TOKEN"), List.of("/root/.npm")),
            new BuildStep("build", "npm run build", "NODE-BUILD-SCRIPT", List.of(), List.of()),
            new BuildStep("prune", "npm prune", "NODE-PRUNE-NPM", List.of(), List.of())),
        new Env(
            Map.of(
                "NODE_ENV", new EnvVar("production", "NODE-ENV-BUILD"),
                "NODE_OPTIONS", new EnvVar("--max_old_space_size=2560", "NODE-OPTIONS-BUILD")),
            Map.of(
                "NODE_ENV", new EnvVar("production", "NODE-ENV-RUN"),
                "PATH", new EnvVar("$PATH:/app/node_modules/.bin", "NODE-PATH-RUN"),
                "PORT", new EnvVar("5000", "HEROKU-PORT"))),
        List.of(
            new Addon("heroku-postgresql:essential-0", "postgres", "DATABASE_URL", "app.json",
                "HEROKU-ADDON-POSTGRES"),
            new Addon("heroku-redis:mini", "redis", "REDIS_URL", "app.json", "HEROKU-ADDON-REDIS"),
            new Addon("sendgrid:starter", null, "SENDGRID_API_KEY", "app.json",
                "HEROKU-ADDON-UNKNOWN")),
        Stream.concat(
                Stream.of(
                    new IgnoreEntry("**/*.psd", ".slugignore:1 (HEROKU-SLUGIGNORE)"),
                    new IgnoreEntry("docs", ".slugignore:2 (HEROKU-SLUGIGNORE)")),
                DEFAULT_IGNORE.stream())
            .toList(),
        List.of(
            new Finding(Severity.WARNING, "NODE-NPMRC-LITERAL",
                ".npmrc holds a literal auth token ****(36 chars, sha256:1a2b3c4d); use ${NPM_TOKEN}",
                ".npmrc", 3),
            new Finding(Severity.INFO, "NODE-NVMRC-IGNORED",
                ".nvmrc is ignored by Heroku; engines.node decides", ".nvmrc", null)));
  }

  /** The app {@link #expressNpm()} stands for, written into {@code dir}. */
  public static void expressNpmApp(Path dir) throws IOException {
    write(dir, "package.json", "{\"name\": \"express-npm\", \"engines\": {\"node\": \">=18\"}}");
    write(dir, "package-lock.json", "{\"lockfileVersion\": 3}");
    write(dir, "Procfile", "web: node server.js\n");
  }

  /** The app {@link #fullFeatured()} stands for, as far as build steps and secrets go. */
  public static void fullFeaturedApp(Path dir) throws IOException {
    write(dir, "package.json", "{\"name\": \"shop-api\", \"scripts\": {\"build\": \"tsc\"},"
        + " \"dependencies\": {\"sharp\": \"^0.33.0\"}}");
    write(dir, "package-lock.json", "{\"lockfileVersion\": 3}");
    write(dir, ".npmrc", "# private registry\n//npm.acme.example/:_authToken=${NPM_TOKEN}\n");
    write(dir, "Procfile", "web: node dist/server.js --port $PORT\nworker: node dist/worker.js\n"
        + "release: npm run migrate\n");
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), content);
  }

  public static Ecosystem node(
      String version, String requested, String source, PackageManager pm, List<String> manifests) {
    return new Ecosystem(
        "node", new Runtime("node", version, requested, source, "NODE-RUNTIME"), pm, manifests);
  }

  /** A copy of {@code d} with other build steps. */
  public static Detection withSteps(Detection d, List<BuildStep> steps) {
    return new Detection(d.app(), d.ecosystems(), d.processes(), d.buildSecrets(),
        d.systemPackages(), steps, d.env(), d.addons(), d.ignore(), d.findings());
  }

  /** A copy of {@code d} with other processes. */
  public static Detection withProcesses(Detection d, List<Process> processes) {
    return new Detection(d.app(), d.ecosystems(), processes, d.buildSecrets(),
        d.systemPackages(), d.buildSteps(), d.env(), d.addons(), d.ignore(), d.findings());
  }

  /** A copy of {@code d} with other ecosystems. */
  public static Detection withEcosystems(Detection d, List<Ecosystem> ecosystems) {
    return new Detection(d.app(), ecosystems, d.processes(), d.buildSecrets(),
        d.systemPackages(), d.buildSteps(), d.env(), d.addons(), d.ignore(), d.findings());
  }

  /** A copy of {@code d} with another environment. */
  public static Detection withEnv(Detection d, Env env) {
    return new Detection(d.app(), d.ecosystems(), d.processes(), d.buildSecrets(),
        d.systemPackages(), d.buildSteps(), env, d.addons(), d.ignore(), d.findings());
  }

  /** A copy of {@code d} with the Debian release chosen as {@code debian} says. */
  public static Detection withDebian(Detection d, DebianChoice debian) {
    return new Detection(d.app(), d.ecosystems(), d.processes(), d.buildSecrets(),
        d.systemPackages(), d.buildSteps(), d.env(), d.addons(), d.ignore(), d.findings(), debian);
  }

  /** A copy of {@code d} with other .dockerignore entries. */
  public static Detection withIgnore(Detection d, List<IgnoreEntry> ignore) {
    return new Detection(d.app(), d.ecosystems(), d.processes(), d.buildSecrets(),
        d.systemPackages(), d.buildSteps(), d.env(), d.addons(), ignore, d.findings());
  }

  /** A copy of {@code d} with other findings. */
  public static Detection withFindings(Detection d, List<Finding> findings) {
    return new Detection(d.app(), d.ecosystems(), d.processes(), d.buildSecrets(),
        d.systemPackages(), d.buildSteps(), d.env(), d.addons(), d.ignore(), findings);
  }
}
