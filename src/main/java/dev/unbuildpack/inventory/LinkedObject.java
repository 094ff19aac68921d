package dev.unbuildpack.inventory;

import java.util.List;

/**
 * An ELF executable or shared object under an app or language-package path and what it needs.
 *
 * @param path absolute image path
 * @param needed its DT_NEEDED entries, in order
 * @param unresolved those of {@code needed} that no file in the image satisfies
 */
public record LinkedObject(String path, List<String> needed, List<String> unresolved) {
  public LinkedObject {
    needed = List.copyOf(needed);
    unresolved = List.copyOf(unresolved);
  }
}
