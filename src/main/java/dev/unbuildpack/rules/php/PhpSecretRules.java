package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.php.AuthJson;
import dev.unbuildpack.detect.php.ComposerJson;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Credentials Composer needs: bin/compile exports every config var to composer install, so a
 * COMPOSER_AUTH config var reaches it; here it is a BuildKit secret on the steps that run
 * Composer. A private repository (vcs, git, a Composer repository other than Packagist) asks for
 * it too. A committed auth.json with credentials is an error: Composer reads it from the project
 * folder, and COPY . . would put it in the image.
 */
final class PhpSecretRules {
  static final String COMPOSER_AUTH = "COMPOSER_AUTH";
  static final String GITHUB_TOKEN = "COMPOSER_GITHUB_OAUTH_TOKEN";
  private static final List<String> PUBLIC_HOSTS = List.of("packagist.org", "repo.packagist.org");
  private static final List<String> REMOTE_TYPES = List.of("vcs", "git", "github", "gitlab",
      "bitbucket", "composer", "hg", "fossil", "svn");

  private final RuleSet rules;

  PhpSecretRules(RuleSet rules) {
    this.rules = rules;
  }

  /** The secrets composer install and the compile script mount. */
  List<String> apply(PhpFacts php, ConfigVars config, DetectionDraft draft) {
    php.authJson().ifPresent(auth -> committed(auth, draft));
    List<String> secrets = new ArrayList<>();
    Rule rule = rules.rule("PHP-SECRET-COMPOSER-AUTH");
    Optional<Location> declared = config.get(COMPOSER_AUTH).map(v -> v.at());
    Optional<ComposerJson.Repository> remote = php.composerJson().stream()
        .flatMap(j -> j.repositories().stream())
        .filter(r -> REMOTE_TYPES.contains(r.type().toLowerCase(Locale.ROOT)))
        .filter(r -> PUBLIC_HOSTS.stream().noneMatch(h -> r.url().contains("//" + h)))
        // The GitHub token alone opens repositories on github.com.
        .filter(r -> config.get(GITHUB_TOKEN).isEmpty() || !r.url().contains("//github.com/"))
        .findFirst();
    if (declared.isPresent() || remote.isPresent()) {
      Location at = declared.orElseGet(() -> remote.get().at().at());
      draft.secret(new BuildSecret(COMPOSER_AUTH, at.file(), at.line(), rule.id()));
      secrets.add(COMPOSER_AUTH);
    }
    config.get(GITHUB_TOKEN).ifPresent(token -> {
      Rule github = rules.rule("PHP-SECRET-GITHUB-OAUTH");
      draft.secret(new BuildSecret(GITHUB_TOKEN, token.at().file(), token.at().line(),
          github.id()));
      secrets.add(GITHUB_TOKEN);
    });
    return secrets;
  }

  /**
   * What the steps that run Composer do first: hand COMPOSER_GITHUB_OAUTH_TOKEN to Composer
   * through COMPOSER_AUTH, as the buildpack's global configuration did, without a file.
   */
  String commandPrefix(List<String> secrets) {
    return secrets.contains(GITHUB_TOKEN)
        ? rules.rule("PHP-SECRET-GITHUB-OAUTH").command("prefix") + " && " : "";
  }

  private void committed(AuthJson auth, DetectionDraft draft) {
    for (AuthJson.Credential credential : auth.credentials()) {
      draft.finding(rules.rule("PHP-SECRET-COMMITTED"), "auth.json holds a " + credential.kind()
          + " credential for " + credential.host() + " (" + credential.masked() + "): COPY . ."
          + " would put it in the image. Revoke it, delete auth.json from the repository and"
          + " pass its JSON as the build secret COMPOSER_AUTH.", credential.at());
    }
  }
}
