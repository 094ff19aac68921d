package dev.unbuildpack.plan;

import java.util.List;

/**
 * Build-stage variables that make the ecosystem's tools trust the extra CA bundle, for builds
 * behind a TLS-intercepting proxy. They hold a path, not the bundle: the file exists only inside
 * the steps that mount secret "extra-ca", and none of this reaches the runtime stage.
 */
final class ExtraCa {
  static final String PATH = "/run/secrets/" + Secrets.EXTRA_CA;
  static final String RULE = "--extra-ca";

  private ExtraCa() {}

  /**
   * All of them, whatever the package manager: each tool ignores the others' variable, and
   * deciding which one runs (a Yarn 2+ lockfile installs Yarn 2+ whatever the version says) is
   * the rules' job, not something to guess again here.
   */
  static List<EnvSetting> environment() {
    return List.of(
        // Node adds these to its built-in roots; every tool that runs on Node honours it.
        new EnvSetting("NODE_EXTRA_CA_CERTS", PATH, RULE),
        // npm, pnpm and Yarn 1 read npm's "cafile" setting from the environment.
        new EnvSetting("npm_config_cafile", PATH, RULE),
        // Yarn 2+ keeps its own HTTP settings (httpsCaFilePath in .yarnrc.yml).
        new EnvSetting("YARN_HTTPS_CA_FILE_PATH", PATH, RULE));
  }
}
