package dev.unbuildpack.rules.ruby;

import java.util.List;

/**
 * The build secrets each step mounts: bundle install gets the gem servers' and repositories'
 * credentials, assets:precompile the Rails master key when the app reads its credentials then.
 */
record Secrets(List<String> install, List<String> precompile) {
  Secrets {
    install = List.copyOf(install);
    precompile = List.copyOf(precompile);
  }
}
