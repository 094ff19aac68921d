package dev.unbuildpack.diff;

/** How one item differs between image A and image B. */
public enum ChangeKind {
  /** In B only. */
  ADDED,
  /** In A only. */
  REMOVED,
  /** In both, with different values. */
  CHANGED;

  /** The lower-case word reports print. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
