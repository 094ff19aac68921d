package dev.unbuildpack.check;

/**
 * A literal credential committed in a file of the app. Holds only its masked fingerprint.
 *
 * @param what what kind of credential ("an npm registry token")
 * @param secret the usual name of the secret that should replace it
 * @param how how to replace it (the pattern's fix)
 * @param fingerprint {@link dev.unbuildpack.common.SecretMask#fingerprint} of the value
 */
public record Credential(String file, int line, String what, String secret, String how, String fingerprint) {}
