package dev.unbuildpack.diff;

import dev.unbuildpack.common.SecretMask;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Environment entries ("NAME=value") as a sorted map, with secret-looking values replaced by
 * their fingerprint: an image's env often carries tokens and database URLs, and a diff report is
 * pasted into pull requests. The fingerprint still shows whether a value changed.
 */
final class EnvValues {
  /**
   * Names that usually hold a credential: a whole word such as KEY or TOKEN ("HEROKU_API_KEY",
   * "SECRET_KEY_BASE"), or a name ending in one ("GITHUBTOKEN").
   */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|CREDENTIALS?|AUTH|PRIVATE|COOKIE)(_|$)"
              + "|(TOKEN|SECRET|PASSWORD|KEY)S?$");

  /** "scheme://user:password@host": a URL carrying its credentials, whatever the name. */
  private static final Pattern URL_WITH_CREDENTIALS =
      Pattern.compile("^[a-zA-Z][\\w+.-]*://[^/@\\s]+@");

  private EnvValues() {}

  static SortedMap<String, String> parse(List<String> entries) {
    SortedMap<String, String> env = new TreeMap<>();
    if (entries == null) {
      return env;
    }
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      String name = equals < 0 ? entry : entry.substring(0, equals);
      String value = equals < 0 ? "" : entry.substring(equals + 1);
      env.put(name, displayed(name, value));
    }
    return env;
  }

  static String displayed(String name, String value) {
    return looksSecret(name, value) ? SecretMask.fingerprint(value) : value;
  }

  static boolean looksSecret(String name, String value) {
    boolean secretName = SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).find();
    return (secretName && !value.isEmpty()) || URL_WITH_CREDENTIALS.matcher(value).find();
  }
}
