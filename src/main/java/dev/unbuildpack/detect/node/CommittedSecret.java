package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;

/**
 * A credential committed in plain text. The value itself is never kept: only its masked
 * fingerprint ({@code common.SecretMask}).
 *
 * @param what the setting that holds it ("//registry.npmjs.org/:_authToken")
 */
public record CommittedSecret(
    String what, String fingerprint, SecretReference.Origin origin, Location at) {}
