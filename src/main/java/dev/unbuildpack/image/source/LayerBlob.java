package dev.unbuildpack.image.source;

/**
 * One layer of an image, bottom first.
 *
 * @param index 0 for the bottom layer
 * @param digest the layer's diff id from the image config ("sha256:…"), or its blob's name when
 *     the config lists none
 * @param blob where its (possibly compressed) tar lives
 * @param blobDigest the digest the blob's bytes must have (its descriptor's, or the one its name
 *     is), or null when the image names the blob by path only
 * @param diffId the digest the uncompressed tar must have (the config's diff id), or null when
 *     the config lists none for it
 */
public record LayerBlob(int index, String digest, Blob blob, String blobDigest, String diffId) {
  /** How messages name it: "layer 2 (sha256:ab12cd34ef56)". */
  public String label() {
    String shortDigest = digest.length() > 19 ? digest.substring(0, 19) : digest;
    return "layer " + (index + 1) + " (" + shortDigest + ")";
  }
}
