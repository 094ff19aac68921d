package dev.unbuildpack.testing;

import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Env;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.model.SystemPackages;
import java.util.List;
import java.util.Map;

/**
 * An app whose buildpack list runs Node.js first and then "sample", an ecosystem that exists only
 * in the tests (its images are in src/test/resources/rules/sample/data/images.toml and, like the
 * official python images, have no unprivileged user): the shape of a Django app that builds its
 * assets with npm before collectstatic.
 */
public final class TwoEcosystems {
  private TwoEcosystems() {}

  /** Node.js, then sample; the processes given. */
  public static Detection nodeThenSample(List<Process> processes) {
    return new Detection(
        "django-node",
        List.of(
            new Ecosystem("node",
                new Runtime("node", "24.22.3", "24.x", "package.json:5 engines.node",
                    "NODE-RUNTIME-ENGINES"),
                new PackageManager("npm", null, "package-lock.json"),
                List.of("package.json", "package-lock.json")),
            new Ecosystem("sample",
                new Runtime("sample", "3.13.1", null, "default", "SAMPLE-RUNTIME"),
                new PackageManager("pip", "25.0", null), List.of("requirements.txt"))),
        processes,
        List.of(),
        new SystemPackages(List.of(), List.of()),
        List.of(
            new BuildStep("node", "install", "npm ci", "NODE-INSTALL-NPM", List.of(),
                List.of("/root/.npm")),
            new BuildStep("node", "build", "npm run build", "NODE-STEP-BUILD", List.of(),
                List.of()),
            new BuildStep("node", "prune", "npm prune", "NODE-PRUNE-NPM", List.of(), List.of()),
            new BuildStep("sample", "install", "pip install -r requirements.txt",
                "SAMPLE-INSTALL", List.of(), List.of("/root/.cache/pip")),
            new BuildStep("sample", "build", "python manage.py collectstatic --noinput",
                "SAMPLE-COLLECTSTATIC", List.of(), List.of())),
        new Env(Map.of("NODE_ENV", new EnvVar("production", "NODE-ENV-BUILD")),
            Map.of("PORT", new EnvVar("5000", "HEROKU-PORT"))),
        List.of(),
        SampleDetections.DEFAULT_IGNORE,
        List.of());
  }

  /** A web process that runs sample's server, and no other. */
  public static Detection sampleWeb() {
    return nodeThenSample(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")));
  }
}
