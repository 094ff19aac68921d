package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;

/**
 * A place where the app expects a variable's value at build time, e.g. {@code ${NPM_TOKEN}} in
 * .npmrc. Only the variable's name is kept.
 *
 * @param optional true when the reference has a fallback ({@code ${NAME-}}, {@code ${NAME?}}), so
 *     the tool does not fail when the variable is unset
 */
public record SecretReference(String name, Origin origin, boolean optional, Location at) {
  /** The file kind the reference is in, which decides which build steps read it. */
  public enum Origin {
    NPMRC,
    YARNRC_YML,
    GIT_URL,
  }
}
