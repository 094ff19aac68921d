package dev.unbuildpack.verify;

import dev.unbuildpack.diff.Change;
import dev.unbuildpack.inventory.Inventory;
import java.util.List;

/**
 * Without a reference image, what B is checked against: the package list of the Heroku stack the
 * app ran on.
 */
public interface StackCheck {
  /** The stack's name as the report shows it: "heroku-24". */
  String name();

  /**
   * The libraries B's native code needs and B lacks. Those the stack had are kind removed, scope
   * the ELF objects that need them, subject the library, detail the stack package that provided
   * it; those the stack had not either are kind added (not a loss the conversion caused).
   */
  List<Change> gaps(Inventory b);
}
