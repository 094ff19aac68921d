package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.ruby.GemfileGem;
import dev.unbuildpack.detect.ruby.LockSource;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials the Ruby build needs (rules/ruby/secrets.toml): Bundler's BUNDLE_&lt;HOST&gt;
 * settings for private gem servers and repositories, the variables the Gemfile reads, and the
 * Rails master key when the app reads its credentials while precompiling. Each is a build secret
 * on the steps that need it; a credential committed in the app stops the conversion (exit 3),
 * shown only as a masked fingerprint.
 */
final class RubySecretRules {
  private static final Set<String> PUBLIC_SERVERS = Set.of("rubygems.org", "index.rubygems.org",
      "gems.rubygems.org");
  private static final Pattern USER_INFO = Pattern.compile("^[a-zA-Z][\\w+.-]*://([^/@\\s]+)@");
  private static final Pattern SSH = Pattern.compile("^(ssh://|git@|[\\w.-]+@[\\w.-]+:).*");
  /** A user name this long, or with a token prefix, is a token ("ghp_...@github.com"). */
  private static final Pattern TOKEN = Pattern.compile("(ghp_|gho_|ghs_|github_pat_|glpat-).*|.{20,}");

  private final RuleSet rules;

  RubySecretRules(RuleSet rules) {
    this.rules = rules;
  }

  Secrets apply(RubyFacts ruby, ConfigVars config, DetectionDraft draft) {
    committedKeys(ruby);
    Set<String> install = new LinkedHashSet<>();
    Set<String> precompile = new LinkedHashSet<>();
    for (Declared source : ruby.gemfile().sources()) {
      literal(source.value(), "the gem source", source.at());
    }
    for (GemfileGem gem : ruby.gemfile().gems()) {
      if (gem.git() != null) {
        literal(gem.git(), "the git repository of gem " + gem.name(), gem.at());
      }
      if (gem.source() != null) {
        literal(gem.source(), "the gem source of gem " + gem.name(), gem.at());
      }
    }
    for (Declared entry : ruby.bundleConfig()) {
      String[] kv = entry.value().split(":", 2);
      String value = kv[1].strip().replaceAll("^[\"']|[\"']$", "");
      if (kv[0].startsWith("BUNDLE_") && value.contains(":") && !value.startsWith("$")
          && hostKey(kv[0])) {
        throw committed(".bundle/config's " + kv[0].strip(), value, entry.at());
      }
    }
    for (LockSource source : ruby.lockOrEmpty().sources()) {
      literal(source.remote(), "a Gemfile.lock remote", source.at());
      server(source, config, install, draft);
    }
    Rule variable = rules.rule("RUBY-SECRET-GEMFILE-VARIABLE");
    for (Declared read : ruby.gemfile().variables()) {
      secret(read.value(), read.at(), variable, draft);
      install.add(read.value());
    }
    for (var declared : config.all()) {
      if (declared.name().startsWith("BUNDLE_") && hostKey(declared.name())
          && install.add(declared.name())) {
        secret(declared.name(), declared.at(), rules.rule("RUBY-SECRET-BUNDLE-HOST"), draft);
      }
    }
    masterKey(ruby, precompile, draft);
    return new Secrets(List.copyOf(install), List.copyOf(precompile));
  }

  /** A gem server other than rubygems.org reads its credentials from BUNDLE_<HOST>. */
  private void server(LockSource source, ConfigVars config, Set<String> install,
      DetectionDraft draft) {
    Optional<String> host = host(source.remote());
    if (host.isEmpty() || PUBLIC_SERVERS.contains(host.get())) {
      if (source.type().equals("GIT") && SSH.matcher(source.remote()).matches()) {
        draft.finding(rules.rule("RUBY-SECRET-GIT-SSH"), "Gem repository " + source.remote()
            + " is fetched over SSH: " + rules.rule("RUBY-SECRET-GIT-SSH").effect(), source.at());
      }
      return;
    }
    String name = "BUNDLE_" + host.get().toUpperCase(Locale.ROOT).replace(".", "__")
        .replace("-", "___");
    if (source.type().equals("GEM")) {
      secret(name, source.at(), rules.rule("RUBY-SECRET-BUNDLE-HOST"), draft);
      install.add(name);
    } else if (source.type().equals("GIT") && config.get(name).isPresent()) {
      secret(name, config.get(name).get().at(), rules.rule("RUBY-SECRET-GIT-HOST"), draft);
      install.add(name);
    }
  }

