package dev.unbuildpack.check;

import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal credential committed in a file of the app. Holds only its masked fingerprint.
 *
 * @param line 1-based, or null when the finder did not know it
 * @param what what kind of credential ("a Maven server password")
 * @param how how to replace it, a full sentence
 * @param fingerprint {@link dev.unbuildpack.common.SecretMask#fingerprint} of the value, or ""
 */
public record Credential(String file, Integer line, String what, String how, String fingerprint) {
  // The shape of common.SecretMask.fingerprint, so a detection finding's fingerprint can be shown.
  private static final Pattern FINGERPRINT =
      Pattern.compile("\\*\\*\\*\\*\\(\\d+ chars, sha256:[0-9a-f]{8}\\)");

  /** The committed credentials detection found (findings of the rules listed by CHECK rules). */
  static List<Credential> committedIn(Detection detection, CheckRules rules) {
    Set<String> committedRules = rules.committedCredentialRules();
    return detection.findings().stream()
        .filter(f -> committedRules.contains(f.rule()) && f.file() != null)
        .map(f -> new Credential(f.file(), f.line(), "a credential (" + f.rule() + ")",
            rules.effectOf(f.rule()), fingerprintIn(f)))
        .toList();
  }

  private static String fingerprintIn(Finding finding) {
    Matcher fingerprint = FINGERPRINT.matcher(finding.message());
    return fingerprint.find() ? fingerprint.group() : "";
  }
}
