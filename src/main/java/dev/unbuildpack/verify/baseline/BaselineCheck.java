package dev.unbuildpack.verify.baseline;

import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LinkedObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The check verify runs without a reference image: every library that image B's native code
 * needs (ELF DT_NEEDED, from the inventory's linkage), that B lacks (the loader would not find
 * it), and that the Heroku stack had, with the package that shipped it.
 *
 * @param stack the stack compared with
 * @param lost the libraries B lost, sorted by name
 * @param unknown libraries B lacks that the stack had not either (or that the Debian indexes do
 *     not name): not a conversion regression this check can prove, listed for the report
 */
public record BaselineCheck(String stack, List<LostLibrary> lost, List<String> unknown) {
  public BaselineCheck {
    lost = List.copyOf(lost);
    unknown = List.copyOf(unknown);
  }

  public static BaselineCheck run(Inventory imageB, StackBaseline baseline) {
    Map<String, List<String>> neededBy = new TreeMap<>();
    for (LinkedObject object : imageB.linkage()) {
      for (String soname : object.unresolved()) {
        neededBy.computeIfAbsent(soname, k -> new ArrayList<>()).add(object.path());
      }
    }
    List<LostLibrary> lost = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    neededBy.forEach((soname, objects) -> baseline.provider(soname).ifPresentOrElse(
        library -> lost.add(new LostLibrary(library, objects.stream().sorted().toList())),
        () -> unknown.add(soname)));
    return new BaselineCheck(baseline.stack(), lost, unknown);
  }
}
