package dev.unbuildpack.rules.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The build secrets of one JVM build step, and committed credentials as errors. */
final class JvmSecrets {
  private final Set<String> names = new LinkedHashSet<>();

  /** A variable the build step reads a credential from: a build secret on that step. */
  void secret(String name, Location at, Rule rule, DetectionDraft draft) {
    draft.secret(new BuildSecret(name, at.file(), at.line(), rule.id()));
    names.add(name);
  }

  /** A credential committed in plain text: an error that names it and masks its value. */
  static void committed(String what, String value, Location at, Rule rule, DetectionDraft draft) {
    draft.finding(rule, what + " (" + at + ") holds a credential committed in plain text "
        + SecretMask.fingerprint(value) + "; " + rule.effect(), at);
  }

  List<String> names() {
    return List.copyOf(names);
  }
}
