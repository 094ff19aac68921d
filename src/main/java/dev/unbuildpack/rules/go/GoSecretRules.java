package dev.unbuildpack.rules.go;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.go.GoFacts;
import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What private modules need at install time (rules/go/secrets.toml): the go variables and git
 * credentials app.json declares become secrets of the install step, and git reads the
 * credentials through a helper set for that one command; credentials committed in plain text are
 * errors.
 */
final class GoSecretRules {
  /** GO_GIT_CRED__<PROTOCOL>__<HOST>, as setGitCredHelper looks them up. */
  private static final Pattern GIT_CRED = Pattern.compile("GO_GIT_CRED__([A-Z]+)__([A-Z0-9_.-]+)");
  /** The go variables the classic buildpack exports (lib/common.sh loadEnvDir). */
  private static final Set<String> CLASSIC = Set.of("GOPROXY", "GOPRIVATE", "GONOPROXY",
      "GOFLAGS", "CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS");
  private static final String NETRC = "NETRC";
  private static final String GITHUB_TOKEN = "GITHUB_TOKEN";
  private static final String GIT_CREDENTIALS = "GIT_CREDENTIALS";

  /**
   * The install step's secrets and what its command is prefixed with so the tools read them.
   *
   * @param prefix variable assignments for the go command ("" when none), ending in a blank
   */
  record Needs(List<String> secrets, String prefix) {
    Needs {
      secrets = List.copyOf(secrets);
    }
  }

  private final RuleSet rules;

  GoSecretRules(RuleSet rules) {
    this.rules = rules;
  }

  Needs apply(GoFacts facts, ConfigVars config, DetectionDraft draft) {
    facts.netrcPassword().ifPresent(password -> committed(".netrc's password", password.value(),
        password.at(), draft));
    List<String> secrets = new ArrayList<>();
    List<String> helpers = new ArrayList<>();
    Rule goEnv = rules.rule("GO-SECRET-GO-ENV");
    for (String name : goEnv.values()) {
      config.get(name).ifPresent(var -> {
        proxyCredential(var, draft);
        secret(var, goEnv, secrets, draft);
      });
    }
    List<String> notClassic = new ArrayList<>(secrets.stream()
        .filter(name -> !CLASSIC.contains(name)).toList());
    for (AppEnvVar var : config.all()) {
      Matcher cred = GIT_CRED.matcher(var.name());
      if (cred.matches() && credential(var, draft)) {
        secret(var, rules.rule("GO-SECRET-GIT-CRED"), secrets, draft);
        helpers.add(helper(cred.group(1).toLowerCase(Locale.ROOT) + "://"
            + cred.group(2).replaceFirst("__", ".").toLowerCase(Locale.ROOT), cred.group(0)));
      }
    }
    config.get(GITHUB_TOKEN).filter(var -> credential(var, draft)).ifPresent(var -> {
      secret(var, rules.rule("GO-SECRET-GITHUB-TOKEN"), secrets, draft);
      helpers.add("credential.https://github.com.helper "
          + ShellWord.quoted("!f() { test \"$1\" = get && echo username=x-access-token"
              + " && echo \"password=$" + GITHUB_TOKEN + "\"; }; f"));
      notClassic.add(GITHUB_TOKEN);
    });
    config.get(GIT_CREDENTIALS).filter(var -> credential(var, draft)).ifPresent(var -> {
      secret(var, rules.rule("GO-SECRET-GIT-CREDENTIALS"), secrets, draft);
      helpers.add("credential.helper " + ShellWord.quoted("store --file=/run/secrets/"
          + GIT_CREDENTIALS));
      notClassic.add(GIT_CREDENTIALS);
    });
    boolean netrc = config.get(NETRC).filter(var -> credential(var, draft)).map(var -> {
      secret(var, rules.rule("GO-SECRET-NETRC"), secrets, draft);
      notClassic.add(NETRC);
      return true;
    }).orElse(false);
    if (!notClassic.isEmpty()) {
      Rule classic = rules.rule("GO-SECRET-CLASSIC-INSTALL");
      draft.finding(classic, String.join(", ", notClassic) + ": " + classic.summary(),
          Location.of("app.json"));
    }
    if (!helpers.isEmpty() && config.get("GOPRIVATE").isEmpty()
        && config.get("GONOPROXY").isEmpty()) {
      draft.finding(rules.rule("GO-SECRET-NO-GOPRIVATE"), "app.json declares git credentials"
          + " but neither GOPRIVATE nor GONOPROXY: "
          + rules.rule("GO-SECRET-NO-GOPRIVATE").summary(), Location.of("app.json"));
    }
    return new Needs(secrets, prefix(helpers, netrc));
  }

  /** GIT_CONFIG_COUNT/KEY/VALUE hand git configuration to that one command, writing no file. */
  private static String prefix(List<String> helpers, boolean netrc) {
    StringBuilder prefix = new StringBuilder();
    if (!helpers.isEmpty()) {
      prefix.append("GIT_CONFIG_COUNT=").append(helpers.size()).append(' ');
      for (int i = 0; i < helpers.size(); i++) {
        String[] keyValue = helpers.get(i).split(" ", 2);
        prefix.append("GIT_CONFIG_KEY_").append(i).append('=').append(keyValue[0]).append(' ')
            .append("GIT_CONFIG_VALUE_").append(i).append('=').append(keyValue[1]).append(' ');
      }
    }
    if (netrc) {
      prefix.append("NETRC=/run/secrets/").append(NETRC).append(' ');
    }
    return prefix.toString();
  }

  /** setGitCredHelper's answer: "user:password", or a token used as both. */
  private static String helper(String url, String variable) {
    return "credential." + url + ".helper " + ShellWord.quoted("!f() { test \"$1\" = get ||"
        + " return 0; v=\"$" + variable + "\"; case \"$v\" in *:*) echo \"username=${v%%:*}\";"
        + " echo \"password=${v#*:}\";; *) echo \"username=$v\"; echo \"password=$v\";; esac;"
        + " }; f");
  }

  /** False (and an error) when app.json commits the credential's value. */
  private boolean credential(AppEnvVar var, DetectionDraft draft) {
    if (var.value() != null && !var.value().isEmpty()) {
      committed("the value of " + var.name() + " in app.json", var.value(), var.at(), draft);
      return false;
    }
    return true;
  }

  /** A GOPROXY URL with a password written into it. */
  private void proxyCredential(AppEnvVar var, DetectionDraft draft) {
    if (var.value() == null) {
      return;
    }
    for (String entry : var.value().split("[,|]")) {
      try {
        String userInfo = URI.create(entry.strip()).getRawUserInfo();
        if (userInfo != null && userInfo.contains(":") && !userInfo.contains("${")) {
          committed("the value of " + var.name() + " in app.json",
              userInfo.substring(userInfo.indexOf(':') + 1), var.at(), draft);
        }
      } catch (IllegalArgumentException notAUrl) {
        // "off", "direct" or a malformed entry: no credential to find.
      }
    }
  }

  private void secret(AppEnvVar var, Rule rule, List<String> secrets, DetectionDraft draft) {
    if (!secrets.contains(var.name())) {
      draft.secret(new BuildSecret(var.name(), var.at().file(), var.at().line(), rule.id()));
      secrets.add(var.name());
    }
  }

  private void committed(String what, String credential, Location at, DetectionDraft draft) {
    draft.finding(rules.rule("GO-SECRET-COMMITTED"), what + " is a credential committed in"
        + " plain text " + SecretMask.fingerprint(credential) + "; revoke it, remove it and pass"
        + " it as a build secret.", at);
  }
}
