package dev.unbuildpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * @param name Debian package name
 * @param rule the rule that asked for it
 * @param reason why, in a few words ("npm package canvas (package.json:12)", "Aptfile:2")
 * @param owned folders of the package the app's user must own (the rule's "owned"); usually none
 */
public record SystemPackage(
    String name,
    String rule,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> owned) {
  public SystemPackage {
    owned = owned == null ? List.of() : List.copyOf(owned);
  }

  public SystemPackage(String name, String rule, String reason) {
    this(name, rule, reason, List.of());
  }
}
