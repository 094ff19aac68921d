package dev.unbuildpack.plan;

import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.rules.node.YarnRelease;
import java.util.ArrayList;
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

  static List<EnvSetting> environment(PackageManager packageManager) {
    List<EnvSetting> env = new ArrayList<>();
    // Node adds these to its built-in roots; every tool that runs on Node honours it.
    env.add(new EnvSetting("NODE_EXTRA_CA_CERTS", PATH, RULE));
    if (isYarnBerry(packageManager)) {
      // Yarn 2+ keeps its own HTTP settings (httpsCaFilePath in .yarnrc.yml).
      env.add(new EnvSetting("YARN_HTTPS_CA_FILE_PATH", PATH, RULE));
    } else {
      // npm, pnpm and Yarn 1 read npm's "cafile" setting from the environment.
      env.add(new EnvSetting("npm_config_cafile", PATH, RULE));
    }
    return env;
  }

  private static boolean isYarnBerry(PackageManager packageManager) {
    return packageManager != null
        && "yarn".equals(packageManager.name())
        && YarnRelease.isBerry(packageManager.version());
  }
}