  /** RAILS_MASTER_KEY on precompile when the app's configuration reads its credentials. */
  private void masterKey(RubyFacts ruby, Set<String> precompile, DetectionDraft draft) {
    boolean encrypted = ruby.has("config/credentials.yml.enc")
        || ruby.has("config/credentials/production.yml.enc");
    if (!encrypted) {
      return;
    }
    Rule rule = rules.rule("RUBY-SECRET-MASTER-KEY");
    if (ruby.credentialsReads().isEmpty()) {
      draft.finding(rules.rule("RUBY-SECRET-MASTER-KEY-UNUSED"), "The app has encrypted"
          + " credentials, but no file under config/ reads Rails.application.credentials: "
          + rules.rule("RUBY-SECRET-MASTER-KEY-UNUSED").effect(), null);
      return;
    }
    Declared read = ruby.credentialsReads().get(0);
    secret("RAILS_MASTER_KEY", read.at(), rule, draft);
    precompile.add("RAILS_MASTER_KEY");
  }

  private void committedKeys(RubyFacts ruby) {
    for (String key : List.of("config/master.key", "config/credentials/production.key")) {
      if (ruby.has(key)) {
        String value = ruby.app().read(key).orElse("").strip();
        throw new BadInputException("A Rails master key is committed",
            Location.of(key), key + " holds the key that decrypts the app's credentials "
                + SecretMask.fingerprint(value) + "; anyone with the repository can read every"
                + " credential, and COPY . . would put it in the image.",
            List.of("Rotate the credentials (bin/rails credentials:edit with a new key), remove "
                + key + " from the repository (git rm --cached " + key + "; it is in the Rails"
                + " .gitignore), and pass RAILS_MASTER_KEY as a build secret and a run-time"
                + " variable."));
      }
    }
  }

  private void literal(String url, String what, Location at) {
    Matcher m = USER_INFO.matcher(url);
    if (!m.find()) {
      return;
    }
    String info = m.group(1);
    if (info.contains("${") || info.contains("#{") || info.startsWith("$")) {
      return;
    }
    int colon = info.indexOf(':');
    String secret = colon >= 0 ? info.substring(colon + 1) : info;
    if (colon >= 0 || TOKEN.matcher(secret).matches()) {
      throw committed(what, secret, at);
    }
  }

  private BadInputException committed(String what, String credential, Location at) {
    return new BadInputException("A credential is committed in the app", at, what + " holds a"
        + " credential in plain text " + SecretMask.fingerprint(credential) + ".",
        List.of("Revoke it, remove it from the file, and let Bundler read it from BUNDLE_<HOST>"
            + " (dots as __, for example BUNDLE_GEMS__CONTRIBSYS__COM=user:password), passed as"
            + " a build secret (--secret id=NAME)."));
  }

  /** BUNDLE_GEMS__CONTRIBSYS__COM names a host; BUNDLE_WITHOUT and its kin do not. */
  private static boolean hostKey(String name) {
    return name.strip().contains("__");
  }

  static Optional<String> host(String remote) {
    try {
      URI uri = new URI(remote);
      return Optional.ofNullable(uri.getHost()).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private void secret(String name, Location at, Rule rule, DetectionDraft draft) {
    draft.secret(new BuildSecret(name, at == null ? null : at.file(),
        at == null ? null : at.line(), rule.id()));
  }
}
