package dev.unbuildpack.rules.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a URL in the app's package configuration says about credentials. */
final class UrlCredentials {
  /** pip expands ${NAME} only (requirements file format); Pipenv and others do the same. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  /** Tokens issued to be used as a user name alone (GitHub, GitLab, Bitbucket app passwords). */
  private static final Pattern TOKEN_PREFIX =
      Pattern.compile("(ghp_|gho_|ghs_|ghu_|github_pat_|glpat-|ATBB).*");
  /** A user name this long is a token, not a name ("git", "oauth2", "__token__" are names). */
  private static final int TOKEN_LENGTH = 20;

  private UrlCredentials() {}

  /** The variables the URL expands, in order, without repeats. */
  static List<String> variables(String url) {
    List<String> names = new ArrayList<>();
    Matcher m = VARIABLE.matcher(url);
    while (m.find()) {
      if (!names.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * The credential written literally in the URL's user information: the password of
   * "user:password@", or a user name that is a token ("ghp_...@github.com"). Empty when there is
   * none or it is a ${VAR} reference.
   */
  static Optional<String> literal(String url) {
    Optional<String> userInfo = userInfo(url);
    if (userInfo.isEmpty()) {
      return Optional.empty();
    }
    String info = userInfo.get();
    int colon = info.indexOf(':');
    String secret = colon >= 0 ? info.substring(colon + 1) : info;
    if (secret.isEmpty() || secret.contains("${") || secret.startsWith("$")) {
      return Optional.empty();
    }
    if (colon >= 0 || secret.length() >= TOKEN_LENGTH || TOKEN_PREFIX.matcher(secret).matches()) {
      return Optional.of(secret);
    }
    return Optional.empty();
  }

  /** True when the URL's host is one of these. */
  static boolean isOnHost(String url, Set<String> hosts) {
    String authority = authority(url);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.indexOf(':');
    host = (port < 0 ? host : host.substring(0, port)).toLowerCase(Locale.ROOT);
    return hosts.contains(host);
  }

  private static Optional<String> userInfo(String url) {
    String authority = authority(url);
    int at = authority.lastIndexOf('@');
    return at < 0 ? Optional.empty() : Optional.of(authority.substring(0, at));
  }

  /** Between "://" and the next '/', '?' or '#' ("user:pass@host:8080"). */
  private static String authority(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    int start = scheme + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start, end);
  }
}
