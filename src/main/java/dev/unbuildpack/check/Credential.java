package dev.unbuildpack.check;

import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A literal credential committed in a file of the app. Holds only its masked fingerprint.
 *
 * @param line 1-based, or null when the finder did not know it
 * @param what what kind of credential ("a Maven server password")
 * @param how how to replace it, a full sentence
 * @param fingerprint {@link dev.unbuildpack.common.SecretMask#fingerprint} of the value, or ""
 */
public record Credential(String file, Integer line, String what, String how, String fingerprint) {
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
    Matcher fingerprint = SecretMask.FINGERPRINT.matcher(finding.message());
    return fingerprint.find() ? fingerprint.group() : "";
  }
}
