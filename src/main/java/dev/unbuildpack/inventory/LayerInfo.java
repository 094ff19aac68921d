package dev.unbuildpack.inventory;

/**
 * @param digest the layer's diff id or blob digest ("sha256:...")
 * @param size uncompressed size in bytes (sum of the regular files' sizes in the layer tar)
 * @param createdBy the history entry that made it, when the image records one
 */
public record LayerInfo(String digest, long size, String createdBy) {}
