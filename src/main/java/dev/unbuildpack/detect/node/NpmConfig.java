package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import java.util.List;
import java.util.function.Consumer;

/** Reads .npmrc lines for expanded variables and for credentials committed in plain text. */
final class NpmConfig {
  static final String FILE = ".npmrc";
  // Settings npm treats as credentials (npm docs, "npmrc": auth-related configuration).
  private static final List<String> CREDENTIAL_KEYS =
      List.of("_authToken", "_auth", "_password", "password");

  private NpmConfig() {}

  static void read(
      String text, Consumer<SecretReference> references, Consumer<CommittedSecret> committed) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int equals = line.indexOf('=');
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || equals < 0) {
        continue;
      }
      Location at = Location.of(FILE, i + 1);
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      List<VariableReferences.Reference> refs = VariableReferences.braced(value);
      refs.forEach(ref -> references.accept(
          new SecretReference(ref.name(), SecretReference.Origin.NPMRC, ref.optional(), at)));
      if (refs.isEmpty() && isCredential(key) && !value.isEmpty()) {
        committed.accept(new CommittedSecret(
            key, SecretMask.fingerprint(value), SecretReference.Origin.NPMRC, at));
      }
    }
  }

  private static boolean isCredential(String key) {
    return CREDENTIAL_KEYS.stream().anyMatch(k -> key.equals(k) || key.endsWith(":" + k));
  }
}
