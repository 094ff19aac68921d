package dev.unbuildpack.verify;

import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ChangeKind;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.verify.baseline.BaselineCheck;
import dev.unbuildpack.verify.baseline.LostLibrary;
import dev.unbuildpack.verify.baseline.StackBaseline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The stack baseline as verify's check: each library B lost, as a missing-library change. */
public final class StackGaps implements StackCheck {
  private final StackBaseline baseline;

  public StackGaps(StackBaseline baseline) {
    this.baseline = baseline;
  }

  @Override
  public String name() {
    return baseline.stack();
  }

  @Override
  public List<Change> gaps(Inventory b) {
    BaselineCheck check = BaselineCheck.run(b, baseline);
    List<Change> gaps = new ArrayList<>(check.lost().stream().map(this::change).toList());
    check.unknown().forEach(soname -> gaps.add(new Change(ChangeKind.ADDED, null, soname, null,
        null, "unresolved in B, and not a library " + baseline.stack() + " had either")));
    return gaps;
  }

  private Change change(LostLibrary lost) {
    String debian = lost.library().debianPackages().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> String.join(" or ", e.getValue()) + " on " + e.getKey())
        .collect(Collectors.joining(", "));
    return new Change(ChangeKind.REMOVED, String.join(", ", lost.neededBy()),
        lost.library().soname(), null, null,
        "provided on " + baseline.stack() + " by deb:" + lost.library().stackPackage()
            + (debian.isEmpty() ? "" : "; install " + debian));
  }
}
