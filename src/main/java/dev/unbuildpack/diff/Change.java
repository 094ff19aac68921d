package dev.unbuildpack.diff;

/**
 * One difference. Every category uses the same shape so that every report renders it the same way.
 *
 * @param kind added, removed or changed
 * @param scope what the subject belongs to: the package ecosystem ("deb", "npm"), the ELF object
 *     that needs a library, or null when the subject stands alone (an env variable)
 * @param subject what differs: a package, runtime, variable or library name, a port
 * @param before its value in A, or null when A does not have it
 * @param after its value in B, or null when B does not have it
 * @param detail what a reviewer needs to act on it ("provided in A by deb:libvips42"), or null
 */
public record Change(
    ChangeKind kind, String scope, String subject, String before, String after, String detail) {}
