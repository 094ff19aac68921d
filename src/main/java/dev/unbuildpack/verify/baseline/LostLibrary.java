package dev.unbuildpack.verify.baseline;

import java.util.List;

/**
 * A library that native code in image B needs, that B lacks, and that the Heroku stack had.
 *
 * @param library the library and the stack package that shipped it
 * @param neededBy the ELF objects of B that need it, sorted
 */
public record LostLibrary(StackLibrary library, List<String> neededBy) {
  public LostLibrary {
    neededBy = List.copyOf(neededBy);
  }
}
