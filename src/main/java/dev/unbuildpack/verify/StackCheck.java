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
   * The libraries B's native code needs, B lacks and the stack had: kind removed, scope the ELF
   * object that needs it, subject the library, detail the stack package that provides it.
   */
  List<Change> gaps(Inventory b);
}
